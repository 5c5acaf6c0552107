// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include <QSqlError>

namespace rapport::storage {

Transaction::Transaction(QSqlDatabase db, std::function<void()> onCommit)
    : m_db(std::move(db)), m_onCommit(std::move(onCommit))
{
    m_active = m_db.isOpen() && m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = QStringLiteral("no active transaction");
        return false;
    }
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    if (m_onCommit)
        m_onCommit();
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollback();
}

} // namespace rapport::storage
