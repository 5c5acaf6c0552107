// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportFilePage.h"

#include "ui/import/ImportReportView.h"
#include "ui/import/ImportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace rapport::ui {

namespace {

QString localFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty() || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard& wizard) : m_wizard(wizard)
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("An export from an event, community, CRM or survey platform, or Rapport's "
                   "own people, activities or responses CSV. You can drop the file here."));
    setAcceptDrops(true);

    m_pathLineEdit = new QLineEdit;
    m_pathLineEdit->setObjectName(QStringLiteral("pathLineEdit"));
    m_pathLineEdit->setPlaceholderText(tr("The file to import"));
    m_pathLineEdit->setClearButtonEnabled(true);
    m_browseButton = new QPushButton(tr("&Browse…"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLineEdit, 1);
    pathRow->addWidget(m_browseButton);

    m_formatComboBox = new QComboBox;
    m_formatComboBox->setObjectName(QStringLiteral("formatComboBox"));
    m_formatComboBox->addItem(tr("Recognise it from its columns"), QStringLiteral("auto"));
    m_formatComboBox->insertSeparator(m_formatComboBox->count());
    m_formatComboBox->addItem(tr("Rapport people CSV"), QStringLiteral("people"));
    m_formatComboBox->addItem(tr("Rapport activities CSV"), QStringLiteral("activities"));
    m_formatComboBox->addItem(tr("Rapport survey responses CSV"), QStringLiteral("responses"));
    m_formatComboBox->insertSeparator(m_formatComboBox->count());
    for (const io::ImportFormat* format : io::importFormats())
        m_formatComboBox->addItem(format->title(), format->name());

    m_formatLabel = new QLabel;
    m_formatLabel->setObjectName(QStringLiteral("formatLabel"));
    m_formatLabel->setWordWrap(true);
    m_formatLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(this);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_pathLineEdit);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_formatComboBox);
    form->addRow(QString(), m_formatLabel);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    // A typed or pasted path is read once the typing pauses, or when the field is left.
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(400);
    connect(m_pathLineEdit, &QLineEdit::textEdited, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_typingTimer, &QTimer::timeout, this, &ImportFilePage::reload);
    connect(m_pathLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_pathLineEdit->text().trimmed()) !=
            m_wizard.source().path())
            reload();
    });
    connect(m_formatComboBox, &QComboBox::activated, this, &ImportFilePage::reload);
    connect(&m_wizard, &ImportWizard::sourceChanged, this, &ImportFilePage::showSource);
    showSource();
}

QString ImportFilePage::fileFilter()
{
    return tr("Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json);;All files (*)");
}

bool ImportFilePage::isComplete() const
{
    return m_wizard.source().isValid();
}

void ImportFilePage::browse()
{
    const QString current = m_pathLineEdit->text().trimmed();
    const QString folder = current.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                               : QFileInfo(current).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a File"), folder, fileFilter());
    if (path.isEmpty())
        return;
    m_pathLineEdit->setText(QDir::toNativeSeparators(path));
    reload();
}

void ImportFilePage::reload()
{
    m_typingTimer->stop();
    const QString path = QDir::fromNativeSeparators(m_pathLineEdit->text().trimmed());
    m_wizard.setFile(path, m_formatComboBox->currentData().toString());
}

void ImportFilePage::showSource()
{
    const ImportSource& source = m_wizard.source();
    if (QDir::fromNativeSeparators(m_pathLineEdit->text().trimmed()) != source.path())
        m_pathLineEdit->setText(QDir::toNativeSeparators(source.path()));
    if (source.path().isEmpty()) {
        m_formatLabel->clear();
    } else if (source.isValid()) {
        m_formatLabel->setText(tr("%1 is a %2.").arg(source.fileName(), source.formatTitle()));
    } else {
        m_formatLabel->setText(
            tr("<b>This file cannot be imported.</b> %1")
                .arg(ImportReportView::errorText(source.error()).toHtmlEscaped()));
    }
    emit completeChanged();
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent* event)
{
    const QString path = localFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_pathLineEdit->setText(QDir::toNativeSeparators(path));
    reload();
}

} // namespace rapport::ui
