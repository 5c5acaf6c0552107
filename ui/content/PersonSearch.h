// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Uuid.h"

#include <QAbstractListModel>
#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace rapport::ui {

/**
 * People whose name or email contains a text, for choosing authors and reward recipients
 * in projects of any size: at most kLimit matches, read by name order (people merged into
 * another are left out).
 */
class PersonSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kLimit = 50;
    enum Role
    {
        IdRole = Qt::UserRole, // text
        NameRole,
    };

    explicit PersonSearchModel(QSqlDatabase db, QObject* parent = nullptr);
    void search(const QString& text);
    model::Uuid id(int row) const;
    QString name(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Match
    {
        model::Uuid id;
        QString name;
        QString email;
    };
    QSqlDatabase m_db;
    bool m_hasMerges = false;
    QList<Match> m_matches;
};

/** A search field over the people with the matches below it. */
class PersonSearchWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PersonSearchWidget(QSqlDatabase db, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_edit; }
    QListView* resultView() const { return m_view; }
    PersonSearchModel* model() const { return m_model; }
    /** Searches now (typing searches after a short pause). */
    void search();
    /** Shows person as the choice (the field holds their name). */
    void setPerson(const model::Uuid& id, const QString& name);
    model::Uuid person() const;
    QString personName() const;

signals:
    void personChanged();
    /** Double-click or Enter on a match. */
    void activated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_edit;
    QListView* m_view;
    QLabel* m_hint;
    PersonSearchModel* m_model;
    QTimer* m_timer;
};

/** Asks for one person (an author to add, a reward's recipient). */
class PersonPickerDialog : public QDialog
{
    Q_OBJECT

public:
    PersonPickerDialog(QSqlDatabase db, const QString& title, QWidget* parent = nullptr);
    PersonSearchWidget* searchWidget() const { return m_search; }
    model::Uuid person() const;
    QString personName() const;

private:
    PersonSearchWidget* m_search;
};

} // namespace rapport::ui
