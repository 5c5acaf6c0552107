// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RecoveryRecord.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rapport::storage {

namespace {

QString baseName(const QString& canonicalProject)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalProject.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24));
}

} // namespace

QString canonicalProjectPath(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

QString RecoveryRecord::workingCopyPath(const QString& recoveryDir, const QString& canonicalProject)
{
    return QDir(recoveryDir).filePath(baseName(canonicalProject) + QStringLiteral(".rapport"));
}

QString RecoveryRecord::sidecarPath(const QString& recoveryDir, const QString& canonicalProject)
{
    return QDir(recoveryDir).filePath(baseName(canonicalProject) + QStringLiteral(".json"));
}

bool RecoveryRecord::read(const QString& sidecar)
{
    QFile file(sidecar);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty())
        return false;
    original = json.value(QStringLiteral("original")).toString();
    originalIdentity =
        FileIdentity::fromJson(json.value(QStringLiteral("originalIdentity")).toObject());
    dirty = json.value(QStringLiteral("dirty")).toBool();
    lastChange = QDateTime::fromString(json.value(QStringLiteral("lastChange")).toString(),
                                       Qt::ISODateWithMs)
                     .toUTC();
    cleanChangeCounter = json.value(QStringLiteral("cleanChangeCounter")).toString().toUInt();
    migratedFrom = json.value(QStringLiteral("migratedFrom")).toInt();
    return true;
}

bool RecoveryRecord::write(const QString& sidecar, QString* error) const
{
    const QJsonObject json{
        {QStringLiteral("original"), original},
        {QStringLiteral("originalIdentity"), originalIdentity.toJson()},
        {QStringLiteral("dirty"), dirty},
        {QStringLiteral("lastChange"), lastChange.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("cleanChangeCounter"), QString::number(cleanChangeCounter)},
        {QStringLiteral("migratedFrom"), migratedFrom},
    };
    QSaveFile file(sidecar);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace rapport::storage
