// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audiences/AudiencesArea.h"

#include "ui/ProjectSession.h"
#include "ui/SessionEngine.h"
#include "ui/audiences/AudienceController.h"
#include "ui/audiences/AudienceCounter.h"
#include "ui/audiences/AudienceEditor.h"
#include "ui/audiences/AudienceListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaMethod>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {

QWidget* messagePage(const QString& title, const QString& hint, const QList<QAction*>& actions)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* titleLabel = new QLabel(title);
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    titleLabel->setFont(font);
    auto* hintLabel = new QLabel(hint);
    hintLabel->setWordWrap(true);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {titleLabel, hintLabel})
        label->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(titleLabel);
    layout->addWidget(hintLabel);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QAction* action : actions) {
        auto* button = new QPushButton(action->icon(), action->text().remove(u'&'));
        QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

} // namespace

AudiencesArea::AudiencesArea(SessionEngine* engine, QWidget* parent)
    : Area(parent), m_engine(engine), m_controller(new AudienceController(this)),
      m_listCounter(new AudienceCounter(this)), m_listModel(new AudienceListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_listView(new QTableView),
      m_filterEdit(new QLineEdit), m_newButton(new QToolButton), m_stack(new QStackedWidget),
      m_editor(new AudienceEditor(*m_controller, engine))
{
    createActions();

    m_proxy->setSourceModel(m_listModel);
    m_proxy->setSortRole(AudienceListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_listView->setObjectName(QStringLiteral("audienceListView"));
    m_listView->setModel(m_proxy);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setAlternatingRowColors(true);
    m_listView->setWordWrap(false);
    m_listView->setSortingEnabled(true);
    m_listView->sortByColumn(AudienceListModel::Name, Qt::AscendingOrder);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_listView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_listView->horizontalHeader()->setStretchLastSection(false);
    m_listView->horizontalHeader()->setSectionResizeMode(AudienceListModel::Name,
                                                         QHeaderView::Stretch);
    // The description is in the editor beside the list (and in what Copy puts out).
    m_listView->setColumnHidden(AudienceListModel::Description, true);
    m_listView->setContextMenuPolicy(Qt::CustomContextMenu);
    const int ch = fontMetrics().averageCharWidth();
    m_listView->horizontalHeader()->resizeSection(
        AudienceListModel::Kind, fontMetrics().horizontalAdvance(
                                     AudienceListModel::kindText(model::Audience::Kind::Static)) +
                                     2 * ch);
    m_listView->horizontalHeader()->resizeSection(AudienceListModel::People, 9 * ch);
    m_listView->addAction(m_deleteAction);
    m_listView->addAction(m_copyAction);

    m_filterEdit->setObjectName(QStringLiteral("audienceFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter audiences (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_newButton->setObjectName(QStringLiteral("newAudienceButton"));
    m_newButton->setDefaultAction(m_newRuleAction);
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* newMenu = new QMenu(m_newButton);
    newMenu->addAction(m_newRuleAction);
    newMenu->addAction(m_newListAction);
    m_newButton->setMenu(newMenu);
    auto* toolBar = new QHBoxLayout;
    toolBar->addWidget(m_newButton);
    for (QAction* action : {m_duplicateAction, m_deleteAction}) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        toolBar->addWidget(button);
    }
    toolBar->addStretch();

    auto* left = new QWidget;
    left->setObjectName(QStringLiteral("audienceListPane"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(toolBar);
    leftLayout->addWidget(m_filterEdit);
    leftLayout->addWidget(m_listView, 1);
    left->addAction(m_newRuleAction);

    m_emptyPage = messagePage(
        tr("No audiences yet."),
        tr("An audience is a named group of people: a rule (“backend developers in Germany who "
           "attended at least 2 events in the last 90 days”) that stays up to date, or a "
           "static list of people you pick."),
        {m_newRuleAction, m_newListAction});
    m_nonePage = messagePage(tr("Select an audience to edit it."), {}, {});
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_nonePage);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("audiencesSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({44 * ch, 120 * ch});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrent();
        updateActions();
    });
    connect(m_listView, &QWidget::customContextMenuRequested, this, [this](QPoint at) {
        QMenu menu;
        menu.addAction(m_newRuleAction);
        menu.addAction(m_newListAction);
        menu.addSeparator();
        menu.addAction(m_duplicateAction);
        menu.addAction(m_renameAction);
        menu.addAction(m_deleteAction);
        menu.addSeparator();
        menu.addAction(m_copyAction);
        menu.exec(m_listView->viewport()->mapToGlobal(at));
    });
    connect(m_listCounter, &AudienceCounter::counted, this, [this] {
        for (const AudienceCounter::Count& count : m_listCounter->counts())
            m_listModel->setCount(count.id, count.people, count.error);
    });
    connect(m_controller, &AudienceController::failed, this, &AudiencesArea::report);
    connect(m_editor, &AudienceEditor::statusMessage, this, &Area::statusMessage);
    connect(m_editor, &AudienceEditor::showPeopleRequested, this,
            &AudiencesArea::showPeopleRequested);
    if (m_engine) {
        connect(m_engine, &SessionEngine::ready, this, [this] {
            updateChoices();
            countAll();
        });
    }
    setSession(nullptr);
}

AudiencesArea::~AudiencesArea() = default;

void AudiencesArea::createActions()
{
    m_newRuleAction =
        new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Audience"), this);
    m_newRuleAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_newRuleAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newRuleAction->setToolTip(tr("New audience defined by a rule (Ins)"));
    connect(m_newRuleAction, &QAction::triggered, this,
            [this] { createAudience(model::Audience::Kind::Rule); });
    m_newListAction = new QAction(QIcon::fromTheme(QStringLiteral("view-list-details")),
                                  tr("New &Static List"), this);
    m_newListAction->setToolTip(tr("New audience of people you pick one by one"));
    connect(m_newListAction, &QAction::triggered, this,
            [this] { createAudience(model::Audience::Kind::Static); });
    m_duplicateAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicateAction->setToolTip(tr("Duplicate the selected audience (Ctrl+D)"));
    connect(m_duplicateAction, &QAction::triggered, this, &AudiencesArea::duplicateCurrent);
    m_renameAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-rename")), tr("&Rename"), this);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_renameAction, &QAction::triggered, this, [this] { m_editor->editName(); });
    m_deleteAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut); // Del in a field deletes text
    m_deleteAction->setToolTip(tr("Delete the selected audience (Del)"));
    connect(m_deleteAction, &QAction::triggered, this, &AudiencesArea::deleteCurrent);
    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &AudiencesArea::copySelection);
    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addActions({m_duplicateAction, m_renameAction, m_findAction});
}

void AudiencesArea::connectNotify(const QMetaMethod& signal)
{
    // "Show in People" is offered once someone can show them.
    if (signal == QMetaMethod::fromSignal(&AudiencesArea::showPeopleRequested))
        m_editor->setShowPeopleAvailable(true);
    Area::connectNotify(signal);
}

QString AudiencesArea::areaTitle() const
{
    return tr("Audiences");
}

QIcon AudiencesArea::areaIcon() const
{
    return QIcon(QStringLiteral(":/icons/area-audiences.svg"));
}

void AudiencesArea::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_controller->setSession(session);
    m_listCounter->clear();
    m_filterEdit->clear();
    m_listModel->setAudiences({});
    m_listed = false;
    if (session)
        connect(session, &ProjectSession::contentChanged, this, &AudiencesArea::reload);
    reload();
    if (m_proxy->rowCount() > 0)
        m_listView->setCurrentIndex(m_proxy->index(0, AudienceListModel::Name));
    updateChoices();
}

model::Uuid AudiencesArea::currentAudience() const
{
    const QModelIndex current = m_listView->currentIndex();
    return current.isValid()
               ? model::Uuid::fromString(current.data(AudienceListModel::IdRole).toString())
               : model::Uuid();
}

void AudiencesArea::selectAudience(const model::Uuid& id)
{
    const int row = m_listModel->rowOf(id);
    QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_listModel->index(row, 0));
    if (row >= 0 && !index.isValid()) { // hidden by the filter
        m_filterEdit->clear();
        index = m_proxy->mapFromSource(m_listModel->index(row, 0));
    }
    if (index.isValid()) {
        m_listView->setCurrentIndex(index);
        m_listView->scrollTo(index);
    } else {
        m_listView->selectionModel()->clearCurrentIndex();
        m_listView->clearSelection();
    }
    showCurrent();
    updateActions();
}

void AudiencesArea::reload()
{
    model::Uuid current = currentAudience();
    const int currentRow = m_listView->currentIndex().row();
    QSet<model::Uuid> before;
    for (const model::Audience& audience : m_listModel->audiences())
        before.insert(audience.meta.id);
    {
        const QSignalBlocker block(m_listView->selectionModel());
        const QList<model::Audience> audiences = m_controller->audiences();
        // An audience that appears (created, or brought back by undo) becomes the current one.
        if (m_listed) {
            for (const model::Audience& audience : audiences) {
                if (!before.contains(audience.meta.id))
                    current = audience.meta.id;
            }
        }
        m_listed = m_session != nullptr;
        m_listModel->setAudiences(audiences);
        QModelIndex index;
        if (const int row = m_listModel->rowOf(current); row >= 0)
            index = m_proxy->mapFromSource(m_listModel->index(row, 0));
        else if (currentRow >= 0 && m_proxy->rowCount() > 0) // gone: its neighbour
            index = m_proxy->index(std::min(currentRow, m_proxy->rowCount() - 1), 0);
        if (index.isValid())
            m_listView->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_listView->viewport()->update();
    showCurrent();
    updateActions();
    countAll();
}

void AudiencesArea::showCurrent()
{
    const int row = m_proxy->mapToSource(m_listView->currentIndex()).row();
    const model::Audience* audience = m_listModel->audience(row);
    if (audience) {
        m_editor->showAudience(*audience);
        m_stack->setCurrentWidget(m_editor);
        return;
    }
    m_editor->showAudience(std::nullopt);
    m_stack->setCurrentWidget(m_session && m_listModel->rowCount() == 0 ? m_emptyPage : m_nonePage);
}

void AudiencesArea::countAll()
{
    if (!m_engine || !m_engine->data() || !m_session)
        return;
    QList<AudienceCounter::Rule> rules;
    for (const model::Audience& audience : m_listModel->audiences()) {
        if (audience.kind == model::Audience::Kind::Rule)
            rules.append({audience.meta.id, audience.name, audience.rule,
                          m_controller->campaignKeys(audience.rule)});
    }
    if (!rules.isEmpty())
        m_listCounter->count(m_engine->data(), rules, false, QDateTime::currentSecsSinceEpoch());
}

void AudiencesArea::updateChoices()
{
    ConditionChoices choices;
    if (m_session)
        choices.campaigns = m_controller->campaigns();
    if (const SessionEngine::Data data = m_engine && m_session ? m_engine->data() : nullptr) {
        const engine::Store& store = data->store;
        for (const QString& field : model::audienceAttributeFields()) {
            QStringList values;
            if (field == u"tag") {
                for (std::uint32_t code = 0; code < store.tags().size(); ++code)
                    values << QString::fromStdString(store.tags().text(code));
            } else if (const auto attribute = store.findAttribute(field.toStdString())) {
                const engine::Dictionary& dictionary = store.attributeValues(*attribute);
                for (std::uint32_t code = 0; code < dictionary.size(); ++code) {
                    if (!dictionary.text(code).empty())
                        values << QString::fromStdString(dictionary.text(code));
                }
            }
            values.sort(Qt::CaseInsensitive);
            choices.attributeValues.insert(field, values);
        }
        for (std::uint32_t code = 0; code < store.types().size(); ++code)
            choices.activityTypes << QString::fromStdString(
                store.types().name(store.types().key(code)));
        choices.activityTypes.sort();
    }
    m_editor->setChoices(choices);
}

void AudiencesArea::updateActions()
{
    const bool editable = m_controller->canEdit();
    const bool selected = !currentAudience().isNull();
    m_newRuleAction->setEnabled(editable);
    m_newListAction->setEnabled(editable);
    m_duplicateAction->setEnabled(editable && selected);
    m_renameAction->setEnabled(editable && selected);
    m_deleteAction->setEnabled(editable && selected);
    m_copyAction->setEnabled(selected);
}

void AudiencesArea::createAudience(model::Audience::Kind kind)
{
    QString error;
    const model::Uuid id = m_controller->create(kind, &error);
    if (id.isNull())
        return report(error);
    selectAudience(id);
    m_editor->editName();
}

void AudiencesArea::duplicateCurrent()
{
    QString error;
    const model::Uuid id = m_controller->duplicate(currentAudience(), &error);
    if (id.isNull())
        return report(error);
    selectAudience(id);
    m_editor->editName();
}

void AudiencesArea::deleteCurrent()
{
    const model::Uuid id = currentAudience();
    const int row = m_listView->currentIndex().row();
    const std::optional<model::Audience> audience = m_controller->audience(id);
    if (!audience)
        return;
    const int campaigns = m_controller->campaignCount(id);
    QString error;
    if (!m_controller->remove(id, &error))
        return report(error);
    // The row below takes its place, or the one above at the end.
    const int next = std::min(row, m_proxy->rowCount() - 1);
    if (next >= 0)
        m_listView->setCurrentIndex(m_proxy->index(next, AudienceListModel::Name));
    m_listView->setFocus();
    emit statusMessage(campaigns > 0
                           ? tr("Deleted “%1”, which %n campaign(s) targeted. Undo brings it back.",
                                nullptr, campaigns)
                                 .arg(audience->name)
                           : tr("Deleted “%1”. Undo brings it back.").arg(audience->name));
}

void AudiencesArea::copySelection() const
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    QStringList header, cells;
    for (int column = 0; column < AudienceListModel::ColumnCount; ++column) {
        header << m_proxy->headerData(column, Qt::Horizontal).toString();
        cells << m_proxy->index(current.row(), column).data().toString().simplified();
    }
    QApplication::clipboard()->setText(header.join(u'\t') + u'\n' + cells.join(u'\t') + u'\n');
}

void AudiencesArea::report(const QString& error)
{
    if (!error.isEmpty())
        emit statusMessage(error);
}

} // namespace rapport::ui
