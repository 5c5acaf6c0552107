// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include <optional>

namespace rapport::ui {

/**
 * Goals as horizontal bars: one row per goal with its name and period on the left, a bar of
 * its progress (value ÷ target) with the target marked by a line, and the figure written
 * beside the bar (direct labels, no legend). Bars past the target run on, up to twice it.
 *
 * A row whose people can be listed is clickable (and reachable with the arrow keys and
 * Enter): rowActivated() says which.
 */
class GoalBarsWidget : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString label;                  ///< e.g. "Attended ≥ 500"
        QString detail;                 ///< e.g. "Spring meetup · 1 Jul – 30 Sep 2026"
        QString figure;                 ///< e.g. "412 of 500 people · 82 %"
        std::optional<double> fraction; ///< progress; none: nothing to draw
        bool drillable = false;
    };

    explicit GoalBarsWidget(QWidget* parent = nullptr);

    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }
    /** Where row's bar (its whole track) is drawn, in widget coordinates. */
    QRect barRect(int row) const;
    /** The widest progress the bars show (1 = the target; at least 1, at most 2). */
    double scale() const;
    /** A text shown when there are no rows. */
    void setEmptyText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rowActivated(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    int rowAt(const QPoint& position) const;

    QList<Row> m_rows;
    QString m_emptyText;
    int m_current = -1;
};

} // namespace rapport::ui
