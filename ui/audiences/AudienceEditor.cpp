// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/AudienceEditor.h"

#include "ui/ProjectSession.h"
#include "ui/SessionEngine.h"
#include "ui/audiences/AddPeopleDialog.h"
#include "ui/audiences/AudienceController.h"
#include "ui/audiences/AudienceCounter.h"
#include "ui/audiences/AudiencePeopleModel.h"
#include "ui/audiences/AudiencePeoplePanel.h"
#include "ui/audiences/RuleEditor.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

AudienceEditor::AudienceEditor(AudienceController& controller, SessionEngine* engine,
                               QWidget* parent)
    : QWidget(parent), m_controller(controller), m_engine(engine),
      m_counter(new AudienceCounter(this)), m_countTimer(new QTimer(this)),
      m_nameEdit(new QLineEdit), m_descriptionEdit(new QLineEdit), m_kindLabel(new QLabel),
      m_problemLabel(new QLabel), m_ruleEditor(new RuleEditor), m_ruleBox(new QWidget),
      m_countLabel(new QLabel), m_countNoteLabel(new QLabel),
      m_showPeopleButton(
          new QPushButton(QIcon::fromTheme(QStringLiteral("system-users"),
                                           QIcon(QStringLiteral(":/icons/area-people.svg"))),
                          tr("Show in People"))),
      m_peoplePanel(new AudiencePeoplePanel)
{
    m_nameEdit->setObjectName(QStringLiteral("audienceNameEdit"));
    QFont nameFont = m_nameEdit->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_nameEdit->setFont(nameFont);
    m_nameEdit->setMaxLength(512);
    m_descriptionEdit->setObjectName(QStringLiteral("audienceDescriptionEdit"));
    m_descriptionEdit->setPlaceholderText(tr("What this audience is for (optional)"));
    m_kindLabel->setObjectName(QStringLiteral("audienceKindLabel"));
    m_kindLabel->setForegroundRole(QPalette::PlaceholderText);
    m_kindLabel->setWordWrap(true);
    m_problemLabel->setObjectName(QStringLiteral("audienceProblemLabel"));
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1a));
    m_problemLabel->setPalette(warning);
    m_problemLabel->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    auto* ruleLayout = new QVBoxLayout(m_ruleBox);
    ruleLayout->setContentsMargins(0, 6, 0, 0);
    ruleLayout->addWidget(m_ruleEditor);

    m_top = new QWidget;
    auto* topLayout = new QVBoxLayout(m_top);
    topLayout->addLayout(form);
    topLayout->addWidget(m_kindLabel);
    topLayout->addWidget(m_problemLabel);
    topLayout->addWidget(m_ruleBox);
    topLayout->addStretch();
    m_topScroll = new QScrollArea;
    m_topScroll->setWidget(m_top);
    m_topScroll->setWidgetResizable(true);
    m_topScroll->setFrameShape(QFrame::NoFrame);

    m_countLabel->setObjectName(QStringLiteral("audienceCountLabel"));
    QFont countFont = m_countLabel->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.4);
    countFont.setBold(true);
    m_countLabel->setFont(countFont);
    m_countNoteLabel->setObjectName(QStringLiteral("audienceCountNoteLabel"));
    m_countNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_showPeopleButton->setObjectName(QStringLiteral("showPeopleButton"));
    m_showPeopleButton->setToolTip(tr("List these people in the People area"));
    auto* bottom = new QWidget;
    auto* countLayout = new QHBoxLayout;
    countLayout->addWidget(m_countLabel);
    countLayout->addWidget(m_countNoteLabel, 1);
    countLayout->addWidget(m_showPeopleButton);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->addLayout(countLayout);
    bottomLayout->addWidget(m_peoplePanel, 1);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("audienceEditorSplitter"));
    m_splitter->addWidget(m_topScroll);
    m_splitter->addWidget(bottom);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &AudienceEditor::countNow);
    connect(m_counter, &AudienceCounter::counted, this, [this] {
        if (!m_audience || m_counter->counts().isEmpty() ||
            m_counter->counts().front().id != m_audience->meta.id)
            return;
        const AudienceCounter::Count& count = m_counter->counts().front();
        m_count = count.people;
        m_countError = count.error;
        QList<qint64> keys(count.keys.begin(), count.keys.end());
        // The same people again (the rule changed, not its result): keep the table as it is.
        const bool same = keys == m_keys && m_peoplePanel->model()->total() == keys.size();
        m_keys = std::move(keys);
        if (ProjectSession* session = m_controller.session(); session && !same)
            m_peoplePanel->setPeople(session->file().database(), m_keys, false);
        showCount();
    });
    if (m_engine) {
        connect(m_engine, &SessionEngine::ready, this, &AudienceEditor::engineReady);
        connect(m_engine, &SessionEngine::loadFailed, this, &AudienceEditor::showCount);
        connect(m_engine, &SessionEngine::loadStarted, this, &AudienceEditor::showCount);
    }
    connect(m_ruleEditor, &RuleEditor::edited, this, &AudienceEditor::ruleEdited);
    connect(m_ruleEditor, &RuleEditor::rowsChanged, this, &AudienceEditor::fitRule,
            Qt::QueuedConnection); // once the rows are laid out
    connect(m_nameEdit, &QLineEdit::editingFinished, this, &AudienceEditor::commitName);
    connect(m_descriptionEdit, &QLineEdit::editingFinished, this,
            &AudienceEditor::commitDescription);
    connect(m_peoplePanel, &AudiencePeoplePanel::addRequested, this, &AudienceEditor::addPeople);
    connect(m_peoplePanel, &AudiencePeoplePanel::removeRequested, this,
            &AudienceEditor::removePeople);
    connect(m_showPeopleButton, &QPushButton::clicked, this, [this] {
        if (m_audience && !m_keys.isEmpty())
            emit showPeopleRequested(m_audience->name, m_keys);
    });
    showAudience(std::nullopt);
}

AudienceEditor::~AudienceEditor() = default;

void AudienceEditor::setShowPeopleAvailable(bool available)
{
    m_showPeopleAvailable = available;
    showCount();
}

void AudienceEditor::setCountDelay(int milliseconds)
{
    m_countTimer->setInterval(milliseconds);
}

void AudienceEditor::setChoices(const ConditionChoices& choices)
{
    m_ruleEditor->setChoices(choices);
}

void AudienceEditor::editName()
{
    m_nameEdit->setFocus(Qt::ShortcutFocusReason);
    m_nameEdit->selectAll();
}

void AudienceEditor::showAudience(const std::optional<model::Audience>& audience)
{
    const bool same = audience && m_audience && m_audience->meta.id == audience->meta.id;
    m_audience = audience;
    setEnabled(audience.has_value());
    if (!audience) {
        m_countTimer->stop();
        m_counter->clear();
        m_nameEdit->clear();
        m_descriptionEdit->clear();
        m_kindLabel->clear();
        m_problemLabel->hide();
        m_ruleBox->hide();
        m_ruleEditor->setRule({});
        m_peoplePanel->clear();
        m_count = -1;
        m_keys.clear();
        m_countError.clear();
        showCount();
        return;
    }
    const bool editable = m_controller.canEdit();
    // A name refused (already taken, say) stays for the user to correct.
    if (!same || !m_problemLabel->isVisible())
        m_nameEdit->setText(audience->name);
    if (!same || !m_descriptionEdit->hasFocus())
        m_descriptionEdit->setText(audience->description);
    m_nameEdit->setReadOnly(!editable);
    m_descriptionEdit->setReadOnly(!editable);
    if (!same)
        m_problemLabel->hide();
    const bool rule = audience->kind == model::Audience::Kind::Rule;
    m_kindLabel->setText(rule ? tr("A rule: people are in this audience while they match it.")
                              : tr("A static list: the people you add, until you remove them."));
    m_ruleBox->setVisible(rule);
    m_ruleEditor->setEditable(editable);
    if (!same) // else the user's own split stays
        QMetaObject::invokeMethod(this, &AudienceEditor::fitRule, Qt::QueuedConnection);
    if (rule) {
        m_ruleEditor->setRule(audience->rule);
        if (!same) {
            m_count = -1;
            m_keys.clear();
            m_countError.clear();
            m_peoplePanel->clear();
            countNow();
        } else if (m_ruleEditor->rule() != m_countedRule) { // undone, redone
            countNow();
        } else if (ProjectSession* session = m_controller.session(); session && m_count >= 0) {
            // The project changed: the same people may read differently now.
            m_peoplePanel->setPeople(session->file().database(), m_keys, false);
        }
    } else {
        m_ruleEditor->setRule({});
        m_counter->clear();
        showMembers();
    }
}

void AudienceEditor::fitRule()
{
    // The rule gets the room it needs, up to three fifths; the people get the rest.
    const int total = m_splitter->height();
    if (total <= 0)
        return;
    const int wanted =
        m_top->sizeHint().height() + (m_topScroll->horizontalScrollBar()->isVisible()
                                          ? m_topScroll->horizontalScrollBar()->height()
                                          : 0);
    const int top = std::min(wanted, total * 3 / 5);
    m_splitter->setSizes({top, total - top});
}

void AudienceEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QMetaObject::invokeMethod(this, &AudienceEditor::fitRule, Qt::QueuedConnection);
}

void AudienceEditor::showMembers()
{
    ProjectSession* session = m_controller.session();
    if (!m_audience || !session)
        return;
    m_keys = m_controller.memberKeys(m_audience->meta.id);
    m_count = m_keys.size();
    m_countError.clear();
    m_peoplePanel->setPeople(session->file().database(), m_keys, m_controller.canEdit());
    showCount();
}

void AudienceEditor::ruleEdited(bool finished, const QString& undoText, const QString& mergeKey)
{
    if (!m_audience)
        return;
    m_countTimer->start();
    showCount();
    if (!finished || !m_ruleEditor->problems().isEmpty() || !m_controller.canEdit())
        return;
    QString error;
    if (!m_controller.setRule(m_audience->meta.id, m_ruleEditor->rule(), undoText, mergeKey,
                              &error))
        showProblem(error);
}

void AudienceEditor::commitName()
{
    if (!m_audience || !m_controller.canEdit() ||
        m_nameEdit->text().trimmed() == m_audience->name) {
        if (m_audience && m_nameEdit->text().trimmed() == m_audience->name)
            showProblem({});
        return;
    }
    QString error;
    if (m_controller.rename(m_audience->meta.id, m_nameEdit->text(), &error))
        showProblem({});
    else
        showProblem(error);
}

void AudienceEditor::commitDescription()
{
    if (!m_audience || !m_controller.canEdit() ||
        m_descriptionEdit->text().trimmed() == m_audience->description)
        return;
    QString error;
    if (!m_controller.setDescription(m_audience->meta.id, m_descriptionEdit->text(), &error))
        showProblem(error);
}

void AudienceEditor::addPeople()
{
    ProjectSession* session = m_controller.session();
    if (!m_audience || !session || !m_controller.canEdit())
        return;
    AddPeopleDialog dialog(session->file().database(), m_audience->name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<qint64> keys = dialog.selectedKeys();
    QString error;
    if (!m_controller.addMembers(m_audience->meta.id, keys, &error))
        showProblem(error);
}

void AudienceEditor::removePeople(const QList<qint64>& keys)
{
    if (!m_audience || !m_controller.canEdit())
        return;
    QString error;
    if (!m_controller.removeMembers(m_audience->meta.id, keys, &error))
        showProblem(error);
}

void AudienceEditor::showProblem(const QString& problem)
{
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

void AudienceEditor::engineReady()
{
    if (m_audience && m_audience->kind == model::Audience::Kind::Rule)
        countNow();
    else
        showCount();
}

void AudienceEditor::countNow()
{
    m_countTimer->stop();
    if (!m_audience || m_audience->kind != model::Audience::Kind::Rule)
        return;
    m_countedRule = m_ruleEditor->rule();
    if (const QString problems = m_ruleEditor->problems(); !problems.isEmpty()) {
        m_counter->clear();
        m_count = -1;
        m_keys.clear();
        m_countError = tr("Complete the rule to count its people.");
        m_peoplePanel->clear();
        showCount();
        return;
    }
    m_countError.clear();
    if (m_engine && m_engine->data()) {
        const model::AudienceRule rule = m_ruleEditor->rule();
        m_counter->count(
            m_engine->data(),
            {{m_audience->meta.id, m_audience->name, rule, m_controller.campaignKeys(rule)}}, true,
            QDateTime::currentSecsSinceEpoch());
    }
    showCount(); // counting…; without data yet, engineReady() counts
}

void AudienceEditor::showCount()
{
    const bool rule = m_audience && m_audience->kind == model::Audience::Kind::Rule;
    const bool counting = rule && (m_countTimer->isActive() || m_counter->isBusy() ||
                                   (m_engine && !m_engine->data() && m_engine->isLoading()));
    if (!m_audience)
        m_countLabel->clear();
    else if (m_count >= 0)
        m_countLabel->setText(tr("%Ln people", nullptr, int(m_count)));
    else
        m_countLabel->setText(tr("—"));

    QString note;
    if (!m_audience) {
        note.clear();
    } else if (!m_countError.isEmpty()) {
        note = m_countError;
    } else if (rule && m_count < 0 && m_engine && !m_engine->lastError().isEmpty()) {
        note = tr("Cannot count: %1").arg(m_engine->lastError());
    } else if (counting) {
        note = tr("Counting…");
    } else if (rule && !m_engine) {
        note = tr("Counting needs the analytics engine.");
    } else if (rule && !m_engine->isCurrent()) {
        note = tr("Updating with the latest changes…");
    }
    m_countNoteLabel->setText(note);
    m_countNoteLabel->setToolTip(note);
    m_showPeopleButton->setVisible(m_showPeopleAvailable);
    m_showPeopleButton->setEnabled(m_count > 0 && !m_keys.isEmpty());
}

} // namespace rapport::ui
