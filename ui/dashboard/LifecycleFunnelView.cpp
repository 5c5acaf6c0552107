// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/LifecycleFunnelView.h"

#include "core/engine/Engagement.h"
#include "core/engine/LevelCache.h"
#include "core/storage/FunnelRepository.h"
#include "ui/ProjectSession.h"
#include "ui/dashboard/DashboardContext.h"
#include "ui/dashboard/FunnelCharts.h"
#include "ui/dashboard/FunnelFigures.h"
#include "ui/dashboard/FunnelFiguresPanel.h"
#include "ui/dashboard/FunnelStepEditor.h"
#include "ui/dashboard/LifecycleStepsDialog.h"
#include "ui/dashboard/ProjectMetaCommand.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <stdexcept>

namespace rapport::ui {

namespace {

QLabel* figureLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

LifecycleFunnelView::LifecycleFunnelView(ProjectSession* session, QWidget* parent)
    : DashboardView(parent), m_definition(model::FunnelDefinition::defaultLifecycle()),
      m_figures(std::make_unique<FunnelFigures>()),
      m_levels(std::make_unique<engine::LevelCache>()), m_activatedLabel(figureLabel(this)),
      m_satisfiedLabel(figureLabel(this)), m_advocatesLabel(figureLabel(this)),
      m_reachLabel(new QLabel(this)), m_breakdownComboBox(new QComboBox(this)),
      m_editButton(new QPushButton(tr("Edit steps…"), this)), m_panel(new FunnelFiguresPanel(this))
{
    m_activatedLabel->setObjectName(QStringLiteral("activatedLabel"));
    m_satisfiedLabel->setObjectName(QStringLiteral("satisfiedLabel"));
    m_advocatesLabel->setObjectName(QStringLiteral("advocatesLabel"));
    m_reachLabel->setObjectName(QStringLiteral("reachLabel"));
    m_breakdownComboBox->setObjectName(QStringLiteral("breakdownComboBox"));
    m_editButton->setObjectName(QStringLiteral("editStepsButton"));
    m_reachLabel->setWordWrap(true);
    for (const auto& [key, label] : FunnelFigures::breakdowns())
        m_breakdownComboBox->addItem(label, key);

    auto* headline = new QHBoxLayout;
    headline->addWidget(m_activatedLabel, 1);
    headline->addWidget(m_satisfiedLabel, 1);
    headline->addWidget(m_advocatesLabel, 1);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Breakdown:"), this));
    controls->addWidget(m_breakdownComboBox);
    controls->addStretch(1);
    controls->addWidget(m_editButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headline);
    layout->addWidget(m_reachLabel);
    layout->addLayout(controls);
    layout->addWidget(m_panel, 1);

    connect(m_breakdownComboBox, &QComboBox::currentIndexChanged, this,
            &DashboardView::parametersChanged);
    connect(m_editButton, &QPushButton::clicked, this, &LifecycleFunnelView::editSteps);
    connect(m_panel, &FunnelFiguresPanel::drillDown, this, &DashboardView::drillDown);
    setSession(session);
    showHeadline();
}

LifecycleFunnelView::~LifecycleFunnelView() = default;

QString LifecycleFunnelView::title() const
{
    return tr("Lifecycle");
}

void LifecycleFunnelView::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ProjectSession::contentChanged, this,
                &LifecycleFunnelView::readDefinition);
    readDefinition();
}

void LifecycleFunnelView::readDefinition()
{
    static const model::SystemClock clock;
    const model::FunnelDefinition stored =
        m_session ? storage::FunnelRepository(m_session->file().database(), clock).lifecycle()
                  : model::FunnelDefinition::defaultLifecycle();
    if (stored == m_definition)
        return;
    m_definition = stored;
    emit parametersChanged();
}

void LifecycleFunnelView::recompute(const DashboardContext& context)
{
    m_data = context.data;
    m_error.clear();
    model::FunnelDefinition definition = m_definition;
    definition.breakdown = m_breakdownComboBox->currentData().toString();
    try {
        m_figures->compute(
            definition, context,
            m_session ? FunnelFigures::projectAudiences(m_session->file().database(), context)
                      : FunnelFigures::AudienceSource(),
            m_levels.get());
    } catch (const std::exception& e) {
        m_error = QString::fromStdString(e.what());
    }
    if (m_error.isEmpty()) {
        // The names the definition gives (the PDF report names the steps the same way).
        QStringList names;
        for (const model::FunnelStepDefinition& step : m_definition.steps)
            names.append(model::funnelStepName(step));
        m_panel->show(*m_figures, names, tr("In audience"));
    } else {
        m_panel->clear(tr("The lifecycle funnel cannot be computed: %1").arg(m_error));
    }
    showHeadline();
}

void LifecycleFunnelView::showHeadline()
{
    const QLocale locale;
    const bool ready = m_figures->isComputed() && m_error.isEmpty();
    const std::uint64_t audience = ready ? m_figures->inAudience() : 0;
    auto persons = [&](int step) -> std::uint64_t {
        const auto& steps = m_figures->result().steps;
        return ready && step < int(steps.size()) ? steps[std::size_t(step)].persons : 0;
    };
    auto share = [&](std::uint64_t n) {
        return audience ? locale.toString(100.0 * double(n) / double(audience), 'f', 1) +
                              locale.percent()
                        : QStringLiteral("—");
    };
    auto figure = [&](QLabel* label, const QString& name, std::uint64_t n) {
        label->setText(
            QStringLiteral(
                "<div style='font-size:x-large; font-weight:600'>%1</div><div>%2 · %3</div>")
                .arg(ready ? locale.toString(qulonglong(n)) : QStringLiteral("—"),
                     name.toHtmlEscaped(), tr("%1 of the audience").arg(share(n))));
    };
    // The headline leads with the steps after the first; the default lifecycle's by their
    // familiar words, a project's own steps by the names it gave them.
    const auto& steps = m_definition.steps;
    auto stepName = [&](int step, const QString& defaultName, const char* defaultLabel) {
        const model::FunnelStepDefinition& s = steps[std::size_t(step)];
        return s.label == QLatin1String(defaultLabel) ? defaultName : model::funnelStepName(s);
    };
    QLabel* const labels[] = {m_activatedLabel, m_satisfiedLabel, m_advocatesLabel};
    const QString defaults[] = {tr("activated"), tr("satisfied"), tr("advocates")};
    const char* const identities[] = {"activated", "satisfied", "advocate"};
    for (int i = 0; i < 3; ++i) {
        const bool shown = i + 1 < int(steps.size());
        labels[i]->setVisible(shown);
        if (shown)
            figure(labels[i], stepName(i + 1, defaults[i], identities[i]), persons(i + 1));
    }
    QString reach;
    if (ready && !steps.empty()) {
        const QString n = locale.toString(qulonglong(persons(0)));
        const QString of = locale.toString(qulonglong(audience));
        reach = steps.front().label == QLatin1String("reached")
                    ? tr("Reached %1 of %2 people in the audience (%3).").arg(n, of, share(persons(0)))
                    : tr("%1: %2 of %3 people in the audience (%4).")
                          .arg(model::funnelStepName(steps.front()), n, of, share(persons(0)));
    }
    m_reachLabel->setText(reach);
}

std::vector<engine::Provenance> LifecycleFunnelView::provenance() const
{
    if (!m_figures->isComputed())
        return {};
    engine::Provenance p = m_figures->result().provenance;
    std::string chain;
    for (const model::FunnelStepDefinition& step : m_definition.steps)
        chain += " → " + model::funnelStepName(step).toStdString();
    p.definition = "Lifecycle funnel (the project's own steps): in audience (the people counted)" + chain +
                   ". Conversion from the audience: overall = n_k / n_audience, step = n_k / n_(k−1); "
                   "median time to convert from the first step. Steps after the audience: " +
                   p.definition;
    p.parameters.insert(p.parameters.begin(),
                        {"in audience", std::to_string(m_figures->inAudience()) + " people"});
    std::vector<engine::Provenance> out{p};
    if (m_breakdownComboBox->currentData().toString() == u"level" && m_data) {
        engine::EngagementQuery e;
        out.push_back(engine::Engagement::provenance(e, m_data->store.snapshotId()));
    }
    return out;
}

QWidget* LifecycleFunnelView::imageWidget()
{
    return m_panel;
}

QList<QStringList> LifecycleFunnelView::table() const
{
    return m_panel->table();
}

LifecycleStepsDialog* LifecycleFunnelView::editSteps()
{
    if (m_dialog) {
        m_dialog->raise();
        return m_dialog;
    }
    m_dialog = new LifecycleStepsDialog(
        m_definition, FunnelStepChoices::from(m_data ? &m_data->store : nullptr, {m_definition}),
        this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { apply(m_dialog->definition()); });
    m_dialog->open();
    return m_dialog;
}

void LifecycleFunnelView::apply(const model::FunnelDefinition& definition)
{
    if (definition == m_definition)
        return;
    const model::FunnelDefinition before = m_definition;
    m_definition = definition; // first, so the step's contentChanged finds nothing new
    if (m_session && !m_session->isReadOnly()) {
        static const model::SystemClock clock;
        const bool defaults = definition == model::FunnelDefinition::defaultLifecycle();
        QString error;
        const bool stored = ProjectMetaCommand::run(
            *m_session, tr("Change the lifecycle steps"),
            {storage::FunnelRepository::lifecycleName()},
            [&] {
                return storage::FunnelRepository(m_session->file().database(), clock)
                    .setLifecycle(defaults ? std::nullopt : std::optional(definition));
            },
            &error);
        if (!stored) {
            m_definition = before;
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Lifecycle steps"),
                                        tr("The steps could not be saved: %1").arg(error),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
    } // a read-only project: the steps are used, not stored
    emit parametersChanged();
}

} // namespace rapport::ui
