// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SurveyComments.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::storage {

namespace {
constexpr std::size_t kChunk = 500; // keys per query, well below SQLite's variable limit

/** "1,2,3": the keys as SQL literals (integers only, so nothing to escape). */
QString keyList(const std::vector<std::int64_t>& keys, std::size_t from, std::size_t to)
{
    QString text;
    for (std::size_t i = from; i < to; ++i) {
        if (i > from)
            text += u',';
        text += QString::number(keys[i]);
    }
    return text;
}
} // namespace

QList<SurveyComment> readSurveyComments(const QSqlDatabase& db,
                                        const std::vector<std::int64_t>& responses, QString* error)
{
    std::vector<std::int64_t> keys = responses;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    struct Read
    {
        SurveyComment comment;
        int position = 0;
        RowKey question = 0;
    };
    std::vector<Read> rows;
    QHash<QPair<RowKey, RowKey>, QStringList> tags;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (std::size_t from = 0; from < keys.size(); from += kChunk) {
        const QString list = keyList(keys, from, std::min(keys.size(), from + kChunk));
        if (!q.exec(QStringLiteral(
                        "SELECT r.key, COALESCE(r.person_key, 0), COALESCE(p.display_name, ''), "
                        "r.submitted_at, s.name, qu.text, a.text, qu.position, qu.key "
                        "FROM survey_answers a JOIN survey_questions qu ON qu.key = a.question_key "
                        "JOIN survey_responses r ON r.key = a.response_key "
                        "JOIN surveys s ON s.key = r.survey_key "
                        "LEFT JOIN people p ON p.key = r.person_key "
                        "WHERE qu.kind = 'text' AND a.response_key IN (%1) AND "
                        "TRIM(COALESCE(a.text, '')) <> ''")
                        .arg(list))) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        while (q.next()) {
            Read read;
            read.comment.response = q.value(0).toLongLong();
            read.comment.person = q.value(1).toLongLong();
            read.comment.personName = q.value(2).toString();
            read.comment.submittedAt =
                QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            read.comment.survey = q.value(4).toString();
            read.comment.question = q.value(5).toString();
            read.comment.text = q.value(6).toString();
            read.position = q.value(7).toInt();
            read.question = q.value(8).toLongLong();
            rows.push_back(std::move(read));
        }
        if (!q.exec(QStringLiteral("SELECT response_key, question_key, tag FROM survey_answer_tags "
                                   "WHERE response_key IN (%1) ORDER BY tag")
                        .arg(list))) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        while (q.next())
            tags[{q.value(0).toLongLong(), q.value(1).toLongLong()}] << q.value(2).toString();
    }
    std::sort(rows.begin(), rows.end(), [](const Read& a, const Read& b) {
        if (a.comment.submittedAt != b.comment.submittedAt)
            return a.comment.submittedAt > b.comment.submittedAt;
        if (a.comment.response != b.comment.response)
            return a.comment.response < b.comment.response;
        return a.position < b.position;
    });
    QList<SurveyComment> comments;
    comments.reserve(qsizetype(rows.size()));
    for (Read& read : rows) {
        read.comment.tags = tags.value({read.comment.response, read.question});
        comments.append(std::move(read.comment));
    }
    if (error)
        error->clear();
    return comments;
}

} // namespace rapport::storage
