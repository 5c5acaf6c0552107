// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace rapport::ui {

struct DashboardFilters;

/**
 * The dashboard's global filters: a date range (two date fields whose lowest value reads
 * "from the beginning" / "until now", and a period menu of presets: last 30 days, last 90
 * days, this year, all time), an audience, a campaign and a channel (each "all" by default).
 *
 * changed() is emitted once per change the user makes (a preset that moves both dates is
 * one change); setFilters() changes them from code and emits changed() once if anything
 * changed.
 */
class DashboardFilterBar : public QWidget
{
    Q_OBJECT

public:
    /** A campaign or channel offered, with the key the engine knows it by. */
    struct Choice
    {
        QString name;
        qint64 key = 0;
    };
    enum class Preset
    {
        Custom,
        Last30Days,
        Last90Days,
        ThisYear,
        AllTime
    };

    explicit DashboardFilterBar(QWidget* parent = nullptr);

    /** What the presets count back from (the project clock's today). */
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const { return m_today; }

    /** The names and keys offered; a filter whose choice is gone falls back to "all" (and
     *  emits changed()). */
    void setChoices(const QStringList& audiences, const QList<Choice>& campaigns,
                    const QList<Choice>& channels);
    QStringList audiences() const;

    DashboardFilters filters() const;
    void setFilters(const DashboardFilters& filters);
    void applyPreset(Preset preset);
    /** Campaign/channel key of the chosen one, 0 for all. */
    qint64 campaignKey() const;
    qint64 channelKey() const;

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* periodCombo() const { return m_period; }
    QComboBox* audienceCombo() const { return m_audience; }
    QComboBox* campaignCombo() const { return m_campaign; }
    QComboBox* channelCombo() const { return m_channel; }

    /** The lowest date of the date fields: it stands for "no bound". */
    static QDate unbounded();

signals:
    void changed();

private:
    void dateEdited(QDateEdit* edit, const QDate& date);
    void showPreset();
    void emitIfChanged();
    static void setDate(QDateEdit* edit, const QDate& date);
    static QDate dateOf(const QDateEdit* edit);
    static void fillCombo(QComboBox* combo, const QString& all, const QList<Choice>& choices);
    static void selectName(QComboBox* combo, const QString& name);

    QDate m_today;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_period;
    QComboBox* m_audience;
    QComboBox* m_campaign;
    QComboBox* m_channel;
    QStringList m_emitted; // filters() when changed() was last emitted, as text
    int m_quiet = 0;       // > 0 while several widgets change as one
};

} // namespace rapport::ui
