// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportOptionsPage.h"

#include "core/storage/CampaignRepository.h"
#include "core/storage/SurveyRepository.h"
#include "ui/ProjectSession.h"
#include "ui/import/ColumnMappingModel.h"
#include "ui/import/ImportPreviewModel.h"
#include "ui/import/ImportReportView.h"
#include "ui/import/ImportWizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

/** A combo box in each "Imported as" cell, committing as soon as a choice is made. */
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override
    {
        const auto* model = qobject_cast<const ColumnMappingModel*>(index.model());
        if (!model)
            return nullptr;
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("importedAsComboBox"));
        for (const auto& [key, label] : model->choices())
            combo->addItem(label, key);
        connect(combo, &QComboBox::activated, this,
                [this, combo] { emit const_cast<ChoiceDelegate*>(this)->commitData(combo); });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(combo->findData(index.data(ColumnMappingModel::ChoiceRole)));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(),
                       ColumnMappingModel::ChoiceRole);
    }
};

QTableView* makeTable(const QString& name)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

QStringList namesOf(const auto& records)
{
    QStringList names;
    for (const auto& record : records)
        names << record.name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace

ImportOptionsPage::ImportOptionsPage(ImportWizard& wizard) : m_wizard(wizard)
{
    m_formatLabel = new QLabel;
    m_formatLabel->setObjectName(QStringLiteral("formatLabel"));
    m_formatLabel->setWordWrap(true);

    m_mappingModel = new ColumnMappingModel(this);
    m_mappingView = makeTable(QStringLiteral("mappingView"));
    m_mappingView->setModel(m_mappingModel);
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::ImportedAs,
                                            new ChoiceDelegate(m_mappingView));
    m_mappingView->verticalHeader()->hide();
    m_mappingView->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 4);
    m_mappingLabel = new QLabel(tr("What each &column is imported as:"));
    m_mappingLabel->setBuddy(m_mappingView);

    m_previewModel = new ImportPreviewModel(this);
    m_previewView = makeTable(QStringLiteral("previewView"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewLabel = new QLabel;
    m_previewLabel->setBuddy(m_previewView);

    m_dateOrderComboBox = new QComboBox;
    m_dateOrderComboBox->setObjectName(QStringLiteral("dateOrderComboBox"));
    m_dateOrderComboBox->addItem(tr("As the platform writes them"), -1);
    m_dateOrderComboBox->addItem(tr("Month/day/year (03/04/2025 is March 4)"),
                                 int(io::DateOrder::MonthDayYear));
    m_dateOrderComboBox->addItem(tr("Day/month/year (03/04/2025 is 3 April)"),
                                 int(io::DateOrder::DayMonthYear));
    m_dateOrderComboBox->addItem(tr("Year/month/day"), int(io::DateOrder::YearMonthDay));
    m_timeZoneComboBox = new QComboBox;
    m_timeZoneComboBox->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZoneComboBox->addItem(tr("UTC"), QString());
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && system != "UTC")
        m_timeZoneComboBox->addItem(tr("%1 (this computer)").arg(QString::fromUtf8(system)),
                                    QString::fromUtf8(system));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (id != system && id != "UTC")
            m_timeZoneComboBox->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_datesGroupBox = new QGroupBox(tr("Dates and times"));
    m_datesGroupBox->setObjectName(QStringLiteral("datesGroupBox"));
    auto* dates = new QFormLayout(m_datesGroupBox);
    m_dateOrderLabel = new QLabel(tr("&Dates are written:"));
    m_dateOrderLabel->setBuddy(m_dateOrderComboBox);
    m_timeZoneLabel = new QLabel(tr("Times without a zone are in:"));
    m_timeZoneLabel->setBuddy(m_timeZoneComboBox);
    dates->addRow(m_dateOrderLabel, m_dateOrderComboBox);
    dates->addRow(m_timeZoneLabel, m_timeZoneComboBox);

    m_campaignComboBox = new QComboBox;
    m_campaignComboBox->setObjectName(QStringLiteral("campaignComboBox"));
    m_campaignComboBox->setEditable(true);
    m_campaignComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_surveyComboBox = new QComboBox;
    m_surveyComboBox->setObjectName(QStringLiteral("surveyComboBox"));
    m_surveyComboBox->setEditable(true);
    m_surveyComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_attachGroupBox = new QGroupBox(tr("Attach to"));
    m_attachGroupBox->setObjectName(QStringLiteral("attachGroupBox"));
    auto* attach = new QFormLayout(m_attachGroupBox);
    m_campaignLabel = new QLabel(tr("C&ampaign:"));
    m_campaignLabel->setBuddy(m_campaignComboBox);
    m_surveyLabel = new QLabel(tr("&Survey:"));
    m_surveyLabel->setBuddy(m_surveyComboBox);
    attach->addRow(m_campaignLabel, m_campaignComboBox);
    attach->addRow(m_surveyLabel, m_surveyComboBox);

    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formatLabel);
    layout->addWidget(m_mappingLabel);
    layout->addWidget(m_mappingView, 2);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewView, 3);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_datesGroupBox);
    choices->addWidget(m_attachGroupBox);
    layout->addLayout(choices);
    layout->addWidget(m_problemLabel);

    connect(m_mappingModel, &ColumnMappingModel::mappingChanged, this, [this] {
        showPreview();
        showProblem();
    });
    connect(m_dateOrderComboBox, &QComboBox::currentIndexChanged, this,
            &ImportOptionsPage::retranslateFile);
    connect(m_timeZoneComboBox, &QComboBox::currentIndexChanged, this,
            &ImportOptionsPage::retranslateFile);
}

void ImportOptionsPage::initializePage()
{
    const ImportSource& source = m_wizard.source();
    const bool canonical = source.canonicalKind().has_value();
    setTitle(canonical ? tr("Check the Columns") : tr("Check What Is Imported"));
    setSubTitle(canonical ? tr("Rapport found these columns by their names. Choose what a column "
                               "holds where it guessed wrong, or leave it out.")
                          : tr("Rapport reads this platform's export as it is. Nothing is "
                               "imported until the last step."));
    m_formatLabel->setText(
        tr("<b>%1</b>: %2")
            .arg(source.fileName().toHtmlEscaped(), source.formatTitle().toHtmlEscaped()));
    m_mappingLabel->setVisible(canonical);
    m_mappingView->setVisible(canonical);
    if (canonical) {
        m_mappingModel->setSource(*source.canonicalKind(), source.previewHeader(),
                                  source.previewRows());
        for (int row = 0; row < m_mappingModel->rowCount(); ++row)
            m_mappingView->openPersistentEditor(
                m_mappingModel->index(row, ColumnMappingModel::ImportedAs));
        m_mappingView->resizeColumnsToContents();
        m_mappingView->setColumnWidth(
            ColumnMappingModel::Example,
            std::min(m_mappingView->columnWidth(ColumnMappingModel::Example), 260));
    }

    // The choices only where they change something.
    const bool dates = source.hasAmbiguousDates();
    const bool zone = source.hasTimesWithoutZone();
    m_datesGroupBox->setVisible(!canonical && (dates || zone));
    m_dateOrderLabel->setVisible(dates);
    m_dateOrderComboBox->setVisible(dates);
    m_timeZoneLabel->setVisible(zone);
    m_timeZoneComboBox->setVisible(zone);
    QString datesTip;
    if (dates)
        datesTip += tr("The file's numeric dates could be read day first or month first. ");
    if (zone)
        datesTip += tr("Its times do not say their time zone.");
    m_datesGroupBox->setToolTip(datesTip.trimmed());

    const bool campaign = !canonical && source.takesCampaign();
    const bool survey = !canonical && source.takesSurvey();
    m_attachGroupBox->setVisible(campaign || survey);
    m_campaignLabel->setVisible(campaign);
    m_campaignComboBox->setVisible(campaign);
    m_surveyLabel->setVisible(survey);
    m_surveyComboBox->setVisible(survey);
    const QSqlDatabase db = m_wizard.session().file().database();
    if (campaign) {
        const QString current = m_campaignComboBox->currentText();
        m_campaignComboBox->clear();
        m_campaignComboBox->addItems(
            namesOf(storage::CampaignRepository(db, m_wizard.clock()).list()));
        m_campaignComboBox->setEditText(current);
        // Left empty, the file decides: the event it names, or else its own name.
        m_campaignComboBox->lineEdit()->setPlaceholderText(
            source.campaignsInFile().isEmpty()
                ? tr("None")
                : tr("Left empty: %1").arg(source.campaignsInFile().join(QStringLiteral(", "))));
    }
    if (survey) {
        const QString current = m_surveyComboBox->currentText();
        m_surveyComboBox->clear();
        m_surveyComboBox->addItems(namesOf(storage::SurveyRepository(db, m_wizard.clock()).list()));
        m_surveyComboBox->setEditText(current);
        m_surveyComboBox->lineEdit()->setPlaceholderText(
            tr("Left empty: %1").arg(QFileInfo(source.fileName()).completeBaseName()));
    }
    if (!canonical && (dates || zone))
        retranslateFile();
    showPreview();
    showProblem();
}

io::ColumnMapping ImportOptionsPage::mapping() const
{
    return m_wizard.source().canonicalKind() ? m_mappingModel->mapping() : io::ColumnMapping();
}

io::TranslateOptions ImportOptionsPage::translateOptions() const
{
    io::TranslateOptions options;
    const ImportSource& source = m_wizard.source();
    if (source.canonicalKind())
        return options;
    if (source.hasAmbiguousDates()) {
        const int order = m_dateOrderComboBox->currentData().toInt();
        if (order >= 0)
            options.dateOrder = io::DateOrder(order);
    }
    if (source.hasTimesWithoutZone()) {
        const QString zone = m_timeZoneComboBox->currentData().toString();
        if (!zone.isEmpty())
            options.timeZone = QTimeZone(zone.toUtf8());
    }
    if (source.takesCampaign())
        options.campaign = m_campaignComboBox->currentText().trimmed();
    if (source.takesSurvey())
        options.survey = m_surveyComboBox->currentText().trimmed();
    return options;
}

void ImportOptionsPage::retranslateFile()
{
    if (m_wizard.source().canonicalKind() || m_wizard.source().path().isEmpty())
        return;
    m_wizard.source().retranslate(translateOptions());
    showPreview();
    showProblem();
}

void ImportOptionsPage::showPreview()
{
    const ImportSource& source = m_wizard.source();
    m_previewModel->setPreview(source.previewHeader(), source.previewRows());
    const QLocale locale;
    if (source.canonicalKind()) {
        m_previewModel->setColumnNotes(
            m_mappingModel->columnNotes(int(source.previewHeader().size())));
        m_previewLabel->setText(tr("The first &rows, by their line in the file:"));
    } else {
        QString text = tr("The &people in the file, by the line they are on:");
        if (source.activityCount() > 0 || source.responseCount() > 0)
            text = tr("The &people in the file, by the line they are on (with %1 activities and "
                      "%2 survey responses):")
                       .arg(locale.toString(source.activityCount()),
                            locale.toString(source.responseCount()));
        m_previewLabel->setText(text);
    }
    m_previewView->resizeColumnsToContents();
    for (int c = 0; c < m_previewModel->columnCount(); ++c)
        m_previewView->setColumnWidth(c, std::min(m_previewView->columnWidth(c), 240));
}

void ImportOptionsPage::showProblem()
{
    const ImportSource& source = m_wizard.source();
    QString problem;
    if (!source.isValid())
        problem = tr("<b>This file cannot be imported this way.</b> %1")
                      .arg(ImportReportView::errorText(source.error()).toHtmlEscaped());
    else if (source.canonicalKind())
        problem = m_mappingModel->problem().toHtmlEscaped();
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    emit completeChanged();
}

bool ImportOptionsPage::isComplete() const
{
    const ImportSource& source = m_wizard.source();
    return source.isValid() && (!source.canonicalKind() || m_mappingModel->problem().isEmpty());
}

} // namespace rapport::ui
