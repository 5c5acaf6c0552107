// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File → Export Report… in the main window: the action follows the open project, and the
// export (on a worker, through a connection of its own) writes the PDF of the project as it
// is in the window, unsaved edits included.
#include "core/io/DemoCommunity.h"
#include "tests/ui/ProjectFixture.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"
#include "ui/SessionEngine.h"
#include "ui/export/ReportExportController.h"

#include <QAction>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace rapport;

namespace {

QString pdfText(const QString& pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                          QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionFollowsTheProject();
    void exportsTheProjectAsInTheWindow();

private:
    test::UiTestFolder m_folder;
    std::unique_ptr<QSettings> m_settings;
    test::ScriptedPrompts m_prompts;
    QString m_path;
};

void TestReportExport::initTestCase()
{
    m_folder.clock.set(QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
    m_settings = std::make_unique<QSettings>(m_folder.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_path = m_folder.path(QStringLiteral("community.rapport"));
    storage::FileResult result;
    auto file = storage::ProjectFile::create(m_path, m_folder.environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    {
        storage::Transaction transaction = file->transaction();
        io::DemoOptions demo;
        demo.people = 300;
        QString error;
        QVERIFY2(io::DemoCommunity(file->database(), m_folder.clock).generate(demo, nullptr, &error),
                 qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
}

void TestReportExport::actionFollowsTheProject()
{
    ui::MainWindow window(m_folder.environment(), *m_settings, &m_prompts);
    QAction* action = window.reportExportController()->exportAction();
    QList<QAction*> fileActions = window.menuBar()->actions().first()->menu()->actions();
    QVERIFY(fileActions.contains(action));
    QVERIFY(!action->isEnabled());
    m_prompts.openPath = m_path;
    window.controller()->openProject();
    QVERIFY(window.controller()->session());
    QVERIFY(action->isEnabled());
    window.controller()->closeProject();
    QVERIFY(!window.controller()->session());
    QVERIFY(!action->isEnabled());
}

void TestReportExport::exportsTheProjectAsInTheWindow()
{
    ui::MainWindow window(m_folder.environment(), *m_settings, &m_prompts);
    m_prompts.openPath = m_path;
    QSignalSpy ready(window.sessionEngine(), &ui::SessionEngine::ready);
    window.controller()->openProject();
    QVERIFY(window.controller()->session());
    QVERIFY(ready.wait(20000));

    report::ReportOptions options = report::ReportOptions::lastDays(QDate(2026, 6, 30));
    const QString pdf = m_folder.path(QStringLiteral("board.pdf"));
    QString error;
    QVERIFY2(window.reportExportController()->exportTo(options, pdf, &error), qPrintable(error));
    QString page = pdfText(pdf, 1);
    QVERIFY2(page.contains(QStringLiteral("Community report · community")), qPrintable(page.left(200)));
    QVERIFY(page.contains(QStringLiteral("People in the community\n300\n")));

    // Unsaved people are in the report too: the export reads the working copy (the session's
    // engine data is no longer current, so it loads its own).
    test::addPeople(window.controller()->session()->file(), 1000, 7);
    QVERIFY(window.controller()->session()->file().hasUnsavedChanges());
    emit window.controller()->session()->contentChanged(); // as an undo step would
    QVERIFY(!window.sessionEngine()->isCurrent());
    options.sections = {report::ReportSection::Headline};
    QVERIFY2(window.reportExportController()->exportTo(options, pdf, &error), qPrintable(error));
    page = pdfText(pdf, 1);
    QVERIFY2(page.contains(QStringLiteral("People in the community\n307\n")), qPrintable(page.left(300)));
    // Once the engine has reloaded, its data serve the export.
    QVERIFY(ready.wait(20000));
    QVERIFY(window.sessionEngine()->isCurrent());
    QVERIFY2(window.reportExportController()->exportTo(options, pdf, &error), qPrintable(error));
    QVERIFY(pdfText(pdf, 1).contains(QStringLiteral("People in the community\n307\n")));
    window.controller()->session()->file().markUnchangedSinceSave(); // close without asking
}

QTEST_MAIN(TestReportExport)
#include "tst_report_export.moc"
