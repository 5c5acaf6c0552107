// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ExportReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace rapport;

class TestExportReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void presetsSetThePeriod();
    void editingADateMakesItCustom();
    void noSectionNoExport();
    void optionsRoundTrip();
};

namespace {

QPushButton* okButton(const ui::ExportReportDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

void TestExportReportDialog::defaults()
{
    ui::ExportReportDialog dialog(QDate(2026, 6, 30), {QStringLiteral("Backend devs")});
    const report::ReportOptions o = dialog.options();
    QCOMPARE(o.from, QDate(2026, 4, 2)); // the last 90 days
    QCOMPARE(o.to, QDate(2026, 6, 30));
    QVERIFY(o.audience.isEmpty());
    QCOMPARE(o.sections, report::ReportOptions::allSections());
    QVERIFY(!o.includePersonalData); // personal data off unless asked for
    QVERIFY(!dialog.personalCheckBox()->isChecked());
    QCOMPARE(dialog.audienceComboBox()->count(), 2);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestExportReportDialog::presetsSetThePeriod()
{
    ui::ExportReportDialog dialog(QDate(2026, 5, 15), {});
    dialog.periodComboBox()->setCurrentIndex(2); // last quarter
    QCOMPARE(dialog.options().from, QDate(2026, 1, 1));
    QCOMPARE(dialog.options().to, QDate(2026, 3, 31));
    dialog.periodComboBox()->setCurrentIndex(3); // year to date
    QCOMPARE(dialog.options().from, QDate(2026, 1, 1));
    QCOMPARE(dialog.options().to, QDate(2026, 5, 15));
    dialog.periodComboBox()->setCurrentIndex(0); // last 30 days
    QCOMPARE(dialog.options().from, QDate(2026, 4, 16));
}

void TestExportReportDialog::editingADateMakesItCustom()
{
    ui::ExportReportDialog dialog(QDate(2026, 5, 15), {});
    dialog.show();
    dialog.fromDateEdit()->setDate(QDate(2026, 2, 1));
    QCOMPARE(dialog.periodComboBox()->currentIndex(), 4);
    QCOMPARE(dialog.options().from, QDate(2026, 2, 1));
    dialog.toDateEdit()->setDate(QDate(2026, 1, 1)); // before from: nothing to export
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestExportReportDialog::noSectionNoExport()
{
    ui::ExportReportDialog dialog(QDate(2026, 5, 15), {});
    QListWidget* list = dialog.sectionsListWidget();
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!okButton(dialog)->isEnabled());
    list->item(7)->setCheckState(Qt::Checked);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.options().sections, QList<report::ReportSection>{report::ReportSection::Methodology});
}

void TestExportReportDialog::optionsRoundTrip()
{
    ui::ExportReportDialog dialog(QDate(2026, 5, 15), {QStringLiteral("Backend devs")});
    report::ReportOptions o;
    o.from = QDate(2026, 1, 10);
    o.to = QDate(2026, 2, 20);
    o.audience = QStringLiteral("Backend devs");
    o.language = QStringLiteral("zh_CN");
    o.sections = {report::ReportSection::Headline, report::ReportSection::Retention};
    o.paper = report::PaperSize::LetterLandscape;
    o.includePersonalData = true;
    dialog.setOptions(o);
    const report::ReportOptions back = dialog.options();
    QCOMPARE(back.from, o.from);
    QCOMPARE(back.to, o.to);
    QCOMPARE(back.audience, o.audience);
    QCOMPARE(back.language, o.language);
    QCOMPARE(back.sections, o.sections);
    QCOMPARE(back.paper, o.paper);
    QCOMPARE(back.includePersonalData, true);
}

QTEST_MAIN(TestExportReportDialog)
#include "tst_export_report_dialog.moc"
