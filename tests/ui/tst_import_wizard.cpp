// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard walked as a user walks it, on a real project file: what it imports is
// what the importer run directly imports; undo takes it back; a bad file names its line and
// changes nothing; Cancel changes nothing.
#include "core/io/FileImporter.h"
#include "core/storage/ImportLog.h"
#include "core/storage/ProjectSummary.h"
#include "tests/ui/ProjectFixture.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/BackgroundTask.h"
#include "ui/MainWindow.h"
#include "ui/people/PeopleView.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"
#include "ui/import/ColumnMappingModel.h"
#include "ui/import/ImportCheckPage.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportFilePage.h"
#include "ui/import/ImportOptionsPage.h"
#include "ui/import/ImportPreviewModel.h"
#include "ui/import/ImportReportView.h"
#include "ui/import/ImportRunPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/SkippedRowsModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QTimeZone>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rapport;
using test::ScriptedPrompts;
using ui::ImportWizard;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/") + name;
}

/** Everyone in a project: name, company and identities, one line each, sorted. */
QStringList peopleOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT p.display_name, IFNULL(p.company, ''), IFNULL((SELECT group_concat(x, ' ') FROM "
        "(SELECT i.kind || ':' || i.normalized AS x FROM identities i WHERE i.person_key = p.key "
        "ORDER BY x)), '') FROM people p WHERE p.merged_into IS NULL"));
    QStringList people;
    while (q.next())
        people << QStringLiteral("%1 | %2 | %3")
                      .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    people.sort();
    return people;
}

/** The campaigns with their dates: "name | first day | last day". */
QStringList campaignsOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, starts_on, ends_on FROM campaigns ORDER BY name"));
    QStringList campaigns;
    while (q.next())
        campaigns << QStringLiteral("%1 | %2 | %3")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return campaigns;
}

QJsonObject summaryOf(const QSqlDatabase& db)
{
    storage::ProjectSummary summary;
    storage::ProjectSummary::compute(db, &summary);
    return summary.toJson();
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsWhatTheImporterDoes_data();
    void importsWhatTheImporterDoes();
    void undoRemovesTheImportAndRedoPutsItBack();
    void mappingChoosesTheColumns();
    void platformChoices();
    void malformedFileShowsLineAndChangesNothing_data();
    void malformedFileShowsLineAndChangesNothing();
    void unrecognisedFileSaysSoOnTheFirstPage();
    void cancelDuringImportChangesNothing();
    void cancelDuringCheckChangesNothing();
    void menuAndDropOpenTheWizard();
    void readOnlyProjectTakesNoImport();

private:
    void openProject(int people = 3);
    ImportWizard* openWizard(const QString& file);
    void next(ImportWizard* wizard);
    void waitForCheck(ImportWizard* wizard);
    void importAndFinish(ImportWizard* wizard);
    /** Holds the project's write lock from another connection (the import waits for it). */
    std::unique_ptr<storage::ProjectFile> lockProject();
    ui::ProjectSession* session() const { return m_window->controller()->session(); }
    QSqlDatabase db() const { return session()->file().database(); }
    /** SELECT COUNT(*) FROM what, with the statement finished (an open one holds a read
     *  lock that keeps an import on the worker's connection from committing). */
    int count(const QString& what) const
    {
        QSqlQuery q(db());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + what) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    std::unique_ptr<test::UiTestFolder> m_folder;
    std::unique_ptr<QSettings> m_settings;
    ScriptedPrompts m_prompts;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_path;
};

void TestImportWizard::init()
{
    m_folder = std::make_unique<test::UiTestFolder>();
    m_settings = std::make_unique<QSettings>(m_folder->path(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_prompts = ScriptedPrompts();
    m_prompts.unsaved = ScriptedPrompts::UnsavedAnswer::Discard;
    m_window = std::make_unique<ui::MainWindow>(m_folder->environment(), *m_settings, &m_prompts);
    // The People area is looked at (a hidden area reads the project again only when shown).
    m_window->showArea(int(m_window->areas().indexOf(m_window->peopleView())));
    m_window->show();
    m_path = m_folder->path(QStringLiteral("community.rapport"));
}

void TestImportWizard::cleanup()
{
    if (ImportWizard* wizard = m_window->importController()->wizard())
        delete wizard;
    m_window.reset();
    m_settings.reset();
    m_folder.reset();
}

void TestImportWizard::openProject(int people)
{
    test::makeProject(*m_folder, m_path, people);
    QVERIFY(m_window->controller()->openPath(m_path));
    QVERIFY(session());
}

ImportWizard* TestImportWizard::openWizard(const QString& file)
{
    ImportWizard* wizard = m_window->importController()->importFile(file);
    if (wizard)
        new QAbstractItemModelTester(wizard->optionsPage()->mappingModel(), wizard);
    return wizard;
}

void TestImportWizard::next(ImportWizard* wizard)
{
    QAbstractButton* button = wizard->button(QWizard::NextButton);
    if (!button->isVisible())
        button = wizard->button(QWizard::CommitButton);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestImportWizard::waitForCheck(ImportWizard* wizard)
{
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPage));
    QTRY_VERIFY(!wizard->checkPage()->task()->isRunning());
}

void TestImportWizard::importAndFinish(ImportWizard* wizard)
{
    waitForCheck(wizard);
    QVERIFY(wizard->checkPage()->isChecked());
    QAbstractButton* import = wizard->button(QWizard::CommitButton);
    QVERIFY(import->isVisible() && import->isEnabled());
    QCOMPARE(import->text(), QStringLiteral("&Import"));
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::RunPage));
    QTRY_VERIFY(wizard->runPage()->isComplete());
    QVERIFY2(wizard->runPage()->outcome().ok,
             qPrintable(wizard->runPage()->outcome().error.toString()));
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_window->importController()->wizard());
}

std::unique_ptr<storage::ProjectFile> TestImportWizard::lockProject()
{
    auto other = session()->file().openSecondConnection(nullptr);
    if (other && !QSqlQuery(other->database()).exec(QStringLiteral("BEGIN IMMEDIATE")))
        other.reset();
    return other;
}

void TestImportWizard::importsWhatTheImporterDoes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("event export") << "import/eventbrite_attendees_uk.csv"
                                  << "eventbrite";
    QTest::newRow("JSON") << "import/github_stargazers.json"
                          << "github-stargazers";
    QTest::newRow("spreadsheet") << "import/microsoft_forms_responses.xlsx"
                                 << "microsoft-forms";
    QTest::newRow("canonical people") << "csv/people.csv"
                                      << "people";
    QTest::newRow("canonical activities") << "csv/activities.csv"
                                          << "activities";
}

void TestImportWizard::importsWhatTheImporterDoes()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    openProject();
    // The same project, imported into by the importer directly.
    const QString copyPath = m_folder->path(QStringLiteral("copy.rapport"));
    QVERIFY(session()->saveCopy(copyPath));
    storage::FileResult opened;
    auto copy =
        storage::ProjectFile::open(copyPath, m_folder->environment(), storage::OpenMode::ReadWrite,
                                   storage::RecoveryChoice::Ask, &opened);
    QVERIFY2(copy, qPrintable(opened.message));
    io::ImportReport expected;
    io::InputError error;
    QVERIFY2(
        io::FileImporter(*copy, m_folder->clock).importFile(fixture(file), {}, &expected, &error),
        qPrintable(error.toString()));

    ImportWizard* wizard = openWizard(fixture(file));
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->source().preset(), format);
    QVERIFY2(wizard->filePage()->formatLabel()->text().contains(wizard->source().formatTitle()),
             qPrintable(wizard->filePage()->formatLabel()->text()));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPage));
    QVERIFY(wizard->optionsPage()->previewModel()->rowCount() > 0);
    QCOMPARE(wizard->optionsPage()->mappingView()->isVisible(),
             wizard->source().canonicalKind().has_value());
    next(wizard);
    waitForCheck(wizard);
    // The dry run says what the import will do, and has changed nothing.
    const QString said = wizard->checkPage()->reportView()->summaryLabel()->text();
    QVERIFY2(said.contains(QStringLiteral("%1 new people").arg(expected.peopleCreated)),
             qPrintable(said));
    QCOMPARE(wizard->checkPage()->reportView()->skippedModel()->rowCount(),
             int(expected.skipped.size()));
    if (!expected.skipped.isEmpty()) {
        // Each skipped row with its line and reason; Ctrl+C copies them.
        QTableView* skipped = wizard->checkPage()->reportView()->skippedView();
        QVERIFY(skipped->isVisible());
        skipped->selectAll();
        QTest::keyClick(skipped, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text().split(u'\n').first(),
                 QStringLiteral("%1\t%2")
                     .arg(expected.skipped.first().line)
                     .arg(expected.skipped.first().reason));
    }
    QCOMPARE(m_window->peopleView()->peopleCount(), 3);
    QCOMPARE(storage::ImportLog(db()).list().size(), 0);

    importAndFinish(wizard);
    QCOMPARE(peopleOf(db()), peopleOf(copy->database()));
    QCOMPARE(summaryOf(db()), summaryOf(copy->database()));
    QCOMPARE(m_window->peopleView()->peopleCount(), 3 + expected.peopleCreated);
    QCOMPARE(session()->undoStack()->count(), 1);
    QCOMPARE(session()->undoStack()->undoText(),
             QStringLiteral("Import %1").arg(QFileInfo(file).fileName()));
    QVERIFY(session()->isModified());
    QVERIFY(m_window->isWindowModified());
}

void TestImportWizard::undoRemovesTheImportAndRedoPutsItBack()
{
    openProject();
    const QStringList before = peopleOf(db());
    const QJsonObject summaryBefore = summaryOf(db());
    ImportWizard* wizard = openWizard(fixture(QStringLiteral("import/luma_guests.csv")));
    QVERIFY(wizard);
    next(wizard);
    next(wizard);
    importAndFinish(wizard);
    const QStringList imported = peopleOf(db());
    const QJsonObject summaryImported = summaryOf(db());
    QVERIFY(imported.size() > before.size());

    // Edit › Undo, as the user finds it.
    QAction* undo = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(peopleOf(db()), before);
    QCOMPARE(summaryOf(db()), summaryBefore);
    QCOMPARE(m_window->peopleView()->peopleCount(), 3);
    QCOMPARE(storage::ImportLog(db()).list().size(), 0);

    session()->undoStack()->redo();
    QCOMPARE(peopleOf(db()), imported);
    QCOMPARE(summaryOf(db()), summaryImported);
    QCOMPARE(storage::ImportLog(db()).list().size(), 1);
    session()->undoStack()->undo();
    QCOMPARE(peopleOf(db()), before);

    // What is saved is what is shown.
    session()->undoStack()->redo();
    QVERIFY(m_window->controller()->save());
    QVERIFY(m_window->controller()->closeProject());
    QVERIFY(m_window->controller()->openPath(m_path));
    QCOMPARE(peopleOf(db()), imported);
    QCOMPARE(m_prompts.asked.count(QStringLiteral("error")), 0);
}

void TestImportWizard::mappingChoosesTheColumns()
{
    openProject();
    // Its header names no canonical column: Rapport does not recognise it by itself.
    const QString file = fixture(QStringLiteral("csv/people_mapped.csv"));
    ImportWizard* wizard = openWizard(file);
    QVERIFY(wizard);
    QVERIFY(!wizard->source().isValid());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(wizard->filePage()->formatLabel()->text().contains(QStringLiteral("line 1")),
             qPrintable(wizard->filePage()->formatLabel()->text()));
    QComboBox* format = wizard->filePage()->formatComboBox();
    format->setCurrentIndex(format->findData(QStringLiteral("people")));
    emit format->activated(format->currentIndex());
    QVERIFY(wizard->source().isValid());
    next(wizard);

    // A combo per column; nothing found to match people by yet.
    ui::ImportOptionsPage* page = wizard->optionsPage();
    ui::ColumnMappingModel* model = page->mappingModel();
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(!page->isComplete());
    QVERIFY(page->problemLabel()->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    const auto choose = [&](int row, const QString& choice) {
        auto* combo = qobject_cast<QComboBox*>(page->mappingView()->indexWidget(
            model->index(row, ui::ColumnMappingModel::ImportedAs)));
        QVERIFY(combo);
        const int item = combo->findData(choice);
        QVERIFY(item >= 0);
        combo->setCurrentIndex(item);
        emit combo->activated(item);
    };
    choose(0, QStringLiteral("email"));
    choose(1, QStringLiteral("name"));
    choose(2, QStringLiteral("company"));
    QCOMPARE(model->index(0, ui::ColumnMappingModel::ImportedAs).data().toString(),
             QStringLiteral("email"));
    QVERIFY(page->isComplete());
    QVERIFY(!page->problemLabel()->isVisible());
    QVERIFY(page->previewModel()
                ->headerData(0, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("→ email")));
    // One column per field: giving "name" to another column takes it from the first.
    choose(3, QStringLiteral("name"));
    QCOMPARE(model->index(1, ui::ColumnMappingModel::ImportedAs)
                 .data(ui::ColumnMappingModel::ChoiceRole)
                 .toString(),
             ui::ColumnMappingModel::kNotImported);
    choose(1, QStringLiteral("name"));
    QCOMPARE(model->index(3, ui::ColumnMappingModel::ImportedAs)
                 .data(ui::ColumnMappingModel::ChoiceRole)
                 .toString(),
             ui::ColumnMappingModel::kNotImported);
    next(wizard);
    importAndFinish(wizard);

    // The same as the command line with the same mapping in a file.
    storage::FileResult opened;
    const QString copyPath = m_folder->path(QStringLiteral("cli.rapport"));
    test::makeProject(*m_folder, copyPath, 3);
    auto copy =
        storage::ProjectFile::open(copyPath, m_folder->environment(), storage::OpenMode::ReadWrite,
                                   storage::RecoveryChoice::Ask, &opened);
    QVERIFY(copy);
    io::FileImportOptions options;
    options.preset = QStringLiteral("people");
    io::InputError error;
    QVERIFY(io::ColumnMapping::load(fixture(QStringLiteral("csv/people_mapping.json")),
                                    io::canonicalColumns(io::ImportKind::People), &options.mapping,
                                    &error));
    io::ImportReport report;
    QVERIFY2(io::FileImporter(*copy, m_folder->clock).importFile(file, options, &report, &error),
             qPrintable(error.toString()));
    QCOMPARE(peopleOf(db()), peopleOf(copy->database()));
    QVERIFY(peopleOf(db()).join(u'\n').contains(
        QStringLiteral("María José | Nordwind | email:maria@example.org")));
}

void TestImportWizard::platformChoices()
{
    openProject();
    // A US export's dates (3/1/24 9:15) could be either order, and name no zone: asked.
    const QString file = fixture(QStringLiteral("import/eventbrite_attendees_us.csv"));
    ImportWizard* wizard = openWizard(file);
    QVERIFY(wizard);
    next(wizard);
    ui::ImportOptionsPage* page = wizard->optionsPage();
    QVERIFY(!page->mappingView()->isVisible());
    QVERIFY(page->datesGroupBox()->isVisible());
    QVERIFY(page->dateOrderComboBox()->isVisible());
    QVERIFY(page->timeZoneComboBox()->isVisible());
    QComboBox* order = page->dateOrderComboBox();
    order->setCurrentIndex(order->findData(int(io::DateOrder::DayMonthYear)));
    QComboBox* zone = page->timeZoneComboBox();
    zone->setCurrentIndex(zone->findData(QStringLiteral("Pacific/Kiritimati")));
    QVERIFY(zone->currentIndex() > 0);
    // An event export belongs to a campaign: the file's own unless one is chosen.
    QVERIFY(page->campaignComboBox()->isVisible());
    QVERIFY(!page->surveyComboBox()->isVisible());
    QVERIFY(page->campaignComboBox()->lineEdit()->placeholderText().contains(
        QStringLiteral("eventbrite_attendees_us")));
    QTest::keyClicks(page->campaignComboBox()->lineEdit(), QStringLiteral("Spring Meetup"));
    io::TranslateOptions chosen;
    chosen.campaign = QStringLiteral("Spring Meetup");
    chosen.dateOrder = io::DateOrder::DayMonthYear;
    chosen.timeZone = QTimeZone("Pacific/Kiritimati");
    const io::TranslateOptions asked = wizard->options().translate;
    QCOMPARE(asked.campaign, chosen.campaign);
    QCOMPARE(asked.dateOrder, chosen.dateOrder);
    QCOMPARE(asked.timeZone, chosen.timeZone);
    next(wizard);
    importAndFinish(wizard);

    // What the importer makes of the file with the same choices, and without them.
    const auto campaignsWith = [&](const io::TranslateOptions& translate, const QString& name) {
        const QString path = m_folder->path(name);
        test::makeProject(*m_folder, path, 3);
        auto copy =
            storage::ProjectFile::open(path, m_folder->environment(), storage::OpenMode::ReadWrite,
                                       storage::RecoveryChoice::Ask, nullptr);
        io::FileImportOptions options;
        options.translate = translate;
        io::ImportReport report;
        io::InputError error;
        if (!copy ||
            !io::FileImporter(*copy, m_folder->clock).importFile(file, options, &report, &error))
            return QStringList{error.toString()};
        return campaignsOf(copy->database());
    };
    const QStringList imported = campaignsOf(db());
    QCOMPARE(imported, campaignsWith(chosen, QStringLiteral("same.rapport")));
    io::TranslateOptions defaults;
    defaults.campaign = chosen.campaign;
    QVERIFY(imported != campaignsWith(defaults, QStringLiteral("defaults.rapport")));
    QCOMPARE(imported.size(), 1);
    QVERIFY(imported.first().startsWith(QStringLiteral("Spring Meetup | ")));

    // A UK export's dates prove their order: nothing to ask.
    wizard = openWizard(fixture(QStringLiteral("import/eventbrite_attendees_uk.csv")));
    QVERIFY(wizard);
    next(wizard);
    QVERIFY(!wizard->optionsPage()->datesGroupBox()->isVisible());
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!m_window->importController()->wizard());

    // A survey export is attached to a survey, named as the user says.
    wizard = openWizard(fixture(QStringLiteral("import/typeform_responses.csv")));
    QVERIFY(wizard);
    next(wizard);
    page = wizard->optionsPage();
    QVERIFY(page->surveyComboBox()->isVisible());
    QVERIFY(!page->campaignComboBox()->isVisible());
    QTest::keyClicks(page->surveyComboBox()->lineEdit(), QStringLiteral("Launch feedback"));
    next(wizard);
    importAndFinish(wizard);
    QCOMPARE(count(QStringLiteral("surveys WHERE name = 'Launch feedback'")), 1);
}

void TestImportWizard::malformedFileShowsLineAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::newRow("bad value") << QByteArray("email,name,internal\nzed@example.org,Zed,yes\n"
                                             "xia@example.org,Xia,maybe\n")
                               << "bad.csv, line 3: internal must be";
    // After the rows the preview reads: only the dry run meets it.
    QByteArray quote = "email,name\n";
    for (int i = 0; i < 60; ++i)
        quote += "member" + QByteArray::number(i) + "@example.org,Member\n";
    quote += "bob@example.org,\"Bob\n";
    QTest::newRow("unterminated quote") << quote << "bad.csv, line 62:";
    QTest::newRow("bad time") << QByteArray("email,type,timestamp\nann@example.org,attended,"
                                            "2026-02-01T10:00:00Z\nlate@example.org,attended,"
                                            "yesterday\n")
                              << "bad.csv, line 3: “yesterday” is not an ISO 8601 timestamp";
}

void TestImportWizard::malformedFileShowsLineAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    openProject();
    const QString path = m_folder->path(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QJsonObject before = summaryOf(db());

    ImportWizard* wizard = openWizard(path);
    QVERIFY(wizard);
    next(wizard);
    next(wizard);
    waitForCheck(wizard);
    QVERIFY(!wizard->checkPage()->isChecked());
    QLabel* error = wizard->checkPage()->reportView()->errorLabel();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(where.toHtmlEscaped()), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("the project is unchanged")));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(summaryOf(db()), before);
    QCOMPARE(session()->undoStack()->count(), 0);
    QVERIFY(!session()->isModified());
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!m_window->importController()->wizard());
    QCOMPARE(summaryOf(db()), before);
}

void TestImportWizard::unrecognisedFileSaysSoOnTheFirstPage()
{
    openProject();
    const QString path = m_folder->path(QStringLiteral("shopping.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("item,quantity\nmilk,2\n");
    file.close();
    ImportWizard* wizard = openWizard(path);
    QVERIFY(wizard);
    const QString text = wizard->filePage()->formatLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("shopping.csv, line 1: Rapport does not recognise its "
                                          "columns")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("--preset"))); // no command-line advice here
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // Typing another file's path reads that one once the typing pauses.
    QLineEdit* pathEdit = wizard->filePage()->pathLineEdit();
    pathEdit->selectAll();
    QTest::keyClicks(pathEdit, fixture(QStringLiteral("import/luma_guests.csv")));
    QTRY_COMPARE(wizard->source().preset(), QStringLiteral("luma"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::cancelDuringImportChangesNothing()
{
    openProject();
    QByteArray csv = "email,name\n";
    for (int i = 0; i < 3000; ++i)
        csv += "member" + QByteArray::number(i) + "@example.org,Member " + QByteArray::number(i) +
               "\n";
    const QString path = m_folder->path(QStringLiteral("members.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    const QStringList before = peopleOf(db());

    ImportWizard* wizard = openWizard(path);
    QVERIFY(wizard);
    next(wizard);
    next(wizard);
    waitForCheck(wizard);
    QVERIFY(wizard->checkPage()->isChecked());
    // Someone else writing holds the import up until Cancel is pressed: no race to win.
    std::unique_ptr<storage::ProjectFile> other = lockProject();
    QVERIFY(other);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::RunPage));
    QVERIFY(wizard->runPage()->task()->isRunning());
    QAbstractButton* cancel = wizard->button(QWizard::CancelButton);
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled()); // stopping
    QVERIFY(QSqlQuery(other->database()).exec(QStringLiteral("ROLLBACK")));
    other.reset();
    QTRY_VERIFY(!m_window->importController()->wizard());

    QCOMPARE(peopleOf(db()), before);
    QCOMPARE(storage::ImportLog(db()).list().size(), 0);
    QCOMPARE(session()->undoStack()->count(), 0);
    QVERIFY(!session()->isModified());
}

void TestImportWizard::cancelDuringCheckChangesNothing()
{
    openProject();
    const QJsonObject before = summaryOf(db());
    std::unique_ptr<storage::ProjectFile> other = lockProject();
    QVERIFY(other);
    ImportWizard* wizard = openWizard(fixture(QStringLiteral("import/luma_guests.csv")));
    QVERIFY(wizard);
    next(wizard);
    next(wizard);
    QVERIFY(wizard->checkPage()->task()->isRunning());
    QTest::keyClick(wizard, Qt::Key_Escape);
    QVERIFY(wizard->isVisible()); // until the dry run has stopped
    QVERIFY(QSqlQuery(other->database()).exec(QStringLiteral("ROLLBACK")));
    other.reset();
    QTRY_VERIFY(!m_window->importController()->wizard());
    QCOMPARE(summaryOf(db()), before);
    QVERIFY(!session()->isModified());
}

void TestImportWizard::menuAndDropOpenTheWizard()
{
    QAction* import = m_window->importController()->importAction();
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(!import->isEnabled()); // no project yet
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(import));

    // Dropped before a project is open: the user is told to open one.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("import/slack_members.csv")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent early(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &early);
    QTRY_VERIFY(m_prompts.asked.contains(QStringLiteral("error")));
    QVERIFY(!m_window->importController()->wizard());

    openProject();
    QVERIFY(import->isEnabled());
    QDragEnterEvent again(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &again);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(m_window->importController()->wizard());
    ImportWizard* wizard = m_window->importController()->wizard();
    QCOMPARE(wizard->source().preset(), QStringLiteral("slack"));
    QVERIFY(wizard->isModal() || wizard->windowModality() == Qt::WindowModal);
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!m_window->importController()->wizard());

    import->trigger();
    wizard = m_window->importController()->wizard();
    QVERIFY(wizard);
    QVERIFY(wizard->filePage()->pathLineEdit()->text().isEmpty());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::readOnlyProjectTakesNoImport()
{
    test::makeProject(*m_folder, m_path, 2);
    // Someone else holds it: it opens read-only.
    storage::FileResult held;
    auto holder = storage::ProjectFile::open(
        m_path, m_folder->environment(QStringLiteral("ana"), QStringLiteral("laptop")),
        storage::OpenMode::ReadWrite, storage::RecoveryChoice::Ask, &held);
    QVERIFY2(holder, qPrintable(held.message));
    m_prompts.locked = ScriptedPrompts::LockedAnswer::OpenReadOnly;
    QVERIFY(m_window->controller()->openPath(m_path));
    QVERIFY(session()->isReadOnly());
    QVERIFY(!m_window->importController()->importAction()->isEnabled());
    QVERIFY(!m_window->importController()->importFile(fixture(QStringLiteral("csv/people.csv"))));
    QVERIFY(m_prompts.lastError.contains(QStringLiteral("read-only")));
}

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
