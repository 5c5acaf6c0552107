// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/BackgroundReader.h"

#include <QSqlError>

namespace rapport::ui {

BackgroundReader::BackgroundReader(QObject* parent) : QObject(parent) {}

BackgroundReader::~BackgroundReader()
{
    cancel();
}

void BackgroundReader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread.joinable())
        m_thread.join();
    m_cancel.reset();
    m_running = false;
    ++m_generation;
}

void BackgroundReader::start(const QString& databasePath, Work work,
                             std::function<void(const QString&)> done)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    const quint64 generation = m_generation;
    const QString connection =
        QStringLiteral("rapport-reader-%1-%2").arg(quintptr(this)).arg(generation);
    std::shared_ptr<std::atomic<bool>> cancelled = m_cancel;
    m_thread = std::thread([this, databasePath, connection, cancelled, generation,
                            work = std::move(work), done = std::move(done)]() mutable {
        QString openError;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
            if (db.open())
                work(db, *cancelled);
            else
                openError = db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (cancelled->load())
            return;
        // Back on the owner's thread; a cancelled or newer job makes this a no-op.
        QMetaObject::invokeMethod(
            this,
            [this, generation, openError, done = std::move(done)] {
                if (generation != m_generation)
                    return;
                if (m_thread.joinable())
                    m_thread.join();
                m_running = false;
                ++m_generation;
                done(openError);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rapport::ui
