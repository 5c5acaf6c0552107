// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/WorkspaceConnectDialog.h"

#include "core/workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QThread>
#include <QUuid>
#include <QVBoxLayout>

namespace rapport::ui {

using workspace::TlsMode;
using workspace::WorkspaceAddress;

WorkspaceConnectDialog::WorkspaceConnectDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Workspace"));
    auto* intro = new QLabel(tr("A team workspace is a project kept in a PostgreSQL database, which several "
                                "people can open and edit at once."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("workspaceHost"));
    m_host->setPlaceholderText(tr("db.example.org, or paste a postgresql:// address"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("workspacePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("workspaceDatabase"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("workspaceUser"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("workspaceTls"));
    m_tls->addItem(tr("Prefer TLS (encrypt when the server offers it)"), int(TlsMode::Prefer));
    m_tls->addItem(tr("Require TLS"), int(TlsMode::Require));
    m_tls->addItem(tr("Require TLS and check the certificate's authority"), int(TlsMode::VerifyCa));
    m_tls->addItem(tr("Require TLS and check the certificate and server name"), int(TlsMode::VerifyFull));
    m_tls->addItem(tr("No TLS (only on a trusted network)"), int(TlsMode::Disable));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("workspacePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Keep the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("workspaceRemember"));
    m_remember->setChecked(true);
    m_url = new QLabel(this);
    m_url->setObjectName(QStringLiteral("workspaceUrl"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setToolTip(tr("The address to give rapport-cli or a colleague; it never contains the password"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Security:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Address:"), m_url);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("workspaceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    m_test = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("workspaceTest"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &WorkspaceConnectDialog::testConnection);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // A pasted address is taken at once; one typed key by key when the field is left.
    connect(m_host, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.size() > m_hostLength + 1)
            takeUrl(text);
        m_hostLength = int(m_host->text().size());
    });
    connect(m_host, &QLineEdit::editingFinished, this, [this] { takeUrl(m_host->text()); });
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &WorkspaceConnectDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &WorkspaceConnectDialog::validate);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &WorkspaceConnectDialog::validate);
    validate();
    setMinimumWidth(520);
}

WorkspaceConnectDialog::~WorkspaceConnectDialog() = default;

void WorkspaceConnectDialog::setAddress(const WorkspaceAddress& address)
{
    m_host->setText(address.host);
    m_hostLength = int(address.host.size());
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(int(address.tls))));
    validate();
}

WorkspaceAddress WorkspaceConnectDialog::address() const
{
    WorkspaceAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.tls = TlsMode(m_tls->currentData().toInt());
    return address;
}

void WorkspaceConnectDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

QString WorkspaceConnectDialog::password() const
{
    return m_password->text();
}

bool WorkspaceConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void WorkspaceConnectDialog::takeUrl(const QString& text)
{
    if (!text.trimmed().startsWith(QLatin1String("postgres")) || !text.contains(QLatin1String("://")))
        return;
    WorkspaceAddress parsed;
    QString error;
    if (WorkspaceAddress::fromUrl(text, &parsed, &error)) {
        setAddress(parsed);
        m_status->clear();
    } else {
        m_status->setText(error);
    }
}

void WorkspaceConnectDialog::validate()
{
    const WorkspaceAddress a = address();
    m_url->setText(a.isValid() ? a.toUrl() : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(a.isValid());
    m_test->setEnabled(a.isValid());
}

void WorkspaceConnectDialog::testConnection()
{
    const WorkspaceAddress a = address();
    const QString password = m_password->text();
    const int run = ++m_testRun;
    m_status->setText(tr("Connecting to %1…").arg(a.host));
    m_test->setEnabled(false);
    QPointer<WorkspaceConnectDialog> self(this);
    // A Qt connection belongs to the thread that opens it: the worker opens and closes its own.
    QThread* worker = QThread::create([self, a, password, run] {
        const QString name = QStringLiteral("workspace-test-") + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        QString message;
        {
            QSqlDatabase db;
            workspace::WorkspaceResult r = workspace::Workspace::open(a, password, name, &db);
            if (r)
                r = workspace::Workspace::check(db, a);
            ok = bool(r);
            message = ok ? WorkspaceConnectDialog::tr("Connected: %1 holds a Rapport workspace.").arg(a.toUrl())
                         : r.message;
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QMetaObject::invokeMethod(qApp, [self, ok, message, run] {
            if (!self || run != self->m_testRun)
                return;
            self->m_status->setText(message);
            self->m_test->setEnabled(true);
            emit self->testFinished(ok, message);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace rapport::ui
