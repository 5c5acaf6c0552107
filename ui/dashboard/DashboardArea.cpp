// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardArea.h"

#include "core/storage/AudienceRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ChannelRepository.h"
#include "core/storage/EngineLoader.h"
#include "ui/Icons.h"
#include "ui/ProjectSession.h"
#include "ui/SessionEngine.h"
#include "ui/dashboard/DashboardExport.h"
#include "ui/dashboard/DashboardFilterBar.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/ContentLoopView.h"
#include "ui/dashboard/ExplainDialog.h"
#include "ui/dashboard/FansView.h"
#include "ui/dashboard/FunnelBuilderView.h"
#include "ui/dashboard/GoalsView.h"
#include "ui/dashboard/LifecycleFunnelView.h"
#include "ui/dashboard/RetentionView.h"
#include "ui/dashboard/SatisfactionView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

#include <exception>

// The icons are in ui's static library; an area used without the main window (tests, the
// benchmark) registers them itself.
static void initResources()
{
    Q_INIT_RESOURCE(rapport);
}

namespace rapport::ui {

namespace {

std::int64_t dayStart(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

/** A file name from a view's title: "Lifecycle funnel" → "lifecycle-funnel". */
QString fileStem(const QString& title)
{
    QString stem;
    for (const QChar c : title.toLower())
        stem += c.isLetterOrNumber() ? c : u'-';
    while (stem.contains(QLatin1String("--")))
        stem.replace(QLatin1String("--"), QLatin1String("-"));
    return stem.isEmpty() ? QStringLiteral("dashboard") : stem;
}

} // namespace

DashboardArea::DashboardArea(SessionEngine* engine, QWidget* parent)
    : Area(parent), m_engine(engine ? engine : new SessionEngine(this)), m_ownsEngine(!engine),
      m_parallel(0), m_filterBar(new DashboardFilterBar), m_tabs(new QTabWidget),
      m_status(new QLabel), m_progress(new QProgressBar)
{
    initResources();
    qRegisterMetaType<DashboardView*>();
    setObjectName(QStringLiteral("dashboardArea"));
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_progress->setTextVisible(false);
    m_progress->hide();

    createActions();

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(8, 2, 8, 4);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(statusRow);

    connect(m_filterBar, &DashboardFilterBar::changed, this, &DashboardArea::filtersChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        recomputeCurrent();
        updateActions();
    });
    connect(m_engine, &SessionEngine::ready, this, &DashboardArea::dataReady);
    connect(m_engine, &SessionEngine::loadStarted, this, [this] {
        if (!m_engine->data()) {
            m_progress->setValue(0);
            m_progress->show();
        }
        updateStatus();
    });
    connect(m_engine, &SessionEngine::progress, m_progress, &QProgressBar::setValue);
    connect(m_engine, &SessionEngine::loadFailed, this, [this](const QString& message) {
        m_progress->hide();
        m_error = tr("The project's data could not be loaded: %1").arg(message);
        updateStatus();
    });
    connect(m_engine, &SessionEngine::loadCancelled, this, [this] {
        m_progress->hide();
        updateStatus();
    });

    // The views, in tab order: one line each.
    addView(new LifecycleFunnelView);
    addView(new FunnelBuilderView);
    addView(new RetentionView);
    addView(new SatisfactionView);
    addView(new FansView);
    addView(new ContentLoopView);
    m_goalsView = new GoalsView;
    addView(m_goalsView);

    updateStatus();
    updateActions();
}

DashboardArea::~DashboardArea()
{
    // The views hold snapshots and a pointer to m_parallel: let them go first, quietly.
    disconnect(m_tabs, nullptr, this, nullptr);
    delete m_tabs;
    m_tabs = nullptr;
}

QString DashboardArea::areaTitle() const
{
    return tr("Dashboard");
}

QIcon DashboardArea::areaIcon() const
{
    return QIcon(QStringLiteral(":/icons/area-dashboard.svg"));
}

void DashboardArea::createActions()
{
    m_explainAction = new QAction(themedIcon(QStringLiteral("help-about")), tr("&Explain"), this);
    m_explainAction->setObjectName(QStringLiteral("explainAction"));
    m_explainAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_explainAction->setToolTip(tr("How these figures are computed (F1)"));
    connect(m_explainAction, &QAction::triggered, this, &DashboardArea::explain);

    m_exportImageAction =
        new QAction(themedIcon(QStringLiteral("image-x-generic")), tr("Export &Image…"), this);
    m_exportImageAction->setObjectName(QStringLiteral("exportImageAction"));
    m_exportImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportImageAction->setToolTip(tr("Save the chart as PNG or SVG"));
    connect(m_exportImageAction, &QAction::triggered, this, &DashboardArea::exportImageAsked);

    m_copyAction = new QAction(themedIcon(QStringLiteral("edit-copy")), tr("&Copy Table"), this);
    m_copyAction->setObjectName(QStringLiteral("copyTableAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the figures as a table (TSV)"));
    connect(m_copyAction, &QAction::triggered, this, &DashboardArea::copyTable);

    m_exportCsvAction =
        new QAction(themedIcon(QStringLiteral("document-export")), tr("Export &CSV…"), this);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportCsvAction->setToolTip(tr("Save the figures as a CSV file"));
    connect(m_exportCsvAction, &QAction::triggered, this, &DashboardArea::exportCsvAsked);

    auto* toolBar = new QToolBar;
    toolBar->setObjectName(QStringLiteral("dashboardToolBar"));
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* action :
         {m_explainAction, m_exportImageAction, m_copyAction, m_exportCsvAction}) {
        // Shortcuts work wherever the focus is inside the dashboard, not elsewhere.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        toolBar->addAction(action);
    }
    m_tabs->setCornerWidget(toolBar, Qt::TopRightCorner);
    // Right-clicking anywhere a view does not handle itself offers the same actions.
    m_tabs->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tabs->addActions({m_explainAction, m_exportImageAction, m_copyAction, m_exportCsvAction});
}

void DashboardArea::addView(DashboardView* view)
{
    m_tabs->addTab(view, view->title());
    view->setSession(m_session);
    m_stale.insert(view);
    connect(view, &DashboardView::drillDown, this, &DashboardArea::showPeople);
    connect(view, &DashboardView::parametersChanged, this, [this, view] {
        m_stale.insert(view);
        recomputeCurrent();
    });
    connect(view, &QObject::destroyed, this, [this, view] { m_stale.remove(view); });
    recomputeCurrent();
    updateActions();
}

QList<DashboardView*> DashboardArea::views() const
{
    QList<DashboardView*> out;
    for (int i = 0; m_tabs && i < m_tabs->count(); ++i)
        out << static_cast<DashboardView*>(m_tabs->widget(i));
    return out;
}

DashboardView* DashboardArea::currentView() const
{
    return m_tabs ? static_cast<DashboardView*>(m_tabs->currentWidget()) : nullptr;
}

bool DashboardArea::isStale(DashboardView* view) const
{
    return m_stale.contains(view);
}

void DashboardArea::setSession(ProjectSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_context.reset();
    m_audiences.clear();
    m_error.clear();
    m_progress->hide();
    markAllStale();
    if (session) {
        m_filterBar->setToday(session->file().clock().now().toLocalTime().date());
        connect(session, &ProjectSession::contentChanged, this, &DashboardArea::readChoices);
    }
    readChoices();
    for (DashboardView* view : views())
        view->setSession(session);
    // Our own engine loads when the dashboard is first looked at, not for every project
    // opened: a large project's data takes seconds and hundreds of megabytes.
    if (m_ownsEngine && (!session || isVisible()))
        m_engine->setSession(session);
    if (m_engine->data() && m_engine->session() == session)
        dataReady();
    updateStatus();
    updateActions();
}

void DashboardArea::readChoices()
{
    QStringList audiences;
    QList<DashboardFilterBar::Choice> campaigns, channels;
    if (m_session) {
        const QSqlDatabase db = m_session->file().database();
        const model::Clock& clock = m_session->file().clock();
        const storage::AudienceRepository audienceRepository(db, clock);
        for (const model::Audience& audience : audienceRepository.list())
            audiences << audience.name;
        const storage::CampaignRepository campaignRepository(db, clock);
        for (const model::Campaign& campaign : campaignRepository.list())
            campaigns.append({campaign.name, campaignRepository.keyOf(campaign.meta.id)});
        std::sort(campaigns.begin(), campaigns.end(), [](const auto& a, const auto& b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        const storage::ChannelRepository channelRepository(db, clock);
        for (const model::Channel& channel : channelRepository.list())
            channels.append({channel.name, channelRepository.keyOf(channel.meta.id)});
    }
    // An audience's members or rule may have changed: resolve it again.
    m_audiences.clear();
    m_filterBar->setChoices(audiences, campaigns, channels);
    updateStatus();
}

void DashboardArea::dataReady()
{
    if (!m_session || m_engine->session() != m_session)
        return;
    m_progress->hide();
    m_error.clear();
    m_asOf = m_session->file().clock().now().toSecsSinceEpoch();
    // The file the snapshot was read from is written on every change (rollback journal).
    m_dataChanged = QFileInfo(m_session->file().database().databaseName()).lastModified();
    if (updateContext())
        markAllStale();
    recomputeCurrent();
    updateStatus();
}

void DashboardArea::filtersChanged()
{
    if (!updateContext())
        return;
    markAllStale();
    recomputeCurrent();
    updateStatus();
}

bool DashboardArea::updateContext()
{
    const SessionEngine::Data data = m_engine->data();
    if (!m_session || !data || m_engine->session() != m_session) {
        m_context.reset();
        return false;
    }
    DashboardContext c;
    c.data = data;
    c.filters = m_filterBar->filters();
    c.parallel = &m_parallel;
    c.asOf = m_asOf;
    c.dataChanged = m_dataChanged;
    if (c.filters.from.isValid())
        c.range.from = dayStart(c.filters.from);
    if (c.filters.to.isValid())
        c.range.to = dayStart(c.filters.to.addDays(1));
    if (const qint64 key = m_filterBar->campaignKey())
        c.activities.campaigns = {key};
    if (const qint64 key = m_filterBar->channelKey())
        c.activities.channels = {key};

    if (c.filters.audience.isEmpty()) {
        m_peopleShown = data->store.personCount();
    } else {
        if (m_audiencesData != data.get()) {
            m_audiences.clear();
            m_audiencesData = data.get();
        }
        auto resolved = m_audiences.constFind(c.filters.audience);
        if (resolved == m_audiences.cend()) {
            QString error;
            const std::optional<engine::PersonFilter> filter =
                storage::EngineLoader(m_session->file().database())
                    .audienceFilter(c.filters.audience, data->store, &error, &data->responses,
                                    m_asOf);
            if (!filter) {
                // Figures for an audience we cannot resolve would be wrong: keep the one
                // before and say why.
                emit statusMessage(tr("The audience cannot be used: %1").arg(error));
                DashboardFilters before = c.filters;
                before.audience = m_context ? m_context->filters.audience : QString();
                m_filterBar->setFilters(before);
                return false;
            }
            // A rule audience may list a million keys: keep a few.
            if (m_audiences.size() >= 8)
                m_audiences.clear();
            resolved = m_audiences.insert(c.filters.audience,
                                          {*filter, filter->compile(data->store).count()});
        }
        c.people = resolved->filter;
        m_peopleShown = resolved->people;
    }
    m_context = std::move(c);
    return true;
}

void DashboardArea::markAllStale()
{
    const QList<DashboardView*> all = views();
    m_stale = QSet<DashboardView*>(all.begin(), all.end());
}

void DashboardArea::recomputeCurrent()
{
    DashboardView* view = currentView();
    if (!view || !m_context || !m_stale.contains(view) || !isVisible())
        return;
    QElapsedTimer timer;
    timer.start();
    try {
        view->recompute(*m_context);
        m_stale.remove(view);
    } catch (const std::exception& e) {
        // The engine refuses parameters it cannot compute (a view's bad input): say so.
        m_error =
            tr("%1 cannot be computed: %2").arg(view->title(), QString::fromStdString(e.what()));
    }
    m_lastMs = double(timer.nsecsElapsed()) / 1e6;
    updateStatus();
    updateActions();
    emit recomputed(view, m_lastMs);
}

void DashboardArea::updateStatus()
{
    const QLocale locale;
    if (!m_session) {
        m_status->clear();
        return;
    }
    QString text;
    if (m_context) {
        const QDateTime asOf =
            QDateTime::fromSecsSinceEpoch(m_asOf, QTimeZone::utc()).toLocalTime();
        text = tr("Data as of %1")
                   .arg(asOf.date() == QDate::currentDate()
                            ? locale.toString(asOf.time(), QLocale::ShortFormat)
                            : locale.toString(asOf, QLocale::ShortFormat));
        const std::uint64_t everyone = m_context->store().personCount();
        text += QStringLiteral(" · ");
        text += m_context->filters.audience.isEmpty()
                    ? tr("%1 people").arg(locale.toString(qulonglong(everyone)))
                    : tr("%1 of %2 people")
                          .arg(locale.toString(qulonglong(m_peopleShown)),
                               locale.toString(qulonglong(everyone)));
        text += QStringLiteral(" · ") + tr("%1 ms").arg(locale.toString(m_lastMs, 'f', 0));
        if (m_engine->isLoading() || !m_engine->isCurrent())
            text += QStringLiteral(" · ") + tr("updating…");
    } else if (m_engine->isLoading() || (m_ownsEngine && m_engine->session() != m_session)) {
        text = tr("Loading the project's data…");
    }
    if (!m_error.isEmpty())
        text = text.isEmpty() ? m_error : text + QStringLiteral(" · ") + m_error;
    m_status->setText(text);
}

void DashboardArea::updateActions()
{
    const bool ready = m_context && currentView() && !isStale(currentView());
    for (QAction* action : {m_explainAction, m_exportImageAction, m_copyAction, m_exportCsvAction})
        action->setEnabled(ready);
}

void DashboardArea::showEvent(QShowEvent* event)
{
    Area::showEvent(event);
    if (m_ownsEngine && m_session && m_engine->session() != m_session)
        m_engine->setSession(m_session);
    recomputeCurrent();
    updateStatus();
}

void DashboardArea::changeEvent(QEvent* event)
{
    Area::changeEvent(event);
    // Light to dark or back: the views restyle their charts as they recompute.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        markAllStale();
        recomputeCurrent();
    }
}

ExplainDialog* DashboardArea::explain()
{
    DashboardView* view = currentView();
    if (!view || !m_context)
        return nullptr;
    auto* dialog = new ExplainDialog(view->title(), view->provenance(), *m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void DashboardArea::copyTable()
{
    if (DashboardView* view = currentView(); view && m_context) {
        QApplication::clipboard()->setText(DashboardExport::tsv(view->table()));
        emit statusMessage(tr("Copied the table of “%1”.").arg(view->title()));
    }
}

bool DashboardArea::exportCsv(const QString& path, QString* error)
{
    DashboardView* view = currentView();
    if (!view)
        return false;
    return DashboardExport::writeCsv(path, view->table(), error);
}

bool DashboardArea::exportImage(const QString& path, QString* error)
{
    DashboardView* view = currentView();
    if (!view)
        return false;
    QWidget* widget = view->imageWidget();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return DashboardExport::writeSvg(widget, path, view->title(), error);
    return DashboardExport::writePng(widget, path, error);
}

void DashboardArea::exportImageAsked()
{
    DashboardView* view = currentView();
    if (!view)
        return;
    const QString title = tr("Export Image");
    const QString name = fileStem(view->title()) + QStringLiteral(".png");
    const QString filters = tr("PNG image (*.png);;SVG drawing (*.svg)");
    const QString path = m_choosePath ? m_choosePath(title, name, filters)
                                      : QFileDialog::getSaveFileName(this, title, name, filters);
    if (path.isEmpty())
        return;
    QString error;
    if (exportImage(path, &error))
        emit statusMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()));
    else
        QMessageBox::warning(this, title, error);
}

void DashboardArea::exportCsvAsked()
{
    DashboardView* view = currentView();
    if (!view)
        return;
    const QString title = tr("Export CSV");
    const QString name = fileStem(view->title()) + QStringLiteral(".csv");
    const QString filters = tr("CSV file (*.csv)");
    const QString path = m_choosePath ? m_choosePath(title, name, filters)
                                      : QFileDialog::getSaveFileName(this, title, name, filters);
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        emit statusMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()));
    else
        QMessageBox::warning(this, title, error);
}

} // namespace rapport::ui
