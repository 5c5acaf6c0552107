// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace rapport::ui {

class ImportWizard;

/** The wizard's first step: the file (typed, chosen or dropped) and its format. */
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard& wizard);

    bool isComplete() const override;

    QLineEdit* pathLineEdit() const { return m_pathLineEdit; }
    QComboBox* formatComboBox() const { return m_formatComboBox; }
    QLabel* formatLabel() const { return m_formatLabel; }

    /** The file filter of the Browse dialog: the exports the importer reads. */
    static QString fileFilter();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse();
    void reload();
    void showSource();

    ImportWizard& m_wizard;
    QLineEdit* m_pathLineEdit;
    QPushButton* m_browseButton;
    QComboBox* m_formatComboBox;
    QLabel* m_formatLabel;
    QTimer* m_typingTimer;
};

} // namespace rapport::ui
