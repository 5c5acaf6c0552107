// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The modified mark: undoing every edit since the save makes the project the saved one.
#include "tests/ui/ProjectFixture.h"
#include "ui/ProjectSession.h"

#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using rapport::storage::OpenMode;
using rapport::storage::ProjectFile;
using rapport::storage::RecoveryChoice;

namespace {

/** Renames person 1 through a transaction, and back on undo: an exact inverse. */
class RenameCommand : public QUndoCommand
{
public:
    RenameCommand(ProjectFile& file, QString to) : m_file(file), m_to(std::move(to))
    {
        m_from = name();
    }
    void redo() override { set(m_to); }
    void undo() override { set(m_from); }
    QString name() const
    {
        QSqlQuery q(m_file.database());
        q.exec(QStringLiteral("SELECT display_name FROM people WHERE key = 1"));
        return q.next() ? q.value(0).toString() : QString();
    }

private:
    void set(const QString& value)
    {
        auto t = m_file.transaction();
        QSqlQuery q(m_file.database());
        q.prepare(QStringLiteral("UPDATE people SET display_name = ? WHERE key = 1"));
        q.addBindValue(value);
        QVERIFY(q.exec());
        QVERIFY(t.commit());
    }
    ProjectFile& m_file;
    QString m_from, m_to;
};

} // namespace

class TestProjectSession : public QObject
{
    Q_OBJECT

private slots:
    void undoingEveryEditMakesItUnmodified();
    void editsOutsideTheStackStayModified();

private:
    std::unique_ptr<rapport::ui::ProjectSession> open(const rapport::test::UiTestFolder& folder,
                                                      const QString& path)
    {
        rapport::storage::FileResult r;
        auto file = ProjectFile::open(path, folder.environment(), OpenMode::ReadWrite,
                                      RecoveryChoice::Ask, &r);
        if (!file)
            return nullptr;
        return std::make_unique<rapport::ui::ProjectSession>(std::move(file));
    }
};

void TestProjectSession::undoingEveryEditMakesItUnmodified()
{
    rapport::test::UiTestFolder folder;
    const QString path = folder.path(QStringLiteral("p.rapport"));
    rapport::test::makeProject(folder, path, 3);
    auto session = open(folder, path);
    QVERIFY(session);
    QUndoStack* stack = session->undoStack();
    stack->push(new RenameCommand(session->file(), QStringLiteral("One")));
    stack->push(new RenameCommand(session->file(), QStringLiteral("Two")));
    QVERIFY(session->isModified());
    QVERIFY(session->file().hasUnsavedChanges());
    stack->undo();
    QVERIFY(session->isModified());
    stack->undo();
    QVERIFY(!session->isModified());
    QVERIFY(!session->file().hasUnsavedChanges());
    stack->redo();
    QVERIFY(session->isModified());
    // Saved with one edit; undoing it departs from the saved state, redoing returns.
    QVERIFY(session->save());
    QVERIFY(!session->isModified());
    stack->undo();
    QVERIFY(session->isModified());
    stack->redo();
    QVERIFY(!session->isModified());
    QVERIFY(!session->file().hasUnsavedChanges());
    // Closed now, the recovery folder offers nothing: the next open is an ordinary one.
    session.reset();
    session = open(folder, path);
    QVERIFY(session);
    QVERIFY(!session->isModified());
}

void TestProjectSession::editsOutsideTheStackStayModified()
{
    rapport::test::UiTestFolder folder;
    const QString path = folder.path(QStringLiteral("p.rapport"));
    rapport::test::makeProject(folder, path, 3);
    auto session = open(folder, path);
    QVERIFY(session);
    {
        auto t = session->file().transaction();
        QSqlQuery q(session->file().database());
        QVERIFY(q.exec(QStringLiteral("UPDATE people SET company = 'Elsewhere' WHERE key = 2")));
        QVERIFY(t.commit());
    }
    session->updateModified(); // as the import does after writing outside the stack
    session->undoStack()->push(new RenameCommand(session->file(), QStringLiteral("One")));
    session->undoStack()->undo();
    QVERIFY(session->undoStack()->isClean());
    QVERIFY(session->isModified()); // the outside edit is still unsaved
    QVERIFY(session->file().hasUnsavedChanges());
}

QTEST_MAIN(TestProjectSession)
#include "tst_ProjectSession.moc"
