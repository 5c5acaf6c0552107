// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <optional>

namespace rapport::report {

/**
 * The language a report is written in, independent of the application's: its own
 * translator (loaded for the report only, so an English window can send a Chinese PDF),
 * the locale its numbers and dates follow, and the font families that can draw it.
 *
 * Strings are marked with QT_TRANSLATE_NOOP("Report", …) where they are written and
 * translated here; untranslated strings fall back to the English source.
 */
class ReportLanguage
{
public:
    /** "en" or "zh_CN"; anything Chinese counts as zh_CN, anything else as en. */
    explicit ReportLanguage(const QString& language);
    ~ReportLanguage();

    QString code() const { return m_code; }
    bool isChinese() const { return m_code == u"zh_CN"; }
    const QLocale& locale() const { return m_locale; }

    /** The translation of a source string marked with QT_TRANSLATE_NOOP("Report", …). */
    QString text(const char* source) const;
    /** The translation of a source string marked in another context (e.g. the funnel step
     *  names of core/model, shared with the dashboard). */
    QString text(const char* context, const char* source) const;

    /** An activity type's name in the report's language ("attended" → "参加活动"); a type
     *  the project made up stays as it is. */
    QString activityType(const QString& type) const;

    /** The font families to draw the report with, best first. */
    QStringList fontFamilies() const;
    /**
     * The first installed family of fontFamilies() that draws the report's script (for
     * Chinese: one with CJK glyphs), or nothing with *error naming what to install — a
     * report in boxes is never written. Needs a QGuiApplication.
     */
    std::optional<QString> resolveFont(QString* error) const;

    // Formatting in the report's locale.
    QString integer(double value) const;
    QString number(double value, int decimals) const;
    /** A share 0–1 as "42.5 %" (locale's percent sign and spacing). */
    QString percent(double share, int decimals = 1) const;
    /** A signed change: "+12", "−3.4". */
    QString signedNumber(double value, int decimals) const;
    QString date(const QDate& date) const;
    QString dateRange(const QDate& from, const QDate& to) const;
    QString dateTime(const QDateTime& time) const;
    /** Minor units (cents) of a currency, as money: "$1,234.50", "US$1,234.50". */
    QString money(double minorUnits, const QString& currency) const;
    /** "1 piece", "12 pieces". */
    QString pieces(qint64 count) const;
    /** A duration in seconds as days ("3.5 d") or hours. */
    QString duration(qint64 seconds) const;

private:
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace rapport::report
