// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"
#include "ui/audiences/ConditionRow.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTimer;

namespace rapport::ui {

class AudienceController;
class AudienceCounter;
class AudiencePeoplePanel;
class RuleEditor;
class SessionEngine;

/**
 * One audience, edited: its name, description and rule (or members), with the number of
 * people in it counted live on the engine as the rule changes, and those people listed.
 *
 * Edits are saved as they are finished (a value when its field is left, a choice when it is
 * made), each as an undo step; a rule with a problem is shown with the problem and saved once
 * it is fixed. The count follows the rule being edited, saved or not.
 */
class AudienceEditor : public QWidget
{
    Q_OBJECT

public:
    AudienceEditor(AudienceController& controller, SessionEngine* engine,
                   QWidget* parent = nullptr);
    ~AudienceEditor() override;

    /** Shows audience (nullopt: none). The same audience again keeps what is being typed. */
    void showAudience(const std::optional<model::Audience>& audience);
    const std::optional<model::Audience>& audience() const { return m_audience; }
    void setChoices(const ConditionChoices& choices);
    /** Focuses the name, all selected, for renaming. */
    void editName();

    /** The live count: people in the audience as shown, −1 while unknown. */
    qint64 liveCount() const { return m_count; }
    /** Their people.keys (ascending) when known. */
    const QList<qint64>& liveKeys() const { return m_keys; }
    /** Whether "Show in People" is offered (someone handles showPeopleRequested). */
    void setShowPeopleAvailable(bool available);
    /** How long the count waits for the rule to stop changing, in milliseconds. */
    void setCountDelay(int milliseconds);

    QLineEdit* nameEdit() const { return m_nameEdit; }
    QLineEdit* descriptionEdit() const { return m_descriptionEdit; }
    QLabel* kindLabel() const { return m_kindLabel; }
    QLabel* problemLabel() const { return m_problemLabel; }
    RuleEditor* ruleEditor() const { return m_ruleEditor; }
    QLabel* countLabel() const { return m_countLabel; }
    QLabel* countNoteLabel() const { return m_countNoteLabel; }
    QPushButton* showPeopleButton() const { return m_showPeopleButton; }
    AudiencePeoplePanel* peoplePanel() const { return m_peoplePanel; }

signals:
    /** "Show these people": the audience's name and its people.keys. */
    void showPeopleRequested(const QString& title, const QList<qint64>& keys);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitRule();
    void ruleEdited(bool finished, const QString& undoText, const QString& mergeKey);
    void commitName();
    void commitDescription();
    void addPeople();
    void removePeople(const QList<qint64>& keys);
    void showProblem(const QString& problem);
    void countNow();
    void showCount();
    void showMembers();
    void engineReady();

    AudienceController& m_controller;
    SessionEngine* m_engine;
    AudienceCounter* m_counter;
    QTimer* m_countTimer;
    std::optional<model::Audience> m_audience;
    qint64 m_count = -1;
    QList<qint64> m_keys;
    QString m_countError;
    model::AudienceRule m_countedRule; // the rule last counted, or being counted
    bool m_showPeopleAvailable = false;
    QLineEdit* m_nameEdit;
    QLineEdit* m_descriptionEdit;
    QLabel* m_kindLabel;
    QLabel* m_problemLabel;
    RuleEditor* m_ruleEditor;
    QWidget* m_ruleBox;
    QWidget* m_top;
    QScrollArea* m_topScroll;
    QSplitter* m_splitter;
    QLabel* m_countLabel;
    QLabel* m_countNoteLabel;
    QPushButton* m_showPeopleButton;
    AudiencePeoplePanel* m_peoplePanel;
};

} // namespace rapport::ui
