// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ExportReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace rapport::ui {

namespace {

enum Preset { Last30, Last90, LastQuarter, YearToDate, Custom };

QString sectionTitle(report::ReportSection section)
{
    switch (section) {
    case report::ReportSection::Headline:
        return ExportReportDialog::tr("Headline: figures and goals");
    case report::ReportSection::Funnel:
        return ExportReportDialog::tr("Lifecycle funnel");
    case report::ReportSection::Satisfaction:
        return ExportReportDialog::tr("Satisfaction (NPS, CSAT)");
    case report::ReportSection::Engagement:
        return ExportReportDialog::tr("Engagement ladder");
    case report::ReportSection::Campaigns:
        return ExportReportDialog::tr("Top campaigns");
    case report::ReportSection::Content:
        return ExportReportDialog::tr("Content reach");
    case report::ReportSection::Retention:
        return ExportReportDialog::tr("Cohort retention");
    case report::ReportSection::Methodology:
        return ExportReportDialog::tr("Methodology");
    }
    return {};
}

} // namespace

ExportReportDialog::ExportReportDialog(const QDate& today, const QStringList& audiences, QWidget* parent)
    : QDialog(parent), m_today(today)
{
    setWindowTitle(tr("Export Report"));
    auto* form = new QFormLayout;

    m_periodComboBox = new QComboBox(this);
    m_periodComboBox->addItem(tr("Last 30 days"), Last30);
    m_periodComboBox->addItem(tr("Last 90 days"), Last90);
    m_periodComboBox->addItem(tr("Last quarter"), LastQuarter);
    m_periodComboBox->addItem(tr("Year to date"), YearToDate);
    m_periodComboBox->addItem(tr("Custom"), Custom);
    m_fromDateEdit = new QDateEdit(this);
    m_toDateEdit = new QDateEdit(this);
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_fromDateEdit);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_toDateEdit);
    form->addRow(tr("&Period:"), m_periodComboBox);
    form->addRow(QString(), dates);

    m_audienceComboBox = new QComboBox(this);
    m_audienceComboBox->addItem(tr("Everyone"), QString());
    for (const QString& name : audiences)
        m_audienceComboBox->addItem(name, name);
    form->addRow(tr("&Audience:"), m_audienceComboBox);

    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageComboBox->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    form->addRow(tr("&Language:"), m_languageComboBox);

    m_sectionsListWidget = new QListWidget(this);
    for (report::ReportSection section : report::ReportOptions::allSections()) {
        auto* item = new QListWidgetItem(sectionTitle(section), m_sectionsListWidget);
        item->setData(Qt::UserRole, int(section));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_sectionsListWidget->setMaximumHeight(m_sectionsListWidget->sizeHintForRow(0) * 8 + 6);
    form->addRow(tr("&Sections:"), m_sectionsListWidget);

    m_paperComboBox = new QComboBox(this);
    m_paperComboBox->addItem(tr("A4, landscape"), int(report::PaperSize::A4Landscape));
    m_paperComboBox->addItem(tr("US Letter, landscape"), int(report::PaperSize::LetterLandscape));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paperComboBox->setCurrentIndex(1);
    form->addRow(tr("Pa&per:"), m_paperComboBox);

    m_personalCheckBox = new QCheckBox(tr("Include &names of people (personal data)"), this);
    m_personalCheckBox->setToolTip(tr("Off by default: a report travels, and names are not needed to read it."));
    form->addRow(QString(), m_personalCheckBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_periodComboBox, &QComboBox::currentIndexChanged, this, &ExportReportDialog::applyPreset);
    auto toCustom = [this] {
        if (m_periodComboBox->currentData().toInt() != Custom && sender() && sender()->property("user").toBool())
            m_periodComboBox->setCurrentIndex(m_periodComboBox->findData(Custom));
        updateOk();
    };
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, toCustom);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, toCustom);
    connect(m_sectionsListWidget, &QListWidget::itemChanged, this, &ExportReportDialog::updateOk);
    m_periodComboBox->setCurrentIndex(1);
    applyPreset();
    m_fromDateEdit->setProperty("user", true);
    m_toDateEdit->setProperty("user", true);
}

void ExportReportDialog::applyPreset()
{
    QDate from, to = m_today;
    switch (m_periodComboBox->currentData().toInt()) {
    case Last30:
        from = m_today.addDays(-29);
        break;
    case Last90:
        from = m_today.addDays(-89);
        break;
    case LastQuarter: {
        const int quarterStartMonth = (m_today.month() - 1) / 3 * 3 + 1;
        const QDate thisQuarter(m_today.year(), quarterStartMonth, 1);
        from = thisQuarter.addMonths(-3);
        to = thisQuarter.addDays(-1);
        break;
    }
    case YearToDate:
        from = QDate(m_today.year(), 1, 1);
        break;
    default:
        updateOk();
        return; // custom: the dates stay as they are
    }
    const QSignalBlocker blockFrom(m_fromDateEdit), blockTo(m_toDateEdit);
    m_fromDateEdit->setDate(from);
    m_toDateEdit->setDate(to);
    updateOk();
}

void ExportReportDialog::updateOk()
{
    if (m_okButton)
        m_okButton->setEnabled(m_fromDateEdit->date() <= m_toDateEdit->date() && !options().sections.isEmpty());
}

report::ReportOptions ExportReportDialog::options() const
{
    report::ReportOptions o;
    o.from = m_fromDateEdit->date();
    o.to = m_toDateEdit->date();
    o.audience = m_audienceComboBox->currentData().toString();
    o.language = m_languageComboBox->currentData().toString();
    o.sections.clear();
    for (int i = 0; i < m_sectionsListWidget->count(); ++i) {
        const QListWidgetItem* item = m_sectionsListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            o.sections << report::ReportSection(item->data(Qt::UserRole).toInt());
    }
    o.paper = report::PaperSize(m_paperComboBox->currentData().toInt());
    o.includePersonalData = m_personalCheckBox->isChecked();
    return o;
}

void ExportReportDialog::setOptions(const report::ReportOptions& o)
{
    m_periodComboBox->setCurrentIndex(m_periodComboBox->findData(Custom));
    m_fromDateEdit->setDate(o.from);
    m_toDateEdit->setDate(o.to);
    const int audience = m_audienceComboBox->findData(o.audience);
    m_audienceComboBox->setCurrentIndex(audience < 0 ? 0 : audience);
    m_languageComboBox->setCurrentIndex(std::max(0, m_languageComboBox->findData(o.language)));
    for (int i = 0; i < m_sectionsListWidget->count(); ++i) {
        QListWidgetItem* item = m_sectionsListWidget->item(i);
        item->setCheckState(o.sections.contains(report::ReportSection(item->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                                          : Qt::Unchecked);
    }
    m_paperComboBox->setCurrentIndex(std::max(0, m_paperComboBox->findData(int(o.paper))));
    m_personalCheckBox->setChecked(o.includePersonalData);
    updateOk();
}

} // namespace rapport::ui
