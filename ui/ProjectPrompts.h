// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rapport::ui {

/**
 * The questions opening, saving and closing a project ask the user. The window uses
 * DialogProjectPrompts; tests answer with a script instead of modal dialogs.
 */
class ProjectPrompts
{
public:
    enum class LockedAnswer
    {
        OpenReadOnly,
        Cancel
    };
    enum class RecoveryAnswer
    {
        Recover,
        Discard,
        Cancel
    };
    enum class ChangedOnDiskAnswer
    {
        SaveCopy,
        Cancel
    };
    enum class UnsavedAnswer
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~ProjectPrompts() = default;

    /** A path for a new project, or empty to cancel. */
    virtual QString newProjectPath(const QString& folder) = 0;
    /** How many people a new demo community gets, or 0 to cancel. */
    virtual qint64 demoPeople() = 0;
    virtual QString openProjectPath(const QString& folder) = 0;
    /** A path to save to ("Save As" and "Save a copy"), or empty to cancel. */
    virtual QString saveProjectPath(const QString& suggestion) = 0;

    virtual LockedAnswer askOpenLocked(const QString& path, const storage::LockInfo& lock) = 0;
    virtual RecoveryAnswer askRecover(const QString& path, const storage::RecoveryInfo& info) = 0;
    virtual ChangedOnDiskAnswer askChangedOnDisk(const QString& path) = 0;
    virtual UnsavedAnswer askSaveChanges(const QString& fileName) = 0;
    virtual void showError(const QString& title, const QString& message) = 0;
};

/** Phrases shared by prompts, banner and status bar. */
class ProjectTexts
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ProjectTexts)

public:
    /** "ana on laptop-7 since 09:14" in the user's locale (a date is added if not today). */
    static QString holder(const storage::LockInfo& lock);
    /** A local time as "09:14" today, or a short date and time otherwise. */
    static QString when(const QDateTime& utc);
    /** The file filter for project files. */
    static QString fileFilter();
    /** path with the `.rapport` suffix added if it has none. */
    static QString withSuffix(const QString& path);
};

/** The prompts as message boxes and file dialogs over a parent window. */
class DialogProjectPrompts final : public ProjectPrompts
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::DialogProjectPrompts)

public:
    explicit DialogProjectPrompts(QWidget* parent) : m_parent(parent) {}

    QString newProjectPath(const QString& folder) override;
    qint64 demoPeople() override;
    QString openProjectPath(const QString& folder) override;
    QString saveProjectPath(const QString& suggestion) override;
    LockedAnswer askOpenLocked(const QString& path, const storage::LockInfo& lock) override;
    RecoveryAnswer askRecover(const QString& path, const storage::RecoveryInfo& info) override;
    ChangedOnDiskAnswer askChangedOnDisk(const QString& path) override;
    UnsavedAnswer askSaveChanges(const QString& fileName) override;
    void showError(const QString& title, const QString& message) override;

private:
    QWidget* m_parent;
};

} // namespace rapport::ui
