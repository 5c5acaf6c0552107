// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace/WorkspaceAddress.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rapport::ui {

/**
 * Asks where a team workspace lives: server, port, database, user and how the connection
 * is protected (TLS), and the password, which goes to the system keychain rather than to
 * any file. A postgresql:// address pasted into the server field fills every field.
 * "Test Connection" tries the server on a worker thread and says what it answered.
 */
class WorkspaceConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceConnectDialog(QWidget* parent = nullptr);
    ~WorkspaceConnectDialog() override;

    void setAddress(const workspace::WorkspaceAddress& address);
    workspace::WorkspaceAddress address() const;
    void setPassword(const QString& password);
    QString password() const;
    bool rememberPassword() const;

    QLineEdit* hostLineEdit() const { return m_host; }
    QSpinBox* portSpinBox() const { return m_port; }
    QLineEdit* databaseLineEdit() const { return m_database; }
    QLineEdit* userLineEdit() const { return m_user; }
    QComboBox* tlsComboBox() const { return m_tls; }
    QLineEdit* passwordLineEdit() const { return m_password; }
    QCheckBox* rememberCheckBox() const { return m_remember; }
    QPushButton* testButton() const { return m_test; }
    QLabel* statusLabel() const { return m_status; }

signals:
    /** A connection test ended (ok, and what to tell the user). */
    void testFinished(bool ok, const QString& message);

private:
    void validate();
    void takeUrl(const QString& text);
    void testConnection();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tls;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_url;
    QLabel* m_status;
    QPushButton* m_test;
    QDialogButtonBox* m_buttons;
    int m_testRun = 0;
    int m_hostLength = 0;
};

} // namespace rapport::ui
