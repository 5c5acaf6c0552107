// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ImportValues.h"

#include <QLocale>

#include <cmath>

namespace rapport::io {

namespace {

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Reads exactly n digits at *i.
bool digits(QStringView s, qsizetype* i, int n, int* out)
{
    if (*i + n > s.size())
        return false;
    int v = 0;
    for (int k = 0; k < n; ++k) {
        const char16_t c = s[*i + k].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *i += n;
    *out = v;
    return true;
}

bool parseDatePart(QStringView s, qsizetype* i, int* y, int* m, int* d)
{
    if (!digits(s, i, 4, y) || *i >= s.size() || s[*i] != u'-')
        return false;
    ++*i;
    if (!digits(s, i, 2, m) || *i >= s.size() || s[*i] != u'-')
        return false;
    ++*i;
    if (!digits(s, i, 2, d))
        return false;
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= daysInMonth(*y, *m);
}

} // namespace

bool parseIsoTimestamp(QStringView text, qint64* msecs)
{
    const QStringView s = text.trimmed();
    qsizetype i = 0;
    int y, mo, d;
    if (!parseDatePart(s, &i, &y, &mo, &d))
        return false;
    int h = 0, mi = 0, sec = 0, ms = 0, offsetMinutes = 0;
    if (i < s.size()) {
        if (s[i] != u'T' && s[i] != u't' && s[i] != u' ')
            return false;
        ++i;
        if (!digits(s, &i, 2, &h) || i >= s.size() || s[i] != u':' || (++i, !digits(s, &i, 2, &mi)))
            return false;
        if (i < s.size() && s[i] == u':') {
            ++i;
            if (!digits(s, &i, 2, &sec))
                return false;
            if (i < s.size() && (s[i] == u'.' || s[i] == u',')) {
                ++i;
                int scale = 100, count = 0;
                while (i < s.size() && s[i] >= u'0' && s[i] <= u'9') {
                    ms += (s[i].unicode() - u'0') * scale;
                    scale /= 10;
                    ++i;
                    ++count;
                }
                if (count == 0)
                    return false;
            }
        }
        if (h > 24 || mi > 59 || sec > 60 || (h == 24 && (mi || sec || ms)))
            return false;
        if (sec == 60)
            sec = 59; // a leap second is stored as the second before it
        if (i < s.size()) {
            if (s[i] == u'Z' || s[i] == u'z') {
                ++i;
            } else if (s[i] == u'+' || s[i] == u'-') {
                const int sign = s[i] == u'-' ? -1 : 1;
                ++i;
                int oh = 0, om = 0;
                if (!digits(s, &i, 2, &oh))
                    return false;
                if (i < s.size() && s[i] == u':')
                    ++i;
                if (i < s.size() && !digits(s, &i, 2, &om))
                    return false;
                if (oh > 14 || om > 59)
                    return false;
                offsetMinutes = sign * (oh * 60 + om);
            }
        }
        if (i != s.size())
            return false;
    }
    const qint64 days = daysFromCivil(y, unsigned(mo), unsigned(d));
    *msecs = ((days * 24 + h) * 60 + mi - offsetMinutes) * 60000 + qint64(sec) * 1000 + ms;
    return true;
}

bool parseIsoDate(QStringView text, QDate* date)
{
    const QStringView s = text.trimmed();
    qsizetype i = 0;
    int y, m, d;
    if (!parseDatePart(s, &i, &y, &m, &d))
        return false;
    if (i != s.size()) {
        qint64 ms;
        if (!parseIsoTimestamp(s, &ms))
            return false;
        *date = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
        return true;
    }
    *date = QDate(y, m, d);
    return true;
}

QString formatIsoTimestamp(qint64 msecs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    return t.toString(t.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                      : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

bool parseImportBool(QStringView text, bool* value)
{
    const QStringView t = text.trimmed();
    for (const auto yes : {u"true", u"yes", u"y", u"1"}) {
        if (t.compare(QStringView(yes), Qt::CaseInsensitive) == 0)
            return *value = true;
    }
    for (const auto no : {u"false", u"no", u"n", u"0"}) {
        if (t.compare(QStringView(no), Qt::CaseInsensitive) == 0) {
            *value = false;
            return true;
        }
    }
    return false;
}

bool parseImportNumber(QStringView text, double* value)
{
    QString t = text.trimmed().toString();
    if (t.isEmpty())
        return false;
    if (!t.contains(u'.') && t.count(u',') == 1)
        t.replace(u',', u'.');
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QStringList splitImportList(QStringView text)
{
    QStringList out;
    for (const QStringView part : text.split(u';')) {
        const QString item = part.trimmed().toString();
        if (!item.isEmpty() && !out.contains(item))
            out << item;
    }
    return out;
}

} // namespace rapport::io
