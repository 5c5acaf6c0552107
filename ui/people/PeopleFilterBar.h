// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/PeopleSearchIndex.h"

#include <QComboBox>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace rapport::ui {

/** A filter's choices, read again each time its list opens (counts stay current). */
class FilterComboBox : public QComboBox
{
    Q_OBJECT

public:
    using Values = std::function<QList<QPair<QString, qint64>>()>;
    FilterComboBox(const QString& anyText, Values values, QWidget* parent = nullptr);

    /** The value chosen: nullopt for "any", an empty string for "none". */
    std::optional<QString> value() const;
    /** Chooses a value (adding it to the list if needed); nullopt chooses "any". */
    void setValue(const std::optional<QString>& value);
    /** Fills the list now (showPopup does it too). */
    void refill();

    void showPopup() override;

private:
    QString m_anyText;
    Values m_values;
};

/**
 * The search box and the column filters above the people table: search-as-you-type
 * (debounced) over name, email, handles and company; country, role, company, tag and
 * engagement level. Emits queryChanged when the query to apply changed.
 */
class PeopleFilterBar : public QWidget
{
    Q_OBJECT

public:
    using Query = storage::PeopleSearchIndex::Query;
    static constexpr int kDebounceMs = 200;

    explicit PeopleFilterBar(QWidget* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

    /** Where the filters' values come from (the search index; nullptr while building). */
    void setIndex(std::function<const storage::PeopleSearchIndex*()> index);
    Query query() const;
    /** Clears the search and every filter. */
    void clear();
    /** The line under the filters: how many are shown, how long it took. */
    void setStatus(const QString& text);

    QLineEdit* searchLineEdit() const { return m_search; }
    FilterComboBox* countryComboBox() const { return m_attribute[0]; }
    FilterComboBox* roleComboBox() const { return m_attribute[1]; }
    FilterComboBox* companyComboBox() const { return m_attribute[2]; }
    FilterComboBox* tagComboBox() const { return m_tag; }
    QComboBox* levelComboBox() const { return m_level; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void queryChanged();
    /** Down was pressed in the search box: on to the results. */
    void resultsRequested();

private:
    QLineEdit* m_search;
    QTimer* m_debounce;
    FilterComboBox* m_attribute[storage::PeopleSearchIndex::AttributeCount];
    FilterComboBox* m_tag;
    QComboBox* m_level;
    QToolButton* m_clear;
    QLabel* m_status;
    std::function<const storage::PeopleSearchIndex*()> m_index;
};

} // namespace rapport::ui
