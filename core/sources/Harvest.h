// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ImportFormat.h"
#include "core/sources/ApiClient.h"
#include "core/sources/SourceConfig.h"

#include <QJsonArray>

#include <functional>

namespace rapport::sources {

/**
 * What a sync gathers before it changes anything: the people and activities the API gave,
 * in the shape of the canonical import tables (io::Translation), and the state the next
 * sync starts from. Nothing touches the project until the whole harvest is in.
 */
class Harvest
{
    Q_DECLARE_TR_FUNCTIONS(Harvest)

public:
    Harvest(ApiClient& api, const SourceConfig& source, QJsonObject state, std::function<bool(double)> progress)
        : api(api), source(source), previous(std::move(state)), m_progress(std::move(progress))
    {
    }

    ApiClient& api;
    const SourceConfig& source;
    const QJsonObject previous; ///< the state the last sync left
    QJsonObject next;           ///< the state this one leaves
    io::Translation translation;
    qint64 items = 0;           ///< API items read
    QString error;

    bool fail(const QString& reason)
    {
        if (error.isEmpty())
            error = reason;
        return false;
    }
    /** Tells the share done (0–1); false when the sync is to stop. */
    bool progress(double share);
    /** A number for the next item, unique in this sync (its "line" in the import report). */
    qint64 nextLine() { return ++items; }
    /** Adds a page's translation (from an io::ImportFormat) to the harvest. */
    void append(const io::Translation& page);
    /** Translates a page of JSON items with a file-import format ("github-stargazers"). */
    bool translatePage(const QString& format, const QJsonArray& items, const QUrl& url);

    /** The pages from `url` on, following rel="next" (or `nextOf`), each sent with the ETag the
     *  last sync kept for it (`etags`, URL → {etag, next}); a 304 page gives no items. The
     *  ETags of the pages seen are kept in *keptEtags. onPage gets each page's JSON and says
     *  whether to go on; shares between from and to are reported. *lastUrl: the last page. */
    using PageHandler = std::function<bool(const QJsonDocument& page, const QUrl& url, bool* more)>;
    bool walk(QUrl url, const QByteArray& accept, const QJsonObject& etags, QJsonObject* keptEtags,
              const PageHandler& onPage, double from, double to, QUrl* lastUrl = nullptr,
              const std::function<QUrl(const QJsonDocument&, const QUrl&)>& nextOf = {});

private:
    std::function<bool(double)> m_progress;
    double m_share = 0;
};

bool harvestGitHub(Harvest& harvest);
bool harvestDiscourse(Harvest& harvest);

} // namespace rapport::sources
