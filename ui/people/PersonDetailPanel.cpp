// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PersonDetailPanel.h"

#include "ui/people/DetailTableModel.h"
#include "ui/people/PersonDetails.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

DetailTableModel::Cell timeCell(const QDateTime& at)
{
    return {QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), at};
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

} // namespace

PersonDetailPanel::PersonDetailPanel(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget), m_placeholder(new QLabel),
      m_name(new QLabel), m_summary(new QLabel), m_level(new QLabel), m_identities(new QLabel),
      m_tabs(new QTabWidget),
      m_timeline(new DetailTableModel({tr("Time"), tr("Type"), tr("Campaign"), tr("Channel"),
                                       tr("Content")},
                                      this)),
      m_answers(new DetailTableModel({tr("Time"), tr("Survey"), tr("Question"), tr("Answer")}, this)),
      m_rewards(new DetailTableModel({tr("Date"), tr("Kind"), tr("Value"), tr("Reason"),
                                      tr("Campaign")},
                                     this))
{
    setObjectName(QStringLiteral("personDetailPanel"));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_name->setObjectName(QStringLiteral("detailNameLabel"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_summary->setObjectName(QStringLiteral("detailSummaryLabel"));
    m_level->setObjectName(QStringLiteral("detailLevelLabel"));
    m_identities->setObjectName(QStringLiteral("detailIdentitiesLabel"));
    for (QLabel* label : {m_name, m_summary, m_level, m_identities}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_identities->setTextFormat(Qt::RichText);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(addTable(m_timeline, QStringLiteral("timelineTableView")), QString());
    m_tabs->addTab(addTable(m_answers, QStringLiteral("answersTableView")), QString());
    m_tabs->addTab(addTable(m_rewards, QStringLiteral("rewardsTableView")), QString());

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 8, 6, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addWidget(m_level);
    layout->addWidget(m_identities);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    showDetails(PersonDetails());
}

PersonDetailPanel::~PersonDetailPanel() = default;

QTableView* PersonDetailPanel::addTable(DetailTableModel* model, const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setFrameShape(QFrame::NoFrame);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    // Fitting columns to their text looks at a sample of rows, not at thousands.
    view->horizontalHeader()->setResizeContentsPrecision(64);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::DescendingOrder);
    return view;
}

void PersonDetailPanel::showSelectionCount(qint64 count)
{
    m_key = 0;
    m_placeholder->setText(tr("%Ln people selected.", nullptr, int(count)));
    m_stack->setCurrentWidget(m_placeholder);
}

void PersonDetailPanel::showDetails(const PersonDetails& details)
{
    m_key = details.key;
    if (!details.key) {
        m_placeholder->setText(tr("Select a person to see their identities, activities, "
                                  "survey answers and rewards."));
        m_stack->setCurrentIndex(0);
        for (DetailTableModel* model : {m_timeline, m_answers, m_rewards})
            model->setRows({});
        return;
    }
    const model::Person& p = details.person;
    m_name->setText(details.shownName);
    QFont font = m_name->font();
    font.setItalic(details.nameIsStandIn);
    m_name->setFont(font);
    m_name->setToolTip(details.nameIsStandIn ? tr("No name recorded: shown by their first "
                                                  "email or handle")
                                             : QString());

    QStringList summary;
    for (const QString& part : {p.role, p.company, p.country}) {
        if (!part.trimmed().isEmpty())
            summary << part;
    }
    if (p.internal)
        summary << tr("internal");
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    m_summary->setVisible(!summary.isEmpty());

    QString level = details.level >= 0
                        ? tr("%1 (score %2)")
                              .arg(PersonDetails::levelName(details.level),
                                   QLocale().toString(details.score, 'f', 1))
                        : tr("Level unknown");
    if (!p.tags.isEmpty())
        level += QStringLiteral(" — ") + tr("Tags: %1").arg(p.tags.join(QStringLiteral(", ")));
    m_level->setText(level);

    QStringList identities;
    for (const model::Identity& identity : p.identities)
        identities << QStringLiteral("<b>%1</b> %2").arg(PersonDetails::identityKindTitle(identity.kind).toHtmlEscaped(),
                                                         identity.value.toHtmlEscaped());
    if (!details.mergedKeys.isEmpty())
        identities << tr("<i>Merged from %Ln other record(s)</i>", nullptr,
                         int(details.mergedKeys.size()));
    m_identities->setText(identities.isEmpty() ? tr("No identities") : identities.join(QStringLiteral("<br>")));

    std::vector<DetailTableModel::Row> rows;
    for (const PersonDetails::Activity& a : details.activities)
        rows.push_back({timeCell(a.at), {a.type, {}}, {a.campaign, {}}, {a.channel, {}}, {a.content, {}}});
    m_timeline->setRows(std::move(rows));
    rows.clear();
    for (const PersonDetails::Answer& a : details.answers)
        rows.push_back({timeCell(a.at), {a.survey, {}}, {a.question, {}}, {a.answer, {}}});
    m_answers->setRows(std::move(rows));
    rows.clear();
    for (const PersonDetails::Reward& r : details.rewards) {
        const QString value = r.currency.isEmpty() ? number(r.value)
                                                   : QStringLiteral("%1 %2").arg(number(r.value), r.currency);
        rows.push_back({{QLocale().toString(r.date, QLocale::ShortFormat), r.date},
                        {PersonDetails::rewardKindTitle(r.kind), {}},
                        {value, r.value},
                        {r.reason, {}},
                        {r.campaign, {}}});
    }
    m_rewards->setRows(std::move(rows));
    for (QTableView* view : m_tabs->findChildren<QTableView*>())
        view->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("Timeline (%L1)").arg(details.activities.size()));
    m_tabs->setTabText(1, tr("Survey answers (%L1)").arg(details.answers.size()));
    m_tabs->setTabText(2, tr("Rewards (%L1)").arg(details.rewards.size()));
    m_stack->setCurrentIndex(1);
}

} // namespace rapport::ui
