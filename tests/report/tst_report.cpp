// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The executive report and the author statement, rendered for a fixture project and read
// back with poppler: the figures in the PDF's text equal the engine's, fonts are embedded,
// pages and properties are right, in English and in Chinese; a failed export leaves no file.
#include "core/engine/ContentLoop.h"
#include "core/engine/Engagement.h"
#include "core/engine/Funnel.h"
#include "core/engine/GroupBy.h"
#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/io/DemoCommunity.h"
#include "core/storage/AuthorReport.h"
#include "core/storage/ContentLoopReader.h"
#include "core/storage/EngineLoader.h"
#include "core/storage/FunnelRepository.h"
#include "tests/storage/tst_repository_fixture.h"
#include "tests/support/FixedClock.h"
#include "ui/dashboard/FunnelFigures.h"
#include "ui/report/ReportBuilder.h"
#include "ui/report/ReportExport.h"
#include "ui/report/ReportLanguage.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rapport;

namespace {

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return QStringLiteral("<%1 did not run: %2>").arg(program, process.errorString());
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** The page's text in drawing order (pdftotext -raw), one trimmed line per entry. */
QStringList pageLines(const QString& pdf, int page)
{
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                              QString::number(page), pdf, QStringLiteral("-")});
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

/** The line `offset` lines after the first line equal to label. */
QString after(const QStringList& lines, const QString& label, int offset = 1)
{
    const qsizetype i = lines.indexOf(label);
    return i < 0 ? QStringLiteral("<no line “%1”>").arg(label) : lines.value(i + offset);
}

QMap<QString, QString> pdfInfo(const QString& pdf)
{
    QMap<QString, QString> info;
    for (const QString& line : run(QStringLiteral("pdfinfo"), {pdf}).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

/** (font name, embedded) of every font pdffonts lists. */
QList<QPair<QString, bool>> pdfFonts(const QString& pdf)
{
    QList<QPair<QString, bool>> fonts;
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(u'\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() >= 7)
            fonts << qMakePair(f[0], f[f.size() - 5] == u"yes");
    }
    return fonts;
}

std::int64_t dayStart(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headlineFiguresEqualTheEngine();
    void funnelEqualsTheEngine();
    void storedLifecycleEqualsTheDashboard();
    void propertiesFontsAndPages_data();
    void propertiesFontsAndPages();
    void chineseReportUsesACjkFont();
    void contentHashFollowsTheData();
    void personalDataLeftOutUnlessAsked();
    void authorStatement();
    void failedExportLeavesNoFile();
    void commandLineWithoutDisplay();

private:
    report::ReportSource source() const;
    QString write(const report::ReportOptions& options, const QString& name);

    test::FixedClock m_clock{QDateTime(QDate(2026, 6, 30), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<test::TestDatabase> m_db;
    QTemporaryDir m_out;
    report::ReportOptions m_options;
    std::optional<storage::EngineData> m_engine;
    std::unique_ptr<engine::ContentLoop> m_content;
    engine::ParallelFor m_parallel{2};
    QString m_chineseCampaign = QStringLiteral("深圳开发者大会");
};

void TestReport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils is needed");
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isOk(), qPrintable(m_db->error()));
    io::DemoOptions demo;
    demo.people = 600;
    demo.seed = 11;
    QString error;
    QVERIFY2(io::DemoCommunity(m_db->db(), m_clock).generate(demo, nullptr, &error), qPrintable(error));
    // A campaign with a Chinese name running in the period, to be drawn with a CJK font.
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT key FROM campaigns WHERE starts_on <= '2026-06-30' AND "
                                  "(ends_on IS NULL OR ends_on >= '2026-04-01') AND status <> 'cancelled' "
                                  "ORDER BY key LIMIT 1")));
    QVERIFY(q.next());
    const qint64 key = q.value(0).toLongLong();
    q.prepare(QStringLiteral("UPDATE campaigns SET name = ? WHERE key = ?"));
    q.addBindValue(m_chineseCampaign);
    q.addBindValue(key);
    QVERIFY(q.exec());
    m_options.from = QDate(2026, 4, 1);
    m_options.to = QDate(2026, 6, 30);
    m_engine = storage::EngineLoader(m_db->db()).load(&error);
    QVERIFY2(m_engine, qPrintable(error));
    m_content = std::make_unique<engine::ContentLoop>(storage::readContentLoopData(m_db->db()));
    QVERIFY(m_out.isValid());
}

report::ReportSource TestReport::source() const
{
    report::ReportSource s;
    s.db = m_db->db();
    s.projectPath = m_db->path();
    s.now = m_clock.now();
    return s;
}

QString TestReport::write(const report::ReportOptions& options, const QString& name)
{
    const QString path = m_out.filePath(name);
    QString error;
    if (!report::ReportExport::writeReport(source(), options, path, {}, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestReport::headlineFiguresEqualTheEngine()
{
    const QString pdf = write(m_options, QStringLiteral("en.pdf"));
    QVERIFY(QFileInfo::exists(pdf));
    const QStringList page = pageLines(pdf, 1);
    const report::ReportLanguage en(QStringLiteral("en"));
    const engine::Store& store = m_engine->store;
    const engine::DateRange period{dayStart(m_options.from), dayStart(m_options.to.addDays(1))};

    QCOMPARE(after(page, QStringLiteral("People in the community")), en.integer(double(store.personCount())));
    engine::GroupByQuery active;
    active.dateRange = period;
    QCOMPARE(after(page, QStringLiteral("Active people")),
             en.integer(double(engine::GroupBy::compute(store, active, m_parallel).totalPersons)));
    active.activities.type = std::int32_t(*store.types().keyNamed("attended"));
    QCOMPARE(after(page, QStringLiteral("Attended an event")),
             en.integer(double(engine::GroupBy::compute(store, active, m_parallel).totalPersons)));

    engine::NpsQuery nps;
    nps.dateRange = period;
    const engine::NpsFigures f = engine::Nps::compute(store, m_engine->responses, nps, m_parallel).total;
    QVERIFY(f.nps && f.responses > 10);
    // The value with its margin of error and sample, on one line.
    QCOMPARE(after(page, QStringLiteral("Net Promoter Score")),
             QStringLiteral("%1 ± %2 · n = %3")
                 .arg(en.number(*f.nps, 1), en.number(*f.moe95, 1), en.integer(double(f.responses))));
    QCOMPARE(after(page, QStringLiteral("Satisfaction (CSAT)")), en.percent(*f.csat));

    engine::EngagementQuery levels;
    const engine::LevelChanges changes =
        engine::Engagement::changes(store, levels, period.from - 1, period.to - 1, m_parallel);
    std::uint64_t advocates = 0;
    for (int from = 0; from < 4; ++from)
        advocates += changes.transitions[from][3];
    QCOMPARE(after(page, QStringLiteral("Advocates")), en.integer(double(advocates)));
    QCOMPARE(after(page, QStringLiteral("Content views")),
             en.integer(double(m_content->reach(engine::ContentLoop::ReachBy::Piece, period).total.views)));
    // The period and the previous one, in words.
    QVERIFY(page.contains(QStringLiteral("Compared with the previous 91 days (Dec 31, 2025 – Mar 31, 2026)")));
}

void TestReport::funnelEqualsTheEngine()
{
    // No lifecycle stored: the default steps, each any of several types, within 365 days.
    report::ReportOptions options = m_options;
    options.sections = {report::ReportSection::Funnel, report::ReportSection::Methodology};
    const QString pdf = write(options, QStringLiteral("funnel.pdf"));
    const QStringList page = pageLines(pdf, 1);
    const report::ReportLanguage en(QStringLiteral("en"));
    const engine::Store& store = m_engine->store;
    // Built by hand from DESIGN.md's lifecycle, not through the report's code.
    const QList<QStringList> types = {{QStringLiteral("invited"), QStringLiteral("registered"), QStringLiteral("starred")},
                                      {QStringLiteral("attended"), QStringLiteral("contributed"), QStringLiteral("posted"),
                                       QStringLiteral("commented")},
                                      {QStringLiteral("responded")},
                                      {QStringLiteral("shared"), QStringLiteral("referred"), QStringLiteral("spoke"),
                                       QStringLiteral("authored")}};
    engine::FunnelQuery query;
    query.window = 365 * 86400;
    query.dateRange = {dayStart(m_options.from), dayStart(m_options.to.addDays(1))};
    for (const QStringList& step : types) {
        engine::ActivityFilter filter;
        for (const QString& type : step)
            filter.types.push_back(std::int32_t(*store.types().keyNamed(type.toStdString())));
        query.steps.push_back(filter);
    }
    const engine::FunnelResult result = engine::Funnel::compute(store, query, m_parallel);
    QVERIFY(result.steps[0].persons > 0);
    QVERIFY(result.steps[3].persons > 0);
    const QStringList names = {QStringLiteral("Reached"), QStringLiteral("Activated"), QStringLiteral("Satisfied"),
                               QStringLiteral("Advocate")};
    for (qsizetype i = 0; i < types.size(); ++i) {
        const double persons = double(result.steps[std::size_t(i)].persons);
        // The step's name, what counts for it, then the bar's label: "persons · share of the audience".
        QCOMPARE(after(page, names[i]), types[i].join(QStringLiteral(", ")));
        QCOMPARE(after(page, names[i], 2),
                 en.integer(persons) + QStringLiteral(" · ") + en.percent(persons / double(store.personCount())));
    }
}

void TestReport::storedLifecycleEqualsTheDashboard()
{
    // The project's own lifecycle steps, saved as the dashboard's "Edit steps…" does.
    model::FunnelDefinition custom = model::FunnelDefinition::defaultLifecycle();
    custom.steps = {{QStringLiteral("Signed up"), {QStringLiteral("registered")}, {}, {}},
                    {QStringLiteral("Showed up"), {QStringLiteral("attended"), QStringLiteral("contributed")}, {}, {}},
                    {QStringLiteral("Told a friend"), {QStringLiteral("shared"), QStringLiteral("referred")}, {}, {}}};
    custom.windowSeconds = 60 * 86400;
    custom.mode = model::FunnelDefinition::Mode::Strict;
    storage::FunnelRepository funnels(m_db->db(), m_clock);
    QVERIFY(funnels.setLifecycle(custom));
    const auto restore = qScopeGuard([&] { funnels.setLifecycle(std::nullopt); });

    report::ReportOptions options = m_options;
    options.sections = {report::ReportSection::Funnel, report::ReportSection::Methodology};
    const QString pdf = write(options, QStringLiteral("funnel-custom.pdf"));
    const QStringList page = pageLines(pdf, 1);

    // The dashboard's figures for the same definition, period and audience.
    QString error;
    auto loaded = storage::EngineLoader(m_db->db()).load(&error);
    QVERIFY2(loaded, qPrintable(error));
    ui::DashboardContext context;
    context.data = std::make_shared<const storage::EngineData>(std::move(*loaded));
    context.range = {dayStart(m_options.from), dayStart(m_options.to.addDays(1))};
    context.asOf = m_clock.now().toSecsSinceEpoch();
    context.parallel = &m_parallel;
    ui::FunnelFigures dashboard;
    dashboard.compute(funnels.lifecycle(), context);
    const std::vector<engine::FunnelStep>& steps = dashboard.result().steps;
    QCOMPARE(steps.size(), std::size_t(3));

    // And by hand, in engine terms: were the definition ignored, the counts would differ.
    const engine::Store& store = m_engine->store;
    engine::FunnelQuery query;
    query.window = 60 * 86400;
    query.mode = engine::FunnelMode::Strict;
    query.dateRange = context.range;
    for (const model::FunnelStepDefinition& step : custom.steps) {
        engine::ActivityFilter filter;
        for (const QString& type : step.types)
            filter.types.push_back(std::int32_t(*store.types().keyNamed(type.toStdString())));
        query.steps.push_back(filter);
    }
    const engine::FunnelResult byHand = engine::Funnel::compute(store, query, m_parallel);
    QVERIFY(byHand.steps[1].persons > 0);
    const report::ReportLanguage en(QStringLiteral("en"));
    const double audience = double(dashboard.inAudience());
    QCOMPARE(audience, double(store.personCount()));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].persons, byHand.steps[i].persons);
        const QString name = custom.steps[qsizetype(i)].label;
        QCOMPARE(after(page, name), custom.steps[qsizetype(i)].types.join(QStringLiteral(", ")));
        const double persons = double(steps[i].persons);
        QCOMPARE(after(page, name, 2), en.integer(persons) + QStringLiteral(" · ") + en.percent(persons / audience));
        // The table: name, people, of audience, of previous.
        const double before = i == 0 ? audience : double(steps[i - 1].persons);
        const QString row = QStringLiteral("%1 %2 %3 %4")
                                .arg(name, en.integer(persons), en.percent(persons / audience),
                                     en.percent(before > 0 ? persons / before : 0.0));
        QVERIFY2(std::any_of(page.begin(), page.end(), [&](const QString& l) { return l.startsWith(row); }),
                 qPrintable(row));
    }
    QVERIFY(page.contains(QStringLiteral("From the people in the audience to “Told a friend”, starting in Apr 1 – Jun "
                                         "30, 2026")));
    QVERIFY(!page.contains(QStringLiteral("Reached")));

    // The methodology names the steps, their types, the window and the mode.
    const QString methodology = pageLines(pdf, 2).join(u' ');
    for (const QString& expected :
         {QStringLiteral("1. Signed up: registered; 2. Showed up: attended, contributed; 3. Told a friend: shared, "
                         "referred."),
          QStringLiteral("in the steps’ order, with no other activity of the person in between"),
          QStringLiteral("within 60 days of it")})
        QVERIFY2(methodology.contains(expected), qPrintable(expected + u'\n' + methodology));
}

void TestReport::propertiesFontsAndPages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("sections");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QString>("size");
    QTest::newRow("en, A4, all") << "en" << int(report::PaperSize::A4Landscape) << "all" << 8 << "842 x 595 pts (A4)";
    QTest::newRow("zh, Letter, three") << "zh_CN" << int(report::PaperSize::LetterLandscape)
                                       << "methodology,headline,campaigns" << 3 << "792 x 612 pts (letter)";
}

void TestReport::propertiesFontsAndPages()
{
    QFETCH(QString, language);
    QFETCH(int, paper);
    QFETCH(QString, sections);
    QFETCH(int, pages);
    QFETCH(QString, size);
    report::ReportOptions options = m_options;
    options.language = language;
    options.paper = report::PaperSize(paper);
    QVERIFY(report::ReportOptions::parseSections(sections, &options.sections, nullptr));
    const QString pdf = write(options, QStringLiteral("props-%1.pdf").arg(language));
    const QMap<QString, QString> info = pdfInfo(pdf);
    QCOMPARE(info.value(QStringLiteral("Pages")).toInt(), pages);
    QCOMPARE(info.value(QStringLiteral("Page size")), size);
    const QString project = QFileInfo(m_db->path()).completeBaseName();
    QVERIFY2(info.value(QStringLiteral("Title")).endsWith(QStringLiteral(" · ") + project),
             qPrintable(info.value(QStringLiteral("Title"))));
    QVERIFY(!info.value(QStringLiteral("Author")).isEmpty());
    QVERIFY(!info.value(QStringLiteral("Subject")).isEmpty());
    QVERIFY2(info.value(QStringLiteral("CreationDate")).contains(QStringLiteral("Jun 30 12:00:00 2026")),
             qPrintable(info.value(QStringLiteral("CreationDate"))));
    const auto fonts = pdfFonts(pdf);
    QVERIFY(!fonts.isEmpty());
    for (const auto& [name, embedded] : fonts)
        QVERIFY2(embedded, qPrintable(name + QStringLiteral(" is not embedded")));
    // Page numbers in the footer.
    QVERIFY(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                .contains(language == u"en" ? QStringLiteral("Page %1 of %1").arg(pages)
                                            : report::ReportLanguage(language)
                                                  .text("Page %1 of %2")
                                                  .arg(pages)
                                                  .arg(pages)));
}

void TestReport::chineseReportUsesACjkFont()
{
    report::ReportOptions options = m_options;
    options.language = QStringLiteral("zh_CN");
    const QString pdf = write(options, QStringLiteral("zh.pdf"));
    bool cjk = false;
    for (const auto& [name, embedded] : pdfFonts(pdf))
        cjk = cjk || (name.contains(QStringLiteral("NotoSansCJKsc")) && embedded);
    QVERIFY2(cjk, "the Chinese report embeds Noto Sans CJK SC");
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    // Dates in Chinese, the Chinese campaign name, and the same figures as the engine's.
    QVERIFY2(text.contains(QStringLiteral("2026年4月1日 – 6月30日")), qPrintable(text.left(400)));
    QVERIFY(text.contains(m_chineseCampaign));
    const report::ReportLanguage zh(QStringLiteral("zh_CN"));
    const QStringList page = pageLines(pdf, 1);
    QCOMPARE(after(page, zh.text("People in the community")), zh.integer(double(m_engine->store.personCount())));
    engine::NpsQuery nps;
    nps.dateRange = {dayStart(m_options.from), dayStart(m_options.to.addDays(1))};
    const engine::NpsFigures f = engine::Nps::compute(m_engine->store, m_engine->responses, nps, m_parallel).total;
    QVERIFY(after(page, zh.text("Net Promoter Score")).startsWith(zh.number(*f.nps, 1) + QStringLiteral(" ± ")));
}

void TestReport::contentHashFollowsTheData()
{
    report::ReportOptions options = m_options;
    options.sections = {report::ReportSection::Methodology};
    auto hashOf = [&](const QString& name) {
        const QStringList lines = pageLines(write(options, name), 1);
        return after(lines, QStringLiteral("Content hash (BLAKE2b-256)")) +
               after(lines, QStringLiteral("Content hash (BLAKE2b-256)"), 2);
    };
    const QString first = hashOf(QStringLiteral("hash-1.pdf"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(first).hasMatch(), qPrintable(first));
    QCOMPARE(hashOf(QStringLiteral("hash-2.pdf")), first);
    // One more activity: another hash. (Undone afterwards, so other tests see the fixture.)
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO activity_changes (op, person_key, type_key, at) "
                                  "VALUES (1, (SELECT MIN(key) FROM people), 1, 1780000000)")));
    const qint64 row = q.lastInsertId().toLongLong();
    const QString changed = hashOf(QStringLiteral("hash-3.pdf"));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM activity_changes WHERE key = %1").arg(row)));
    QVERIFY(changed != first);
    QCOMPARE(hashOf(QStringLiteral("hash-4.pdf")), first);
}

void TestReport::personalDataLeftOutUnlessAsked()
{
    storage::AuthorReport authors(m_db->db());
    const engine::DateRange period{dayStart(m_options.from), dayStart(m_options.to.addDays(1))};
    auto reach = m_content->reach(engine::ContentLoop::ReachBy::Author, period).rows;
    std::sort(reach.begin(), reach.end(), [](const auto& a, const auto& b) {
        return a.metrics.views != b.metrics.views ? a.metrics.views > b.metrics.views : a.key < b.key;
    });
    QVERIFY(!reach.empty());
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM people WHERE key = %1").arg(reach.front().key)));
    QVERIFY(q.next());
    const QString topAuthor = q.value(0).toString();

    report::ReportOptions options = m_options;
    options.sections = {report::ReportSection::Content};
    QString text = run(QStringLiteral("pdftotext"), {write(options, QStringLiteral("anonymous.pdf")), QStringLiteral("-")});
    QVERIFY(!text.contains(topAuthor));
    QVERIFY(text.contains(QStringLiteral("Author 1")));
    QVERIFY(!text.contains(u'@'));
    options.includePersonalData = true;
    text = run(QStringLiteral("pdftotext"), {write(options, QStringLiteral("named.pdf")), QStringLiteral("-")});
    QVERIFY2(text.contains(topAuthor), qPrintable(topAuthor));

    // A name in Devanagari is drawn with a font that has its glyphs (Noto Sans Devanagari,
    // fonts-noto-core), embedded. (Its text is only partly extractable: Qt's PDF writer maps
    // conjunct glyphs to no character, so only the plain letters are checked.)
    q.prepare(QStringLiteral("UPDATE people SET display_name = ? WHERE key = ?"));
    q.addBindValue(QStringLiteral("प्रिया शर्मा"));
    q.addBindValue(qint64(reach.front().key));
    QVERIFY(q.exec());
    const auto restore = qScopeGuard([&] {
        QSqlQuery back(m_db->db());
        back.prepare(QStringLiteral("UPDATE people SET display_name = ? WHERE key = ?"));
        back.addBindValue(topAuthor);
        back.addBindValue(qint64(reach.front().key));
        back.exec();
    });
    const QString devanagari = write(options, QStringLiteral("named-devanagari.pdf"));
    bool embedded = false;
    for (const auto& [name, isEmbedded] : pdfFonts(devanagari))
        embedded = embedded || (name.contains(QStringLiteral("Devanagari")) && isEmbedded);
    QVERIFY2(embedded, "a Devanagari font is embedded (Debian: fonts-noto-core)");
    text = run(QStringLiteral("pdftotext"), {devanagari, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("या")), qPrintable(text.left(600)));
}

void TestReport::authorStatement()
{
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT i.value, p.id FROM content_authors a JOIN identities i ON i.person_key = "
                                  "a.person_key AND i.kind = 'email' JOIN people p ON p.key = a.person_key "
                                  "ORDER BY a.content_key LIMIT 1")));
    QVERIFY(q.next());
    const QString email = q.value(0).toString();
    const auto summary = storage::AuthorReport(m_db->db()).summary(model::Uuid::fromString(q.value(1).toString()));
    QVERIFY(summary && !summary->pieces.isEmpty());
    report::ReportOptions options;
    options.author = email.toUpper(); // emails match whatever their case
    const QString pdf = m_out.filePath(QStringLiteral("author.pdf"));
    QString error;
    QVERIFY2(report::ReportExport::writeAuthorStatement(source(), options, pdf, {}, &error), qPrintable(error));
    const int pages = pdfInfo(pdf).value(QStringLiteral("Pages")).toInt();
    QVERIFY(pages == 1 || pages == 2);
    const report::ReportLanguage en(QStringLiteral("en"));
    const QStringList page = pageLines(pdf, 1);
    QCOMPARE(page.value(0), QStringLiteral("Author statement · %1").arg(summary->name));
    QCOMPARE(after(page, QStringLiteral("Pieces")), en.integer(double(summary->pieces.size())));
    QCOMPARE(after(page, QStringLiteral("Views")), en.integer(double(summary->total.views)));
    QCOMPARE(after(page, QStringLiteral("Onward clicks")), en.integer(double(summary->total.onwardClicks)));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.contains(summary->pieces.first().title.left(20)));

    options.author = QStringLiteral("nobody@example.invalid");
    QVERIFY(!report::ReportExport::writeAuthorStatement(source(), options, m_out.filePath(QStringLiteral("x.pdf")), {},
                                                        &error));
    QVERIFY2(error.contains(QStringLiteral("nobody@example.invalid")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("x.pdf"))));
}

void TestReport::failedExportLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.pdf"));
    // An older report is kept as it was when the new one fails.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous report");
    }
    report::ReportOptions options = m_options;
    options.audience = QStringLiteral("No such audience");
    QString error;
    QVERIFY(!report::ReportExport::writeReport(source(), options, path, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("No such audience")), qPrintable(error));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous report"));
    old.close();

    // Cancelled half way: nothing new, nothing left behind.
    const QString fresh = dir.filePath(QStringLiteral("fresh.pdf"));
    int calls = 0;
    QVERIFY(!report::ReportExport::writeReport(source(), m_options, fresh, [&](double share) {
        return ++calls < 3 || share < 0;
    }, &error));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("board.pdf")});

    // A folder that does not exist is named.
    const QString nowhere = dir.filePath(QStringLiteral("missing/board.pdf"));
    QVERIFY(!report::ReportExport::writeReport(source(), m_options, nowhere, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));

    // And with a usable audience it works, replacing the old file.
    QVERIFY2(report::ReportExport::writeReport(source(), m_options, path, {}, &error), qPrintable(error));
    QVERIFY(pdfInfo(path).value(QStringLiteral("Pages")).toInt() == 8);
}

void TestReport::commandLineWithoutDisplay()
{
    const QString pdf = m_out.filePath(QStringLiteral("cli.pdf"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(RAPPORT_CLI),
              {QStringLiteral("report"), m_db->path(), QStringLiteral("--pdf"), pdf, QStringLiteral("--from"),
               QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"),
               QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--sections"),
               QStringLiteral("headline,methodology")});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).startsWith(QStringLiteral("Wrote ")));
    QCOMPARE(pdfInfo(pdf).value(QStringLiteral("Pages")).toInt(), 2);

    cli.start(QStringLiteral(RAPPORT_CLI), {QStringLiteral("report"), m_db->path(), QStringLiteral("--pdf"),
                                            m_out.filePath(QStringLiteral("bad.pdf")), QStringLiteral("--sections"),
                                            QStringLiteral("headline,charts")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("charts")));
    QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("bad.pdf"))));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
