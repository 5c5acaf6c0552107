// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuthorReport.h"

#include <QDateTime>
#include <QSizeF>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace rapport::report {

class ReportCanvas;
class ReportLanguage;

/** What an author statement shows: the author's summary (storage::AuthorReport, all time). */
struct AuthorStatementData
{
    QString projectName;
    QString email;
    QDateTime takenAt;
    storage::AuthorSummary summary;

    /** The author with this email (any of their email identities, case-insensitive); nullopt
     *  with *error naming the email when nobody has it or they authored nothing. */
    static std::optional<AuthorStatementData> read(QSqlDatabase db, const QString& email, QString* error);
};

/**
 * A one- or two-page statement for one content author — what a manager sends an author so
 * they see what their writing did: their pieces with reach and onward clicks, where the
 * pieces were distributed, where readers went next, and the rewards received. It is about
 * the author and addressed to them, so it names them; it names nobody else (co-authors are
 * counted, not named).
 */
class AuthorStatement
{
public:
    AuthorStatement(const AuthorStatementData& data, const ReportLanguage& language, QString fontFamily);

    QString title() const;
    QString subject() const;
    /** 1, or 2 when there are distributions, links or rewards to list. */
    int pageCount() const;
    bool render(QPagedPaintDevice& device, QString* error) const;

private:
    QString t(const char* source) const;
    void frame(ReportCanvas& canvas, int page) const;
    void firstPage(ReportCanvas& canvas) const;
    void secondPage(ReportCanvas& canvas) const;
    QString rewardText(const storage::RewardTotal& total) const;

    const AuthorStatementData& m_data;
    const ReportLanguage& m_language;
    QString m_family;
    mutable QSizeF m_page;
};

} // namespace rapport::report
