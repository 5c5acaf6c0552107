// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SurveyRepository.h"

#include "core/storage/ProjectRepositorySupport.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace rapport::storage {

using namespace detail;
using model::Survey;
using model::SurveyResponse;
using model::Uuid;

namespace {

const QString kSurveys = QStringLiteral("surveys");
const QString kResponses = QStringLiteral("survey_responses");

QString toJsonArray(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QVariant& value)
{
    QStringList list;
    if (value.isNull())
        return list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const auto& v : array)
        list << v.toString();
    return list;
}

StoreResult writeSurvey(const QSqlDatabase& db, const Survey& s, RowKey key)
{
    StoreResult result;
    const RowKey campaignKey =
        referenceKey(db, QStringLiteral("campaigns"), s.campaign,
                     QCoreApplication::translate("rapport::storage", "campaign"), &result);
    if (campaignKey < 0)
        return result;
    QSqlQuery q(db);
    QVariantList values{s.name, keyValue(campaignKey), s.meta.createdAt.toMSecsSinceEpoch(),
                        s.meta.updatedAt.toMSecsSinceEpoch(), s.meta.rowVersion};
    if (key) {
        values << key;
        if (!run(q, QStringLiteral("UPDATE surveys SET name = ?, campaign_key = ?, created_at = ?, updated_at = ?, "
                                   "row_version = ? WHERE key = ?"),
                 values))
            return queryError(q);
    } else {
        values << s.meta.id.toString();
        if (!runInsert(q, QStringLiteral("INSERT INTO surveys (name, campaign_key, created_at, updated_at, row_version, id) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                 values))
            return queryError(q);
        key = insertedKey(q);
    }
    // Questions keep their rows (and so their answers) when they stay; removed ones go.
    QSet<Uuid> kept;
    for (qsizetype i = 0; i < s.questions.size(); ++i) {
        const model::Question& question = s.questions[i];
        kept.insert(question.id);
        const QVariant owner = scalar(db, QStringLiteral("SELECT survey_key FROM survey_questions WHERE id = ?"),
                                      {question.id.toString()});
        const QVariantList qValues{i, model::questionKindName(question.kind), question.text, toJsonArray(question.options),
                                   question.scalePoints, question.required ? 1 : 0, question.id.toString()};
        if (owner.isValid() && owner.toLongLong() != key)
            return StoreResult::fail(
                StoreError::Duplicate,
                QCoreApplication::translate("rapport::storage",
                                            "The question belongs to another survey."));
        const bool ok = owner.isValid()
            ? run(q, QStringLiteral("UPDATE survey_questions SET position = ?, kind = ?, text = ?, options = ?, "
                                    "scale_points = ?, required = ? WHERE id = ?"),
                  qValues)
            : run(q, QStringLiteral("INSERT INTO survey_questions (position, kind, text, options, scale_points, required, "
                                    "id, survey_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  qValues + QVariantList{key});
        if (!ok)
            return queryError(q);
    }
    QList<std::pair<RowKey, Uuid>> stored;
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT key, id FROM survey_questions WHERE survey_key = ?"), {key});
    while (q.next())
        stored.append({q.value(0).toLongLong(), Uuid::fromString(q.value(1).toString())});
    q.finish();
    for (const auto& [questionKey, id] : std::as_const(stored)) {
        if (kept.contains(id))
            continue;
        if (!run(q, QStringLiteral("DELETE FROM survey_answer_tags WHERE question_key = ?"), {questionKey})
            || !run(q, QStringLiteral("DELETE FROM survey_answers WHERE question_key = ?"), {questionKey})
            || !run(q, QStringLiteral("DELETE FROM survey_questions WHERE key = ?"), {questionKey}))
            return queryError(q);
    }
    return StoreResult::ok(key);
}

StoreResult writeResponse(const QSqlDatabase& db, const SurveyResponse& r, RowKey surveyKey, RowKey key)
{
    StoreResult result;
    const RowKey personKey =
        referenceKey(db, QStringLiteral("people"), r.person,
                     QCoreApplication::translate("rapport::storage", "person"), &result);
    if (personKey < 0)
        return result;
    QSqlQuery q(db);
    QVariantList values{surveyKey, keyValue(personKey), timeValue(r.submittedAt), r.meta.createdAt.toMSecsSinceEpoch(),
                        r.meta.updatedAt.toMSecsSinceEpoch(), r.meta.rowVersion};
    if (key) {
        values << key;
        if (!run(q, QStringLiteral("UPDATE survey_responses SET survey_key = ?, person_key = ?, submitted_at = ?, "
                                   "created_at = ?, updated_at = ?, row_version = ? WHERE key = ?"),
                 values))
            return queryError(q);
        if (!run(q, QStringLiteral("DELETE FROM survey_answers WHERE response_key = ?"), {key}))
            return queryError(q);
    } else {
        values << r.meta.id.toString();
        if (!runInsert(q, QStringLiteral("INSERT INTO survey_responses (survey_key, person_key, submitted_at, created_at, "
                                   "updated_at, row_version, id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 values))
            return queryError(q);
        key = insertedKey(q);
    }
    for (const model::Answer& answer : r.answers) {
        const RowKey questionKey = count(db, QStringLiteral("SELECT key FROM survey_questions WHERE id = ? AND survey_key = ?"),
                                         {answer.question.toString(), surveyKey});
        if (!questionKey)
            return notFound(QCoreApplication::translate("rapport::storage", "question"),
                            answer.question);
        const QVariant number = answer.number ? QVariant(*answer.number) : QVariant(QMetaType(QMetaType::Int));
        const QVariant choices = answer.choices.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toJsonArray(answer.choices));
        const QVariant text = answer.text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(answer.text);
        if (!run(q, QStringLiteral("INSERT INTO survey_answers (response_key, question_key, number, choices, text) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                 {key, questionKey, number, choices, text}))
            return queryError(q);
    }
    // Tags stay with the answers that remain.
    if (!run(q, QStringLiteral("DELETE FROM survey_answer_tags WHERE response_key = ? AND question_key NOT IN "
                               "(SELECT question_key FROM survey_answers WHERE response_key = ?)"),
             {key, key}))
        return queryError(q);
    return StoreResult::ok(key);
}

/** Answers of a set of responses (by response key), in question order. */
QHash<RowKey, QList<model::Answer>> answersOf(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    QHash<RowKey, QList<model::Answer>> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT a.response_key, qu.id, a.number, a.choices, a.text FROM survey_answers a "
                          "JOIN survey_questions qu ON qu.key = a.question_key "
                          "JOIN survey_responses r ON r.key = a.response_key %1 ORDER BY a.response_key, qu.position")
               .arg(where),
        values);
    while (q.next()) {
        model::Answer a;
        a.question = idFrom(q.value(1));
        if (!q.value(2).isNull())
            a.number = q.value(2).toInt();
        a.choices = fromJsonArray(q.value(3));
        a.text = q.value(4).isNull() ? QString() : q.value(4).toString();
        result[q.value(0).toLongLong()].append(a);
    }
    return result;
}

constexpr const char* kResponseSelect =
    "r.key, r.id, r.created_at, r.updated_at, r.row_version, s.id, p.id, r.submitted_at FROM survey_responses r "
    "JOIN surveys s ON s.key = r.survey_key LEFT JOIN people p ON p.key = r.person_key";

SurveyResponse responseFrom(const QSqlQuery& q)
{
    SurveyResponse r;
    r.meta = metaFrom(q, 1);
    r.survey = idFrom(q.value(5));
    r.person = idFrom(q.value(6));
    r.submittedAt = timeFrom(q.value(7));
    return r;
}

} // namespace

SurveyRepository::SurveyRepository(QSqlDatabase db, const model::Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

StoreResult SurveyRepository::create(Survey& survey)
{
    Survey candidate = survey;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate); !errors.isEmpty())
        return invalid(errors);
    StoreResult r = atomically(m_db, [&] { return writeSurvey(m_db, candidate, 0); });
    if (r)
        survey = candidate;
    return r;
}

StoreResult SurveyRepository::update(Survey& survey)
{
    if (const auto errors = model::validate(survey); !errors.isEmpty())
        return invalid(errors);
    Survey candidate = survey;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v =
                checkVersion(m_db, kSurveys, candidate.meta,
                             QCoreApplication::translate("rapport::storage", "survey"), &key);
            !v)
            return v;
        candidate.meta.touch(m_clock);
        return writeSurvey(m_db, candidate, key);
    });
    if (r)
        survey = candidate;
    return r;
}

StoreResult SurveyRepository::remove(const Uuid& id)
{
    return atomically(m_db, [&] {
        const RowKey key = keyOf(id);
        if (!key)
            return notFound(QCoreApplication::translate("rapport::storage", "survey"), id);
        QSqlQuery q(m_db);
        const QStringList statements = {
            QStringLiteral("DELETE FROM survey_answer_tags WHERE response_key IN (SELECT key FROM survey_responses WHERE survey_key = ?)"),
            QStringLiteral("DELETE FROM survey_answers WHERE response_key IN (SELECT key FROM survey_responses WHERE survey_key = ?)"),
            QStringLiteral("DELETE FROM survey_responses WHERE survey_key = ?"),
            QStringLiteral("DELETE FROM survey_questions WHERE survey_key = ?"),
            QStringLiteral("DELETE FROM surveys WHERE key = ?"),
        };
        for (const QString& sql : statements) {
            if (!run(q, sql, {key}))
                return queryError(q);
        }
        return StoreResult::ok(key);
    });
}

std::optional<Survey> SurveyRepository::get(const Uuid& id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT s.key, s.id, s.created_at, s.updated_at, s.row_version, s.name, c.id FROM surveys s "
                               "LEFT JOIN campaigns c ON c.key = s.campaign_key WHERE s.id = ?"),
             {id.toString()})
        || !q.next())
        return std::nullopt;
    Survey s;
    const RowKey key = q.value(0).toLongLong();
    s.meta = metaFrom(q, 1);
    s.name = q.value(5).toString();
    s.campaign = idFrom(q.value(6));
    q.finish();
    run(q, QStringLiteral("SELECT id, kind, text, options, scale_points, required FROM survey_questions "
                          "WHERE survey_key = ? ORDER BY position, key"),
        {key});
    while (q.next()) {
        model::Question question;
        question.id = idFrom(q.value(0));
        model::questionKindFromName(q.value(1).toString(), &question.kind);
        question.text = q.value(2).toString();
        question.options = fromJsonArray(q.value(3));
        question.scalePoints = q.value(4).toInt();
        question.required = q.value(5).toInt() != 0;
        s.questions << question;
    }
    return s;
}

QList<Survey> SurveyRepository::list() const
{
    QList<Uuid> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM surveys ORDER BY %1, key").arg(noCaseOrder(m_db, QStringLiteral("name"))));
    while (q.next())
        ids << Uuid::fromString(q.value(0).toString());
    q.finish();
    QList<Survey> result;
    for (const Uuid& id : std::as_const(ids)) {
        if (auto s = get(id))
            result << *s;
    }
    return result;
}

qint64 SurveyRepository::count() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM surveys"));
}

Uuid SurveyRepository::findByName(const QString& name) const
{
    const Uuid exact = idFrom(scalar(m_db, QStringLiteral("SELECT id FROM surveys WHERE name = ?"), {name}));
    if (!exact.isNull())
        return exact;
    return idFrom(scalar(m_db, QStringLiteral("SELECT id FROM surveys WHERE %1 ORDER BY key").arg(noCaseEquals(m_db, QStringLiteral("name"))), {name}));
}

RowKey SurveyRepository::keyOf(const Uuid& id) const
{
    return detail::keyOf(m_db, kSurveys, id);
}

Uuid SurveyRepository::idOf(RowKey key) const
{
    return detail::idOf(m_db, kSurveys, key);
}

// --- responses ---

StoreResult SurveyRepository::create(SurveyResponse& response)
{
    const auto survey = get(response.survey);
    if (!survey)
        return notFound(QCoreApplication::translate("rapport::storage", "survey"), response.survey);
    SurveyResponse candidate = response;
    ensureMeta(candidate.meta, m_clock);
    if (const auto errors = model::validate(candidate, *survey); !errors.isEmpty())
        return invalid(errors);
    StoreResult r = atomically(m_db, [&] { return writeResponse(m_db, candidate, keyOf(survey->meta.id), 0); });
    if (r)
        response = candidate;
    return r;
}

StoreResult SurveyRepository::update(SurveyResponse& response)
{
    const auto survey = get(response.survey);
    if (!survey)
        return notFound(QCoreApplication::translate("rapport::storage", "survey"), response.survey);
    if (const auto errors = model::validate(response, *survey); !errors.isEmpty())
        return invalid(errors);
    SurveyResponse candidate = response;
    StoreResult r = atomically(m_db, [&] {
        RowKey key = 0;
        if (StoreResult v =
                checkVersion(m_db, kResponses, candidate.meta,
                             QCoreApplication::translate("rapport::storage", "response"), &key);
            !v)
            return v;
        candidate.meta.touch(m_clock);
        return writeResponse(m_db, candidate, keyOf(survey->meta.id), key);
    });
    if (r)
        response = candidate;
    return r;
}

StoreResult SurveyRepository::removeResponse(const Uuid& id)
{
    return atomically(m_db, [&] {
        QSqlQuery q(m_db);
        if (!run(q, QStringLiteral("DELETE FROM survey_answer_tags WHERE response_key = (SELECT key FROM survey_responses WHERE id = ?)"),
                 {id.toString()})
            || !run(q, QStringLiteral("DELETE FROM survey_answers WHERE response_key = (SELECT key FROM survey_responses WHERE id = ?)"),
                    {id.toString()}))
            return queryError(q);
        return removeRow(m_db, kResponses, id,
                         QCoreApplication::translate("rapport::storage", "response"));
    });
}

std::optional<SurveyResponse> SurveyRepository::response(const Uuid& id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT %1 WHERE r.id = ?").arg(QLatin1String(kResponseSelect)), {id.toString()}) || !q.next())
        return std::nullopt;
    SurveyResponse r = responseFrom(q);
    const RowKey key = q.value(0).toLongLong();
    q.finish();
    r.answers = answersOf(m_db, QStringLiteral("WHERE a.response_key = ?"), {key}).value(key);
    return r;
}

QList<SurveyResponse> SurveyRepository::responses(const Uuid& survey) const
{
    QList<SurveyResponse> result;
    QList<RowKey> keys;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT %1 WHERE s.id = ? ORDER BY r.submitted_at, r.key").arg(QLatin1String(kResponseSelect)),
        {survey.toString()});
    while (q.next()) {
        keys << q.value(0).toLongLong();
        result << responseFrom(q);
    }
    q.finish();
    const auto answers = answersOf(m_db, QStringLiteral("WHERE r.survey_key = (SELECT key FROM surveys WHERE id = ?)"),
                                   {survey.toString()});
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i].answers = answers.value(keys[i]);
    return result;
}

bool SurveyRepository::forEachResponse(const std::function<bool(const SurveyResponse&)>& callback, QString* error) const
{
    QSqlQuery responses(m_db), answers(m_db);
    streamAlongside(responses);
    streamAlongside(answers);
    if (!responses.exec(QStringLiteral("SELECT %1 ORDER BY r.key").arg(QLatin1String(kResponseSelect)))
        || !answers.exec(QStringLiteral("SELECT a.response_key, qu.id, a.number, a.choices, a.text FROM survey_answers a "
                                        "JOIN survey_questions qu ON qu.key = a.question_key "
                                        "ORDER BY a.response_key, qu.position"))) {
        if (error)
            *error =
                QCoreApplication::translate("rapport::storage", "Could not read survey responses.");
        return false;
    }
    bool hasAnswer = answers.next();
    while (responses.next()) {
        const RowKey key = responses.value(0).toLongLong();
        SurveyResponse r = responseFrom(responses);
        while (hasAnswer && answers.value(0).toLongLong() < key)
            hasAnswer = answers.next();
        while (hasAnswer && answers.value(0).toLongLong() == key) {
            model::Answer a;
            a.question = idFrom(answers.value(1));
            if (!answers.value(2).isNull())
                a.number = answers.value(2).toInt();
            a.choices = fromJsonArray(answers.value(3));
            a.text = answers.value(4).isNull() ? QString() : answers.value(4).toString();
            r.answers << a;
            hasAnswer = answers.next();
        }
        if (!callback(r))
            break;
    }
    return true;
}

qint64 SurveyRepository::responseCount() const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM survey_responses"));
}

qint64 SurveyRepository::responseCount(const Uuid& survey) const
{
    return detail::count(m_db, QStringLiteral("SELECT COUNT(*) FROM survey_responses r JOIN surveys s ON s.key = r.survey_key "
                                              "WHERE s.id = ?"),
                         {survey.toString()});
}

// --- scores and answer tags ---

std::optional<double> SurveyScores::nps() const
{
    if (npsAnswers == 0)
        return std::nullopt;
    return 100.0 * double(promoters - detractors) / double(npsAnswers);
}

std::optional<double> SurveyScores::csat() const
{
    if (csatAnswers == 0)
        return std::nullopt;
    return double(satisfied) / double(csatAnswers);
}

QHash<Uuid, SurveyScores> SurveyRepository::scores() const
{
    QHash<Uuid, SurveyScores> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One NPS and one CSAT score per response, as EngineLoader reads them.
    run(q, QStringLiteral("SELECT s.id, COUNT(*), COUNT(x.nps), COUNT(CASE WHEN x.nps >= 9 THEN 1 END), "
                          "COUNT(CASE WHEN x.nps <= 6 THEN 1 END), COUNT(x.csat), COUNT(CASE WHEN x.csat >= 4 THEN 1 END) FROM "
                          "(SELECT r.survey_key AS survey_key, "
                          "MAX(CASE WHEN qu.kind = 'nps' THEN a.number END) AS nps, "
                          "MAX(CASE WHEN qu.kind = 'csat' THEN a.number END) AS csat "
                          "FROM survey_responses r LEFT JOIN survey_answers a ON a.response_key = r.key "
                          "LEFT JOIN survey_questions qu ON qu.key = a.question_key AND qu.kind IN ('nps', 'csat') "
                          "GROUP BY r.key) x JOIN surveys s ON s.key = x.survey_key GROUP BY s.key"));
    while (q.next()) {
        SurveyScores s;
        s.responses = q.value(1).toLongLong();
        s.npsAnswers = q.value(2).toLongLong();
        s.promoters = q.value(3).toLongLong();
        s.detractors = q.value(4).toLongLong();
        s.csatAnswers = q.value(5).toLongLong();
        s.satisfied = q.value(6).toLongLong();
        result.insert(idFrom(q.value(0)), s);
    }
    return result;
}

QHash<Uuid, qint64> SurveyRepository::answerCounts(const Uuid& survey) const
{
    QHash<Uuid, qint64> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT qu.id, COUNT(*) FROM survey_answers a "
                          "JOIN survey_questions qu ON qu.key = a.question_key "
                          "WHERE qu.survey_key = (SELECT key FROM surveys WHERE id = ?) GROUP BY qu.key"),
        {survey.toString()});
    while (q.next())
        counts.insert(idFrom(q.value(0)), q.value(1).toLongLong());
    return counts;
}

QHash<Uuid, QString> SurveyRepository::respondentNames(const Uuid& survey) const
{
    QHash<Uuid, QString> names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT DISTINCT p.id, p.display_name FROM survey_responses r "
                          "JOIN people p ON p.key = r.person_key "
                          "WHERE r.survey_key = (SELECT key FROM surveys WHERE id = ?)"),
        {survey.toString()});
    while (q.next())
        names.insert(idFrom(q.value(0)), q.value(1).toString());
    return names;
}

QHash<AnswerKey, QStringList> SurveyRepository::answerTags(const Uuid& survey) const
{
    QHash<AnswerKey, QStringList> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT r.id, qu.id, t.tag FROM survey_answer_tags t "
                          "JOIN survey_responses r ON r.key = t.response_key "
                          "JOIN survey_questions qu ON qu.key = t.question_key "
                          "WHERE r.survey_key = (SELECT key FROM surveys WHERE id = ?) "
                          "ORDER BY t.response_key, t.question_key, %1")
               .arg(noCaseOrder(m_db, QStringLiteral("t.tag"))),
        {survey.toString()});
    while (q.next())
        result[AnswerKey{idFrom(q.value(0)), idFrom(q.value(1))}].append(q.value(2).toString());
    return result;
}

QStringList SurveyRepository::answerTags(const AnswerKey& answer) const
{
    QStringList tags;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    run(q, QStringLiteral("SELECT t.tag FROM survey_answer_tags t "
                          "JOIN survey_responses r ON r.key = t.response_key "
                          "JOIN survey_questions qu ON qu.key = t.question_key "
                          "WHERE r.id = ? AND qu.id = ? ORDER BY %1")
               .arg(noCaseOrder(m_db, QStringLiteral("t.tag"))),
        {answer.response.toString(), answer.question.toString()});
    while (q.next())
        tags << q.value(0).toString();
    return tags;
}

StoreResult SurveyRepository::setAnswerTags(const AnswerKey& answer, const QStringList& tags)
{
    QStringList clean;
    for (const QString& tag : tags) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean << t;
    }
    return atomically(m_db, [&] {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(q, QStringLiteral("SELECT a.response_key, a.question_key FROM survey_answers a "
                                   "JOIN survey_responses r ON r.key = a.response_key "
                                   "JOIN survey_questions qu ON qu.key = a.question_key "
                                   "WHERE r.id = ? AND qu.id = ?"),
                 {answer.response.toString(), answer.question.toString()}))
            return queryError(q);
        if (!q.next())
            return notFound(QCoreApplication::translate("rapport::storage", "answer"), answer.question);
        const RowKey responseKey = q.value(0).toLongLong();
        const RowKey questionKey = q.value(1).toLongLong();
        q.finish();
        if (!run(q, QStringLiteral("DELETE FROM survey_answer_tags WHERE response_key = ? AND question_key = ?"),
                 {responseKey, questionKey}))
            return queryError(q);
        for (const QString& tag : std::as_const(clean)) {
            if (!run(q, QStringLiteral("INSERT INTO survey_answer_tags (response_key, question_key, tag) VALUES (?, ?, ?)"),
                     {responseKey, questionKey, tag}))
                return queryError(q);
        }
        if (!run(q, QStringLiteral("UPDATE survey_responses SET row_version = row_version + 1, updated_at = ? WHERE key = ?"),
                 {m_clock.now().toMSecsSinceEpoch(), responseKey}))
            return queryError(q);
        return StoreResult::ok(responseKey);
    });
}

} // namespace rapport::storage
