// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

namespace rapport::ui {

/** The projects opened last, newest first, kept in the settings (at most kMaximum). */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaximum = 8;

    explicit RecentFiles(QSettings& settings, QObject* parent = nullptr);

    QStringList paths() const;
    /** The newest path, or empty. */
    QString last() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void write(const QStringList& paths);

    QSettings& m_settings;
};

} // namespace rapport::ui
