// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Clock.h"

namespace rapport::test {

/** A clock that says what the test tells it; advance() moves it on. */
class FixedClock final : public model::Clock
{
public:
    explicit FixedClock(QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace rapport::test
