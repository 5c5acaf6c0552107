// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ContentFixture.h"
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/content/AuthorsPage.h"
#include "ui/content/ContentArea.h"
#include "ui/content/ContentController.h"
#include "ui/content/ContentTableModel.h"
#include "ui/content/DistributionsEditor.h"
#include "ui/content/NewPieceDialog.h"
#include "ui/content/PersonSearch.h"
#include "ui/content/PieceEditor.h"
#include "ui/content/PiecesPage.h"
#include "ui/content/RewardDialog.h"
#include "ui/content/RewardsPage.h"
#include "ui/content/SeriesPage.h"
#include "ui/content/ValueTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rapport;
using ui::ContentArea;

class TestContentArea : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsPiecesWithReach();
    void filtersByTextSeriesAndAuthor();
    void editingPieceIsStoredAndUndone();
    void addingDistributionAndSnapshotIsStored();
    void refusedEditSaysWhyAndChangesNothing();
    void newDuplicateAndDeleteWithKeys();
    void authorsAndLinksAreEdited();
    void copiesSelectedRowsAsTsv();
    void seriesAreCreatedAndRenamed();
    void rewardsAreAddedEditedAndDeleted();
    void authorViewEqualsHandCount();
    void readOnlyProjectCannotBeEdited();
    void modelsPassTheTester();

private:
    void open(storage::OpenMode mode = storage::OpenMode::ReadWrite);
    void reactivate();
    void selectPiece(const QString& title);
    model::Content stored(const model::Content& piece) const;
    template <typename Dialog> Dialog* waitForDialog() const;
    ui::PiecesPage* pieces() const { return m_area->piecesPage(); }
    ui::PieceEditor* editor() const { return pieces()->editor(); }
    QUndoStack* undoStack() const { return m_session->undoStack(); }

    std::unique_ptr<test::UiTestFolder> m_folder;
    test::ContentFixture m_fixture;
    QString m_path;
    std::unique_ptr<ui::ProjectSession> m_session;
    std::unique_ptr<storage::ProjectRepository> m_repo;
    std::unique_ptr<ContentArea> m_area;
};

void TestContentArea::init()
{
    m_folder = std::make_unique<test::UiTestFolder>();
    m_path = m_folder->path(QStringLiteral("content.rapport"));
    storage::FileResult result;
    auto file = storage::ProjectFile::create(m_path, m_folder->environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    {
        storage::ProjectRepository repo(file->database(), m_folder->clock);
        storage::Transaction transaction = file->transaction();
        m_fixture = {};
        m_fixture.build(repo);
        QVERIFY(transaction.commit());
    }
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
    file.reset();
    open();
}

void TestContentArea::open(storage::OpenMode mode)
{
    m_area.reset();
    m_repo.reset();
    m_session.reset();
    storage::FileResult result;
    auto file = storage::ProjectFile::open(m_path, m_folder->environment(), mode,
                                           storage::RecoveryChoice::Discard, &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    m_repo =
        std::make_unique<storage::ProjectRepository>(m_session->file().database(), m_folder->clock);
    m_area = std::make_unique<ContentArea>();
    m_area->resize(1200, 800);
    m_area->setSession(m_session.get());
    m_area->show();
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
}

// The offscreen platform does not give the window back its activation when a dialog
// closes, as a desktop does.
void TestContentArea::reactivate()
{
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
}

void TestContentArea::cleanup()
{
    if (m_area)
        m_area->setSession(nullptr);
    m_area.reset();
    m_repo.reset();
    m_session.reset();
    m_folder.reset();
}

void TestContentArea::selectPiece(const QString& title)
{
    QTableView* view = pieces()->tableView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, ui::ContentTableModel::Title);
        if (index.data().toString() == title) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(index).center());
            QCOMPARE(editor()->titleEdit()->text(), title);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no piece titled %1").arg(title)));
}

model::Content TestContentArea::stored(const model::Content& piece) const
{
    return m_repo->content().get(piece.meta.id).value_or(model::Content{});
}

template <typename Dialog> Dialog* TestContentArea::waitForDialog() const
{
    // Dialogs open window-modal (open(), not exec()): wait for one to show.
    Dialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (dialog = m_area->findChild<Dialog*>()) && dialog->isVisible(); }, 2000);
    return shown ? dialog : nullptr;
}

void TestContentArea::listsPiecesWithReach()
{
    const ui::ContentTableModel* model = pieces()->model();
    QCOMPARE(model->rowCount(), 3);
    const int row = model->rowOf(m_fixture.part1.meta.id);
    QVERIFY(row >= 0);
    const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(ui::ContentTableModel::Title), QStringLiteral("Part 1"));
    QCOMPARE(cell(ui::ContentTableModel::Kind), QStringLiteral("Article"));
    QCOMPARE(cell(ui::ContentTableModel::Series), QStringLiteral("Rust in production"));
    QCOMPARE(cell(ui::ContentTableModel::Authors), QStringLiteral("Ana Lima, Bo Stern"));
    QCOMPARE(cell(ui::ContentTableModel::Reach), QStringLiteral("350")); // 300 + 50
    // Newest first.
    QCOMPARE(pieces()->tableView()->model()->index(0, 0).data().toString(),
             QStringLiteral("Part 2"));
    QVERIFY(pieces()->tableView()->isVisible());
}

void TestContentArea::filtersByTextSeriesAndAuthor()
{
    QAbstractItemModel* shown = pieces()->tableView()->model();
    pieces()->tableView()->setFocus();
    QTest::keyClick(pieces()->tableView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(pieces()->searchEdit()->hasFocus());
    QTest::keyClicks(pieces()->searchEdit(), QStringLiteral("part"));
    QCOMPARE(shown->rowCount(), 2);
    pieces()->searchEdit()->clear();
    QTest::keyClicks(pieces()->searchEdit(), QStringLiteral("chen")); // an author's name
    QCOMPARE(shown->rowCount(), 1);
    pieces()->searchEdit()->clear();
    QCOMPARE(shown->rowCount(), 3);

    QComboBox* series = pieces()->seriesFilterCombo();
    series->setCurrentIndex(series->findText(QStringLiteral("No series")));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Field notes"));
    series->setCurrentIndex(series->findText(QStringLiteral("Rust in production")));
    QCOMPARE(shown->rowCount(), 2);

    QComboBox* author = pieces()->authorFilterCombo();
    author->setCurrentIndex(author->findText(QStringLiteral("Bo Stern")));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Part 1"));
    series->setCurrentIndex(0);
    QCOMPARE(author->findText(QStringLiteral("Dara Kim")), -1); // wrote nothing
    author->setCurrentIndex(author->findText(QStringLiteral("Chen Wei")));
    QCOMPARE(shown->rowCount(), 1);
    QVERIFY(m_area->findChild<QLabel*>(QStringLiteral("piecesEmptyLabel"))->isHidden());
    QTest::keyClicks(pieces()->searchEdit(), QStringLiteral("zzz"));
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(m_area->findChild<QLabel*>(QStringLiteral("piecesEmptyLabel"))->isVisible());
}

void TestContentArea::editingPieceIsStoredAndUndone()
{
    selectPiece(QStringLiteral("Part 1"));
    QVERIFY(!m_session->isModified());
    QLineEdit* title = editor()->titleEdit();
    QTest::keyClick(pieces()->tableView(), Qt::Key_F2);
    QVERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("Part one: setting up"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(stored(m_fixture.part1).title, QStringLiteral("Part one: setting up"));
    QCOMPARE(undoStack()->count(), 1);
    QVERIFY(m_session->isModified());
    const int row = pieces()->model()->rowOf(m_fixture.part1.meta.id);
    QCOMPARE(pieces()->model()->index(row, 0).data().toString(),
             QStringLiteral("Part one: setting up"));

    // Kind and series with the keyboard, the date with its field.
    QTest::keyClick(editor()->kindCombo(), Qt::Key_Down);
    QCOMPARE(stored(m_fixture.part1).kind, model::ContentKind::Video);
    QComboBox* series = editor()->seriesCombo();
    QCOMPARE(series->currentText(), QStringLiteral("Rust in production"));
    QTest::keyClick(series, Qt::Key_Up);
    QVERIFY(stored(m_fixture.part1).series.isNull());
    QDateEdit* date = editor()->publishedEdit();
    date->setFocus();
    date->setDate(QDate(2026, 1, 12));
    QTest::keyClick(date, Qt::Key_Return);
    QCOMPARE(stored(m_fixture.part1).published, QDate(2026, 1, 12));
    QCOMPARE(undoStack()->count(), 4);

    // Undo puts back exactly what was there, step by step, and the editor follows.
    undoStack()->undo();
    QCOMPARE(stored(m_fixture.part1).published, QDate(2026, 1, 10));
    undoStack()->undo();
    QCOMPARE(stored(m_fixture.part1).series, m_fixture.rust.meta.id);
    QCOMPARE(editor()->seriesCombo()->currentText(), QStringLiteral("Rust in production"));
    undoStack()->undo();
    undoStack()->undo();
    const model::Content back = stored(m_fixture.part1);
    QCOMPARE(back.title, QStringLiteral("Part 1"));
    QCOMPARE(back.kind, model::ContentKind::Article);
    QCOMPARE(back.meta.rowVersion, m_fixture.part1.meta.rowVersion);
    QCOMPARE(editor()->titleEdit()->text(), QStringLiteral("Part 1"));
    QCOMPARE(editor()->pieceId(), m_fixture.part1.meta.id);
    undoStack()->redo();
    QCOMPARE(stored(m_fixture.part1).title, QStringLiteral("Part one: setting up"));
    QCOMPARE(editor()->titleEdit()->text(), QStringLiteral("Part one: setting up"));
}

void TestContentArea::addingDistributionAndSnapshotIsStored()
{
    selectPiece(QStringLiteral("Part 2"));
    ui::DistributionsEditor* distributions = editor()->distributions();
    QCOMPARE(distributions->distributionsModel()->rowCount(), 1);
    QTest::mouseClick(distributions->addDistributionButton(), Qt::LeftButton);
    model::Content piece = stored(m_fixture.part2);
    QCOMPARE(piece.distributions.size(), 2);
    // The channel the piece is not on yet, on the piece's date.
    QCOMPARE(piece.distributions[1].channel, m_fixture.newsletter.meta.id);
    QVERIFY(
        editor()->addressLabel()->text().contains(QStringLiteral("https://example.org/part-2")));
    QCOMPARE(piece.distributions[1].publishedAt.toLocalTime().date(), QDate(2026, 2, 1));
    QCOMPARE(distributions->currentDistribution(), 1);

    // The address, typed into its cell.
    QTableView* view = distributions->distributionsView();
    const QModelIndex address =
        distributions->distributionsModel()->index(1, ui::DistributionTableModel::Address);
    view->setCurrentIndex(address);
    view->edit(address);
    auto* cell = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(cell);
    QTest::keyClicks(cell, QStringLiteral("https://news.example.org/part-2"));
    QTest::keyClick(cell, Qt::Key_Return); // the delegate commits on the next turn
    QTRY_COMPARE(stored(m_fixture.part2).distributions[1].url,
                 QUrl(QStringLiteral("https://news.example.org/part-2")));

    // A snapshot, then its views.
    QTest::mouseClick(distributions->addSnapshotButton(), Qt::LeftButton);
    piece = stored(m_fixture.part2);
    QCOMPARE(piece.distributions[1].snapshots.size(), 1);
    QCOMPARE(piece.distributions[1].snapshots[0].views, 0);
    QVERIFY(piece.distributions[1].snapshots[0].at.isValid());
    QTableView* snapshots = distributions->snapshotsView();
    const QModelIndex views =
        distributions->snapshotsModel()->index(0, ui::SnapshotTableModel::Views);
    QCOMPARE(snapshots->currentIndex(), views);
    QTest::keyClick(snapshots, Qt::Key_1); // typing starts editing the cell
    cell = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(cell);
    QTest::keyClicks(cell, QStringLiteral("20"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(stored(m_fixture.part2).distributions[1].snapshots[0].views, 120);
    QCOMPARE(
        distributions->snapshotsModel()->index(0, ui::SnapshotTableModel::Views).data().toString(),
        QStringLiteral("120"));
    // The list's reach follows: 40 + 120.
    const int row = pieces()->model()->rowOf(m_fixture.part2.meta.id);
    QCOMPARE(pieces()->model()->index(row, ui::ContentTableModel::Reach).data().toString(),
             QStringLiteral("160"));

    QCOMPARE(undoStack()->count(), 4);
    undoStack()->undo();
    QCOMPARE(stored(m_fixture.part2).distributions[1].snapshots[0].views, 0);
    undoStack()->undo();
    QVERIFY(stored(m_fixture.part2).distributions[1].snapshots.isEmpty());
    undoStack()->undo();
    undoStack()->undo();
    QCOMPARE(stored(m_fixture.part2).distributions.size(), 1);
    QCOMPARE(distributions->distributionsModel()->rowCount(), 1);
}

void TestContentArea::refusedEditSaysWhyAndChangesNothing()
{
    selectPiece(QStringLiteral("Part 1"));
    ui::DistributionsEditor* distributions = editor()->distributions();
    // The blog's first snapshot cannot have more views than the later one (300).
    ui::SnapshotTableModel* snapshots = distributions->snapshotsModel();
    QCOMPARE(snapshots->rowCount(), 2);
    QVERIFY(!snapshots->setData(snapshots->index(0, ui::SnapshotTableModel::Views),
                                QStringLiteral("1000")));
    QCOMPARE(stored(m_fixture.part1).distributions[0].snapshots[0].views, 100);
    QCOMPARE(undoStack()->count(), 0);
    QVERIFY(m_area->messageLabel()->isVisible());
    QVERIFY2(m_area->messageLabel()->text().contains(QStringLiteral("went down")),
             qPrintable(m_area->messageLabel()->text()));

    // An empty title is refused and the field shows the stored one again.
    QLineEdit* title = editor()->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(stored(m_fixture.part1).title, QStringLiteral("Part 1"));
    QCOMPARE(title->text(), QStringLiteral("Part 1"));
    QCOMPARE(m_area->messageLabel()->text(), QStringLiteral("A piece needs a title."));
    QCOMPARE(undoStack()->count(), 0);
}

void TestContentArea::newDuplicateAndDeleteWithKeys()
{
    pieces()->tableView()->setFocus();
    QTest::keyClick(pieces()->tableView(), Qt::Key_Insert);
    auto* dialog = waitForDialog<ui::NewPieceDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Part 3"));
    // No author: refused, with the reason.
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ui::PersonSearchWidget* author = dialog->authorSearch();
    if (!author->person().isNull()) // proposed from the current piece
        author->searchEdit()->clear(), author->search();
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(author->searchEdit(), QStringLiteral("dara"));
    QTRY_COMPARE(author->model()->rowCount(), 1);
    QCOMPARE(author->personName(), QStringLiteral("Dara Kim"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_area->findChild<ui::NewPieceDialog*>());
    QCOMPARE(m_repo->content().count(), 4);
    const model::Uuid created = m_repo->content().findByTitle(QStringLiteral("Part 3"));
    QVERIFY(!created.isNull());
    QCOMPARE(m_repo->content().get(created)->authors, QList<model::Uuid>{m_fixture.dara.meta.id});
    QCOMPARE(pieces()->currentPiece(), created);
    reactivate();
    QVERIFY(editor()->titleEdit()->hasFocus());

    QTest::keyClick(pieces()->tableView(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_repo->content().count(), 5);
    QVERIFY(!m_repo->content().findByTitle(QStringLiteral("Part 3 (copy)")).isNull());

    // Delete takes the piece with its links; undo brings it back as it was.
    const qint64 key = m_repo->content().keyOf(m_fixture.part1.meta.id);
    selectPiece(QStringLiteral("Part 1"));
    pieces()->tableView()->setFocus();
    QTest::keyClick(pieces()->tableView(), Qt::Key_Delete);
    QCOMPARE(m_repo->content().count(), 4);
    QVERIFY(m_repo->rewards().get(m_fixture.anaPart1.meta.id)->content.isNull());
    QCOMPARE(pieces()->model()->rowOf(m_fixture.part1.meta.id), -1);
    undoStack()->undo();
    QCOMPARE(m_repo->content().keyOf(m_fixture.part1.meta.id), key);
    QCOMPARE(m_repo->rewards().get(m_fixture.anaPart1.meta.id)->content, m_fixture.part1.meta.id);
    QCOMPARE(stored(m_fixture.part2).links.size(), 2);
    QCOMPARE(stored(m_fixture.part1).distributions.size(), 2);
    QVERIFY(pieces()->model()->rowOf(m_fixture.part1.meta.id) >= 0);
    undoStack()->undo();
    undoStack()->undo();
    QCOMPARE(m_repo->content().count(), 3);
}

void TestContentArea::authorsAndLinksAreEdited()
{
    selectPiece(QStringLiteral("Part 2"));
    QCOMPARE(editor()->authorsList()->count(), 1);
    QVERIFY(!editor()->removeAuthorButton()->isEnabled()); // the only author
    QTest::mouseClick(editor()->addAuthorButton(), Qt::LeftButton);
    auto* picker = waitForDialog<ui::PersonPickerDialog>();
    QVERIFY(picker);
    QTest::keyClicks(picker->searchWidget()->searchEdit(), QStringLiteral("chen"));
    QTRY_COMPARE(picker->person(), m_fixture.chen.meta.id);
    QTest::keyClick(picker->searchWidget()->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_area->findChild<ui::PersonPickerDialog*>());
    QCOMPARE(stored(m_fixture.part2).authors,
             (QList<model::Uuid>{m_fixture.ana.meta.id, m_fixture.chen.meta.id}));
    QCOMPARE(editor()->authorsList()->item(1)->text(), QStringLiteral("Chen Wei"));
    editor()->authorsList()->setCurrentRow(0);
    QTest::mouseClick(editor()->removeAuthorButton(), Qt::LeftButton);
    QCOMPARE(stored(m_fixture.part2).authors, QList<model::Uuid>{m_fixture.chen.meta.id});

    // Links: remove "previous → Part 1", add it back as "related".
    QCOMPARE(editor()->linksTable()->rowCount(), 2);
    int previous = -1;
    for (int row = 0; row < 2; ++row)
        if (editor()->linksTable()->item(row, 0)->text() == QLatin1String("Part 1"))
            previous = row;
    QVERIFY(previous >= 0);
    QCOMPARE(editor()->linksTable()->item(previous, 1)->text(), QStringLiteral("Previous part"));
    editor()->linksTable()->setCurrentCell(previous, 0);
    QTest::mouseClick(editor()->removeLinkButton(), Qt::LeftButton);
    QCOMPARE(stored(m_fixture.part2).links.size(), 1);
    QTest::keyClicks(editor()->linkTargetCombo()->lineEdit(), QStringLiteral("Part 1"));
    QTest::mouseClick(editor()->addLinkButton(), Qt::LeftButton);
    const QList<model::ContentLink> links = stored(m_fixture.part2).links;
    QCOMPARE(links.size(), 2);
    QVERIFY(links.contains(model::ContentLink{m_fixture.part1.meta.id, QStringLiteral("related")}));
    QCOMPARE(undoStack()->count(), 4);
    for (int i = 0; i < 4; ++i)
        undoStack()->undo();
    QCOMPARE(stored(m_fixture.part2).links.size(), 2);
    QCOMPARE(stored(m_fixture.part2).authors, QList<model::Uuid>{m_fixture.ana.meta.id});
    QVERIFY(stored(m_fixture.part2)
                .links.contains(
                    model::ContentLink{m_fixture.part1.meta.id, QStringLiteral("previous")}));
}

void TestContentArea::copiesSelectedRowsAsTsv()
{
    QTableView* view = pieces()->tableView();
    view->setFocus();
    view->selectAll();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("Title\tKind\tSeries\tAuthors\tPublished\tReach"));
    QVERIFY2(lines.contains(
                 QStringLiteral("Part 1\tArticle\tRust in production\tAna Lima, Bo Stern\t%1\t350")
                     .arg(QLocale().toString(QDate(2026, 1, 10), QLocale::ShortFormat))),
             qPrintable(lines.join(u'\n')));
}

void TestContentArea::seriesAreCreatedAndRenamed()
{
    m_area->tabs()->setCurrentWidget(m_area->seriesPage());
    ui::SeriesPage* page = m_area->seriesPage();
    QCOMPARE(page->seriesModel()->rowCount(), 1);
    page->showSeries(m_fixture.rust.meta.id);
    // Pieces in order of publication.
    QCOMPARE(page->piecesModel()->rowCount(), 2);
    QCOMPARE(page->piecesModel()->index(0, 1).data().toString(), QStringLiteral("Part 1"));
    QCOMPARE(page->piecesModel()->index(1, 1).data().toString(), QStringLiteral("Part 2"));
    QCOMPARE(page->seriesModel()->index(0, 2).data().toString(), QStringLiteral("390"));

    page->seriesView()->setFocus();
    QTest::keyClick(page->seriesView(), Qt::Key_Insert);
    QCOMPARE(m_repo->content().seriesCount(), 2);
    QVERIFY(page->nameEdit()->hasFocus());
    QTest::keyClicks(page->nameEdit(), QStringLiteral("Going deeper"));
    QTest::keyClick(page->nameEdit(), Qt::Key_Return);
    const model::Uuid created = m_repo->content().findSeriesByName(QStringLiteral("Going deeper"));
    QVERIFY(!created.isNull());
    QCOMPARE(page->currentSeries(), created);
    QCOMPARE(page->piecesModel()->rowCount(), 0);
    // A second series of the same name is refused.
    page->nameEdit()->selectAll();
    QTest::keyClicks(page->nameEdit(), QStringLiteral("Rust in production"));
    QTest::keyClick(page->nameEdit(), Qt::Key_Return);
    QCOMPARE(m_repo->content().series(created)->name, QStringLiteral("Going deeper"));
    QVERIFY(m_area->messageLabel()->isVisible());

    page->seriesView()->setFocus();
    QTest::keyClick(page->seriesView(), Qt::Key_Delete);
    QVERIFY(!m_repo->content().series(created));
    undoStack()->undo();
    QCOMPARE(m_repo->content().series(created)->name, QStringLiteral("Going deeper"));
    undoStack()->undo();
    undoStack()->undo();
    QCOMPARE(m_repo->content().seriesCount(), 1);
}

void TestContentArea::rewardsAreAddedEditedAndDeleted()
{
    m_area->tabs()->setCurrentWidget(m_area->rewardsPage());
    ui::RewardsPage* page = m_area->rewardsPage();
    QCOMPARE(page->model()->rowCount(), 5);
    page->tableView()->setFocus();
    QTest::keyClick(page->tableView(), Qt::Key_Insert);
    auto* dialog = waitForDialog<ui::RewardDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->personSearch()->searchEdit(), QStringLiteral("bo st"));
    QTRY_COMPARE(dialog->personSearch()->person(), m_fixture.bo.meta.id);
    dialog->valueSpin()->setValue(75);
    dialog->currencyEdit()->setText(QStringLiteral("eur"));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Co-author fee"));
    dialog->pieceCombo()->setCurrentIndex(dialog->pieceCombo()->findText(QStringLiteral("Part 1")));
    dialog->dateEdit()->setDate(QDate(2026, 2, 3));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_area->findChild<ui::RewardDialog*>());
    QList<model::Reward> bo = m_repo->rewards().listForPerson(m_fixture.bo.meta.id);
    QCOMPARE(bo.size(), 2);
    const model::Reward added = bo.last();
    QCOMPARE(added.kind, model::RewardKind::Money);
    QCOMPARE(added.value, 75.0);
    QCOMPARE(added.currency, QStringLiteral("EUR"));
    QCOMPARE(added.content, m_fixture.part1.meta.id);
    QCOMPARE(added.reason, QStringLiteral("Co-author fee"));
    QCOMPARE(page->model()->rowCount(), 6);

    // Edit it (F2 on the current row): refused while invalid, then stored.
    QCOMPARE(page->selectedRewards(), QList<model::Uuid>{added.meta.id});
    reactivate();
    page->tableView()->setFocus();
    QTest::keyClick(page->tableView(), Qt::Key_F2);
    dialog = waitForDialog<ui::RewardDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->valueSpin()->value(), 75.0);
    dialog->currencyEdit()->clear();
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("currency")));
    dialog->currencyEdit()->setText(QStringLiteral("EUR"));
    dialog->valueSpin()->setValue(80);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_area->findChild<ui::RewardDialog*>());
    QCOMPARE(m_repo->rewards().get(added.meta.id)->value, 80.0);

    reactivate();
    page->tableView()->setFocus();
    QTest::keyClick(page->tableView(), Qt::Key_Delete);
    QVERIFY(!m_repo->rewards().get(added.meta.id));
    undoStack()->undo();
    QCOMPARE(m_repo->rewards().get(added.meta.id)->value, 80.0);
    undoStack()->undo();
    QCOMPARE(m_repo->rewards().get(added.meta.id)->value, 75.0);
    undoStack()->undo();
    QCOMPARE(m_repo->rewards().count(), 5);
    QCOMPARE(page->model()->rowCount(), 5);
}

void TestContentArea::authorViewEqualsHandCount()
{
    m_area->tabs()->setCurrentWidget(m_area->authorsPage());
    ui::AuthorsPage* page = m_area->authorsPage();
    QCOMPARE(page->authorsModel()->rowCount(), 3); // Dara wrote nothing
    page->showAuthor(m_fixture.ana.meta.id);
    QCOMPARE(page->nameLabel()->text(), QStringLiteral("Ana Lima"));
    QCOMPARE(page->piecesLabel()->text(), QStringLiteral("2"));
    QCOMPARE(page->reachLabel()->text(), QLocale().toString(test::ContentFixture::kAnaViews));
    QCOMPARE(page->onwardClicksLabel()->text(),
             QLocale().toString(test::ContentFixture::kAnaOnwardClicks));
    QCOMPARE(page->rewardsLabel()->text(), QStringLiteral("350.00 USD · 50 points"));
    QCOMPARE(page->piecesModel()->rowCount(), 2);
    QCOMPARE(page->piecesModel()->index(0, 2).data().toString(), QStringLiteral("350"));
    QCOMPARE(page->piecesModel()->index(0, 4).data().toString(), QStringLiteral("200.00 USD"));
    QCOMPARE(page->piecesModel()->index(0, 5).data().toString(),
             QStringLiteral("Blog, Newsletter"));
    QCOMPARE(page->piecesModel()->index(0, 7).data().toString(), QStringLiteral("Bo Stern"));
    QCOMPARE(page->channelsModel()->rowCount(), 2);
    QCOMPARE(page->channelsModel()->index(0, 0).data().toString(), QStringLiteral("Blog"));
    QCOMPARE(page->channelsModel()->index(0, 2).data().toString(), QStringLiteral("340"));
    QCOMPARE(page->linksModel()->rowCount(), 2);
    QCOMPARE(page->rewardsModel()->rowCount(), 3);

    // The author list row agrees with the figures.
    const int row = page->authorsModel()->rowOf(m_fixture.ana.meta.id.toString());
    QCOMPARE(page->authorsModel()->index(row, 2).data().toString(), QStringLiteral("390"));

    // A new snapshot on Part 2's blog distribution shows in the author's reach.
    QVERIFY(m_area->controller()->changePiece(
        m_fixture.part2.meta.id, QStringLiteral("Add snapshot"), [](model::Content& piece) {
            piece.distributions[0].snapshots
                << model::MetricSnapshot{test::ContentFixture::at(2, 9), 100, 50, 2, 1, 10};
        }));
    QCOMPARE(page->reachLabel()->text(), QStringLiteral("450"));       // 390 - 40 + 100
    QCOMPARE(page->onwardClicksLabel()->text(), QStringLiteral("33")); // 26 - 3 + 10

    // Add Reward proposes the author.
    QVERIFY(page->addRewardButton()->isEnabled());
    QTRY_VERIFY(page->addRewardButton()->width() > 0); // laid out once shown
    QTest::mouseClick(page->addRewardButton(), Qt::LeftButton);
    auto* dialog = waitForDialog<ui::RewardDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->personSearch()->person(), m_fixture.ana.meta.id);
    dialog->reject();
}

void TestContentArea::readOnlyProjectCannotBeEdited()
{
    open(storage::OpenMode::ReadOnly);
    QVERIFY(m_session->isReadOnly());
    QVERIFY(!pieces()->newAction()->isEnabled());
    selectPiece(QStringLiteral("Part 1"));
    QVERIFY(!pieces()->deleteAction()->isEnabled());
    QVERIFY(pieces()->copyAction()->isEnabled());
    QVERIFY(editor()->titleEdit()->isReadOnly());
    QVERIFY(!editor()->kindCombo()->isEnabled());
    QVERIFY(!editor()->distributions()->addDistributionButton()->isEnabled());
    QVERIFY(!(editor()->distributions()->snapshotsModel()->flags(
                  editor()->distributions()->snapshotsModel()->index(0, 1)) &
              Qt::ItemIsEditable));
    QVERIFY(!m_area->controller()->changePiece(
        m_fixture.part1.meta.id, QStringLiteral("x"),
        [](model::Content& c) { c.title = QStringLiteral("x"); }));
    QCOMPARE(stored(m_fixture.part1).title, QStringLiteral("Part 1"));
    m_area->tabs()->setCurrentWidget(m_area->rewardsPage());
    QVERIFY(!m_area->rewardsPage()->newAction()->isEnabled());
}

void TestContentArea::modelsPassTheTester()
{
    using Tester = QAbstractItemModelTester;
    const auto mode = Tester::FailureReportingMode::QtTest;
    Tester pieceTester(pieces()->model(), mode);
    Tester filterTester(pieces()->filterModel(), mode);
    selectPiece(QStringLiteral("Part 1"));
    Tester distributionTester(editor()->distributions()->distributionsModel(), mode);
    Tester snapshotTester(editor()->distributions()->snapshotsModel(), mode);
    m_area->tabs()->setCurrentWidget(m_area->authorsPage());
    Tester authorsTester(m_area->authorsPage()->authorsModel(), mode);
    Tester authorPiecesTester(m_area->authorsPage()->piecesModel(), mode);
    ui::PersonSearchModel people(m_session->file().database());
    Tester peopleTester(&people, mode);
    people.search(QStringLiteral("a"));
    QCOMPARE(people.rowCount(), 4);
    people.search(QStringLiteral("author2@"));
    QCOMPARE(people.rowCount(), 1);
    QCOMPARE(people.name(0), QStringLiteral("Bo Stern"));
    people.search(QStringLiteral("%"));
    QCOMPARE(people.rowCount(), 0);
    // Edits and reloads under the testers.
    m_area->tabs()->setCurrentWidget(m_area->piecesPage());
    QTest::mouseClick(editor()->distributions()->addSnapshotButton(), Qt::LeftButton);
    undoStack()->undo();
    m_area->authorsPage()->reload();
}

QTEST_MAIN(TestContentArea)
#include "tst_content_area.moc"
