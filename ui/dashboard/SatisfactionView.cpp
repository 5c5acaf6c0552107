// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/SatisfactionView.h"

#include "core/engine/Nps.h"
#include "core/engine/ParallelFor.h"
#include "core/storage/AudienceRepository.h"
#include "core/storage/SurveyComments.h"
#include "ui/ProjectSession.h"
#include "ui/dashboard/SatisfactionCharts.h"
#include "ui/dashboard/SatisfactionCommentPanel.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace rapport::ui {

using engine::NpsSegment;

namespace {

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QString count(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString segmentName(NpsSegment segment)
{
    switch (segment) {
    case NpsSegment::Answered:
        return SatisfactionView::tr("All responses");
    case NpsSegment::Nps:
        return SatisfactionView::tr("NPS responses");
    case NpsSegment::Promoters:
        return SatisfactionView::tr("Promoters");
    case NpsSegment::Passives:
        return SatisfactionView::tr("Passives");
    case NpsSegment::Detractors:
        return SatisfactionView::tr("Detractors");
    case NpsSegment::Csat:
        return SatisfactionView::tr("CSAT responses");
    case NpsSegment::Satisfied:
        return SatisfactionView::tr("Satisfied (CSAT 4–5)");
    }
    return {};
}

} // namespace

SatisfactionView::SatisfactionView(QWidget* parent)
    : DashboardView(parent), m_byCombo(new QComboBox(this)), m_headline(new QLabel(this)),
      m_note(new QLabel(this)), m_chartsWidget(new QWidget(this)),
      m_npsView(new QChartView(m_chartsWidget)), m_splitView(new QChartView(m_chartsWidget)),
      m_csatView(new QChartView(m_chartsWidget)),
      m_charts(new SatisfactionCharts(m_npsView, m_splitView, m_csatView, this)),
      m_panel(new SatisfactionCommentPanel(this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_byCombo->setObjectName(QStringLiteral("byComboBox"));
    m_byCombo->addItem(tr("Over time"), int(By::Time));
    m_byCombo->addItem(tr("By campaign"), int(By::Campaign));
    m_byCombo->addItem(tr("By audience"), int(By::Audience));
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    m_npsView->setObjectName(QStringLiteral("npsChartView"));
    m_splitView->setObjectName(QStringLiteral("splitChartView"));
    m_csatView->setObjectName(QStringLiteral("csatChartView"));
    m_panel->setObjectName(QStringLiteral("commentPanel"));
    m_panel->hide();

    auto* byLabel = new QLabel(tr("&Show:"), this);
    byLabel->setBuddy(m_byCombo);
    auto* top = new QHBoxLayout;
    top->addWidget(byLabel);
    top->addWidget(m_byCombo);
    top->addSpacing(12);
    top->addWidget(m_headline, 1);

    auto* lower = new QHBoxLayout;
    lower->setContentsMargins(0, 0, 0, 0);
    lower->addWidget(m_splitView, 1);
    lower->addWidget(m_csatView, 1);
    auto* charts = new QVBoxLayout(m_chartsWidget);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_npsView, 3);
    charts->addLayout(lower, 2);
    m_splitter->addWidget(m_chartsWidget);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_splitter, 1);

    connect(m_byCombo, &QComboBox::currentIndexChanged, this,
            [this] { setBy(By(m_byCombo->currentData().toInt())); });
    connect(m_charts, &SatisfactionCharts::clicked, this, &SatisfactionView::showResponses);
    connect(m_charts, &SatisfactionCharts::doubleClicked, this, &SatisfactionView::drillDownTo);
    connect(m_headline, &QLabel::linkActivated, this, [this](const QString& link) {
        static const QHash<QString, NpsSegment> segments{
            {QStringLiteral("nps"), NpsSegment::Nps},
            {QStringLiteral("promoters"), NpsSegment::Promoters},
            {QStringLiteral("passives"), NpsSegment::Passives},
            {QStringLiteral("detractors"), NpsSegment::Detractors},
            {QStringLiteral("csat"), NpsSegment::Csat},
            {QStringLiteral("all"), NpsSegment::Answered}};
        showResponses(-1, segments.value(link, NpsSegment::Answered));
    });
    connect(m_panel, &SatisfactionCommentPanel::peopleRequested, this, &DashboardView::drillDown);
    connect(m_panel, &SatisfactionCommentPanel::closeRequested, this, [this] {
        m_selection.reset();
        m_panel->hide();
    });
}

SatisfactionView::~SatisfactionView() = default;

void SatisfactionView::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_audiences = {};
    if (session)
        connect(session, &ProjectSession::contentChanged, this, [this] { m_audiences = {}; });
}

QString SatisfactionView::title() const
{
    return tr("Satisfaction");
}

void SatisfactionView::setBy(By by)
{
    if (m_byCombo->currentData().toInt() != int(by))
        m_byCombo->setCurrentIndex(m_byCombo->findData(int(by))); // comes back here
    if (by == m_by)
        return;
    m_by = by;
    emit parametersChanged();
}

const engine::ParallelFor& SatisfactionView::parallel()
{
    if (m_parallel)
        return *m_parallel;
    if (!m_ownParallel)
        m_ownParallel = std::make_unique<engine::ParallelFor>(1);
    return *m_ownParallel;
}

void SatisfactionView::resolveAudiences(const DashboardContext& context)
{
    if (m_audiences.data == context.data.get())
        return;
    m_audiences = {};
    m_audiences.data = context.data.get();
    if (!m_session)
        return;
    const QSqlDatabase db = m_session->file().database();
    const storage::EngineLoader loader(db);
    for (const auto& [id, name] :
         storage::AudienceRepository(db, m_session->file().clock()).names()) {
        QString error;
        if (auto filter = loader.audienceFilter(name, context.store(), &error,
                                                &context.data->responses, context.asOf))
            m_audiences.list.emplace_back(name.toStdString(), std::move(*filter));
        else
            m_audiences.refused << error;
    }
}

void SatisfactionView::recompute(const DashboardContext& context)
{
    m_data = context.data;
    m_parallel = context.parallel;
    m_filters = context.filters;
    if (!m_data) {
        m_result = {};
        m_labels.clear();
        m_charts->show(m_result, SatisfactionCharts::Axis::Time, m_labels, palette());
        updateHeadline();
        return;
    }
    engine::NpsQuery query;
    query.dateRange = context.range;
    query.people = context.people;
    query.campaigns = context.activities.campaigns;
    switch (m_by) {
    case By::Time:
        query.breakdown.kind = engine::NpsBreakdown::Kind::Period;
        query.breakdown.period = engine::CalendarPeriod::Kind::Month;
        break;
    case By::Campaign:
        query.breakdown.kind = engine::NpsBreakdown::Kind::Campaign;
        break;
    case By::Audience:
        resolveAudiences(context);
        query.breakdown.kind = engine::NpsBreakdown::Kind::Audience;
        query.breakdown.audiences = m_audiences.list;
        break;
    }
    m_query = std::move(query);
    m_result = engine::Nps::compute(context.store(), m_data->responses, m_query, parallel());
    m_labels.clear();
    for (const engine::NpsGroup& group : m_result.groups) {
        if (m_by == By::Time)
            m_labels << QLocale().toString(QDateTime::fromSecsSinceEpoch(group.key, Qt::UTC).date(),
                                           QStringLiteral("MMM yyyy"));
        else if (m_by == By::Campaign && group.key == 0)
            m_labels << tr("No campaign");
        else
            m_labels << QString::fromStdString(group.label);
    }
    showCharts();
    updateHeadline();
    updateNote();

    // The panel follows the figures: the same group again, or closed if it is gone.
    if (m_selection) {
        const Selection selection = *m_selection;
        const int group = selection.group ? findGroup(*selection.group) : -1;
        if (selection.group && group < 0) {
            m_selection.reset();
            m_panel->hide();
        } else {
            showResponses(group, selection.segment);
        }
    }
}

void SatisfactionView::showCharts()
{
    if (m_by != By::Time) {
        m_charts->show(m_result, SatisfactionCharts::Axis::Groups, m_labels, palette());
        return;
    }
    QStringList months; // "2025-01": short enough for narrow bars
    for (const engine::NpsGroup& group : m_result.groups)
        months << QString::fromStdString(group.label);
    m_charts->show(m_result, SatisfactionCharts::Axis::Time, months, palette());
}

int SatisfactionView::findGroup(const engine::NpsGroup& group) const
{
    for (int g = 0; g < int(m_result.groups.size()); ++g) {
        const engine::NpsGroup& other = m_result.groups[std::size_t(g)];
        if (other.key == group.key && other.label == group.label &&
            other.anonymous == group.anonymous)
            return g;
    }
    return -1;
}

void SatisfactionView::updateHeadline()
{
    const engine::NpsFigures& f = m_result.total;
    if (!m_data || (!f.nps && !f.csat)) {
        m_headline->setText(m_data ? tr("No survey answers with an NPS or CSAT score here.")
                                   : QString());
        return;
    }
    QStringList parts;
    if (f.nps)
        parts << tr("<a href=\"nps\">NPS <b>%1</b></a> ± %2")
                     .arg(QLocale().toString(qRound(*f.nps)), number(*f.moe95));
    if (f.csat)
        parts << tr("<a href=\"csat\">CSAT <b>%1 %</b></a>").arg(number(*f.csat * 100.0, 0));
    QString text = parts.join(QStringLiteral(" · "));
    if (f.responses)
        text += QStringLiteral(" · ") +
                tr("%1 NPS answers: <a href=\"promoters\">%2 promoters</a>, "
                   "<a href=\"passives\">%3 passives</a>, <a href=\"detractors\">%4 detractors</a>")
                    .arg(count(f.responses), count(f.promoters), count(f.passives),
                         count(f.detractors));
    m_headline->setText(text);
}

void SatisfactionView::updateNote()
{
    QStringList notes;
    if (!m_filters.channel.isEmpty())
        notes << tr("The channel filter does not apply here: survey responses have no channel.");
    if (m_by == By::Audience && !m_audiences.refused.isEmpty())
        notes << tr("Audiences left out: %1").arg(m_audiences.refused.join(QStringLiteral("; ")));
    if (m_by == By::Audience && !m_session)
        notes << tr("No project is open, so there are no audiences to compare.");
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
}

QString SatisfactionView::selectionTitle(int group, NpsSegment segment) const
{
    const QString where = group >= 0 && group < m_labels.size() ? m_labels[group] : tr("All");
    return tr("%1 · %2").arg(segmentName(segment), where);
}

void SatisfactionView::showResponses(int group, NpsSegment segment)
{
    if (!m_data || group >= int(m_result.groups.size()))
        return;
    const engine::NpsGroup* g = group >= 0 ? &m_result.groups[std::size_t(group)] : nullptr;
    m_selection = Selection{g ? std::optional<engine::NpsGroup>(*g) : std::nullopt, segment};
    const engine::NpsMembers members =
        engine::Nps::members(m_data->store, m_data->responses, m_query, g, segment);

    SatisfactionCommentPanel::Contents contents;
    contents.title = selectionTitle(group, segment);
    contents.responses = members.responses;
    contents.people = QList<qint64>(members.people.begin(), members.people.end());
    contents.anonymous = members.anonymous;
    if (m_session)
        contents.comments = storage::readSurveyComments(m_session->file().database(),
                                                        members.responses, &contents.error);
    else
        contents.error = tr("no project is open");
    for (const storage::SurveyComment& c : std::as_const(contents.comments)) {
        if (contents.scores.contains(c.response))
            continue;
        QStringList scores;
        if (const auto r = m_data->responses.find(c.response)) {
            if (r->nps)
                scores << tr("NPS %1").arg(*r->nps);
            if (r->csat)
                scores << tr("CSAT %1").arg(*r->csat);
        }
        contents.scores.insert(c.response, scores.join(QStringLiteral(" · ")));
    }
    m_panel->setContents(std::move(contents));
    if (m_panel->isHidden()) {
        m_panel->show();
        // A panel shown for the first time has no room of its own yet: give it two fifths.
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (sizes.value(1) < m_panel->minimumSizeHint().width() && total > 0)
            m_splitter->setSizes({total - total * 2 / 5, total * 2 / 5});
    }
}

void SatisfactionView::drillDownTo(int group, NpsSegment segment)
{
    if (!m_data || group >= int(m_result.groups.size()))
        return;
    const engine::NpsGroup* g = group >= 0 ? &m_result.groups[std::size_t(group)] : nullptr;
    const engine::NpsMembers members =
        engine::Nps::members(m_data->store, m_data->responses, m_query, g, segment);
    emit drillDown(selectionTitle(group, segment),
                   QList<qint64>(members.people.begin(), members.people.end()));
}

std::vector<engine::Provenance> SatisfactionView::provenance() const
{
    engine::Provenance p = m_result.provenance;
    if (!m_filters.channel.isEmpty())
        p.filters.push_back("channel " + m_filters.channel.toStdString() +
                            ": not applied (survey responses have no channel)");
    for (const QString& refused : m_audiences.refused)
        if (m_by == By::Audience)
            p.filters.push_back("audience left out: " + refused.toStdString());
    return {p};
}

QWidget* SatisfactionView::imageWidget()
{
    return m_chartsWidget;
}

QList<QStringList> SatisfactionView::table() const
{
    QList<QStringList> rows;
    rows << QStringList{m_by == By::Time       ? tr("Month")
                        : m_by == By::Campaign ? tr("Campaign")
                                               : tr("Audience"),
                        tr("NPS answers"),
                        tr("Promoters"),
                        tr("Passives"),
                        tr("Detractors"),
                        tr("NPS"),
                        tr("Margin of error (95 %)"),
                        tr("NPS low"),
                        tr("NPS high"),
                        tr("CSAT answers"),
                        tr("Satisfied (4–5)"),
                        tr("CSAT %")};
    const auto row = [](const QString& label, const engine::NpsFigures& f) {
        const auto optional = [](const std::optional<double>& v, double scale = 1.0) {
            return v ? number(*v * scale) : QString();
        };
        return QStringList{label,
                           count(f.responses),
                           count(f.promoters),
                           count(f.passives),
                           count(f.detractors),
                           optional(f.nps),
                           optional(f.moe95),
                           f.nps ? number(*f.nps - *f.moe95) : QString(),
                           f.nps ? number(*f.nps + *f.moe95) : QString(),
                           count(f.csatResponses),
                           count(f.csatSatisfied),
                           optional(f.csat, 100.0)};
    };
    if (!m_data)
        return rows;
    rows << row(tr("All"), m_result.total);
    for (int g = 0; g < int(m_result.groups.size()); ++g)
        rows << row(m_labels.value(g), m_result.groups[std::size_t(g)].figures);
    return rows;
}

void SatisfactionView::changeEvent(QEvent* event)
{
    DashboardView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_data)
        showCharts();
}

} // namespace rapport::ui
