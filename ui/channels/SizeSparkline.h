// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Channel.h"

#include <QStyledItemDelegate>
#include <QWidget>

namespace rapport::ui {

/**
 * A channel's audience over time as a small line on a time axis, labelled directly with
 * the first and the latest size (no legend, no grid).
 */
class SizeSparkline : public QWidget
{
    Q_OBJECT

public:
    explicit SizeSparkline(QWidget* parent = nullptr);

    void setSizes(const QList<model::AudienceSize>& sizes);
    const QList<model::AudienceSize>& sizes() const { return m_sizes; }
    /** Where each size is drawn, in widget coordinates (for tests and hit testing). */
    QList<QPointF> points() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF plotArea() const;

    QList<model::AudienceSize> m_sizes;
};

/** Paints a fraction (FractionRole) as a bar with its percentage. */
class FractionBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    FractionBarDelegate(int role, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace rapport::ui
