// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PlatformDates.h"

#include "core/io/ImportValues.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace rapport::io {

namespace {

struct Token
{
    enum Kind
    {
        Number,
        Word,
        Sign,
        Punct
    } kind;
    QStringView text;
    int value = 0; // Number: its value (up to 9 digits); Sign: +1/−1; Punct: the character
};

std::vector<Token> tokenize(QStringView s, bool* ok)
{
    std::vector<Token> tokens;
    *ok = true;
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s[i];
        if (c.isSpace() || c == u',') {
            ++i;
        } else if (c.isDigit()) {
            qsizetype j = i;
            int value = 0;
            while (j < s.size() && s[j].isDigit()) {
                if (j - i < 9)
                    value = value * 10 + (s[j].unicode() - u'0');
                ++j;
            }
            tokens.push_back({Token::Number, s.mid(i, j - i), value});
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            // a.m. / p.m. keep their dots
            while (j < s.size() &&
                   (s[j].isLetter() || (s[j] == u'.' && j + 1 < s.size() && s[j + 1].isLetter()) ||
                    (s[j] == u'.' && j > i && s[j - 1].isLetter() && j - i <= 3)))
                ++j;
            tokens.push_back({Token::Word, s.mid(i, j - i)});
            i = j;
        } else if (c == u'+' || c == u'-' || c == u'\u2212') {
            tokens.push_back({Token::Sign, s.mid(i, 1), c == u'+' ? 1 : -1});
            ++i;
        } else if (c == u'/' || c == u'.' || c == u':') {
            tokens.push_back({Token::Punct, s.mid(i, 1), c.unicode()});
            ++i;
        } else {
            *ok = false;
            return tokens;
        }
    }
    return tokens;
}

int monthOf(QStringView word)
{
    static const char16_t* const kMonths[] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                              u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    if (word.size() < 3)
        return 0;
    const QString folded = word.toString().toLower();
    for (int m = 0; m < 12; ++m)
        if (folded.startsWith(QStringView(kMonths[m]))) {
            // the whole word must be the abbreviation or the full name ("sept" too)
            static const char16_t* const kFull[] = {
                u"january", u"february", u"march",     u"april",   u"may",      u"june",
                u"july",    u"august",   u"september", u"october", u"november", u"december"};
            const QString f = QString::fromUtf16(kFull[m]);
            if (folded == QStringView(kMonths[m]) ||
                f.startsWith(folded.endsWith(u'.') ? folded.chopped(1) : folded))
                return m + 1;
        }
    return 0;
}

bool isWeekday(QStringView word)
{
    static const char16_t* const kDays[] = {u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun"};
    const QString folded = word.toString().toLower();
    for (const char16_t* d : kDays)
        if (folded.startsWith(QStringView(d)))
            return true;
    return false;
}

/** Offset in minutes of a zone abbreviation that means one thing only. */
bool zoneAbbreviation(QStringView word, int* minutes)
{
    struct Zone
    {
        const char16_t* name;
        int minutes;
    };
    static const Zone kZones[] = {{u"utc", 0},    {u"gmt", 0},    {u"z", 0},      {u"est", -300},
                                  {u"edt", -240}, {u"cdt", -300}, {u"mst", -420}, {u"mdt", -360},
                                  {u"pst", -480}, {u"pdt", -420}, {u"cet", 60},   {u"cest", 120},
                                  {u"eet", 120},  {u"eest", 180}, {u"wet", 0},    {u"west", 60},
                                  {u"jst", 540},  {u"kst", 540},  {u"aest", 600}, {u"aedt", 660}};
    const QString folded = word.toString().toLower();
    for (const Zone& z : kZones)
        if (folded == QStringView(z.name)) {
            *minutes = z.minutes;
            return true;
        }
    return false;
}

} // namespace

bool parsePlatformTime(QStringView text, DateOrder order, qint64* msecs, bool* zoned)
{
    bool zonedLocal = false;
    if (!zoned)
        zoned = &zonedLocal;
    *zoned = true;
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false;
    bool digitsOnly = true;
    for (const QChar c : t)
        digitsOnly = digitsOnly && c.isDigit();
    if (digitsOnly) {
        if (t.size() == 10) {
            *msecs = t.toLongLong() * 1000;
            return true;
        }
        if (t.size() == 13) {
            *msecs = t.toLongLong();
            return true;
        }
        return false;
    }
    // ISO 8601 first; an ISO date with a zone word after it (Rails' `2024-03-05 10:12:33 UTC`,
    // as Discourse writes) goes on to the general reader below.
    if (t.size() >= 10 && t[4] == u'-' && t[7] == u'-' && t[0].isDigit() &&
        parseIsoTimestamp(t, msecs)) {
        const QStringView rest = t.mid(10);
        *zoned = rest.contains(u'Z') || rest.contains(u'z') || rest.contains(u'+') ||
                 rest.contains(u'-');
        return true;
    }

    bool ok = false;
    const std::vector<Token> tk = tokenize(t, &ok);
    if (!ok)
        return false;
    std::size_t i = 0;
    auto number = [&](std::size_t k) { return k < tk.size() && tk[k].kind == Token::Number; };
    auto punct = [&](std::size_t k, char16_t c) {
        return k < tk.size() && tk[k].kind == Token::Punct && tk[k].value == c;
    };
    auto dateSep = [&](std::size_t k) {
        return punct(k, u'/') || punct(k, u'.') ||
               (k < tk.size() && tk[k].kind == Token::Sign && tk[k].value < 0);
    };

    while (i < tk.size() && tk[i].kind == Token::Word && isWeekday(tk[i].text) &&
           !monthOf(tk[i].text))
        ++i;
    int year = 0, month = 0, day = 0;
    int yearDigits = 0;
    if (i < tk.size() && tk[i].kind == Token::Word && monthOf(tk[i].text)) {
        // April 24, 2014
        month = monthOf(tk[i].text);
        if (!number(i + 1) || !number(i + 2))
            return false;
        day = tk[i + 1].value;
        year = tk[i + 2].value;
        yearDigits = int(tk[i + 2].text.size());
        i += 3;
    } else if (number(i) && i + 1 < tk.size() && tk[i + 1].kind == Token::Word &&
               monthOf(tk[i + 1].text)) {
        // 24 Apr 2014
        day = tk[i].value;
        month = monthOf(tk[i + 1].text);
        if (!number(i + 2))
            return false;
        year = tk[i + 2].value;
        yearDigits = int(tk[i + 2].text.size());
        i += 3;
    } else if (number(i) && dateSep(i + 1) && number(i + 2) && dateSep(i + 3) && number(i + 4)) {
        const Token& a = tk[i];
        const Token& b = tk[i + 2];
        const Token& c = tk[i + 4];
        if (a.text.size() == 4 || order == DateOrder::YearMonthDay) {
            year = a.value, yearDigits = int(a.text.size()), month = b.value, day = c.value;
        } else if (order == DateOrder::DayMonthYear) {
            day = a.value, month = b.value, year = c.value, yearDigits = int(c.text.size());
        } else {
            month = a.value, day = b.value, year = c.value, yearDigits = int(c.text.size());
        }
        i += 5;
    } else {
        return false;
    }
    if (yearDigits == 2)
        year += 2000;
    else if (yearDigits != 4)
        return false;
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;

    int hour = 0, minute = 0, second = 0, millis = 0;
    if (i < tk.size() && tk[i].kind == Token::Word &&
        tk[i].text.compare(u"at", Qt::CaseInsensitive) == 0)
        ++i;
    if (i < tk.size() && tk[i].kind == Token::Word && tk[i].text.size() == 1 &&
        tk[i].text.compare(u"T", Qt::CaseInsensitive) == 0)
        ++i;
    if (number(i) && punct(i + 1, u':') && number(i + 2)) {
        hour = tk[i].value;
        minute = tk[i + 2].value;
        i += 3;
        if (punct(i, u':') && number(i + 1)) {
            second = tk[i + 1].value;
            i += 2;
            if (punct(i, u'.') && number(i + 1)) {
                const QStringView f = tk[i + 1].text;
                millis = f.left(3).toInt();
                for (qsizetype k = f.size(); k < 3; ++k)
                    millis *= 10;
                i += 2;
            }
        }
        if (i < tk.size() && tk[i].kind == Token::Word) {
            const QString w = tk[i].text.toString().toLower().remove(u'.');
            if (w == u"am" || w == u"pm") {
                if (hour < 1 || hour > 12)
                    return false;
                hour = hour % 12 + (w == u"pm" ? 12 : 0);
                ++i;
            }
        }
    }
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    second = qMin(second, 59);

    int offsetMinutes = 0;
    *zoned = i < tk.size(); // a zone word or offset follows
    if (i < tk.size() && tk[i].kind == Token::Word) {
        if (!zoneAbbreviation(tk[i].text, &offsetMinutes))
            return false; // an unknown or ambiguous zone: never guess
        ++i;
    }
    if (i < tk.size() && tk[i].kind == Token::Sign) {
        const int sign = tk[i].value;
        if (!number(i + 1))
            return false;
        const Token& h = tk[i + 1];
        int hours = h.value, minutes = 0;
        if (h.text.size() == 4) { // +0100
            hours = h.value / 100;
            minutes = h.value % 100;
        }
        i += 2;
        if (punct(i, u':') && number(i + 1)) {
            minutes = tk[i + 1].value;
            i += 2;
        }
        if (hours > 14 || minutes > 59)
            return false;
        offsetMinutes += sign * (hours * 60 + minutes);
    }
    if (i != tk.size())
        return false;
    const QDateTime utc(date, QTime(hour, minute, second, millis), QTimeZone::utc());
    *msecs = utc.toMSecsSinceEpoch() - qint64(offsetMinutes) * 60 * 1000;
    return true;
}

DateOrder detectDateOrder(const QStringList& values, DateOrder fallback)
{
    for (const QString& value : values) {
        const QStringView v = QStringView(value).trimmed();
        if (v.isEmpty() || (v.size() >= 10 && v[4] == u'-' && v[7] == u'-'))
            continue;
        qsizetype a = 0;
        while (a < v.size() && v[a].isDigit())
            ++a;
        if (a == 0 || a >= v.size() || (v[a] != u'/' && v[a] != u'.' && v[a] != u'-'))
            continue;
        if (a == 4)
            return DateOrder::YearMonthDay;
        qsizetype b = a + 1;
        while (b < v.size() && v[b].isDigit())
            ++b;
        const int first = v.left(a).toInt();
        const int second = v.mid(a + 1, b - a - 1).toInt();
        if (first > 12 && second <= 12)
            return DateOrder::DayMonthYear;
        if (second > 12 && first <= 12)
            return DateOrder::MonthDayYear;
    }
    return fallback;
}

} // namespace rapport::io
