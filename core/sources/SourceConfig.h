// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace rapport::sources {

enum class SourceKind { GitHub, Discourse };

QString sourceKindName(SourceKind kind); ///< "github", "discourse"
bool sourceKindFromName(QStringView name, SourceKind* kind);

/**
 * A live data source of a project: which platform, where its API is, what to read from it.
 * Kept in the project file (SourceList); its token is not: that lives in the system
 * keychain under secretKey(), and hasToken only says whether one was stored.
 */
struct SourceConfig
{
    Q_DECLARE_TR_FUNCTIONS(SourceConfig)

public:
    model::Uuid id;
    SourceKind kind = SourceKind::GitHub;
    QString name;             ///< unique in the project ("GitHub", "Forum")
    QUrl baseUrl;             ///< the API root: https://api.github.com, https://forum.example.org
    QStringList repositories; ///< GitHub: owner/name, one each
    QString apiUser;          ///< Discourse: the Api-Username an API key acts as
    bool hasToken = false;

    /** The keychain key of this source's token. */
    QString secretKey() const { return QStringLiteral("source/") + id.toString(); }
    QString kindTitle() const; ///< "GitHub", "Discourse"
    /** What it reads, for lists ("rapportdesk/rapport, qt/qtbase" or the forum's host). */
    QString description() const;

    /** False with *error saying what is wrong (no name, no repository, a bad address). */
    bool validate(QString* error) const;
    QJsonObject toJson() const;
    static std::optional<SourceConfig> fromJson(const QJsonObject& object);
    static QUrl defaultBaseUrl(SourceKind kind);
    /** "owner/name" (also from a github.com URL), or empty when text is neither. */
    static QString normalizeRepository(const QString& text);
};

/**
 * The sources of a project and what each sync left for the next one (ETags, cursors), in
 * the project's meta table: `source:<id>` holds a SourceConfig as JSON, `source-state:<id>`
 * the sync state. The state is written in the sync's own transaction, so undoing a sync
 * puts its cursors back too.
 */
class SourceList
{
    Q_DECLARE_TR_FUNCTIONS(SourceList)

public:
    explicit SourceList(QSqlDatabase db) : m_db(std::move(db)) {}

    /** By name; sources whose JSON cannot be read are left out. */
    QList<SourceConfig> list() const;
    /** By name (case-insensitive) or id. */
    std::optional<SourceConfig> find(const QString& nameOrId) const;
    /** Adds or replaces (by id); refused when another source has the name. */
    bool save(const SourceConfig& source, QString* error);
    /** Removes the source and its state. */
    bool remove(const model::Uuid& id, QString* error);

    QJsonObject state(const model::Uuid& id) const;
    bool setState(const model::Uuid& id, const QJsonObject& state, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace rapport::sources
