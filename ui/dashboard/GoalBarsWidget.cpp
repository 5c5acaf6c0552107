// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/GoalBarsWidget.h"

#include "ui/dashboard/ChartStyle.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace rapport::ui {

namespace {
constexpr int kMargin = 12;
constexpr int kGap = 16;
} // namespace

GoalBarsWidget::GoalBarsWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("goalBars"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void GoalBarsWidget::setRows(const QList<Row>& rows)
{
    m_rows = rows;
    m_current = std::min(m_current, int(m_rows.size()) - 1);
    updateGeometry();
    update();
}

void GoalBarsWidget::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

int GoalBarsWidget::rowHeight() const
{
    return 2 * fontMetrics().height() + 18;
}

int GoalBarsWidget::labelWidth() const
{
    int widest = 0;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (const Row& row : m_rows)
        widest = std::max({widest, boldMetrics.horizontalAdvance(row.label),
                           fontMetrics().horizontalAdvance(row.detail)});
    // At most two fifths of the width: the bars are what the view is for. (A little slack:
    // text measured with one font may be drawn with a fallback for a few characters.)
    return std::min(widest + fontMetrics().averageCharWidth(),
                    std::max(120, (width() - 2 * kMargin) * 2 / 5));
}

double GoalBarsWidget::scale() const
{
    double widest = 1;
    for (const Row& row : m_rows)
        if (row.fraction)
            widest = std::max(widest, std::min(2.0, *row.fraction));
    return widest * 1.08; // room to the right of the target line
}

QRect GoalBarsWidget::barRect(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const int left = kMargin + labelWidth() + kGap;
    const int top = kMargin + row * rowHeight() + 4;
    return QRect(left, top, std::max(40, width() - kMargin - left), fontMetrics().height());
}

int GoalBarsWidget::rowAt(const QPoint& position) const
{
    if (position.y() < kMargin)
        return -1;
    const int row = (position.y() - kMargin) / rowHeight();
    return row < m_rows.size() ? row : -1;
}

QSize GoalBarsWidget::sizeHint() const
{
    return QSize(640, 2 * kMargin + std::max<int>(1, int(m_rows.size())) * rowHeight());
}

QSize GoalBarsWidget::minimumSizeHint() const
{
    return QSize(320, sizeHint().height());
}

void GoalBarsWidget::paintEvent(QPaintEvent*)
{
    const ChartStyle style(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_rows.isEmpty()) {
        painter.setPen(style.mutedText());
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const double full = scale();
    const int lw = labelWidth();
    const int line = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const QRect bar = barRect(i);
        const int top = bar.top();
        if (i == m_current && hasFocus()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette()
                                 .color(QPalette::Highlight)
                                 .lighter(ChartStyle::isDark(palette()) ? 60 : 180));
            painter.drawRect(QRect(kMargin / 2, top - 4, width() - kMargin, rowHeight() - 4));
        }
        // Name and period.
        painter.setFont(bold);
        painter.setPen(style.text());
        painter.drawText(QRect(kMargin, top, lw, line), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(row.label, Qt::ElideRight, lw));
        painter.setFont(font());
        painter.setPen(style.mutedText());
        painter.drawText(QRect(kMargin, top + line + 4, lw, line), Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(row.detail, Qt::ElideRight, lw));
        // Track, progress, target.
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.grid());
        painter.drawRect(bar);
        if (row.fraction && *row.fraction > 0) {
            const double shown = std::min(*row.fraction, full);
            const int w = int(double(bar.width()) * shown / full + 0.5);
            painter.setBrush(style.color(*row.fraction >= 1 ? 2 : 0));
            painter.drawRect(QRect(bar.left(), bar.top(), w, bar.height()));
        }
        const int targetX = bar.left() + int(double(bar.width()) / full + 0.5);
        painter.setPen(QPen(style.target(), 2));
        painter.drawLine(targetX, bar.top() - 3, targetX, bar.bottom() + 3);
        // The figure, under the bar.
        painter.setPen(style.text());
        painter.drawText(QRect(bar.left(), top + line + 4, bar.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(row.figure, Qt::ElideRight, bar.width()));
    }
}

void GoalBarsWidget::mouseMoveEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    setCursor(row >= 0 && m_rows[row].drillable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void GoalBarsWidget::mouseReleaseEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0) {
        m_current = row;
        update();
        if (m_rows[row].drillable)
            emit rowActivated(row);
    }
    QWidget::mouseReleaseEvent(event);
}

void GoalBarsWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!m_rows.isEmpty()) {
            const int step = event->key() == Qt::Key_Up ? -1 : 1;
            m_current = std::clamp(m_current + step, 0, int(m_rows.size()) - 1);
            update();
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0 && m_rows[m_current].drillable)
            emit rowActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool GoalBarsWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(),
                               m_rows[row].drillable
                                   ? tr("%1\nClick to list these people.").arg(m_rows[row].figure)
                                   : m_rows[row].figure,
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (event->type() == QEvent::FocusIn && m_current < 0 && !m_rows.isEmpty())
            m_current = 0;
        update();
    }
    return QWidget::event(event);
}

} // namespace rapport::ui
