// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportLanguage.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QRawFont>

#include <cmath>

namespace rapport::report {

namespace {

constexpr char kContext[] = "Report";

/** Characters a Chinese report cannot do without (report title words and digits). */
const QString& chineseProbe()
{
    static const QString probe = QStringLiteral("报告数据期间");
    return probe;
}

} // namespace

ReportLanguage::ReportLanguage(const QString& language)
{
    const bool chinese = QLocale(language).language() == QLocale::Chinese || language.startsWith(u"zh");
    m_code = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (chinese) {
        m_locale = QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/rapport_zh_CN.qm")))
            m_translator = std::move(translator);
    } else {
        // The user's own English variant (en_GB writes dates day first), else US English.
        const QLocale system = QLocale::system();
        m_locale = system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    }
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

ReportLanguage::~ReportLanguage() = default;

QString ReportLanguage::text(const char* source) const
{
    return text(kContext, source);
}

QString ReportLanguage::text(const char* context, const char* source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString ReportLanguage::activityType(const QString& type) const
{
    // The default vocabulary (DESIGN.md), marked for translation here.
    static const char* const kTypes[] = {
        QT_TRANSLATE_NOOP("Report", "invited"),    QT_TRANSLATE_NOOP("Report", "registered"),
        QT_TRANSLATE_NOOP("Report", "attended"),   QT_TRANSLATE_NOOP("Report", "contributed"),
        QT_TRANSLATE_NOOP("Report", "posted"),     QT_TRANSLATE_NOOP("Report", "commented"),
        QT_TRANSLATE_NOOP("Report", "starred"),    QT_TRANSLATE_NOOP("Report", "shared"),
        QT_TRANSLATE_NOOP("Report", "referred"),   QT_TRANSLATE_NOOP("Report", "spoke"),
        QT_TRANSLATE_NOOP("Report", "authored"),   QT_TRANSLATE_NOOP("Report", "responded"),
        QT_TRANSLATE_NOOP("Report", "rewarded")};
    for (const char* known : kTypes)
        if (type == QLatin1String(known))
            return text(known);
    return type;
}

QStringList ReportLanguage::fontFamilies() const
{
    if (isChinese())
        return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                QStringLiteral("Source Han Sans CN"), QStringLiteral("WenQuanYi Micro Hei"),
                QStringLiteral("Noto Sans SC")};
    return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
            QStringLiteral("Noto Sans CJK SC")};
}

std::optional<QString> ReportLanguage::resolveFont(QString* error) const
{
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : fontFamilies()) {
        if (!installed.contains(family, Qt::CaseInsensitive))
            continue;
        if (isChinese()) {
            QFont font(family);
            font.setPixelSize(20);
            const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
            bool all = raw.isValid();
            for (QChar c : chineseProbe())
                all = all && raw.supportsCharacter(c);
            if (!all)
                continue;
        }
        return family;
    }
    if (!isChinese()) {
        const QString fallback = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        if (!fallback.isEmpty())
            return fallback;
    }
    if (error)
        *error = isChinese()
                     ? QCoreApplication::translate(
                           "rapport::report::ReportLanguage",
                           "no Chinese font is installed, so the report would show boxes; install Noto Sans CJK "
                           "SC (Debian and Ubuntu: fonts-noto-cjk)")
                     : QCoreApplication::translate("rapport::report::ReportLanguage", "no font is installed");
    return std::nullopt;
}

QString ReportLanguage::integer(double value) const
{
    return m_locale.toString(qint64(std::llround(value)));
}

QString ReportLanguage::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportLanguage::percent(double share, int decimals) const
{
    return m_locale.toString(share * 100.0, 'f', decimals) + m_locale.percent();
}

QString ReportLanguage::signedNumber(double value, int decimals) const
{
    const double rounded = std::round(std::abs(value) * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    const QString n = m_locale.toString(rounded, 'f', decimals);
    if (rounded == 0)
        return n;
    return (value > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + n;
}

QString ReportLanguage::date(const QDate& date) const
{
    if (!date.isValid())
        return {};
    if (isChinese())
        return m_locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return m_locale.toString(date, m_locale.territory() == QLocale::UnitedStates ? QStringLiteral("MMM d, yyyy")
                                                                                 : QStringLiteral("d MMM yyyy"));
}

QString ReportLanguage::dateRange(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || from.year() != to.year())
        return date(from) + QStringLiteral(" – ") + date(to);
    // Within one year the year is written once: "Apr 1 – Jun 30, 2026", "2026年4月1日 – 6月30日".
    if (isChinese())
        return date(from) + QStringLiteral(" – ") + m_locale.toString(to, QStringLiteral("M月d日"));
    const bool us = m_locale.territory() == QLocale::UnitedStates;
    return m_locale.toString(from, us ? QStringLiteral("MMM d") : QStringLiteral("d MMM")) + QStringLiteral(" – ") +
           date(to);
}

QString ReportLanguage::dateTime(const QDateTime& time) const
{
    const QDateTime utc = time.toUTC();
    return date(utc.date()) + u' ' + utc.time().toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC");
}

QString ReportLanguage::money(double minorUnits, const QString& currency) const
{
    const double major = minorUnits / 100.0;
    const QString symbol = currency == u"USD" ? QStringLiteral("$")
                           : currency == u"EUR" ? QStringLiteral("€")
                           : currency == u"GBP" ? QStringLiteral("£")
                           : currency == u"CNY" ? QStringLiteral("¥")
                           : currency == u"JPY" ? QStringLiteral("¥")
                                                : QString();
    const int decimals = major >= 1000 ? 0 : 2;
    const QString amount = m_locale.toString(major, 'f', decimals);
    return symbol.isEmpty() ? amount + u' ' + currency : symbol + amount;
}

QString ReportLanguage::pieces(qint64 count) const
{
    return count == 1 ? text(QT_TRANSLATE_NOOP("Report", "1 piece"))
                      : text(QT_TRANSLATE_NOOP("Report", "%1 pieces")).arg(integer(double(count)));
}

QString ReportLanguage::duration(qint64 seconds) const
{
    if (seconds >= 86400)
        return number(double(seconds) / 86400.0, 1) + u' ' + text(QT_TRANSLATE_NOOP("Report", "d"));
    return number(double(seconds) / 3600.0, 1) + u' ' + text(QT_TRANSLATE_NOOP("Report", "h"));
}

} // namespace rapport::report
