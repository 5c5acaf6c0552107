// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectRepository.h"
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/channels/ChannelController.h"
#include "ui/channels/ChannelTableModel.h"
#include "ui/channels/ChannelsArea.h"
#include "ui/channels/ProjectGoalTableModel.h"
#include "ui/channels/SizeSparkline.h"
#include "ui/surveys/TableSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rapport;
using ui::ChannelTableModel;
using ui::ProjectGoalTableModel;
using ui::SizeTableModel;

namespace {

QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next())
        values << q.value(0).toString();
    return values;
}

std::int64_t at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

class TestChannelsArea : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsChannelsWithTheirAudience();
    void aSizeAddedShowsAndIsStored();
    void channelEditsAreUndoable();
    void goalProgressEqualsAHandCount();
    void goalEditsAreStoredAndUndone();
    void readOnlyProjectCannotBeEdited();

private:
    void openSession(storage::OpenMode mode = storage::OpenMode::ReadWrite);
    QSqlDatabase db() const { return m_session->file().database(); }
    QUndoStack* undo() const { return m_session->undoStack(); }
    void typeInto(QTableView* view, const QModelIndex& index, const QString& text);
    QString goalCell(int row, int column) const;

    std::unique_ptr<test::UiTestFolder> m_folder;
    QString m_path;
    std::unique_ptr<ui::ProjectSession> m_session;
    std::unique_ptr<ui::ChannelsArea> m_area;
    model::Uuid m_blog;
    model::Uuid m_meetup;
};

void TestChannelsArea::init()
{
    m_folder = std::make_unique<test::UiTestFolder>();
    m_path = m_folder->path(QStringLiteral("channels.rapport"));
    storage::FileResult result;
    auto file = storage::ProjectFile::create(m_path, m_folder->environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    {
        storage::Transaction transaction = file->transaction();
        storage::ProjectRepository repo(file->database(), m_folder->clock);
        QList<storage::RowKey> people;
        for (int i = 0; i < 5; ++i) {
            model::Person p;
            p.displayName = test::personName(i);
            QVERIFY(repo.people().create(p));
            people << repo.people().keyOf(p.meta.id);
        }
        model::Campaign meetup;
        meetup.name = QStringLiteral("Spring Meetup");
        meetup.kind = model::CampaignKind::Meetup;
        QVERIFY(repo.campaigns().create(meetup));
        m_meetup = meetup.meta.id;
        const storage::RowKey meetupKey = repo.campaigns().keyOf(meetup.meta.id);
        const std::int32_t attended = repo.activities().typeKey(QStringLiteral("attended"));
        const std::int32_t starred = repo.activities().typeKey(QStringLiteral("starred"));
        // Attended in the first quarter of 2026: people 0 (twice) and 1 at the meetup,
        // 2 elsewhere; 3 at the meetup in April; 4 only starred.
        storage::ActivityColumns rows;
        rows.push_back({people[0], attended, at(1, 20), meetupKey, 0, 0, 0});
        rows.push_back({people[0], attended, at(3, 3), meetupKey, 0, 0, 0});
        rows.push_back({people[1], attended, at(3, 31), meetupKey, 0, 0, 0});
        rows.push_back({people[2], attended, at(2, 14), 0, 0, 0, 0});
        rows.push_back({people[3], attended, at(4, 2), meetupKey, 0, 0, 0});
        rows.push_back({people[4], starred, at(2, 1), 0, 0, 0, 0});
        QVERIFY(repo.activities().append(rows));

        model::Channel blog;
        blog.name = QStringLiteral("Engineering blog");
        blog.kind = QStringLiteral("blog");
        blog.url = QUrl(QStringLiteral("https://blog.example.org"));
        blog.sizes = {{QDate(2026, 1, 1), 1000}, {QDate(2026, 2, 1), 1200}};
        QVERIFY(repo.channels().create(blog));
        m_blog = blog.meta.id;
        model::Channel news;
        news.name = QStringLiteral("Newsletter");
        news.kind = QStringLiteral("newsletter");
        QVERIFY(repo.channels().create(news));

        const auto goal = [&](const QString& metric, double target, const model::Uuid& campaign) {
            model::Goal g;
            g.metric = metric;
            g.target = target;
            g.periodStart = QDate(2026, 1, 1);
            g.periodEnd = QDate(2026, 3, 31);
            g.campaign = campaign;
            const auto stored = repo.campaigns().create(g);
            if (!stored)
                qWarning() << stored.message;
        };
        goal(QStringLiteral("attended"), 4, {});
        goal(QStringLiteral("attended"), 10, meetup.meta.id);
        goal(QStringLiteral("nps"), 30, {});
        QString error;
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
    file.reset();
    openSession();
}

void TestChannelsArea::openSession(storage::OpenMode mode)
{
    m_area.reset();
    m_session.reset();
    storage::FileResult result;
    auto file = storage::ProjectFile::open(m_path, m_folder->environment(), mode,
                                           storage::RecoveryChoice::Ask, &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    m_area = std::make_unique<ui::ChannelsArea>();
    m_area->resize(1000, 700);
    m_area->setSession(m_session.get());
    m_area->show();
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
}

void TestChannelsArea::cleanup()
{
    if (m_area)
        m_area->setSession(nullptr);
    m_area.reset();
    m_session.reset();
    m_folder.reset();
}

void TestChannelsArea::typeInto(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits in a queued call, which hands the value on in another.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QString TestChannelsArea::goalCell(int row, int column) const
{
    return m_area->goalTableView()->model()->index(row, column).data().toString();
}

void TestChannelsArea::listsChannelsWithTheirAudience()
{
    QAbstractItemModelTester channels(m_area->channelModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sizes(m_area->sizeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel* model = m_area->channelTableView()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ChannelTableModel::Name).data().toString(), QStringLiteral("Engineering blog"));
    QCOMPARE(model->index(0, ChannelTableModel::Kind).data().toString(), QStringLiteral("blog"));
    QCOMPARE(model->index(0, ChannelTableModel::Url).data().toString(), QStringLiteral("https://blog.example.org"));
    QCOMPARE(model->index(0, ChannelTableModel::Audience).data().toString(), QStringLiteral("1,200"));
    QCOMPARE(model->index(0, ChannelTableModel::Change).data().toString(), QStringLiteral("+200"));
    QCOMPARE(model->index(1, ChannelTableModel::Audience).data().toString(), QStringLiteral("—"));
    // The first channel's sizes, newest first, and its line.
    QCOMPARE(m_area->currentChannel(), m_blog);
    QAbstractItemModel* shown = m_area->sizeTableView()->model();
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(shown->index(0, SizeTableModel::Size).data().toString(), QStringLiteral("1,200"));
    QCOMPARE(shown->index(0, SizeTableModel::Change).data().toString(), QStringLiteral("+200"));
    const QList<QPointF> points = m_area->sparkline()->points();
    QCOMPARE(points.size(), 2);
    QVERIFY(points[1].x() > points[0].x() && points[1].y() < points[0].y()); // later and larger

    // The channel without measurements shows none.
    QCOMPARE(model->index(1, ChannelTableModel::Name).data().toString(), QStringLiteral("Newsletter"));
    m_area->selectChannel(m_area->channelModel()->channelId(1));
    QCOMPARE(m_area->currentChannel(), m_area->channelModel()->channelId(1));
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(m_area->sparkline()->points().isEmpty());

    // Ctrl+C copies the selected rows.
    QTableView* view = m_area->channelTableView();
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text().split(u'\n').value(1),
             QStringLiteral("Engineering blog\tblog\thttps://blog.example.org\t1,200\t+200\t%1")
                 .arg(QLocale().toString(QDate(2026, 2, 1), QLocale::ShortFormat)));
}

void TestChannelsArea::aSizeAddedShowsAndIsStored()
{
    const QString sizes = QStringLiteral("SELECT on_date || '=' || size FROM channel_sizes ORDER BY on_date");
    const QStringList before = column(db(), sizes);
    QTableView* view = m_area->sizeTableView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    const QDate today = QDate::currentDate();
    const QDate expectedDate = std::max(today, QDate(2026, 2, 2));
    QCOMPARE(column(db(), sizes), before + QStringList{expectedDate.toString(Qt::ISODate) + QStringLiteral("=1200")});
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(m_area->sparkline()->points().size(), 3);

    // The new row is current, on its size: type the real figure.
    QCOMPARE(view->currentIndex().column(), int(SizeTableModel::Size));
    typeInto(view, view->currentIndex(), QStringLiteral("1,350"));
    QCOMPARE(column(db(), sizes).last(), expectedDate.toString(Qt::ISODate) + QStringLiteral("=1350"));
    QAbstractItemModel* channels = m_area->channelTableView()->model();
    QCOMPARE(channels->index(0, ChannelTableModel::Audience).data().toString(), QStringLiteral("1,350"));
    QCOMPARE(channels->index(0, ChannelTableModel::Change).data().toString(), QStringLiteral("+150"));
    QCOMPARE(view->model()->index(0, SizeTableModel::Size).data().toString(), QStringLiteral("1,350"));

    // Not a number, or a date that already has a size: refused with the reason.
    typeInto(view, view->model()->index(0, SizeTableModel::Size), QStringLiteral("lots"));
    QVERIFY2(m_area->messageBar()->text().contains(QStringLiteral("“lots” is not a whole number")),
             qPrintable(m_area->messageBar()->text()));
    QVERIFY(!m_area->controller()->addSize(m_blog, {QDate(2026, 1, 1), 5}));
    QVERIFY2(m_area->messageBar()->text().contains(QStringLiteral("already has a measurement")),
             qPrintable(m_area->messageBar()->text()));

    undo()->undo();
    QCOMPARE(column(db(), sizes).last(), expectedDate.toString(Qt::ISODate) + QStringLiteral("=1200"));
    undo()->undo();
    QCOMPARE(column(db(), sizes), before);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(m_area->sparkline()->points().size(), 2);

    // Del removes the selected measurement.
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(column(db(), sizes), before.mid(0, 1));
    undo()->undo();
    QCOMPARE(column(db(), sizes), before);
}

void TestChannelsArea::channelEditsAreUndoable()
{
    const QString all = QStringLiteral("SELECT key || ' ' || name || ' ' || kind || ' ' || url || ' ' || "
                                       "row_version FROM channels ORDER BY key");
    const QStringList before = column(db(), all);
    const QStringList sizesBefore = column(db(), QStringLiteral("SELECT * FROM channel_sizes"));
    QTableView* view = m_area->channelTableView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(column(db(), QStringLiteral("SELECT name || '/' || kind FROM channels ORDER BY key")).last(),
             QStringLiteral("New channel/blog"));
    QCOMPARE(m_area->channelModel()->channel(m_area->currentChannel())->name, QStringLiteral("New channel"));

    typeInto(view, view->currentIndex().siblingAtColumn(ChannelTableModel::Name), QStringLiteral("Podcast"));
    typeInto(view, view->currentIndex().siblingAtColumn(ChannelTableModel::Url), QStringLiteral("podcast.example.org/feed"));
    QCOMPARE(column(db(), QStringLiteral("SELECT name || ' ' || url FROM channels ORDER BY key")).last(),
             QStringLiteral("Podcast https://podcast.example.org/feed"));
    QVERIFY(m_area->controller()->setChannelKind(m_area->currentChannel(), QStringLiteral("Podcast")));
    QCOMPARE(column(db(), QStringLiteral("SELECT kind FROM channels ORDER BY key")).last(), QStringLiteral("podcast"));
    typeInto(view, view->currentIndex().siblingAtColumn(ChannelTableModel::Name), QStringLiteral("Newsletter"));
    QVERIFY(m_area->messageBar()->text().contains(QStringLiteral("already a channel called")));
    QCOMPARE(undo()->count(), 4);
    for (int i = 0; i < 4; ++i)
        undo()->undo();
    QCOMPARE(column(db(), all), before);

    // Deleting the blog takes its sizes; undo puts back the same rows.
    m_area->selectChannel(m_blog);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM channel_sizes")), QStringList{QStringLiteral("0")});
    QCOMPARE(view->model()->rowCount(), 1);
    undo()->undo();
    QCOMPARE(column(db(), all), before);
    QCOMPARE(column(db(), QStringLiteral("SELECT * FROM channel_sizes")), sizesBefore);
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestChannelsArea::goalProgressEqualsAHandCount()
{
    QAbstractItemModelTester tester(m_area->goalModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Progress), QStringLiteral("—")); // not computed while hidden
    m_area->tabs()->setCurrentIndex(1);
    QCOMPARE(m_area->goalTableView()->model()->rowCount(), 3);
    // Sorted by start, all three start on January 1st: in the order they were made.
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Metric), QStringLiteral("attended"));
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Campaign), QStringLiteral("(whole project)"));
    // People 0, 1 and 2 attended in the quarter (3 did in April): 3 of 4.
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Progress), QStringLiteral("3"));
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Done), QStringLiteral("75%"));
    QCOMPARE(m_area->goalTableView()->model()->index(0, ProjectGoalTableModel::Done).data(ProjectGoalTableModel::FractionRole).toDouble(), 0.75);
    // At the meetup: people 0 and 1, of 10.
    QCOMPARE(goalCell(1, ProjectGoalTableModel::Campaign), QStringLiteral("Spring Meetup"));
    QCOMPARE(goalCell(1, ProjectGoalTableModel::Progress), QStringLiteral("2"));
    QCOMPARE(goalCell(1, ProjectGoalTableModel::Done), QStringLiteral("20%"));
    // No survey answers: no NPS yet.
    QCOMPARE(goalCell(2, ProjectGoalTableModel::Metric), QStringLiteral("NPS"));
    QCOMPARE(goalCell(2, ProjectGoalTableModel::Target), QStringLiteral("+30"));
    QCOMPARE(goalCell(2, ProjectGoalTableModel::Progress), QStringLiteral("—"));

    // Moving the project goal to the meetup counts the meetup only; undo counts all again.
    QVERIFY(m_area->goalTableView()->model()->setData(
        m_area->goalTableView()->model()->index(0, ProjectGoalTableModel::Campaign), QStringLiteral("Spring Meetup")));
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Progress), QStringLiteral("2"));
    undo()->undo();
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Progress), QStringLiteral("3"));
    // Widening the period to April takes person 3 in.
    QVERIFY(m_area->goalTableView()->model()->setData(
        m_area->goalTableView()->model()->index(0, ProjectGoalTableModel::To), QDate(2026, 4, 30)));
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Progress), QStringLiteral("4"));
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Done), QStringLiteral("100%"));
}

void TestChannelsArea::goalEditsAreStoredAndUndone()
{
    m_area->tabs()->setCurrentIndex(1);
    QTableView* view = m_area->goalTableView();
    const QString goals = QStringLiteral("SELECT metric || ' ' || target || ' ' || period_start || ' ' || "
                                         "period_end || ' ' || ifnull(campaign_key, '-') FROM goals ORDER BY key");
    const QStringList before = column(db(), goals);
    typeInto(view, view->model()->index(0, ProjectGoalTableModel::Target), QStringLiteral("6"));
    QCOMPARE(column(db(), goals).first(), QStringLiteral("attended 6.0 2026-01-01 2026-03-31 -"));
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Done), QStringLiteral("50%"));
    typeInto(view, view->model()->index(0, ProjectGoalTableModel::Target), QStringLiteral("-1"));
    QVERIFY2(m_area->messageBar()->text().contains(QStringLiteral("cannot be negative")),
             qPrintable(m_area->messageBar()->text()));

    // A metric on another scale gets a target on that scale.
    QVERIFY(view->model()->setData(view->model()->index(0, ProjectGoalTableModel::Metric), QStringLiteral("CSAT")));
    QCOMPARE(column(db(), goals).first(), QStringLiteral("csat 0.8 2026-01-01 2026-03-31 -"));
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Target), QStringLiteral("80%"));

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM goals")), QStringList{QStringLiteral("4")});
    QCOMPARE(view->model()->rowCount(), 4);
    undo()->undo();
    undo()->undo();
    undo()->undo();
    QCOMPARE(column(db(), goals), before);

    view->setFocus();
    view->selectRow(2);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM goals")), QStringList{QStringLiteral("2")});
    undo()->undo();
    QCOMPARE(column(db(), goals), before);
}

void TestChannelsArea::readOnlyProjectCannotBeEdited()
{
    openSession(storage::OpenMode::ReadOnly);
    QVERIFY(!m_area->newChannelAction()->isEnabled());
    QVERIFY(!m_area->addSizeAction()->isEnabled());
    QVERIFY(!m_area->newGoalAction()->isEnabled());
    QVERIFY(!(m_area->channelModel()->flags(m_area->channelModel()->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(m_area->controller()->createChannel().isNull());
    QCOMPARE(undo()->count(), 0);
    m_area->tabs()->setCurrentIndex(1);
    QCOMPARE(goalCell(0, ProjectGoalTableModel::Progress), QStringLiteral("3")); // reading still works
}

QTEST_MAIN(TestChannelsArea)
#include "tst_channels_area.moc"
