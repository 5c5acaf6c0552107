// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ColumnMapping.h"
#include "core/io/ImportFormat.h"

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QTableView;

namespace rapport::ui {

class ColumnMappingModel;
class ImportPreviewModel;
class ImportWizard;

/**
 * The wizard's second step: what the file's columns become. A canonical CSV shows a combo
 * per column (what it is imported as) above its first rows; a platform export shows the
 * people it becomes, and asks for the date order and time zone when the file leaves them
 * open, and for the campaign or survey to attach it to where the format takes one.
 */
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    /** The column mapping of a canonical CSV (empty otherwise). */
    io::ColumnMapping mapping() const;
    /** The choices for a platform export. */
    io::TranslateOptions translateOptions() const;

    QLabel* formatLabel() const { return m_formatLabel; }
    QTableView* mappingView() const { return m_mappingView; }
    ColumnMappingModel* mappingModel() const { return m_mappingModel; }
    QTableView* previewView() const { return m_previewView; }
    ImportPreviewModel* previewModel() const { return m_previewModel; }
    QGroupBox* datesGroupBox() const { return m_datesGroupBox; }
    QComboBox* dateOrderComboBox() const { return m_dateOrderComboBox; }
    QComboBox* timeZoneComboBox() const { return m_timeZoneComboBox; }
    QGroupBox* attachGroupBox() const { return m_attachGroupBox; }
    QComboBox* campaignComboBox() const { return m_campaignComboBox; }
    QComboBox* surveyComboBox() const { return m_surveyComboBox; }
    QLabel* problemLabel() const { return m_problemLabel; }

private:
    void retranslateFile();
    void showPreview();
    void showProblem();

    ImportWizard& m_wizard;
    QLabel* m_formatLabel;
    QLabel* m_mappingLabel;
    QTableView* m_mappingView;
    ColumnMappingModel* m_mappingModel;
    QLabel* m_previewLabel;
    QTableView* m_previewView;
    ImportPreviewModel* m_previewModel;
    QGroupBox* m_datesGroupBox;
    QComboBox* m_dateOrderComboBox;
    QLabel* m_timeZoneLabel;
    QComboBox* m_timeZoneComboBox;
    QLabel* m_dateOrderLabel;
    QGroupBox* m_attachGroupBox;
    QLabel* m_campaignLabel;
    QComboBox* m_campaignComboBox;
    QLabel* m_surveyLabel;
    QComboBox* m_surveyComboBox;
    QLabel* m_problemLabel;
};

} // namespace rapport::ui
