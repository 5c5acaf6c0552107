// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportSource.h"

#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

namespace rapport::ui {

namespace {

// A campaign name no file holds: translating with it shows whether the format uses it.
const QString kProbeCampaign = QStringLiteral("\u0001rapport-probe");

bool sameRows(const io::CanonicalTable& a, const io::CanonicalTable& b)
{
    if (a.rows().size() != b.rows().size() || a.header() != b.header())
        return false;
    for (qsizetype i = 0; i < a.rows().size(); ++i)
        if (a.rows()[i].cells != b.rows()[i].cells)
            return false;
    return true;
}

bool sameTranslation(const io::Translation& a, const io::Translation& b)
{
    return sameRows(a.people, b.people) && sameRows(a.activities, b.activities) &&
           sameRows(a.responses, b.responses);
}

/** Whether the file reads as a table or a JSON array (whatever its columns). */
bool isReadable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    io::InputError error;
    if (suffix == u"xlsx" || suffix == u"json") {
        io::PlatformTable table;
        return io::PlatformTableReader::read(path, {}, &table, &error);
    }
    io::CsvReader reader;
    io::CsvRecord header;
    return reader.open(path) && reader.next(&header);
}

} // namespace

ImportSource ImportSource::read(const QString& path, const QString& preset)
{
    ImportSource source;
    source.m_path = path;
    source.m_fileName = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile()) {
        source.m_error = io::InputError{source.m_fileName, 0, tr("there is no such file")};
        return source;
    }
    QString name = preset;
    if (name.isEmpty() || name == u"auto") {
        name = io::FileImporter::recognise(path, {}, &source.m_error);
        if (name.isEmpty()) {
            // A file that reads but matches no format: say what to do here, not on the
            // command line (which the importer's message speaks of).
            if (isReadable(path))
                source.m_error.reason =
                    tr("Rapport does not recognise its columns as a platform's export or as one "
                       "of its own CSVs. Choose its format; for people, activities or survey "
                       "responses you then say what each column holds.");
            return source;
        }
    }
    source.m_preset = name;
    io::ImportKind kind;
    if (io::importKindFromName(name, &kind)) {
        source.m_kind = kind;
        source.readCanonical();
        return source;
    }
    source.m_format = io::findImportFormat(name);
    if (!source.m_format) {
        source.m_error = io::InputError{source.m_fileName, 0, tr("no format “%1”").arg(name)};
        return source;
    }
    source.readPlatform();
    return source;
}

QString ImportSource::formatTitle() const
{
    if (m_format)
        return m_format->title();
    if (!m_kind)
        return {};
    switch (*m_kind) {
    case io::ImportKind::People:
        return tr("Rapport people CSV");
    case io::ImportKind::Activities:
        return tr("Rapport activities CSV");
    case io::ImportKind::Responses:
        return tr("Rapport survey responses CSV");
    }
    return {};
}

bool ImportSource::readCanonical()
{
    io::CsvReader reader;
    io::CsvRecord record;
    if (!reader.open(m_path) || !reader.next(&record)) {
        m_error = reader.error();
        return false;
    }
    for (int i = 0; i < record.size(); ++i)
        m_header << record.field(i).trimmed().toString();
    while (m_rows.size() < kPreviewRows && reader.next(&record)) {
        io::PlatformRow row;
        row.line = record.line();
        for (int i = 0; i < record.size(); ++i)
            row.cells << record.string(i);
        m_rows << row;
    }
    if (reader.hasError()) {
        m_error = reader.error();
        return false;
    }
    return true;
}

bool ImportSource::readPlatform()
{
    if (!io::PlatformTableReader::read(m_path, {}, &m_table, &m_error))
        return false;
    if (!m_format->matches(m_table)) {
        m_error = io::InputError{m_fileName, m_table.headerLine,
                                 tr("this is not a %1 (its header lacks the columns that format "
                                    "has)")
                                     .arg(m_format->title())};
        return false;
    }
    io::Translation automatic;
    if (!translate({}, &automatic, &m_error))
        return false;
    showTranslation(automatic);

    // Which choices change what the file becomes: translate it each way and compare.
    const auto differs = [this](const io::TranslateOptions& a, const io::TranslateOptions& b) {
        io::Translation first, second;
        io::InputError ignored;
        return translate(a, &first, &ignored) && translate(b, &second, &ignored) &&
               !sameTranslation(first, second);
    };
    io::TranslateOptions monthFirst, dayFirst, farZone;
    monthFirst.dateOrder = io::DateOrder::MonthDayYear;
    dayFirst.dateOrder = io::DateOrder::DayMonthYear;
    // When one order cannot read the dates, the file proves the other (31/12/2025).
    m_ambiguousDates = differs(monthFirst, dayFirst);
    farZone.timeZone = QTimeZone(14 * 3600);
    m_timesWithoutZone = differs({}, farZone);

    io::TranslateOptions probe;
    probe.campaign = kProbeCampaign;
    io::Translation probed;
    io::InputError ignored;
    if (translate(probe, &probed, &ignored)) {
        const int column = probed.activities.column(u"campaign");
        for (const io::PlatformRow& row : probed.activities.rows())
            m_takesCampaign = m_takesCampaign || row.at(column) == kProbeCampaign;
    }
    m_takesSurvey = !automatic.responses.isEmpty();
    const int campaign = automatic.activities.column(u"campaign");
    for (const io::PlatformRow& row : automatic.activities.rows()) {
        const QString name = row.at(campaign).trimmed();
        if (!name.isEmpty() && !m_campaignsInFile.contains(name))
            m_campaignsInFile << name;
    }
    return true;
}

bool ImportSource::translate(const io::TranslateOptions& options, io::Translation* out,
                             io::InputError* error) const
{
    *out = {};
    return m_format && m_format->translate(m_table, options, out, error);
}

bool ImportSource::retranslate(const io::TranslateOptions& options)
{
    if (!m_format)
        return isValid();
    io::Translation translation;
    io::InputError error;
    if (!translate(options, &translation, &error)) {
        m_error = error;
        return false;
    }
    m_error = {};
    showTranslation(translation);
    return true;
}

void ImportSource::showTranslation(const io::Translation& translation)
{
    m_activityCount = translation.activities.rows().size();
    m_responseCount = translation.responses.rows().size();
    const io::CanonicalTable& shown = !translation.people.isEmpty()       ? translation.people
                                      : !translation.activities.isEmpty() ? translation.activities
                                                                          : translation.responses;
    const qsizetype count = std::min<qsizetype>(shown.rows().size(), kPreviewRows);
    // Only the columns the file fills: a platform export fills a few of the many there are.
    QList<int> columns;
    for (int c = 0; c < shown.header().size(); ++c) {
        for (qsizetype r = 0; r < count; ++r) {
            if (!shown.rows()[r].at(c).trimmed().isEmpty()) {
                columns << c;
                break;
            }
        }
    }
    m_header.clear();
    m_rows.clear();
    for (const int c : std::as_const(columns))
        m_header << shown.header()[c];
    for (qsizetype r = 0; r < count; ++r) {
        io::PlatformRow row;
        row.line = shown.rows()[r].line;
        for (const int c : std::as_const(columns))
            row.cells << shown.rows()[r].at(c);
        m_rows << row;
    }
}

} // namespace rapport::ui
