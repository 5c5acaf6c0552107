// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace rapport::ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString canonicalPath = info.canonicalFilePath();
    return canonicalPath.isEmpty() ? info.absoluteFilePath() : canonicalPath;
}
} // namespace

RecentFiles::RecentFiles(QSettings& settings, QObject* parent)
    : QObject(parent), m_settings(settings)
{
}

QStringList RecentFiles::paths() const
{
    return m_settings.value(kKey).toStringList().mid(0, kMaximum);
}

QString RecentFiles::last() const
{
    const QStringList all = paths();
    return all.isEmpty() ? QString() : all.first();
}

void RecentFiles::add(const QString& path)
{
    const QString entry = canonical(path);
    QStringList all = paths();
    all.removeAll(entry);
    all.prepend(entry);
    write(all.mid(0, kMaximum));
}

void RecentFiles::remove(const QString& path)
{
    QStringList all = paths();
    if (all.removeAll(canonical(path)) + all.removeAll(path) > 0)
        write(all);
}

void RecentFiles::clear()
{
    write({});
}

void RecentFiles::write(const QStringList& paths)
{
    m_settings.setValue(kKey, paths);
    m_settings.sync(); // at once: a crash or a kill right after opening keeps the list
    emit changed();
}

} // namespace rapport::ui
