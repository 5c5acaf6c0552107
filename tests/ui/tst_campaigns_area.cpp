// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CampaignRepository.h"
#include "tests/support/CampaignFixture.h"
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/campaigns/CampaignCalendarView.h"
#include "ui/campaigns/CampaignEditor.h"
#include "ui/campaigns/CampaignFilterModel.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/campaigns/CampaignTimeline.h"
#include "ui/campaigns/CampaignsArea.h"
#include "ui/campaigns/CampaignsController.h"
#include "ui/campaigns/GoalTableModel.h"
#include "ui/campaigns/MomentTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rapport;
using test::CampaignFixture;
using ui::CampaignsArea;
using ui::CampaignTableModel;

class TestCampaignsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsSortsAndFilters();
    void modelsPassTheTester();
    void editingAFieldIsStoredAndUndone();
    void editingChoicesIsStoredAndUndone();
    void refusedEditSaysWhy();
    void newDuplicateAndDeleteFromTheKeyboard();
    void deleteUndoRestoresEverything();
    void copiesRowsAsTsv();
    void resultsMatchTheHandCount();
    void addedMomentShowsOnTimelineAndIsStored();
    void clickingABarSelectsTheCampaign();
    void readOnlySessionDisablesEditing();

private:
    void openSession(storage::OpenMode mode = storage::OpenMode::ReadWrite);
    /** Shows the area in an active window, as shortcuts need. */
    void showArea();
    QSqlDatabase db() const { return m_session->file().database(); }
    std::optional<model::Campaign> stored(const model::Uuid& id) const;
    QList<model::Campaign> storedInFile() const;
    int rowOf(const model::Uuid& id) const;
    void select(const model::Uuid& id);
    template <typename T> T* child(const char* name) const
    {
        T* found = m_area->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    std::unique_ptr<test::UiTestFolder> m_folder; // holds the template project
    CampaignFixture m_fixture;
    QString m_template;
    std::unique_ptr<test::UiTestFolder> m_testFolder;
    QString m_path;
    std::unique_ptr<ui::ProjectSession> m_session;
    std::unique_ptr<CampaignsArea> m_area;
};

void TestCampaignsArea::initTestCase()
{
    // One saved project with the fixture, copied for each test.
    m_folder = std::make_unique<test::UiTestFolder>();
    m_template = m_folder->path(QStringLiteral("template.rapport"));
    storage::FileResult result;
    auto file = storage::ProjectFile::create(m_template, m_folder->environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    {
        storage::Transaction transaction = file->transaction();
        test::addCampaignFixture(file->database(), m_folder->clock, &m_fixture);
        QVERIFY(transaction.commit());
    }
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
}

void TestCampaignsArea::init()
{
    m_testFolder = std::make_unique<test::UiTestFolder>();
    m_path = m_testFolder->path(QStringLiteral("campaigns.rapport"));
    QVERIFY(QFile::copy(m_template, m_path));
    m_area = std::make_unique<CampaignsArea>();
    m_area->resize(1200, 800);
}

void TestCampaignsArea::cleanup()
{
    m_area.reset();
    m_session.reset();
    m_testFolder.reset();
}

void TestCampaignsArea::openSession(storage::OpenMode mode)
{
    storage::FileResult result;
    auto file = storage::ProjectFile::open(m_path, m_testFolder->environment(), mode,
                                           storage::RecoveryChoice::Discard, &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    m_area->setSession(m_session.get());
}

void TestCampaignsArea::showArea()
{
    m_area->show();
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
}

std::optional<model::Campaign> TestCampaignsArea::stored(const model::Uuid& id) const
{
    return storage::CampaignRepository(db(), m_testFolder->clock).get(id);
}

QList<model::Campaign> TestCampaignsArea::storedInFile() const
{
    // What the project file itself holds, read by a second reader after saving.
    storage::FileResult result;
    auto file = storage::ProjectFile::open(
        m_path, m_testFolder->environment(QStringLiteral("reader")), storage::OpenMode::ReadOnly,
        storage::RecoveryChoice::Ask, &result);
    if (!file)
        return {};
    return storage::CampaignRepository(file->database(), m_testFolder->clock).list();
}

int TestCampaignsArea::rowOf(const model::Uuid& id) const
{
    const CampaignTableModel* model = m_area->model();
    return m_area->filterModel()->mapFromSource(model->index(model->rowOf(id), 0)).row();
}

void TestCampaignsArea::select(const model::Uuid& id)
{
    QTableView* table = m_area->tableView();
    const int row = rowOf(id);
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, CampaignTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_area->currentCampaign(), id);
}

void TestCampaignsArea::listsSortsAndFilters()
{
    openSession();
    showArea();
    QTableView* table = m_area->tableView();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    // By start date at first: spring (March) before autumn (September).
    QCOMPARE(table->model()->index(0, CampaignTableModel::Name).data().toString(),
             QStringLiteral("Spring meetup"));
    QCOMPARE(table->model()->index(0, CampaignTableModel::Moment).data().toString(),
             QStringLiteral("2.0 release"));

    // Clicking the Budget header sorts by amount (5,000 > 1,200), twice reverses it.
    QHeaderView* header = table->horizontalHeader();
    const int budgetX = header->sectionViewportPosition(CampaignTableModel::Budget) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(budgetX, 5));
    const QString first = table->model()->index(0, CampaignTableModel::Name).data().toString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(budgetX, 5));
    QVERIFY(table->model()->index(0, CampaignTableModel::Name).data().toString() != first);
    QCOMPARE(table->model()
                 ->index(0, CampaignTableModel::Budget)
                 .data(CampaignTableModel::SortRole)
                 .toLongLong(),
             header->sortIndicatorOrder() == Qt::AscendingOrder ? 120000 : 500000);

    // Filters: kind, status, text.
    QComboBox* kind = m_area->kindFilter();
    kind->setCurrentIndex(kind->findData(int(model::CampaignKind::Conference)));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Autumn conference"));
    QCOMPARE(m_area->calendarView()->timeline()->barRect(m_fixture.spring), QRect());
    QVERIFY(!m_area->calendarView()->timeline()->barRect(m_fixture.autumn).isEmpty());
    kind->setCurrentIndex(0);
    QComboBox* status = m_area->statusFilter();
    status->setCurrentIndex(status->findData(int(model::CampaignStatus::Active)));
    QCOMPARE(table->model()->rowCount(), 1);
    status->setCurrentIndex(0);
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_area->searchEdit()->hasFocus());
    QTest::keyClicks(m_area->searchEdit(), QStringLiteral("ana")); // the owner of spring
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Spring meetup"));
    QTest::keyClicks(m_area->searchEdit(), QStringLiteral("zzz"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(child<QWidget>("campaignsEmptyPage")->isVisible());
    QTest::mouseClick(child<QPushButton>("clearFilterButton"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(table->isVisible());
}

void TestCampaignsArea::modelsPassTheTester()
{
    openSession();
    QAbstractItemModelTester campaigns(m_area->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filtered(m_area->filterModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester moments(m_area->calendarView()->momentModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* goals = m_area->editor()->findChild<QTableView*>(QStringLiteral("goalsTableView"));
    QVERIFY(goals);
    QAbstractItemModelTester goalTester(goals->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    select(m_fixture.spring);
    QCOMPARE(goals->model()->rowCount(), 3);
    m_area->controller()->createCampaign();
    m_area->controller()->addMoment();
    m_area->searchEdit()->setText(QStringLiteral("new"));
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(m_area->model()->rowCount(), 2);
}

void TestCampaignsArea::editingAFieldIsStoredAndUndone()
{
    openSession();
    showArea();
    select(m_fixture.spring);
    auto* name = child<QLineEdit>("nameLineEdit");
    QCOMPARE(name->text(), QStringLiteral("Spring meetup"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Spring meetup Berlin"));
    QTest::keyClick(name, Qt::Key_Return);

    QCOMPARE(stored(m_fixture.spring)->name, QStringLiteral("Spring meetup Berlin"));
    QCOMPARE(m_area->tableView()->model()->index(rowOf(m_fixture.spring), 0).data().toString(),
             QStringLiteral("Spring meetup Berlin"));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Rename campaign “Spring meetup”"));
    QVERIFY(m_session->isModified());

    // Saved, the file holds it.
    QVERIFY(m_session->save());
    bool found = false;
    for (const model::Campaign& c : storedInFile())
        found |= c.meta.id == m_fixture.spring && c.name == QStringLiteral("Spring meetup Berlin");
    QVERIFY(found);

    // Undo: the file's row as it was (version included), the form and the list follow.
    m_session->undoStack()->undo();
    const auto undone = stored(m_fixture.spring);
    QCOMPARE(undone->name, QStringLiteral("Spring meetup"));
    QCOMPARE(undone->meta.rowVersion, 1);
    QCOMPARE(name->text(), QStringLiteral("Spring meetup"));
    QCOMPARE(m_area->tableView()->model()->index(rowOf(m_fixture.spring), 0).data().toString(),
             QStringLiteral("Spring meetup"));
    m_session->undoStack()->redo();
    QCOMPARE(stored(m_fixture.spring)->name, QStringLiteral("Spring meetup Berlin"));
}

void TestCampaignsArea::editingChoicesIsStoredAndUndone()
{
    openSession();
    showArea();
    select(m_fixture.spring);
    // The status by keyboard on its combo box: Active → Done.
    auto* status = child<QComboBox>("statusComboBox");
    QCOMPARE(status->currentText(), QStringLiteral("Active"));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(stored(m_fixture.spring)->status, model::CampaignStatus::Done);

    // The budget: two steps up merge into one undo step.
    auto* budget = child<QDoubleSpinBox>("budgetSpinBox");
    QCOMPARE(budget->value(), 1200.0);
    budget->setFocus();
    QTest::keyClick(budget, Qt::Key_Up);
    QTest::keyClick(budget, Qt::Key_Up);
    QCOMPARE(stored(m_fixture.spring)->budget.minorUnits, 120200);
    QCOMPARE(m_session->undoStack()->count(), 2);
    m_session->undoStack()->undo();
    QCOMPARE(stored(m_fixture.spring)->budget.minorUnits, 120000);
    QCOMPARE(budget->value(), 1200.0);
    m_session->undoStack()->undo();
    QCOMPARE(stored(m_fixture.spring)->status, model::CampaignStatus::Active);
    QCOMPARE(status->currentText(), QStringLiteral("Active"));

    // A goal added with its button is stored with the campaign.
    QTest::mouseClick(child<QPushButton>("addGoalButton"), Qt::LeftButton);
    QCOMPARE(stored(m_fixture.spring)->goals.size(), 4);
    QCOMPARE(stored(m_fixture.spring)->goals.last().metric, QStringLiteral("attended"));
    m_session->undoStack()->undo();
    QCOMPARE(stored(m_fixture.spring)->goals.size(), 3);
}

void TestCampaignsArea::refusedEditSaysWhy()
{
    openSession();
    showArea();
    select(m_fixture.spring);
    auto* name = child<QLineEdit>("nameLineEdit");
    auto* error = child<QLabel>("editorErrorLabel");
    QVERIFY(!error->isVisible());
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("A campaign needs a name."));
    QCOMPARE(name->text(), QStringLiteral("Spring meetup")); // the stored value again
    QCOMPARE(stored(m_fixture.spring)->name, QStringLiteral("Spring meetup"));
    QCOMPARE(m_session->undoStack()->count(), 0);

    // Another campaign's name is taken.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("autumn CONFERENCE"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(error->text().contains(QLatin1String("already called")));
    QCOMPARE(m_session->undoStack()->count(), 0);

    // The end before the start.
    auto* ends = child<QDateEdit>("endsDateEdit");
    ends->setDate(QDate(2026, 2, 1));
    QCOMPARE(error->text(), QStringLiteral("The campaign ends before it starts."));
    QCOMPARE(stored(m_fixture.spring)->ends, QDate(2026, 3, 31));
    QCOMPARE(ends->date(), QDate(2026, 3, 31));
}

void TestCampaignsArea::newDuplicateAndDeleteFromTheKeyboard()
{
    openSession();
    showArea();
    select(m_fixture.autumn);
    QTableView* table = m_area->tableView();
    table->setFocus();

    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(m_area->model()->rowCount(), 3);
    const model::Uuid created = m_area->currentCampaign();
    QVERIFY(created != m_fixture.autumn);
    const auto fresh = stored(created);
    QVERIFY(fresh);
    QCOMPARE(fresh->name, QStringLiteral("New campaign"));
    QCOMPARE(fresh->starts, QDate(2026, 3, 1)); // today, by the project's clock
    QVERIFY(child<QLineEdit>("nameLineEdit")->hasFocus());

    table->setFocus();
    select(m_fixture.autumn);
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_area->model()->rowCount(), 4);
    const model::Uuid copy = m_area->currentCampaign();
    QCOMPARE(stored(copy)->name, QStringLiteral("Autumn conference (copy)"));
    QCOMPARE(stored(copy)->budget.minorUnits, 500000);

    select(copy);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_area->model()->rowCount(), 3);
    QVERIFY(!stored(copy));
    QCOMPARE(m_session->undoStack()->count(), 3);
    m_session->undoStack()->undo();
    QVERIFY(stored(copy));
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(m_area->model()->rowCount(), 2);
    QVERIFY(!stored(created));
}

void TestCampaignsArea::deleteUndoRestoresEverything()
{
    openSession();
    showArea();
    const qint64 key =
        storage::CampaignRepository(db(), m_testFolder->clock).keyOf(m_fixture.spring);
    select(m_fixture.spring);
    QTest::keyClick(m_area->tableView(), Qt::Key_Delete);
    QVERIFY(!stored(m_fixture.spring));
    QCOMPARE(m_area->currentCampaign(), m_fixture.autumn); // the next row takes its place
    QVERIFY(m_session->save());
    QCOMPARE(storedInFile().size(), 1);

    m_session->undoStack()->undo();
    QVERIFY(m_session->isModified());
    const auto back = stored(m_fixture.spring);
    QVERIFY(back);
    QCOMPARE(storage::CampaignRepository(db(), m_testFolder->clock).keyOf(m_fixture.spring), key);
    QCOMPARE(back->goals.size(), 3);
    QCOMPARE(back->moment, m_fixture.release);
    QSqlQuery q(db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM surveys WHERE campaign_key = %1").arg(key)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1); // its survey refers to it again
    q.finish();
    const storage::FileResult saved = m_session->save();
    QVERIFY2(saved, qPrintable(saved.message));
    QCOMPARE(storedInFile().size(), 2);
}

void TestCampaignsArea::copiesRowsAsTsv()
{
    openSession();
    showArea();
    QTableView* table = m_area->tableView();
    table->setFocus();
    table->selectAll();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("Name\tKind\tStatus\tOwner\tStarts\tEnds\tBudget\tMoment"));
    const QStringList spring = lines[1].split(u'\t');
    QCOMPARE(spring.size(), 8);
    QCOMPARE(spring[0], QStringLiteral("Spring meetup"));
    QCOMPARE(spring[1], QStringLiteral("Meetup"));
    QCOMPARE(spring[2], QStringLiteral("Active"));
    QCOMPARE(spring[3], QStringLiteral("Ana"));
    QCOMPARE(spring[4], QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat));
    QCOMPARE(spring[7], QStringLiteral("2.0 release"));
    QVERIFY(lines[2].startsWith(QLatin1String("Autumn conference\tConference\tPlanned\tBo\t")));
}

void TestCampaignsArea::resultsMatchTheHandCount()
{
    openSession();
    showArea();
    select(m_fixture.spring);
    QTabWidget* details = m_area->detailTabs();
    details->setCurrentIndex(1);
    QCOMPARE(child<QLabel>("resultsTitleLabel")->text(), QStringLiteral("Spring meetup"));
    QCOMPARE(child<QLabel>("reachedValueLabel")->text(),
             QString::number(CampaignFixture::kReached));
    QCOMPARE(child<QLabel>("registeredValueLabel")->text(),
             QString::number(CampaignFixture::kRegistered));
    QCOMPARE(child<QLabel>("attendedValueLabel")->text(),
             QString::number(CampaignFixture::kAttended));
    QCOMPARE(child<QLabel>("respondedValueLabel")->text(),
             QString::number(CampaignFixture::kResponded));
    QCOMPARE(child<QLabel>("npsValueLabel")->text(), QStringLiteral("40 ± 70 (5 responses)"));
    QCOMPARE(child<QLabel>("csatValueLabel")->text(), QStringLiteral("67% (3 responses)"));
    // Tests run in en_US (tests/CMakeLists.txt), whose currency is the dollar.
    QCOMPARE(child<QLabel>("costPerAttendeeValueLabel")->text(), QStringLiteral("$400.00"));
    QCOMPARE(child<QLabel>("goalValueLabel0")->text(), QStringLiteral("2 of 6"));
    QCOMPARE(child<QProgressBar>("goalProgressBar0")->value(), 33);
    QCOMPARE(child<QLabel>("goalValueLabel1")->text(), QStringLiteral("40 of 50"));
    QCOMPARE(child<QLabel>("goalValueLabel2")->text(), QStringLiteral("Not measured per campaign"));

    // The other campaign: its own figures.
    select(m_fixture.autumn);
    QCOMPARE(child<QLabel>("reachedValueLabel")->text(), QStringLiteral("2"));
    QCOMPARE(child<QLabel>("attendedValueLabel")->text(), QStringLiteral("2"));

    // A budget edit shows at once in the cost per attendee (5,000.00 → 6,000.00 ÷ 2).
    details->setCurrentIndex(0);
    QVERIFY(m_area->controller()->setField(m_fixture.autumn, ui::CampaignField::Budget, 600000));
    details->setCurrentIndex(1);
    QCOMPARE(child<QLabel>("costPerAttendeeValueLabel")->text(), QStringLiteral("$3,000.00"));
}

void TestCampaignsArea::addedMomentShowsOnTimelineAndIsStored()
{
    openSession();
    showArea();
    m_area->viewTabs()->setCurrentIndex(1);
    ui::CampaignCalendarView* calendar = m_area->calendarView();
    ui::CampaignTimeline* timeline = calendar->timeline();
    QVERIFY(timeline->isVisible());
    QVERIFY(!timeline->momentRect(m_fixture.release).isEmpty());

    QToolButton* add = nullptr;
    for (QToolButton* button : calendar->findChildren<QToolButton*>())
        if (button->defaultAction() == calendar->addMomentAction())
            add = button;
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(storage::CampaignRepository(db(), m_testFolder->clock).momentCount(), 2);
    QCOMPARE(calendar->momentModel()->rowCount(), 2);
    // The new moment's name is open for editing: type it.
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit*>(editor));
    QTest::keyClicks(editor, QStringLiteral("Hiring fair"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_session->undoStack()->count(), 2); // the edit is stored once the editor closed

    model::CalendarMoment added;
    for (const model::CalendarMoment& m :
         storage::CampaignRepository(db(), m_testFolder->clock).moments())
        if (m.meta.id != m_fixture.release)
            added = m;
    QCOMPARE(added.name, QStringLiteral("Hiring fair"));
    QCOMPARE(added.starts, QDate(2026, 3, 1));
    const QRect label = timeline->momentRect(added.meta.id);
    QVERIFY(!label.isEmpty());
    QCOMPARE(label.left(), timeline->xOf(QDate(2026, 3, 1)));
    QCOMPARE(timeline->momentAt(label.center()), added.meta.id);
    // Its kind, chosen in the list's combo box: Release → Hiring peak.
    const QModelIndex kind = calendar->momentModel()->index(
        calendar->momentModel()->rowOf(added.meta.id), ui::MomentTableModel::Kind);
    calendar->momentsView()->setCurrentIndex(kind);
    calendar->momentsView()->edit(kind);
    auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_COMPARE(m_session->undoStack()->count(), 3);
    QCOMPARE(storage::CampaignRepository(db(), m_testFolder->clock).moment(added.meta.id)->kind,
             model::CalendarMoment::Kind::HiringPeak);
    QCOMPARE(calendar->momentModel()
                 ->index(calendar->momentModel()->rowOf(added.meta.id), ui::MomentTableModel::Kind)
                 .data()
                 .toString(),
             QStringLiteral("Hiring peak"));
    QVERIFY(m_session->save());

    // Undo the three steps: gone from the file and the timeline.
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(storage::CampaignRepository(db(), m_testFolder->clock).momentCount(), 1);
    QVERIFY(timeline->momentRect(added.meta.id).isEmpty());

    // Deleting the moment spring is timed to, with Delete in the list; undo ties them again.
    QTableView* moments = calendar->momentsView();
    moments->setFocus();
    moments->selectRow(calendar->momentModel()->rowOf(m_fixture.release));
    QTest::keyClick(moments, Qt::Key_Delete);
    QCOMPARE(storage::CampaignRepository(db(), m_testFolder->clock).momentCount(), 0);
    QCOMPARE(stored(m_fixture.spring)->moment, model::Uuid());
    QVERIFY(timeline->momentRect(m_fixture.release).isEmpty());
    m_session->undoStack()->undo();
    QCOMPARE(stored(m_fixture.spring)->moment, m_fixture.release);
    QVERIFY(!timeline->momentRect(m_fixture.release).isEmpty());
}

void TestCampaignsArea::clickingABarSelectsTheCampaign()
{
    openSession();
    showArea();
    m_area->viewTabs()->setCurrentIndex(1);
    ui::CampaignTimeline* timeline = m_area->calendarView()->timeline();
    const QRect autumn = timeline->barRect(m_fixture.autumn);
    const QRect spring = timeline->barRect(m_fixture.spring);
    QVERIFY(!autumn.isEmpty() && !spring.isEmpty());
    QVERIFY(spring.left() < autumn.left()); // March before September
    QCOMPARE(spring.left(), timeline->xOf(QDate(2026, 3, 1)));
    QCOMPARE(spring.right() + 1, timeline->xOf(QDate(2026, 4, 1)));
    m_area->calendarView()->scrollToCampaign(m_fixture.autumn);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, autumn.center());
    QCOMPARE(m_area->currentCampaign(), m_fixture.autumn);
    QCOMPARE(m_area->selectedCampaigns(), QList<model::Uuid>{m_fixture.autumn});
    QCOMPARE(child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("Autumn conference"));
    QCOMPARE(timeline->selected(), QList<model::Uuid>{m_fixture.autumn});
    // Left moves to the campaign before.
    QTest::keyClick(timeline, Qt::Key_Left);
    QCOMPARE(m_area->currentCampaign(), m_fixture.spring);
}

void TestCampaignsArea::readOnlySessionDisablesEditing()
{
    openSession(storage::OpenMode::ReadOnly);
    showArea();
    select(m_fixture.spring);
    QVERIFY(!m_area->newAction()->isEnabled());
    QVERIFY(!m_area->duplicateAction()->isEnabled());
    QVERIFY(!m_area->deleteAction()->isEnabled());
    QVERIFY(m_area->copyAction()->isEnabled()); // reading is fine
    auto* name = child<QLineEdit>("nameLineEdit");
    QVERIFY(name->isReadOnly());
    QVERIFY(!child<QComboBox>("kindComboBox")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>("budgetSpinBox")->isEnabled());
    QVERIFY(!child<QPushButton>("addGoalButton")->isEnabled());
    QVERIFY(!m_area->calendarView()->addMomentAction()->isEnabled());
    const QModelIndex moment = m_area->calendarView()->momentModel()->index(0, 0);
    QVERIFY(!(moment.flags() & Qt::ItemIsEditable));

    // Keys do nothing, and nothing is written.
    QTest::keyClick(m_area->tableView(), Qt::Key_Insert);
    QTest::keyClick(m_area->tableView(), Qt::Key_Delete);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("x"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_area->model()->rowCount(), 2);
    QCOMPARE(stored(m_fixture.spring)->name, QStringLiteral("Spring meetup"));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_area->controller()->setField(m_fixture.spring, ui::CampaignField::Name,
                                            QStringLiteral("x")));
    QVERIFY(m_area->controller()->lastError().contains(QLatin1String("read-only")));
}

QTEST_MAIN(TestCampaignsArea)
#include "tst_campaigns_area.moc"
