// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <functional>

namespace rapport::storage {

/**
 * RAII transaction: begins on construction, rolls back in the destructor unless commit()
 * succeeded. onCommit runs after a successful commit (the project file uses it to mark
 * unsaved changes). Not nestable.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db, std::function<void()> onCommit = {});
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    /** Commits; false (and *error set) if the commit failed, in which case it rolled back. */
    bool commit(QString* error = nullptr);
    void rollback();

private:
    QSqlDatabase m_db;
    std::function<void()> m_onCommit;
    bool m_active = false;
};

} // namespace rapport::storage
