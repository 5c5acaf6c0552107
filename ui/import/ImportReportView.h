// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ImportReport.h"
#include "core/io/InputError.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace rapport::ui {

class SkippedRowsModel;

/**
 * What an import would do (a dry run) or did: people created and matched, activities,
 * responses, campaigns and surveys created, and the rows skipped with their line and
 * reason. Or the error that stopped it, as file, line and reason.
 */
class ImportReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportReportView(QWidget* parent = nullptr);

    void showReport(const io::ImportReport& report);
    /** The import cannot be made: the file, line and reason; the project is unchanged. */
    void showError(const io::InputError& error);
    void clear();

    QLabel* summaryLabel() const { return m_summaryLabel; }
    QLabel* errorLabel() const { return m_errorLabel; }
    QTableView* skippedView() const { return m_skippedView; }
    SkippedRowsModel* skippedModel() const { return m_skippedModel; }

    /** "people.csv, line 4: …" */
    static QString errorText(const io::InputError& error);

    /** Copies the selected skipped rows (line, reason) as tab-separated text. */
    void copySkippedRows();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_summaryLabel;
    QLabel* m_errorLabel;
    QLabel* m_skippedLabel;
    QTableView* m_skippedView;
    SkippedRowsModel* m_skippedModel;
};

} // namespace rapport::ui
