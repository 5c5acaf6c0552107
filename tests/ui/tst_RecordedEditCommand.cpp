// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectRepository.h"
#include "tests/support/ContentFixture.h"
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"
#include "ui/RecordedEditCommand.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rapport;
using storage::StoreResult;
using ui::RecordedEditCommand;

/** The one undo command of every area: recording, undo/redo, merging, refusals, callbacks. */
class TestRecordedEditCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pushUndoRedo();
    void emptyEditPushesNothing();
    void failedEditChangesNothing();
    void sameMergeKeyMerges();
    void mergedEditsThatCancelLeaveTheStack();
    void changedRowsDropTheStep();

private:
    QUndoStack* stack() const { return m_session->undoStack(); }
    QString rustName() const { return m_repo->content().series(m_fixture.rust.meta.id)->name; }
    /** Pushes a rename of the Rust series; false with *error if refused. */
    bool rename(const QString& name, const QString& mergeKey = {}, QString* error = nullptr);

    test::UiTestFolder m_folder;
    std::unique_ptr<ui::ProjectSession> m_session;
    std::unique_ptr<storage::ProjectRepository> m_repo;
    test::ContentFixture m_fixture;
};

void TestRecordedEditCommand::init()
{
    storage::FileResult result;
    auto file = storage::ProjectFile::create(m_folder.path(QStringLiteral("undo.rapport")),
                                             m_folder.environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    m_repo = std::make_unique<storage::ProjectRepository>(m_session->file().database(),
                                                          m_folder.clock);
    m_fixture = {};
    m_fixture.build(*m_repo);
}

void TestRecordedEditCommand::cleanup()
{
    m_repo.reset();
    m_session.reset();
    QFile::remove(m_folder.path(QStringLiteral("undo.rapport")));
}

bool TestRecordedEditCommand::rename(const QString& name, const QString& mergeKey,
                                     QString* error)
{
    QString ignored;
    return RecordedEditCommand::push(
        std::make_unique<RecordedEditCommand>(*m_session, QStringLiteral("Rename to %1").arg(name),
                                              mergeKey),
        [&] {
            model::Series series = *m_repo->content().series(m_fixture.rust.meta.id);
            series.name = name;
            return m_repo->content().update(series);
        },
        error ? error : &ignored);
}

void TestRecordedEditCommand::pushUndoRedo()
{
    const QString before = rustName();
    auto command = std::make_unique<RecordedEditCommand>(*m_session, QStringLiteral("Rename"));
    command->setAffected({7, 9});
    QList<QList<qint64>> applied;
    command->setOnApplied([&](const QList<qint64>& keys) { applied << keys; });
    QString error;
    QVERIFY2(RecordedEditCommand::push(
                 std::move(command),
                 [&] {
                     model::Series series = *m_repo->content().series(m_fixture.rust.meta.id);
                     series.name = QStringLiteral("Rust at work");
                     return m_repo->content().update(series);
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Rename"));
    QCOMPARE(rustName(), QStringLiteral("Rust at work")); // pushing did not make it twice
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first(), (QList<qint64>{7, 9}));

    stack()->undo();
    QCOMPARE(rustName(), before);
    stack()->redo();
    QCOMPARE(rustName(), QStringLiteral("Rust at work"));
    QCOMPARE(applied.size(), 3);
    QVERIFY(m_session->isModified());
}

void TestRecordedEditCommand::emptyEditPushesNothing()
{
    QString error;
    QVERIFY(RecordedEditCommand::push(
        std::make_unique<RecordedEditCommand>(*m_session, QStringLiteral("Nothing")),
        [] { return StoreResult::ok(); }, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(stack()->count(), 0);
}

void TestRecordedEditCommand::failedEditChangesNothing()
{
    const qint64 series = m_repo->content().seriesCount();
    QString error;
    QVERIFY(!RecordedEditCommand::push(
        std::make_unique<RecordedEditCommand>(*m_session, QStringLiteral("Half-made")),
        [&] {
            model::Series s;
            s.name = QStringLiteral("Half-made");
            if (StoreResult created = m_repo->content().create(s); !created)
                return created;
            StoreResult refused = StoreResult::fail(storage::StoreError::Invalid, {});
            refused.validation = {{QStringLiteral("title"), QStringLiteral("A title is needed.")},
                                  {QStringLiteral("title"), QStringLiteral("A title is needed.")},
                                  {QStringLiteral("authors"), QStringLiteral("Name an author.")}};
            return refused;
        },
        &error));
    // Each validation message once, in order.
    QCOMPARE(error, QStringLiteral("A title is needed. Name an author."));
    QCOMPARE(m_repo->content().seriesCount(), series);
    QCOMPARE(stack()->count(), 0);
}

void TestRecordedEditCommand::sameMergeKeyMerges()
{
    const QString before = rustName();
    QVERIFY(rename(QStringLiteral("R"), QStringLiteral("rust name")));
    QVERIFY(rename(QStringLiteral("Ru"), QStringLiteral("rust name")));
    QVERIFY(rename(QStringLiteral("Rus"), QStringLiteral("rust name")));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Rename to Rus"));
    QVERIFY(rename(QStringLiteral("Rust!"), QStringLiteral("other key")));
    QVERIFY(rename(QStringLiteral("Rust?")));
    QVERIFY(rename(QStringLiteral("Rust."))); // no key: never merges
    QCOMPARE(stack()->count(), 4);

    stack()->undo();
    stack()->undo();
    stack()->undo();
    QCOMPARE(rustName(), QStringLiteral("Rus"));
    stack()->undo(); // the three merged steps at once
    QCOMPARE(rustName(), before);
    QCOMPARE(m_repo->content().series(m_fixture.rust.meta.id)->meta.rowVersion,
             m_fixture.rust.meta.rowVersion);
    stack()->redo();
    QCOMPARE(rustName(), QStringLiteral("Rus"));
}

void TestRecordedEditCommand::mergedEditsThatCancelLeaveTheStack()
{
    const qint64 series = m_repo->content().seriesCount();
    model::Series s;
    s.name = QStringLiteral("Draft");
    QString error;
    QVERIFY(RecordedEditCommand::push(
        std::make_unique<RecordedEditCommand>(*m_session, QStringLiteral("Add"),
                                              QStringLiteral("draft")),
        [&] { return m_repo->content().create(s); }, &error));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(RecordedEditCommand::push(
        std::make_unique<RecordedEditCommand>(*m_session, QStringLiteral("Remove"),
                                              QStringLiteral("draft")),
        [&] { return m_repo->content().removeSeries(s.meta.id); }, &error));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(m_repo->content().seriesCount(), series);
}

void TestRecordedEditCommand::changedRowsDropTheStep()
{
    QVERIFY(rename(QStringLiteral("Rust at work")));
    QVERIFY(rename(QStringLiteral("Rust at home")));
    QCOMPARE(stack()->count(), 2);
    QList<QString> reports;
    // As an import would: the row moves on outside the undo stack.
    QSqlQuery q(m_session->file().database());
    QVERIFY(q.exec(QStringLiteral("UPDATE series SET row_version = row_version + 1")));

    auto* top = const_cast<RecordedEditCommand*>(
        static_cast<const RecordedEditCommand*>(stack()->command(1)));
    top->setOnFailed([&](const QString& message) { reports << message; });
    stack()->undo();
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.first().startsWith(
                 QStringLiteral("“Rename to Rust at home” cannot be undone: its rows in “series”")),
             qPrintable(reports.first()));
    QCOMPARE(rustName(), QStringLiteral("Rust at home")); // nothing was changed
    QCOMPARE(stack()->count(), 1);                         // the step left the stack
}

QTEST_MAIN(TestRecordedEditCommand)
#include "tst_RecordedEditCommand.moc"
