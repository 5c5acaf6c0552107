// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BackgroundTask.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
// Work that ends sooner shows no dialog at all.
constexpr int kDialogDelayMs = 400;
} // namespace

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void BackgroundTask::start(Work work)
{
    Q_ASSERT(!m_running);
    if (m_thread)
        m_thread->wait(); // ended, but its finished() may still be on its way
    m_cancelled = false;
    m_permille = -1;
    m_running = true;
    m_thread.reset(QThread::create([this, work = std::move(work)] {
        work([this](double share) {
            const int permille = int(std::clamp(share, 0.0, 1.0) * 1000);
            if (m_permille.exchange(permille) != permille)
                QMetaObject::invokeMethod(
                    this, [this, share] { emit progressChanged(share); }, Qt::QueuedConnection);
            return !m_cancelled.load();
        });
    }));
    m_thread->setObjectName(QStringLiteral("BackgroundTask"));
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_running = false;
        emit finished();
    });
    m_thread->start();
}

void BackgroundTask::cancel()
{
    m_cancelled = true;
}

void BackgroundTask::waitForFinished()
{
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &BackgroundTask::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

TaskProgressDialog::TaskProgressDialog(const QString& title, const QString& text, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("taskProgressDialog"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    m_label = new QLabel(text);
    m_label->setObjectName(QStringLiteral("taskLabel"));
    m_label->setWordWrap(true);
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_bar->setRange(0, 0);
    m_bar->setMinimumWidth(320);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskProgressDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
}

void TaskProgressDialog::setShare(double share)
{
    if (share < 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::clamp(share, 0.0, 1.0) * 1000));
}

void TaskProgressDialog::reject()
{
    if (!m_cancelButton->isEnabled())
        return;
    m_cancelButton->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
    emit cancelRequested();
}

bool TaskProgressDialog::run(QWidget* parent, const QString& title, const QString& text,
                             BackgroundTask::Work work)
{
    TaskProgressDialog dialog(title, text, parent);
    BackgroundTask task;
    connect(&task, &BackgroundTask::progressChanged, &dialog, &TaskProgressDialog::setShare);
    connect(&dialog, &TaskProgressDialog::cancelRequested, &task, &BackgroundTask::cancel);
    task.start(std::move(work));

    // First without user input (the window must not take a second command meanwhile), then,
    // if the work goes on, behind the visible dialog.
    QEventLoop loop;
    connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kDialogDelayMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (task.isRunning()) {
        dialog.show();
        task.waitForFinished();
    }
    return !task.isCancelled();
}

} // namespace rapport::ui
