// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/FileImporter.h"

#include <QCoreApplication>

#include <optional>

namespace rapport::ui {

/**
 * What the import wizard knows about the file to import before anything is imported: its
 * format (a platform's export, or one of Rapport's canonical CSVs), its first rows, and for
 * a platform export the choices that change what it becomes (date order and time zone when
 * the file leaves them open, the campaign or survey it belongs to). Reads on the calling
 * thread: a canonical CSV only up to its first rows, a platform export (small) whole.
 */
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ImportSource)

public:
    static constexpr int kPreviewRows = 50;

    /** Reads path as preset ("auto": recognise it); see error() for what went wrong. */
    static ImportSource read(const QString& path, const QString& preset = QStringLiteral("auto"));

    bool isValid() const { return m_error.isNull() && !m_preset.isEmpty(); }
    /** Why the file cannot be imported (as `file:line: reason`), or null. */
    const io::InputError& error() const { return m_error; }
    QString path() const { return m_path; }
    QString fileName() const { return m_fileName; }
    /** The format: a platform preset's name, or a canonical kind's name. */
    QString preset() const { return m_preset; }
    /** The format for people ("Eventbrite attendee report", "Rapport people CSV"). */
    QString formatTitle() const;
    /** Set for Rapport's own CSVs, whose columns the user may map. */
    std::optional<io::ImportKind> canonicalKind() const { return m_kind; }

    /** The file's header and first rows (each with its line) for a canonical CSV; for a
     *  platform export, the people it becomes, in canonical columns that hold something. */
    const QStringList& previewHeader() const { return m_header; }
    const QList<io::PlatformRow>& previewRows() const { return m_rows; }

    // Platform exports only.
    /** Numeric dates whose day/month order the file does not prove (03/04/2025). */
    bool hasAmbiguousDates() const { return m_ambiguousDates; }
    /** Times written without a zone. */
    bool hasTimesWithoutZone() const { return m_timesWithoutZone; }
    /** Whether TranslateOptions::campaign / ::survey change anything for this file. */
    bool takesCampaign() const { return m_takesCampaign; }
    bool takesSurvey() const { return m_takesSurvey; }
    /** The campaigns the file names itself (used when no campaign is given). */
    const QStringList& campaignsInFile() const { return m_campaignsInFile; }
    /** Activities and responses the file becomes (besides the people). */
    qsizetype activityCount() const { return m_activityCount; }
    qsizetype responseCount() const { return m_responseCount; }

    /** Translates again with other options (date order, zone); updates the preview. False
     *  with error() set when a row cannot be read that way. */
    bool retranslate(const io::TranslateOptions& options);

private:
    bool readCanonical();
    bool readPlatform();
    bool translate(const io::TranslateOptions& options, io::Translation* out,
                   io::InputError* error) const;
    void showTranslation(const io::Translation& translation);

    QString m_path;
    QString m_fileName;
    QString m_preset;
    std::optional<io::ImportKind> m_kind;
    const io::ImportFormat* m_format = nullptr;
    io::PlatformTable m_table;
    io::InputError m_error;
    QStringList m_header;
    QList<io::PlatformRow> m_rows;
    bool m_ambiguousDates = false;
    bool m_timesWithoutZone = false;
    bool m_takesCampaign = false;
    bool m_takesSurvey = false;
    QStringList m_campaignsInFile;
    qsizetype m_activityCount = 0;
    qsizetype m_responseCount = 0;
};

} // namespace rapport::ui
