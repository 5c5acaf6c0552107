// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"
#include "core/sources/SourceSync.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rapport::ui {

class ProjectSession;

/**
 * File › Data Sources…: the project's live sources (GitHub, Discourse), to add, remove and
 * sync. A sync runs on a worker behind a progress bar with Cancel; the token is read from
 * the keychain here, before it starts. A sync that changed the project is one step on the
 * undo stack (Edit › Undo takes all of it back); a failed or cancelled one changed nothing.
 */
class SourcesDialog : public QDialog
{
    Q_OBJECT

public:
    SourcesDialog(ProjectSession& session, const model::Clock& clock, secrets::SecretStore& secrets,
                  std::function<void(const QString&)> reportError, QWidget* parent = nullptr);

    /** Stores the token (if any) in the keychain, then the source in the project; false with
     *  the reason shown when either fails. */
    bool addSource(sources::SourceConfig source, const QString& token);
    /** Removes the selected source and its token. */
    void removeSelected();
    /** Syncs the selected source; false when it failed or was cancelled. */
    bool syncSelected();
    void selectSource(const QString& name);

    /** Shortens the API's pauses and timeouts (tests). */
    void setApiOptions(const sources::ApiClientOptions& options) { m_api = options; }

    QTableWidget* sourceTable() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* syncButton() const { return m_syncButton; }

private:
    void reload();
    void updateButtons();
    void addInteractively();
    std::optional<sources::SourceConfig> selected() const;
    void showStatus(const QString& text, bool problem = false);

    ProjectSession& m_session;
    const model::Clock& m_clock;
    secrets::SecretStore& m_secrets;
    std::function<void(const QString&)> m_reportError;
    sources::ApiClientOptions m_api;
    QList<sources::SourceConfig> m_sources;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_syncButton;
};

} // namespace rapport::ui
