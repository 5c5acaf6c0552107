// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardExport.h"

#include "core/io/CsvWriter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace rapport::ui {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString cannotWrite(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("rapport::ui::DashboardExport", "Cannot write %1: %2")
        .arg(path, reason);
}

} // namespace

QString DashboardExport::tsv(const QList<QStringList>& table)
{
    QString out;
    for (const QStringList& row : table) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += u'\t';
            QString cell = row[i];
            for (QChar& c : cell)
                if (c == u'\t' || c == u'\n' || c == u'\r')
                    c = u' ';
            out += cell;
        }
        out += u'\n';
    }
    return out;
}

bool DashboardExport::writeCsv(const QString& path, const QList<QStringList>& table, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    {
        io::CsvWriter writer(&file);
        for (const QStringList& row : table)
            writer.writeRow(row);
        if (!writer.flush()) {
            file.cancelWriting();
            return fail(error, cannotWrite(path, writer.errorString()));
        }
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

QImage DashboardExport::image(QWidget* widget, qreal ratio)
{
    // What QWidget::grab() gives on a screen of this density, whatever the screen is.
    QImage image(widget->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(widget->palette().color(QPalette::Window));
    widget->render(&image);
    return image;
}

bool DashboardExport::writePng(QWidget* widget, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    if (!image(widget).save(&file, "PNG")) {
        file.cancelWriting();
        return fail(error, cannotWrite(path, file.errorString()));
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

bool DashboardExport::writeSvg(QWidget* widget, const QString& path, const QString& title,
                               QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(widget->size());
        svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
        svg.setResolution(widget->logicalDpiX());
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return fail(error, cannotWrite(path, file.errorString()));
        }
        painter.fillRect(QRect(QPoint(0, 0), widget->size()),
                         widget->palette().color(QPalette::Window));
        widget->render(&painter);
        painter.end();
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

} // namespace rapport::ui
