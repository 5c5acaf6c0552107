// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/FunnelBuilderView.h"

#include "core/engine/Engagement.h"
#include "core/engine/LevelCache.h"
#include "core/storage/FunnelRepository.h"
#include "ui/dashboard/DashboardContext.h"
#include "ui/dashboard/FunnelFigures.h"
#include "ui/dashboard/FunnelFiguresPanel.h"
#include "ui/dashboard/FunnelStepListEditor.h"
#include "ui/dashboard/ProjectMetaCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <stdexcept>

namespace rapport::ui {

namespace {

constexpr qint64 kUnits[] = {3600, 86400, 7 * 86400}; // hours, days, weeks

const model::SystemClock& systemClock()
{
    static const model::SystemClock clock;
    return clock;
}

model::FunnelDefinition newFunnel()
{
    model::FunnelDefinition d;
    d.steps = {{QString(), {QStringLiteral("registered")}, {}, {}},
               {QString(), {QStringLiteral("attended")}, {}, {}}};
    return d;
}

} // namespace

FunnelBuilderView::FunnelBuilderView(ProjectSession* session, QWidget* parent)
    : DashboardView(parent), m_definition(newFunnel()),
      m_figures(std::make_unique<FunnelFigures>()),
      m_levels(std::make_unique<engine::LevelCache>()), m_savedComboBox(new QComboBox(this)),
      m_saveButton(new QPushButton(tr("Save"), this)),
      m_saveAsButton(new QPushButton(tr("Save as…"), this)),
      m_renameButton(new QPushButton(tr("Rename…"), this)),
      m_deleteButton(new QPushButton(tr("Delete"), this)),
      m_stepsEditor(new FunnelStepListEditor(this)), m_windowSpinBox(new QSpinBox(this)),
      m_windowUnitComboBox(new QComboBox(this)), m_modeComboBox(new QComboBox(this)),
      m_ownDatesCheckBox(new QCheckBox(tr("Own dates for step 1:"), this)),
      m_fromDateEdit(new QDateEdit(this)), m_toDateEdit(new QDateEdit(this)),
      m_breakdownComboBox(new QComboBox(this)), m_panel(new FunnelFiguresPanel(this))
{
    m_savedComboBox->setObjectName(QStringLiteral("savedFunnelComboBox"));
    m_windowSpinBox->setObjectName(QStringLiteral("windowSpinBox"));
    m_modeComboBox->setObjectName(QStringLiteral("modeComboBox"));
    m_breakdownComboBox->setObjectName(QStringLiteral("breakdownComboBox"));
    m_savedComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_windowSpinBox->setRange(0, 9999);
    m_windowUnitComboBox->addItems({tr("hours"), tr("days"), tr("weeks")});
    m_modeComboBox->addItem(tr("Ordered"), int(model::FunnelDefinition::Mode::Ordered));
    m_modeComboBox->addItem(tr("Strict (nothing in between)"),
                            int(model::FunnelDefinition::Mode::Strict));
    m_modeComboBox->addItem(tr("Any order"), int(model::FunnelDefinition::Mode::Unordered));
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_fromDateEdit->setDate(
        QDate::currentDate().addDays(-90)); // until the dashboard's range is known
    m_toDateEdit->setDate(QDate::currentDate());
    for (const auto& [key, label] : FunnelFigures::breakdowns())
        m_breakdownComboBox->addItem(label, key);
    m_ownDatesCheckBox->setToolTip(
        tr("Otherwise the dashboard's date range bounds the first step"));

    auto* saved = new QHBoxLayout;
    saved->addWidget(new QLabel(tr("Funnel:"), this));
    saved->addWidget(m_savedComboBox);
    for (QPushButton* b : {m_saveButton, m_saveAsButton, m_renameButton, m_deleteButton})
        saved->addWidget(b);
    saved->addStretch(1);
    auto* window = new QHBoxLayout;
    window->addWidget(m_windowSpinBox);
    window->addWidget(m_windowUnitComboBox);
    window->addStretch(1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_ownDatesCheckBox);
    dates->addWidget(m_fromDateEdit);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_toDateEdit);
    dates->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("Steps:"), m_stepsEditor);
    form->addRow(tr("Window:"), window);
    form->addRow(tr("Order:"), m_modeComboBox);
    form->addRow(tr("Dates:"), dates);
    form->addRow(tr("Breakdown:"), m_breakdownComboBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(saved);
    layout->addLayout(form);
    layout->addWidget(m_panel, 1);

    connect(m_savedComboBox, &QComboBox::activated, this, [this](int index) {
        openSaved(model::Uuid::fromString(m_savedComboBox->itemData(index).toString()));
    });
    connect(m_saveButton, &QPushButton::clicked, this, &FunnelBuilderView::save);
    connect(m_saveAsButton, &QPushButton::clicked, this, &FunnelBuilderView::saveAs);
    connect(m_renameButton, &QPushButton::clicked, this, &FunnelBuilderView::rename);
    connect(m_deleteButton, &QPushButton::clicked, this, &FunnelBuilderView::remove);
    connect(m_stepsEditor, &FunnelStepListEditor::changed, this, &FunnelBuilderView::readWidgets);
    connect(m_windowSpinBox, &QSpinBox::valueChanged, this, &FunnelBuilderView::readWidgets);
    connect(m_windowUnitComboBox, &QComboBox::currentIndexChanged, this,
            &FunnelBuilderView::readWidgets);
    connect(m_modeComboBox, &QComboBox::currentIndexChanged, this, &FunnelBuilderView::readWidgets);
    connect(m_ownDatesCheckBox, &QCheckBox::toggled, this, &FunnelBuilderView::readWidgets);
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, &FunnelBuilderView::readWidgets);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, &FunnelBuilderView::readWidgets);
    connect(m_breakdownComboBox, &QComboBox::currentIndexChanged, this,
            &FunnelBuilderView::readWidgets);
    connect(m_panel, &FunnelFiguresPanel::drillDown, this, &DashboardView::drillDown);

    setPrompts({}, {});
    showDefinition();
    setSession(session);
}

FunnelBuilderView::~FunnelBuilderView() = default;

QString FunnelBuilderView::title() const
{
    return tr("Funnel builder");
}

void FunnelBuilderView::setPrompts(NamePrompt name, Confirm confirm)
{
    m_askName =
        name ? std::move(name)
             : [this](const QString& title, const QString& current) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, current, &ok);
        return ok ? std::optional(text) : std::nullopt;
    };
    m_confirm = confirm ? std::move(confirm) : [this](const QString& question) {
        return QMessageBox::question(this, tr("Funnel builder"), question) == QMessageBox::Yes;
    };
}

void FunnelBuilderView::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_savedId = {};
    m_savedDefinition.reset();
    if (session)
        connect(session, &ProjectSession::contentChanged, this, &FunnelBuilderView::readSaved);
    readSaved();
}

void FunnelBuilderView::readSaved()
{
    const QList<storage::SavedFunnel> funnels =
        m_session ? storage::FunnelRepository(m_session->file().database(), systemClock()).list()
                  : QList<storage::SavedFunnel>();
    const QSignalBlocker blocker(m_savedComboBox);
    m_savedComboBox->clear();
    m_savedComboBox->addItem(tr("New funnel"), QString());
    std::optional<model::FunnelDefinition> current;
    for (const storage::SavedFunnel& f : funnels) {
        m_savedComboBox->addItem(f.definition.name, f.id.toString());
        if (f.id == m_savedId)
            current = f.definition;
    }
    if (!m_savedId.isNull() &&
        !current) { // deleted (or its saving undone): keep the steps as a new funnel
        m_savedId = {};
        m_savedDefinition.reset();
    } else if (current && current != m_savedDefinition) { // changed by an undo or redo
        m_savedDefinition = current;
        setDefinition(*current);
    }
    m_savedComboBox->setCurrentIndex(std::max(
        0, m_savedComboBox->findData(m_savedId.isNull() ? QString() : m_savedId.toString())));
    updateButtons();
}

void FunnelBuilderView::openSaved(const model::Uuid& id)
{
    std::optional<storage::SavedFunnel> funnel;
    if (!id.isNull() && m_session)
        funnel = storage::FunnelRepository(m_session->file().database(), systemClock()).get(id);
    m_savedId = funnel ? funnel->id : model::Uuid();
    m_savedDefinition = funnel ? std::optional(funnel->definition) : std::nullopt;
    if (funnel) {
        setDefinition(funnel->definition);
    } else {
        model::FunnelDefinition unnamed = m_definition;
        unnamed.name.clear();
        setDefinition(unnamed);
    }
    readSaved();
}

void FunnelBuilderView::setDefinition(const model::FunnelDefinition& definition)
{
    m_definition = definition;
    if (m_definition.steps.isEmpty())
        m_definition.steps = newFunnel().steps;
    showDefinition();
    updateButtons();
    emit parametersChanged();
}

void FunnelBuilderView::showDefinition()
{
    m_showing = true;
    const model::FunnelDefinition& d = m_definition;
    m_stepsEditor->setSteps(d.steps);
    int unit = 1;
    for (int u = 2; u >= 0; --u)
        if (d.windowSeconds % kUnits[u] == 0) {
            unit = u;
            break;
        }
    if (d.windowSeconds % kUnits[0] != 0)
        unit = 0; // a window in seconds is shown rounded to hours; unchanged unless edited
    m_windowUnitComboBox->setCurrentIndex(unit);
    m_windowSpinBox->setValue(int(d.windowSeconds / kUnits[unit]));
    m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(int(d.mode)));
    const bool own = d.from.isValid() || d.to.isValid();
    m_ownDatesCheckBox->setChecked(own);
    if (d.from.isValid())
        m_fromDateEdit->setDate(d.from);
    if (d.to.isValid())
        m_toDateEdit->setDate(d.to);
    m_fromDateEdit->setEnabled(own);
    m_toDateEdit->setEnabled(own);
    m_breakdownComboBox->setCurrentIndex(std::max(0, m_breakdownComboBox->findData(d.breakdown)));
    m_showing = false;
}

void FunnelBuilderView::readWidgets()
{
    if (m_showing)
        return;
    model::FunnelDefinition d = m_definition;
    d.steps = m_stepsEditor->steps();
    const qint64 unit = kUnits[std::max(0, m_windowUnitComboBox->currentIndex())];
    if (m_windowSpinBox->value() != int(d.windowSeconds / unit) || d.windowSeconds % unit != 0)
        d.windowSeconds = qint64(m_windowSpinBox->value()) * unit;
    d.mode = model::FunnelDefinition::Mode(m_modeComboBox->currentData().toInt());
    const bool own = m_ownDatesCheckBox->isChecked();
    m_fromDateEdit->setEnabled(own);
    m_toDateEdit->setEnabled(own);
    d.from = own ? m_fromDateEdit->date() : QDate();
    d.to = own ? m_toDateEdit->date() : QDate();
    d.breakdown = m_breakdownComboBox->currentData().toString();
    if (d == m_definition)
        return;
    m_definition = d;
    updateButtons();
    emit parametersChanged();
}

void FunnelBuilderView::updateButtons()
{
    const bool writable = m_session && !m_session->isReadOnly();
    const bool opened = !m_savedId.isNull();
    m_saveButton->setEnabled(writable && (!opened || m_savedDefinition != m_definition));
    m_saveAsButton->setEnabled(writable);
    m_renameButton->setEnabled(writable && opened);
    m_deleteButton->setEnabled(writable && opened);
}

void FunnelBuilderView::recompute(const DashboardContext& context)
{
    const bool newData = m_data != context.data;
    m_data = context.data;
    if (newData)
        m_stepsEditor->setChoices(FunnelStepChoices::from(&m_data->store, {m_definition}));
    if (!m_ownDatesCheckBox->isChecked()) { // show the dashboard's range, the one in force
        m_showing = true;
        if (context.filters.from.isValid())
            m_fromDateEdit->setDate(context.filters.from);
        m_toDateEdit->setDate(context.filters.to.isValid() ? context.filters.to
                                                           : QDate::currentDate());
        m_showing = false;
    }
    m_error.clear();
    try {
        m_figures->compute(
            m_definition, context,
            m_session ? FunnelFigures::projectAudiences(m_session->file().database(), context)
                      : FunnelFigures::AudienceSource(),
            m_levels.get());
    } catch (const std::exception& e) {
        m_error = QString::fromStdString(e.what());
    }
    QStringList names;
    for (const model::FunnelStepDefinition& step : m_definition.steps)
        names.append(model::funnelStepName(step));
    if (m_error.isEmpty())
        m_panel->show(*m_figures, names);
    else
        m_panel->clear(tr("This funnel cannot be computed: %1").arg(m_error));
}

std::vector<engine::Provenance> FunnelBuilderView::provenance() const
{
    if (!m_figures->isComputed() || !m_error.isEmpty())
        return {};
    std::vector<engine::Provenance> out{m_figures->result().provenance};
    if (m_definition.breakdown == u"level" && m_data)
        out.push_back(
            engine::Engagement::provenance(engine::EngagementQuery(), m_data->store.snapshotId()));
    return out;
}

QWidget* FunnelBuilderView::imageWidget()
{
    return m_panel;
}

QList<QStringList> FunnelBuilderView::table() const
{
    return m_panel->table();
}

bool FunnelBuilderView::store(const QString& undoText, const model::Uuid& id,
                              const std::function<storage::StoreResult()>& action)
{
    if (!m_session) {
        complain(tr("No project is open."));
        return false;
    }
    QString error;
    if (!ProjectMetaCommand::run(*m_session, undoText, {storage::FunnelRepository::rowName(id)},
                                 action, &error)) {
        complain(error);
        return false;
    }
    return true;
}

bool FunnelBuilderView::save()
{
    if (m_savedId.isNull())
        return saveAs();
    storage::SavedFunnel funnel{m_savedId, m_definition};
    funnel.definition.name = m_savedDefinition ? m_savedDefinition->name : m_definition.name;
    const auto before = m_savedDefinition;
    m_savedDefinition = funnel.definition; // first, so the step's contentChanged finds nothing new
    if (!store(tr("Save funnel “%1”").arg(funnel.definition.name), funnel.id, [&] {
            return storage::FunnelRepository(m_session->file().database(), systemClock())
                .save(funnel);
        })) {
        m_savedDefinition = before;
        return false;
    }
    m_definition = funnel.definition;
    m_savedDefinition = funnel.definition;
    readSaved();
    return true;
}

bool FunnelBuilderView::saveAs()
{
    const std::optional<QString> name = m_askName(tr("Save funnel as"), m_definition.name);
    if (!name)
        return false;
    storage::SavedFunnel funnel{model::Uuid::createV7(systemClock()), m_definition};
    funnel.definition.name = *name;
    if (!store(tr("Save funnel “%1”").arg(name->trimmed()), funnel.id, [&] {
            return storage::FunnelRepository(m_session->file().database(), systemClock())
                .save(funnel);
        }))
        return false;
    m_savedId = funnel.id;
    m_definition = funnel.definition;
    m_savedDefinition = funnel.definition;
    readSaved();
    return true;
}

bool FunnelBuilderView::rename()
{
    if (m_savedId.isNull() || !m_savedDefinition)
        return false;
    const QString old = m_savedDefinition->name;
    const std::optional<QString> name = m_askName(tr("Rename funnel"), old);
    if (!name || *name == old)
        return false;
    const auto before = m_savedDefinition;
    m_savedDefinition->name = name->trimmed(); // first, as in save()
    if (!store(tr("Rename funnel “%1” to “%2”").arg(old, name->trimmed()), m_savedId, [&] {
            return storage::FunnelRepository(m_session->file().database(), systemClock())
                .rename(m_savedId, *name);
        })) {
        m_savedDefinition = before;
        return false;
    }
    m_definition.name = m_savedDefinition->name;
    readSaved();
    return true;
}

bool FunnelBuilderView::remove()
{
    if (m_savedId.isNull())
        return false;
    const QString name = m_savedDefinition ? m_savedDefinition->name : m_definition.name;
    if (!m_confirm(tr("Delete the saved funnel “%1”?").arg(name)))
        return false;
    const model::Uuid id = m_savedId;
    if (!store(tr("Delete funnel “%1”").arg(name), id, [&] {
            return storage::FunnelRepository(m_session->file().database(), systemClock())
                .remove(id);
        }))
        return false;
    readSaved(); // the steps stay, as a new funnel
    return true;
}

void FunnelBuilderView::complain(const QString& message)
{
    m_lastMessage = message;
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Funnel builder"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace rapport::ui
