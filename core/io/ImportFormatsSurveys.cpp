// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Survey platforms: each file becomes the canonical responses table (one column per
// question, named by its text) and the people who gave an email. The canonical responses
// importer then infers each question's kind (NPS, CSAT, Likert, text) from its wording and
// values, so the formats only bring the values into the shape it reads: numbers for scale
// answers, one cell per question. Layouts and sources: IMPORT-FORMATS.md.
#include "core/io/ImportFormat.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace rapport::io {

namespace {

using namespace formats;

/** One question of a survey file: its text and the platform columns its answer comes from
 *  (several for SurveyMonkey's multi-select blocks and Typeform's "Other" column; their
 *  non-empty cells are joined with "; "). */
struct QuestionColumns
{
    QString text;
    QList<int> columns;
};

/** Where a platform keeps what the canonical responses table needs. */
struct SurveyLayout
{
    QString source;         ///< the people's source: the platform's name
    qsizetype firstRow = 0; ///< SurveyMonkey's second header row is row 0
    int time = -1;          ///< submitted_at
    TimeColumn order;
    int email = -1, name = -1, firstName = -1, lastName = -1;
    QList<QuestionColumns> questions;
    /** A cell as the platform meant it (Typeform's protective apostrophe removed ...). */
    std::function<QString(const QString&)> clean;
    /** A reason when the row is not a response to import (Typeform's partial responses). */
    std::function<QString(const PlatformRow&)> skip;
    /** Whether an email cell says "nobody" (Microsoft Forms writes "anonymous"). */
    std::function<bool(const QString&)> anonymous;
};

bool looksLikeEmail(const QString& text)
{
    const qsizetype at = text.indexOf(u'@');
    return at > 0 && at < text.size() - 1 && !text.contains(u' ');
}

/** A question header without case, surrounding space and trailing "?", ":" or "*". */
QString plainQuestion(const QString& text)
{
    QString folded = text.toCaseFolded().trimmed();
    folded.replace(u'’', u'\'');
    while (!folded.isEmpty() &&
           (folded.back() == u'?' || folded.back() == u':' || folded.back() == u'*'))
        folded.chop(1);
    return folded.trimmed();
}

enum class NamePart
{
    None,
    Full,
    First,
    Last
};

/** Whether a question asks the respondent's name ("What's your name?", "Full name",
 *  SurveyMonkey's contact block "Contact [Name]"); such answers describe the person. */
NamePart namePartOf(const QString& header)
{
    static const QRegularExpression full(QStringLiteral(
        R"(^(?:(?:what's|what is|please enter)\s+)?(?:your\s+)?(?:full\s+)?name$|\[(?:full\s+)?name\]$)"));
    static const QRegularExpression first(
        QStringLiteral(R"(^(?:your\s+)?first\s+name$|\[first\s+name\]$)"));
    static const QRegularExpression last(
        QStringLiteral(R"(^(?:your\s+)?(?:last\s+name|surname)$|\[last\s+name\]$)"));
    const QString q = plainQuestion(header);
    if (full.match(q).hasMatch())
        return NamePart::Full;
    if (first.match(q).hasMatch())
        return NamePart::First;
    if (last.match(q).hasMatch())
        return NamePart::Last;
    return NamePart::None;
}

/** "10 - Extremely likely", "0 (Not at all likely)", "5 = Very satisfied": the number. A
 *  label needs its separator: "2 years" is an answer, not a scale point. */
bool labelledNumber(const QString& text, int* number, bool* labelled)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{1,2})(?:\s*[-–—:=]\s*|\s*\(\s*)(\p{L}.*)$)"));
    bool ok = false;
    *number = text.toInt(&ok);
    *labelled = false;
    if (ok)
        return true;
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    *number = m.captured(1).toInt();
    *labelled = true;
    return true;
}

/** The score of a satisfaction label on the common 5-point scales, or 0. The standard
 *  CSAT wording (Very dissatisfied … Very satisfied) is tried first; SurveyMonkey's
 *  question-bank scale (Not at all … Extremely satisfied) rates "Very satisfied" 4, so it
 *  is used only when a label only it has is present. */
int satisfactionScore(const QString& label, bool extremelyScale)
{
    static const QHash<QString, int> standard{
        {QStringLiteral("very dissatisfied"), 1},
        {QStringLiteral("dissatisfied"), 2},
        {QStringLiteral("neither satisfied nor dissatisfied"), 3},
        {QStringLiteral("neutral"), 3},
        {QStringLiteral("satisfied"), 4},
        {QStringLiteral("very satisfied"), 5},
    };
    static const QHash<QString, int> extremely{
        {QStringLiteral("not at all satisfied"), 1}, {QStringLiteral("not so satisfied"), 2},
        {QStringLiteral("not very satisfied"), 2},   {QStringLiteral("somewhat satisfied"), 3},
        {QStringLiteral("very satisfied"), 4},       {QStringLiteral("extremely satisfied"), 5},
    };
    return (extremelyScale ? extremely : standard).value(label.toCaseFolded().simplified(), 0);
}

/**
 * Scale answers written as text, turned into the numbers the canonical importer reads, for
 * a whole column or not at all (a text answer that happens to start with a digit stays
 * text): numbers with their end labels ("10 - Extremely likely") on any 0–10 scale, and the
 * satisfaction labels of a question about satisfaction.
 */
void normaliseScale(const QString& question, QList<QStringList>& answers, int column)
{
    bool allNumbers = true, anyLabelled = false, any = false;
    for (const QStringList& row : std::as_const(answers)) {
        const QString& value = row[column];
        if (value.isEmpty())
            continue;
        any = true;
        int n = 0;
        bool labelled = false;
        if (!labelledNumber(value, &n, &labelled) || n < 0 || n > 10) {
            allNumbers = false;
            break;
        }
        anyLabelled = anyLabelled || labelled;
    }
    if (!any)
        return;
    if (allNumbers) {
        if (anyLabelled) {
            for (QStringList& row : answers) {
                int n = 0;
                bool labelled = false;
                if (!row[column].isEmpty() && labelledNumber(row[column], &n, &labelled))
                    row[column] = QString::number(n);
            }
        }
        return;
    }
    if (!question.contains(u"satisf", Qt::CaseInsensitive))
        return;
    for (const bool extremelyScale : {false, true}) {
        const bool all = std::all_of(answers.cbegin(), answers.cend(), [&](const QStringList& row) {
            return row[column].isEmpty() || satisfactionScore(row[column], extremelyScale) > 0;
        });
        if (!all)
            continue;
        for (QStringList& row : answers)
            if (!row[column].isEmpty())
                row[column] = QString::number(satisfactionScore(row[column], extremelyScale));
        return;
    }
}

/**
 * Question texts the canonical responses table can hold: each once (a second "Other" or a
 * repeated title gets " (2)"), none the name of a canonical column (a question titled
 * "Survey" or "GitHub" would be read as that column).
 */
QStringList uniqueQuestionNames(const QList<QuestionColumns>& questions)
{
    QSet<QString> taken;
    for (const QString& name : canonicalColumns(ImportKind::Responses))
        taken.insert(name.toCaseFolded());
    QStringList names;
    for (const QuestionColumns& q : questions) {
        QString name = q.text;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1 (%2)").arg(q.text).arg(n);
        taken.insert(name.toCaseFolded());
        names << name;
    }
    return names;
}

bool isBlank(const PlatformRow& row)
{
    return std::all_of(row.cells.cbegin(), row.cells.cend(),
                       [](const QString& c) { return c.trimmed().isEmpty(); });
}

/**
 * Turns a survey file into people (those who gave an email) and canonical responses.
 * Questions that ask for the respondent's email or name identify the person instead of
 * becoming questions (the answers would repeat personal data in the survey); a name
 * without an email identifies nobody, so it is not kept.
 */
bool translateSurvey(const PlatformTable& t, const TranslateOptions& o, SurveyLayout layout,
                     Translation* out, InputError* error)
{
    out->extraHeaderRows = int(layout.firstRow);
    auto value = [&](const PlatformRow& row, int column) {
        const QString text = cell(row, column);
        return layout.clean ? layout.clean(text).trimmed() : text;
    };
    // An email question (header mentions it, every answer is one) stands in for a missing
    // or empty platform email column; name questions likewise.
    static const QRegularExpression emailHeader(QStringLiteral(R"(e-?mail)"),
                                                QRegularExpression::CaseInsensitiveOption);
    int emailQuestion = -1;
    for (qsizetype i = 0; i < layout.questions.size(); ++i) {
        const QuestionColumns& q = layout.questions[i];
        if (q.columns.size() != 1)
            continue;
        const int c = q.columns.front();
        if (emailQuestion < 0 && emailHeader.match(q.text).hasMatch()) {
            bool any = false, all = true;
            for (qsizetype r = layout.firstRow; r < t.rows.size() && all; ++r) {
                const QString v = value(t.rows[r], c);
                any = any || !v.isEmpty();
                all = v.isEmpty() || looksLikeEmail(v);
            }
            if (any && all) {
                emailQuestion = c;
                layout.questions.removeAt(i--);
                continue;
            }
        }
        const NamePart part = namePartOf(q.text);
        int* slot = part == NamePart::Full    ? &layout.name
                    : part == NamePart::First ? &layout.firstName
                    : part == NamePart::Last  ? &layout.lastName
                                              : nullptr;
        if (slot && *slot < 0) {
            *slot = c;
            layout.questions.removeAt(i--);
        }
    }

    struct Response
    {
        qint64 line = 0;
        QString email, name, firstName, lastName;
        qint64 submitted = 0;
    };
    QList<Response> responses;
    QList<QStringList> answers;
    for (qsizetype r = layout.firstRow; r < t.rows.size(); ++r) {
        const PlatformRow& row = t.rows[r];
        if (isBlank(row)) {
            out->skipped.append(
                {row.line, QCoreApplication::translate("rapport::io::ImportFormat", "empty row")});
            continue;
        }
        if (layout.skip) {
            if (const QString reason = layout.skip(row); !reason.isEmpty()) {
                out->skipped.append({row.line, reason});
                continue;
            }
        }
        Response response;
        response.line = row.line;
        response.email = value(row, layout.email);
        if (layout.anonymous && layout.anonymous(response.email))
            response.email.clear();
        if (response.email.isEmpty())
            response.email = value(row, emailQuestion);
        if (!response.email.isEmpty()) {
            response.name = value(row, layout.name);
            response.firstName = value(row, layout.firstName);
            response.lastName = value(row, layout.lastName);
        }
        const QString timeText = cell(row, layout.time);
        if (!readTime(t, row.line, t.header.value(layout.time), timeText, layout.order,
                      &response.submitted, error))
            return false;
        QStringList cells;
        for (const QuestionColumns& q : std::as_const(layout.questions)) {
            QStringList parts;
            for (const int c : q.columns)
                if (const QString v = value(row, c); !v.isEmpty())
                    parts << v;
            cells << parts.join(u"; ");
        }
        responses << response;
        answers << cells;
    }
    for (int i = 0; i < layout.questions.size(); ++i)
        normaliseScale(layout.questions[i].text, answers, i);

    const QStringList names = uniqueQuestionNames(layout.questions);
    out->responses = CanonicalTable::responses(names);
    const QString survey = o.survey.isEmpty() ? t.baseName : o.survey;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const Response& response = responses[i];
        if (!response.email.isEmpty()) {
            PlatformRow& p = out->people.add(response.line);
            out->people.set(p, u"email", response.email);
            out->people.set(p, u"name", response.name);
            out->people.set(p, u"first_name", response.firstName);
            out->people.set(p, u"last_name", response.lastName);
            out->people.set(p, u"source", layout.source);
        }
        PlatformRow& a = out->responses.add(response.line);
        out->responses.set(a, u"email", response.email);
        out->responses.set(a, u"submitted_at", isoTime(response.submitted));
        out->responses.set(a, u"survey", survey);
        for (int q = 0; q < names.size(); ++q)
            out->responses.set(a, names[q], answers[i][q]);
    }
    return true;
}

/** Every named column not in `metadata` (nor accepted by `isMetadata`) is one question. */
QList<QuestionColumns> questionColumns(const PlatformTable& t, const QSet<QString>& metadata,
                                       const std::function<bool(const QString&)>& isMetadata = {})
{
    QList<QuestionColumns> questions;
    for (int c = 0; c < t.header.size(); ++c) {
        const QString& h = t.header[c];
        if (h.isEmpty() || metadata.contains(h.toCaseFolded()) || (isMetadata && isMetadata(h)))
            continue;
        questions << QuestionColumns{h, {c}};
    }
    return questions;
}

QSet<QString> foldedSet(std::initializer_list<const char16_t*> names)
{
    QSet<QString> set;
    for (const char16_t* n : names)
        set.insert(QString::fromUtf16(n).toCaseFolded());
    return set;
}

/**
 * SurveyMonkey's "All individual responses" CSV (expanded columns). Two header rows: row 1
 * has the metadata (Respondent ID, Collector ID, Start Date, End Date, IP Address, Email
 * Address, First Name, Last Name, Custom Data 1) and each question's text over the first
 * column of its block; row 2 says what each column holds: "Response", "Open-Ended
 * Response", an option's text, "Other (please specify)", or a matrix row. A block whose
 * cells are its options (or "Response"/"Other" text) is one multi-select answer, options
 * joined with "; "; any other block (a matrix, a contact form) is one question per column,
 * "Question [Row label]". Dates are month-first with AM/PM and no zone (read as UTC: the
 * account's zone is not in the file). IP Address and Custom Data are not kept.
 */
class SurveyMonkeyFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("surveymonkey"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "SurveyMonkey responses export");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && t.has(u"Respondent ID") &&
               t.has(u"Collector ID") && t.has(u"Start Date") && t.has(u"End Date");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        const int respondent = t.column(u"Respondent ID");
        SurveyLayout layout;
        layout.source = QStringLiteral("surveymonkey");
        layout.time = t.column(u"End Date");
        layout.email = t.column(u"Email Address");
        layout.firstName = t.column(u"First Name");
        layout.lastName = t.column(u"Last Name");
        // The condensed export has one header row: then row 0 is already a response.
        const bool twoRows = !t.rows.isEmpty() && cell(t.rows.front(), respondent).isEmpty();
        layout.firstRow = twoRows ? 1 : 0;
        const PlatformRow labels = twoRows ? t.rows.front() : PlatformRow{};
        static const QSet<QString> metadata =
            foldedSet({u"Respondent ID", u"Collector ID", u"Start Date", u"End Date", u"IP Address",
                       u"Email Address", u"First Name", u"Last Name"});
        QList<QList<int>> blocks;
        bool inQuestions = false;
        for (int c = 0; c < t.header.size(); ++c) {
            const QString& h = t.header[c];
            if (metadata.contains(h.toCaseFolded()) ||
                h.startsWith(u"Custom Data", Qt::CaseInsensitive)) {
                inQuestions = false;
                continue;
            }
            if (!h.isEmpty() || !inQuestions)
                blocks.append(QList<int>{});
            blocks.back().append(c);
            inQuestions = true;
        }
        for (const QList<int>& block : std::as_const(blocks)) {
            const QString text = t.header[block.front()].isEmpty() ? cell(labels, block.front())
                                                                   : t.header[block.front()];
            if (block.size() == 1) {
                if (!text.isEmpty())
                    layout.questions << QuestionColumns{text, block};
                continue;
            }
            if (isOptionBlock(t, layout.firstRow, labels, block)) {
                layout.questions << QuestionColumns{text, block};
                continue;
            }
            for (const int c : block)
                layout.questions << QuestionColumns{
                    QStringLiteral("%1 [%2]").arg(text, cell(labels, c)), {c}};
        }
        layout.order = columnOrder(t, layout.time, o, DateOrder::MonthDayYear);
        return translateSurvey(t, o, layout, out, error);
    }

private:
    /** Whether every answer in the block is its column's option text, or free text in a
     *  column that holds the chosen option or the "Other" answer. */
    static bool isOptionBlock(const PlatformTable& t, qsizetype firstRow, const PlatformRow& labels,
                              const QList<int>& block)
    {
        for (const int c : block) {
            const QString label = cell(labels, c);
            if (label.compare(u"Response", Qt::CaseInsensitive) == 0 ||
                label.compare(u"Open-Ended Response", Qt::CaseInsensitive) == 0 ||
                label.startsWith(u"Other", Qt::CaseInsensitive))
                continue;
            for (qsizetype r = firstRow; r < t.rows.size(); ++r) {
                const QString v = cell(t.rows[r], c);
                if (!v.isEmpty() && v.compare(label, Qt::CaseInsensitive) != 0)
                    return false;
            }
        }
        return true;
    }
};

/**
 * Typeform's responses CSV: "#" (the response token) first, one column per question, then
 * hidden fields (named by their key: lower-case letters, digits and "_"), then metadata
 * (Score, Response Type, Start Date (UTC), Stage Date (UTC), Submit Date (UTC), Network ID,
 * Tags, Ending). Times are UTC. Partial responses (Response Type "partial", or no Submit
 * Date in older files) are skipped with a reason: they were never submitted, Typeform's own
 * results leave them out, and they have no submission time. A multiple-choice "Other"
 * column joins the question before it. Typeform puts an apostrophe before values starting
 * with +, =, - or @ (a spreadsheet-injection guard); it is removed. A hidden field named
 * "email" (or an email question) identifies the respondent; other hidden fields (utm_*) are
 * not answers and are not kept. Network ID is a hashed network, not a person.
 */
class TypeformFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("typeform"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "Typeform responses export");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && !t.header.isEmpty() &&
               t.header.front() == u"#" && t.has(u"Submit Date (UTC)");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        static const QSet<QString> metadata =
            foldedSet({u"#", u"Score", u"Response Type", u"Start Date (UTC)", u"Stage Date (UTC)",
                       u"Submit Date (UTC)", u"Network ID", u"Tags", u"Ending"});
        static const QRegularExpression hiddenField(QStringLiteral("^[a-z][a-z0-9_]*$"));
        SurveyLayout layout;
        layout.source = QStringLiteral("typeform");
        layout.time = t.column(u"Submit Date (UTC)");
        layout.order = TimeColumn(DateOrder::YearMonthDay, o.timeZone);
        for (int c = 0; c < t.header.size(); ++c) {
            const QString& h = t.header[c];
            if (hiddenField.match(h).hasMatch()) {
                if (h == u"email")
                    layout.email = c;
                else if (h == u"name")
                    layout.name = c;
                continue;
            }
            if (h.isEmpty() || metadata.contains(h.toCaseFolded()))
                continue;
            if (h == u"Other" && !layout.questions.isEmpty() &&
                layout.questions.back().columns.back() == c - 1)
                layout.questions.back().columns << c;
            else
                layout.questions << QuestionColumns{h, {c}};
        }
        layout.clean = [](const QString& text) {
            if (text.size() >= 2 && text[0] == u'\'' && QStringView(u"+=-@").contains(text[1]))
                return text.mid(1);
            return text;
        };
        const int type = t.column(u"Response Type");
        const int submitted = layout.time;
        layout.skip = [type, submitted](const PlatformRow& row) {
            const QString kind = cell(row, type);
            if (kind.compare(u"partial", Qt::CaseInsensitive) == 0 ||
                (kind.isEmpty() && cell(row, submitted).isEmpty()))
                return QCoreApplication::translate("rapport::io::ImportFormat",
                                                   "a partial response (never submitted)");
            return QString();
        };
        return translateSurvey(t, o, layout, out, error);
    }
};

/**
 * Microsoft Forms' responses workbook (.xlsx, real Excel dates) or its CSV saved by Excel
 * (month- or day-first short dates). ID (older Id), Start time, Completion time, Email,
 * Name, then optional Last modified time, Total points and Quiz feedback, then questions,
 * each of a quiz followed by "Points - …" and "Feedback - …"; columns may come in any
 * order. Email "anonymous" is an anonymous response. Multi-choice answers end with ";"
 * ("Cloud;Security;"): their options are joined with "; ". Times have no zone (read as UTC).
 */
class MicrosoftFormsFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("microsoft-forms"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat",
                                           "Microsoft Forms responses");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && t.anyColumn({u"ID", u"Id"}) >= 0 &&
               t.has(u"Start time") && t.has(u"Completion time") && t.has(u"Email") &&
               t.has(u"Name");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        static const QSet<QString> metadata =
            foldedSet({u"ID", u"Start time", u"Completion time", u"Email", u"Name",
                       u"Last modified time", u"Total points", u"Quiz feedback"});
        SurveyLayout layout;
        layout.source = QStringLiteral("microsoft-forms");
        layout.time = t.column(u"Completion time");
        layout.email = t.column(u"Email");
        layout.name = t.column(u"Name");
        layout.questions = questionColumns(t, metadata, [](const QString& h) {
            return h.startsWith(u"Points - ") || h.startsWith(u"Feedback - ");
        });
        layout.anonymous = [](const QString& email) {
            return email.compare(u"anonymous", Qt::CaseInsensitive) == 0;
        };
        layout.clean = [](const QString& text) {
            if (!text.endsWith(u';'))
                return text;
            QStringList options;
            for (const QStringView part : QStringView(text).split(u';'))
                if (const QStringView option = part.trimmed(); !option.isEmpty())
                    options << option.toString();
            return options.join(u"; ");
        };
        layout.order = columnOrder(t, layout.time, o, DateOrder::MonthDayYear);
        return translateSurvey(t, o, layout, out, error);
    }
};

/**
 * Google Forms responses: the Sheets download (`3/5/2024 10:12:33`, the spreadsheet's
 * locale and zone, no offset) and the direct Forms download (`2024/03/05 10:12:33 AM
 * GMT+1`). Timestamp first, then Email Address / Email address when the form collects
 * emails, Score for quizzes, then one column per question. Detected last among the surveys:
 * Timestamp is its only fixed column (and an activities CSV with a "Type" column is not a
 * form). Times without an offset are read as UTC.
 */
class GoogleFormsFormat final : public ImportFormat
{
public:
    QString name() const override { return QStringLiteral("google-forms"); }
    QString title() const override
    {
        return QCoreApplication::translate("rapport::io::ImportFormat", "Google Forms responses");
    }
    bool matches(const PlatformTable& t) const override
    {
        return t.kind == PlatformTable::Kind::Table && !t.header.isEmpty() &&
               t.header.front() == u"Timestamp" && !t.has(u"type");
    }
    bool translate(const PlatformTable& t, const TranslateOptions& o, Translation* out,
                   InputError* error) const override
    {
        static const QSet<QString> metadata = foldedSet({u"Timestamp", u"Email Address", u"Score"});
        SurveyLayout layout;
        layout.source = QStringLiteral("google-forms");
        layout.time = 0;
        layout.email = t.column(u"Email Address");
        layout.questions = questionColumns(t, metadata);
        layout.order = columnOrder(t, layout.time, o, DateOrder::MonthDayYear);
        return translateSurvey(t, o, layout, out, error);
    }
};

} // namespace

QList<const ImportFormat*> surveyImportFormats()
{
    static const SurveyMonkeyFormat surveyMonkey;
    static const TypeformFormat typeform;
    static const MicrosoftFormsFormat microsoftForms;
    static const GoogleFormsFormat googleForms;
    return {&surveyMonkey, &typeform, &microsoftForms, &googleForms};
}

} // namespace rapport::io
