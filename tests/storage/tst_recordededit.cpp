// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/RecordedEdit.h"
#include "tests/support/ContentFixture.h"
#include "tests/support/FixedClock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using storage::RecordedEdit;
using storage::StoreResult;

namespace {

qint64 number(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestRecordedEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void updateUndoRedo();
    void deleteUndoRestoresDependents();
    void createRedoKeepsKey();
    void failedEditChangesNothing();
    void changedRowsRefuseUndo();
    void appendJoinsEdits();

private:
    QSqlDatabase db() const { return m_file->database(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::FixedClock m_clock;
    std::unique_ptr<storage::ProjectFile> m_file;
    std::unique_ptr<storage::ProjectRepository> m_repo;
    test::ContentFixture m_fixture;
};

void TestRecordedEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    storage::ProjectEnvironment env;
    env.recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    env.userName = QStringLiteral("me");
    env.clock = &m_clock;
    storage::FileResult result;
    m_file =
        storage::ProjectFile::create(m_dir->filePath(QStringLiteral("edit.rapport")), env, &result);
    QVERIFY2(m_file, qPrintable(result.message));
    m_repo = std::make_unique<storage::ProjectRepository>(db(), m_clock);
    m_fixture = {};
    m_fixture.build(*m_repo);
}

void TestRecordedEdit::cleanup()
{
    m_repo.reset();
    m_file.reset();
    m_dir.reset();
}

void TestRecordedEdit::updateUndoRedo()
{
    model::Content piece = *m_repo->content().get(m_fixture.part1.meta.id);
    const model::Content before = piece;
    RecordedEdit edit;
    const StoreResult r = RecordedEdit::record(
        *m_file,
        [&] {
            piece.title = QStringLiteral("Part one");
            piece.distributions.removeLast();
            return m_repo->content().update(piece);
        },
        &edit);
    QVERIFY2(r, qPrintable(r.message));
    QVERIFY(!edit.isEmpty());
    QVERIFY(m_file->hasUnsavedChanges());
    QCOMPARE(m_repo->content().get(piece.meta.id)->title, QStringLiteral("Part one"));

    QString error;
    QVERIFY2(edit.undo(*m_file, &error), qPrintable(error));
    const model::Content undone = *m_repo->content().get(piece.meta.id);
    QCOMPARE(undone.title, before.title);
    QCOMPARE(undone.meta.rowVersion, before.meta.rowVersion);
    QCOMPARE(undone.distributions.size(), 2);
    QCOMPARE(undone.distributions[0].snapshots, before.distributions[0].snapshots);

    QVERIFY2(edit.redo(*m_file, &error), qPrintable(error));
    const model::Content redone = *m_repo->content().get(piece.meta.id);
    QCOMPARE(redone.title, QStringLiteral("Part one"));
    QCOMPARE(redone.distributions.size(), 1);
    QCOMPARE(redone.meta.rowVersion, before.meta.rowVersion + 1);
}

void TestRecordedEdit::deleteUndoRestoresDependents()
{
    const qint64 key = m_repo->content().keyOf(m_fixture.part1.meta.id);
    RecordedEdit edit;
    QVERIFY(RecordedEdit::record(
        *m_file, [&] { return m_repo->content().remove(m_fixture.part1.meta.id); }, &edit));
    QCOMPARE(m_repo->content().count(), 2);
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM content_links")), 1);
    QCOMPARE(
        number(db(), QStringLiteral("SELECT COUNT(*) FROM rewards WHERE content_key IS NOT NULL")),
        2);

    QString error;
    QVERIFY2(edit.undo(*m_file, &error), qPrintable(error));
    QCOMPARE(m_repo->content().keyOf(m_fixture.part1.meta.id), key);
    const model::Content piece = *m_repo->content().get(m_fixture.part1.meta.id);
    QCOMPARE(piece.authors, m_fixture.part1.authors);
    QCOMPARE(piece.distributions.size(), 2);
    QCOMPARE(piece.distributions[0].snapshots.size(), 2);
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM content_links")), 3);
    QCOMPARE(m_repo->rewards().get(m_fixture.anaPart1.meta.id)->content, m_fixture.part1.meta.id);
    QCOMPARE(m_repo->rewards().get(m_fixture.boSwag.meta.id)->content, m_fixture.part1.meta.id);
    QVERIFY(m_repo->content()
                .get(m_fixture.part2.meta.id)
                ->links.contains(
                    model::ContentLink{m_fixture.part1.meta.id, QStringLiteral("previous")}));

    QVERIFY2(edit.redo(*m_file, &error), qPrintable(error));
    QVERIFY(!m_repo->content().get(m_fixture.part1.meta.id));
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM content_authors")), 2);
}

void TestRecordedEdit::createRedoKeepsKey()
{
    model::Content piece;
    piece.title = QStringLiteral("Part 3");
    piece.authors = {m_fixture.dara.meta.id};
    RecordedEdit edit;
    const StoreResult r = RecordedEdit::record(
        *m_file, [&] { return m_repo->content().create(piece); }, &edit);
    QVERIFY2(r, qPrintable(r.message));
    const qint64 key = r.key;
    QVERIFY(key > 0);
    QString error;
    QVERIFY2(edit.undo(*m_file, &error), qPrintable(error));
    QCOMPARE(m_repo->content().count(), 3);
    QCOMPARE(number(db(), QStringLiteral("SELECT COUNT(*) FROM content_authors")), 4);
    QVERIFY2(edit.redo(*m_file, &error), qPrintable(error));
    QCOMPARE(m_repo->content().keyOf(piece.meta.id), key);
    QCOMPARE(m_repo->content().get(piece.meta.id)->authors, piece.authors);
}

void TestRecordedEdit::failedEditChangesNothing()
{
    const qint64 series = m_repo->content().seriesCount();
    RecordedEdit edit;
    const StoreResult r = RecordedEdit::record(
        *m_file,
        [&] {
            model::Series s;
            s.name = QStringLiteral("Half-made");
            if (StoreResult created = m_repo->content().create(s); !created)
                return created;
            model::Content piece; // no title, no author: refused
            return m_repo->content().create(piece);
        },
        &edit);
    QCOMPARE(r.error, storage::StoreError::Invalid);
    QCOMPARE(m_repo->content().seriesCount(), series);
    QVERIFY(edit.isEmpty());
}

void TestRecordedEdit::changedRowsRefuseUndo()
{
    model::Series rust = *m_repo->content().series(m_fixture.rust.meta.id);
    RecordedEdit edit;
    QVERIFY(RecordedEdit::record(
        *m_file,
        [&] {
            rust.name = QStringLiteral("Rust in prod");
            return m_repo->content().update(rust);
        },
        &edit));
    QSqlQuery q(db());
    // As another edit would: the row's version moves on.
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE series SET description = 'changed elsewhere', row_version = row_version + 1")));
    QString error;
    QVERIFY(!edit.undo(*m_file, &error));
    QVERIFY2(error.contains(QStringLiteral("series")), qPrintable(error));
    QCOMPARE(m_repo->content().series(rust.meta.id)->name, QStringLiteral("Rust in prod"));
}

void TestRecordedEdit::appendJoinsEdits()
{
    const model::Series before = *m_repo->content().series(m_fixture.rust.meta.id);
    const auto rename = [&](const QString& name, RecordedEdit* edit) {
        return RecordedEdit::record(
            *m_file,
            [&] {
                model::Series s = *m_repo->content().series(before.meta.id);
                s.name = name;
                return m_repo->content().update(s);
            },
            edit);
    };
    RecordedEdit first, second;
    QVERIFY(rename(QStringLiteral("Rust in"), &first));
    QVERIFY(rename(QStringLiteral("Rust in prod"), &second));
    QString error;
    QVERIFY2(first.append(second, &error), qPrintable(error));
    QVERIFY(!first.isEmpty());
    QVERIFY2(first.undo(*m_file, &error), qPrintable(error)); // both at once
    QCOMPARE(m_repo->content().series(before.meta.id)->name, before.name);
    QCOMPARE(m_repo->content().series(before.meta.id)->meta.rowVersion, before.meta.rowVersion);
    QVERIFY2(first.redo(*m_file, &error), qPrintable(error));
    QCOMPARE(m_repo->content().series(before.meta.id)->name, QStringLiteral("Rust in prod"));

    // A series made and removed again: together they change nothing.
    model::Series draft;
    draft.name = QStringLiteral("Draft");
    RecordedEdit made, removed;
    QVERIFY(RecordedEdit::record(*m_file, [&] { return m_repo->content().create(draft); }, &made));
    QVERIFY(RecordedEdit::record(
        *m_file, [&] { return m_repo->content().removeSeries(draft.meta.id); }, &removed));
    QVERIFY2(made.append(removed, &error), qPrintable(error));
    QVERIFY(made.isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordedEdit)
#include "tst_recordededit.moc"
