// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sources/Harvest.h"

#include <QSet>

namespace rapport::sources {

namespace {
constexpr int kMaxPages = 100000; // a walk that goes on this long has lost its way
} // namespace

bool Harvest::progress(double share)
{
    m_share = qMax(m_share, qBound(0.0, share, 1.0));
    if (m_progress && !m_progress(m_share))
        return fail(tr("cancelled"));
    return true;
}

void Harvest::append(const io::Translation& page)
{
    for (const io::PlatformRow& row : page.people.rows())
        translation.people.add(row.line).cells = row.cells;
    for (const io::PlatformRow& row : page.activities.rows())
        translation.activities.add(row.line).cells = row.cells;
    translation.skipped += page.skipped;
}

bool Harvest::translatePage(const QString& format, const QJsonArray& items, const QUrl& url)
{
    const io::ImportFormat* translator = io::findImportFormat(format);
    Q_ASSERT(translator);
    io::PlatformTable table;
    table.kind = io::PlatformTable::Kind::Json;
    table.fileName = ApiClient::shortUrl(url);
    table.encoding = QStringLiteral("json");
    table.items = items;
    for (qsizetype i = 0; i < items.size(); ++i)
        table.itemLines.append(nextLine());
    io::Translation page;
    io::InputError inputError;
    if (!translator->translate(table, {}, &page, &inputError))
        return fail(inputError.toString());
    append(page);
    return true;
}

bool Harvest::walk(QUrl url, const QByteArray& accept, const QJsonObject& etags, QJsonObject* keptEtags,
                   const PageHandler& onPage, double from, double to, QUrl* lastUrl,
                   const std::function<QUrl(const QJsonDocument&, const QUrl&)>& nextOf)
{
    QSet<QString> seen;
    int pages = 0;
    while (url.isValid()) {
        const QString key = url.toString(QUrl::FullyEncoded);
        if (seen.contains(key) || ++pages > kMaxPages)
            return fail(tr("%1: the pages lead back to a page already read").arg(ApiClient::shortUrl(url)));
        seen.insert(key);
        if (lastUrl)
            *lastUrl = url;
        const QJsonObject held = etags.value(key).toObject();
        ApiRequest request{url, accept, held.value(u"etag").toString().toUtf8()};
        ApiReply reply;
        QString reason;
        if (!api.get(request, &reply, &reason))
            return fail(reason);
        QUrl next;
        if (reply.notModified) {
            next = reply.next.isValid() ? reply.next : QUrl(held.value(u"next").toString());
        } else {
            bool more = true;
            if (!onPage(reply.json, url, &more))
                return false;
            next = !more ? QUrl() : nextOf ? nextOf(reply.json, url) : reply.next;
        }
        if (!reply.etag.isEmpty() && keptEtags)
            keptEtags->insert(key, QJsonObject{{QStringLiteral("etag"), QString::fromUtf8(reply.etag)},
                                               {QStringLiteral("next"), next.toString(QUrl::FullyEncoded)}});
        // Without a page count, each page halves what is left of the share.
        const double done = reply.lastPage > 0 ? qMin(1.0, double(pages) / reply.lastPage) : 1.0 - 1.0 / (pages + 1);
        if (!progress(from + (to - from) * done))
            return false;
        url = next;
    }
    return progress(to);
}

} // namespace rapport::sources
