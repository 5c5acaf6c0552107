// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProjectPrompts.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace rapport::ui {

QString ProjectTexts::when(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString ProjectTexts::holder(const storage::LockInfo& lock)
{
    const QString user = lock.user.isEmpty() ? tr("someone") : lock.user;
    if (lock.host.isEmpty())
        return tr("%1 since %2", "lock holder").arg(user, when(lock.since));
    return tr("%1 on %2 since %3", "lock holder: user, computer, time")
        .arg(user, lock.host, when(lock.since));
}

QString ProjectTexts::fileFilter()
{
    return tr("Rapport projects (*.rapport)");
}

QString ProjectTexts::withSuffix(const QString& path)
{
    if (path.isEmpty() || path.endsWith(QLatin1String(".rapport"), Qt::CaseInsensitive))
        return path;
    return path + QLatin1String(".rapport");
}

QString DialogProjectPrompts::newProjectPath(const QString& folder)
{
    // create() refuses an existing file, so the dialog must not offer to overwrite one.
    for (;;) {
        const QString path = ProjectTexts::withSuffix(QFileDialog::getSaveFileName(
            m_parent, tr("New Project"), folder, ProjectTexts::fileFilter(), nullptr,
            QFileDialog::DontConfirmOverwrite));
        if (path.isEmpty() || !QFileInfo::exists(path))
            return path;
        showError(tr("New Project"),
                  tr("%1 already exists. Choose another name, or open it instead.")
                      .arg(QFileInfo(path).fileName()));
    }
}

qint64 DialogProjectPrompts::demoPeople()
{
    const QLocale locale;
    const QList<std::pair<QString, qint64>> sizes{
        {tr("Small: %1 people, a user group"), 2'000},
        {tr("Medium: %1 people, a developer program"), 50'000},
        {tr("Large: %1 people, a platform community (takes a minute)"), 1'000'000}};
    QStringList items;
    for (const auto& [text, people] : sizes)
        items << text.arg(locale.toString(people));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_parent, tr("New Demo Project"),
                              tr("A made-up developer community to explore Rapport with. Size:"),
                              items, 0, false, &ok);
    const qsizetype index = items.indexOf(chosen);
    return ok && index >= 0 ? sizes[index].second : 0;
}

QString DialogProjectPrompts::openProjectPath(const QString& folder)
{
    return QFileDialog::getOpenFileName(m_parent, tr("Open Project"), folder,
                                        ProjectTexts::fileFilter());
}

QString DialogProjectPrompts::saveProjectPath(const QString& suggestion)
{
    return ProjectTexts::withSuffix(QFileDialog::getSaveFileName(
        m_parent, tr("Save Project As"), suggestion, ProjectTexts::fileFilter()));
}

ProjectPrompts::LockedAnswer DialogProjectPrompts::askOpenLocked(const QString& path,
                                                                 const storage::LockInfo& lock)
{
    QMessageBox box(
        QMessageBox::Information, tr("Project in Use"),
        tr("%1 is open on another computer or by another user.").arg(QFileInfo(path).fileName()),
        QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("Held by %1. You can open it read-only: you will see the "
                              "project but cannot save changes.")
                               .arg(ProjectTexts::holder(lock)));
    QPushButton* readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly ? LockedAnswer::OpenReadOnly : LockedAnswer::Cancel;
}

ProjectPrompts::RecoveryAnswer DialogProjectPrompts::askRecover(const QString& path,
                                                                const storage::RecoveryInfo& info)
{
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
                    tr("Recover unsaved work from %1?").arg(ProjectTexts::when(info.lastChange)),
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("%1 was not closed properly. Recovering continues with the "
                              "changes that were not saved; discarding opens the file as it "
                              "was last saved.")
                               .arg(QFileInfo(path).fileName()));
    QPushButton* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(QMessageBox::Discard);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        return RecoveryAnswer::Recover;
    if (box.clickedButton() == discard)
        return RecoveryAnswer::Discard;
    return RecoveryAnswer::Cancel;
}

ProjectPrompts::ChangedOnDiskAnswer DialogProjectPrompts::askChangedOnDisk(const QString& path)
{
    QMessageBox box(
        QMessageBox::Warning, tr("File Changed on Disk"),
        tr("%1 was changed by someone else since you opened it.").arg(QFileInfo(path).fileName()),
        QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("Saving now would overwrite their changes. Save your work as a "
                              "copy instead, then compare the two."));
    QPushButton* copy = box.addButton(tr("Save a Copy…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(copy);
    box.exec();
    return box.clickedButton() == copy ? ChangedOnDiskAnswer::SaveCopy
                                       : ChangedOnDiskAnswer::Cancel;
}

ProjectPrompts::UnsavedAnswer DialogProjectPrompts::askSaveChanges(const QString& fileName)
{
    const auto button = QMessageBox::warning(
        m_parent, tr("Unsaved Changes"), tr("Save the changes to %1 before closing?").arg(fileName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (button == QMessageBox::Save)
        return UnsavedAnswer::Save;
    if (button == QMessageBox::Discard)
        return UnsavedAnswer::Discard;
    return UnsavedAnswer::Cancel;
}

void DialogProjectPrompts::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(m_parent, title, message);
}

} // namespace rapport::ui
