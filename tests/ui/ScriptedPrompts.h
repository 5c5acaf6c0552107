// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ProjectPrompts.h"

#include <QStringList>

namespace rapport::test {

/** Answers the window's questions as a test set them up, and records what was asked. */
class ScriptedPrompts final : public ui::ProjectPrompts
{
public:
    QString newPath;
    qint64 demoSize = 0; // people; 0 cancels
    QString openPath;
    QString savePath;
    LockedAnswer locked = LockedAnswer::Cancel;
    RecoveryAnswer recovery = RecoveryAnswer::Cancel;
    ChangedOnDiskAnswer changedOnDisk = ChangedOnDiskAnswer::Cancel;
    UnsavedAnswer unsaved = UnsavedAnswer::Cancel;

    QStringList asked; // "locked", "recover", "changedOnDisk", "unsaved", "error", ...
    std::optional<storage::LockInfo> lockShown;
    std::optional<storage::RecoveryInfo> recoveryShown;
    QString lastError;

    QString newProjectPath(const QString&) override { return note(QStringLiteral("new"), newPath); }
    qint64 demoPeople() override
    {
        asked << QStringLiteral("demo");
        return demoSize;
    }
    QString openProjectPath(const QString&) override
    {
        return note(QStringLiteral("open"), openPath);
    }
    QString saveProjectPath(const QString&) override
    {
        return note(QStringLiteral("save"), savePath);
    }
    LockedAnswer askOpenLocked(const QString&, const storage::LockInfo& lock) override
    {
        asked << QStringLiteral("locked");
        lockShown = lock;
        return locked;
    }
    RecoveryAnswer askRecover(const QString&, const storage::RecoveryInfo& info) override
    {
        asked << QStringLiteral("recover");
        recoveryShown = info;
        return recovery;
    }
    ChangedOnDiskAnswer askChangedOnDisk(const QString&) override
    {
        asked << QStringLiteral("changedOnDisk");
        return changedOnDisk;
    }
    UnsavedAnswer askSaveChanges(const QString&) override
    {
        asked << QStringLiteral("unsaved");
        return unsaved;
    }
    void showError(const QString&, const QString& message) override
    {
        asked << QStringLiteral("error");
        lastError = message;
    }

private:
    QString note(const QString& what, const QString& answer)
    {
        asked << what;
        return answer;
    }
};

} // namespace rapport::test
