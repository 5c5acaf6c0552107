// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sources/SourcesDialog.h"

#include "core/secrets/MemorySecretStore.h"
#include "core/storage/ImportLog.h"
#include "ui/BackgroundTask.h"
#include "ui/ChangePublisher.h"
#include "ui/ProjectSession.h"
#include "ui/import/ImportCommand.h"
#include "ui/sources/NewSourceDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

qint64 newestImport(const QSqlDatabase& db)
{
    const QList<storage::ImportLogEntry> entries = storage::ImportLog(db).list();
    return entries.isEmpty() ? 0 : entries.back().key;
}

} // namespace

SourcesDialog::SourcesDialog(ProjectSession& session, const model::Clock& clock, secrets::SecretStore& secrets,
                             std::function<void(const QString&)> reportError, QWidget* parent)
    : QDialog(parent), m_session(session), m_clock(clock), m_secrets(secrets),
      m_reportError(std::move(reportError))
{
    setWindowTitle(tr("Data Sources"));
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("sourceTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Platform"), tr("Reads"), tr("Token"), tr("Last sync")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_addButton = new QPushButton(tr("&Add…"));
    m_removeButton = new QPushButton(tr("&Remove"));
    m_syncButton = new QPushButton(tr("&Sync"));
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setDefault(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_syncButton);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("People and activities synced from the platforms your community lives on. "
                                "Tokens are kept in the system keychain, never in the project."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &SourcesDialog::addInteractively);
    connect(m_removeButton, &QPushButton::clicked, this, &SourcesDialog::removeSelected);
    connect(m_syncButton, &QPushButton::clicked, this, &SourcesDialog::syncSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SourcesDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &SourcesDialog::syncSelected);
    reload();
    resize(720, 360);
}

void SourcesDialog::reload()
{
    const QString current = selected() ? selected()->name : QString();
    m_sources = sources::SourceList(m_session.file().database()).list();
    // The last sync of each source, from the project's import log.
    QHash<QString, QDateTime> lastSync;
    for (const storage::ImportLogEntry& entry : storage::ImportLog(m_session.file().database()).list())
        if (entry.format.endsWith(QStringLiteral("-sync")))
            lastSync.insert(entry.file, entry.at);
    const QLocale locale;
    m_table->setRowCount(int(m_sources.size()));
    for (int row = 0; row < m_sources.size(); ++row) {
        const sources::SourceConfig& s = m_sources[row];
        const QDateTime at = lastSync.value(s.name);
        const QStringList cells{s.name, s.kindTitle(), s.description(),
                                s.hasToken ? tr("in keychain") : tr("none"),
                                at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : tr("never")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 2)
                item->setToolTip(s.baseUrl.toString());
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    selectSource(current);
    updateButtons();
}

void SourcesDialog::selectSource(const QString& name)
{
    for (int row = 0; row < m_sources.size(); ++row)
        if (m_sources[row].name == name || (name.isEmpty() && row == 0))
            m_table->selectRow(row);
}

std::optional<sources::SourceConfig> SourcesDialog::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty() || items.first()->row() >= m_sources.size())
        return std::nullopt;
    return m_sources[items.first()->row()];
}

void SourcesDialog::updateButtons()
{
    const bool writable = !m_session.isReadOnly();
    m_addButton->setEnabled(writable);
    m_removeButton->setEnabled(writable && selected());
    m_syncButton->setEnabled(writable && selected());
}

void SourcesDialog::showStatus(const QString& text, bool problem)
{
    m_status->setForegroundRole(problem ? QPalette::BrightText : QPalette::WindowText);
    m_status->setText(text);
}

void SourcesDialog::addInteractively()
{
    NewSourceDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addSource(dialog.source(), dialog.token());
}

bool SourcesDialog::addSource(sources::SourceConfig source, const QString& token)
{
    source.id = model::Uuid::createV7(m_clock);
    source.hasToken = !token.isEmpty();
    QString error;
    if (!source.validate(&error)) {
        showStatus(error, true);
        return false;
    }
    if (source.hasToken) {
        const secrets::SecretResult stored = m_secrets.write(source.secretKey(), token);
        if (!stored) {
            showStatus(stored.message, true);
            return false;
        }
    }
    storage::Transaction transaction = m_session.file().transaction();
    if (!sources::SourceList(m_session.file().database()).save(source, &error) || !transaction.commit(&error)) {
        if (source.hasToken)
            m_secrets.remove(source.secretKey());
        showStatus(tr("%1 could not be added: %2").arg(source.name, error), true);
        return false;
    }
    m_session.updateModified();
    reload();
    selectSource(source.name);
    showStatus(tr("Added %1. Sync reads what it holds now.").arg(source.name));
    return true;
}

void SourcesDialog::removeSelected()
{
    const auto source = selected();
    if (!source)
        return;
    QString error;
    storage::Transaction transaction = m_session.file().transaction();
    if (!sources::SourceList(m_session.file().database()).remove(source->id, &error) || !transaction.commit(&error)) {
        showStatus(tr("%1 could not be removed: %2").arg(source->name, error), true);
        return;
    }
    m_session.updateModified();
    QString text = tr("Removed %1; what it synced stays in the project.").arg(source->name);
    if (source->hasToken) {
        const secrets::SecretResult forgotten = m_secrets.remove(source->secretKey());
        if (!forgotten)
            text += u' ' + tr("Its token could not be removed from the keychain: %1").arg(forgotten.message);
    }
    reload();
    showStatus(text);
}

bool SourcesDialog::syncSelected()
{
    const auto source = selected();
    if (!source || m_session.isReadOnly())
        return false;
    // The keychain is asked here, on the window's thread (it may want to unlock); the worker
    // gets the token alone.
    auto token = std::make_shared<secrets::MemorySecretStore>();
    if (source->hasToken) {
        const secrets::SecretResult read = m_secrets.read(source->secretKey());
        if (!read && read.status != secrets::SecretStatus::NotFound) {
            showStatus(tr("%1: %2").arg(source->name, read.message), true);
            return false;
        }
        if (read)
            token->write(source->secretKey(), read.value);
    }
    if (ChangePublisher* publisher = m_session.publisher()) {
        QString error;
        if (!publisher->prepare(&error)) { // others' latest changes first (see ImportRunPage)
            showStatus(tr("%1: %2").arg(source->name, error), true);
            return false;
        }
    }
    storage::ProjectFile& project = m_session.file();
    const qint64 lastLogKey = newestImport(project.database());
    const model::Clock& clock = m_clock;
    const sources::SourceConfig config = *source;
    const sources::ApiClientOptions api = m_api;
    auto outcome = std::make_shared<sources::SyncOutcome>();
    TaskProgressDialog::run(this, tr("Sync"), tr("Syncing %1…").arg(source->name),
                            [&project, &clock, config, api, token, outcome](const BackgroundTask::Progress& progress) {
                                storage::FileResult opened;
                                std::unique_ptr<storage::ProjectFile> connection = project.openSecondConnection(&opened);
                                if (!connection) {
                                    outcome->error = tr("%1: %2").arg(config.name, opened.message);
                                    return;
                                }
                                sources::SyncOptions options;
                                options.api = api;
                                options.progress = progress;
                                *outcome = sources::SourceSync(*connection, clock, *token).sync(config, options);
                            });
    if (!outcome->ok) {
        showStatus(outcome->cancelled ? tr("The sync of %1 was cancelled; the project is unchanged.").arg(config.name)
                                      : outcome->error,
                   !outcome->cancelled);
        return false;
    }
    project.markModified();
    const QList<storage::ImportLogEntry> entries = storage::ImportLog(project.database()).list();
    const QLocale locale;
    const sources::SyncOutcome& o = *outcome;
    QString text = tr("%1 synced: %2 people new, %3 matched; %4 activities new (%5 requests, %6 unchanged).")
                       .arg(config.name, locale.toString(o.report.peopleCreated), locale.toString(o.report.peopleMatched),
                            locale.toString(o.report.activitiesCreated), locale.toString(o.requests),
                            locale.toString(o.notModified));
    if (!entries.isEmpty() && entries.back().key != lastLogKey) {
        QString error;
        if (!ImportCommand::publishNew(m_session, entries.back(), &error)) { // taken back
            reload();
            showStatus(tr("The sync of %1 was not sent to the workspace: %2").arg(config.name, error), true);
            return false;
        }
        auto* command = new ImportCommand(m_session, entries.back(), m_reportError);
        command->setText(tr("Sync %1").arg(config.name));
        m_session.undoStack()->push(command);
        text += u' ' + tr("Edit › Undo (%1) takes it back.")
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    } else {
        m_session.updateModified();
    }
    emit m_session.contentChanged();
    reload();
    showStatus(text);
    return true;
}

} // namespace rapport::ui
