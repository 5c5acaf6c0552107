// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/ReportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QListWidget;
class QPushButton;

namespace rapport::ui {

/**
 * The options of an executive report: the period (a preset or two dates), the audience,
 * the language, the sections, the paper and whether names may appear (off by default).
 * The dialog only gathers them; ReportExportController writes the PDF.
 */
class ExportReportDialog : public QDialog
{
    Q_OBJECT

public:
    /** today: the day presets count back from; audiences: the project's, by name. */
    ExportReportDialog(const QDate& today, const QStringList& audiences, QWidget* parent = nullptr);

    report::ReportOptions options() const;
    void setOptions(const report::ReportOptions& options);

    QComboBox* periodComboBox() const { return m_periodComboBox; }
    QDateEdit* fromDateEdit() const { return m_fromDateEdit; }
    QDateEdit* toDateEdit() const { return m_toDateEdit; }
    QComboBox* audienceComboBox() const { return m_audienceComboBox; }
    QComboBox* languageComboBox() const { return m_languageComboBox; }
    QListWidget* sectionsListWidget() const { return m_sectionsListWidget; }
    QComboBox* paperComboBox() const { return m_paperComboBox; }
    QCheckBox* personalCheckBox() const { return m_personalCheckBox; }

private:
    void applyPreset();
    void updateOk();

    QDate m_today;
    QComboBox* m_periodComboBox;
    QDateEdit* m_fromDateEdit;
    QDateEdit* m_toDateEdit;
    QComboBox* m_audienceComboBox;
    QComboBox* m_languageComboBox;
    QListWidget* m_sectionsListWidget;
    QComboBox* m_paperComboBox;
    QCheckBox* m_personalCheckBox;
    QPushButton* m_okButton = nullptr;
};

} // namespace rapport::ui
