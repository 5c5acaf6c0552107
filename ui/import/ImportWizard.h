// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/FileImporter.h"
#include "ui/import/ImportSource.h"

#include <QWizard>

#include <functional>

namespace rapport::model {
class Clock;
}

namespace rapport::ui {

class BackgroundTask;
class ImportCheckPage;
class ImportFilePage;
class ImportOptionsPage;
class ImportRunPage;
class ProjectSession;

/**
 * Imports one file into the open project, in steps: the file (its format recognised, or
 * chosen) → its columns and first rows (the mapping of a canonical CSV; date order, time
 * zone, campaign or survey where they matter) → a dry run that says what would be created,
 * matched and skipped, with the line and reason of each skipped row → the import, on a
 * worker thread, with progress and Cancel → a summary. The import is one step on the
 * session's undo stack. A file with an error names its line, and nothing is imported.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        OptionsPage,
        CheckPage,
        RunPage
    };

    /** reportError tells the user when undoing or redoing the import fails later. */
    ImportWizard(ProjectSession& session, const model::Clock& clock,
                 std::function<void(const QString&)> reportError, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ProjectSession& session() const { return m_session; }
    const model::Clock& clock() const { return m_clock; }
    const std::function<void(const QString&)>& errorReporter() const { return m_reportError; }

    /** Reads path as preset ("auto": recognise it) and shows it on the first page. */
    void setFile(const QString& path, const QString& preset = QStringLiteral("auto"));
    const ImportSource& source() const { return m_source; }
    ImportSource& source() { return m_source; }
    /** The options the file and the choices on the pages add up to. */
    io::FileImportOptions options() const;

    ImportFilePage* filePage() const { return m_filePage; }
    ImportOptionsPage* optionsPage() const { return m_optionsPage; }
    ImportCheckPage* checkPage() const { return m_checkPage; }
    ImportRunPage* runPage() const { return m_runPage; }

    /** Pages call this when their background work ended: a Cancel pressed meanwhile closes. */
    void taskEnded(bool keepOpen = false);

public slots:
    /** Cancel: stops the dry run or the import first (the project stays unchanged). */
    void reject() override;

signals:
    /** The source changed (another file or format). */
    void sourceChanged();

private:
    BackgroundTask* runningTask() const;

    ProjectSession& m_session;
    const model::Clock& m_clock;
    std::function<void(const QString&)> m_reportError;
    ImportSource m_source;
    ImportFilePage* m_filePage;
    ImportOptionsPage* m_optionsPage;
    ImportCheckPage* m_checkPage;
    ImportRunPage* m_runPage;
    bool m_closeWhenStopped = false;
};

} // namespace rapport::ui
