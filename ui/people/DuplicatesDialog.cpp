// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/DuplicatesDialog.h"

#include "core/storage/PeopleRepository.h"
#include "ui/people/BackgroundReader.h"
#include "ui/people/DetailTableModel.h"
#include "ui/people/PeopleController.h"
#include "ui/people/PersonDetails.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace rapport::ui {

namespace {

QString reasonText(model::DuplicateReason reason)
{
    switch (reason) {
    case model::DuplicateReason::SameEmail:
        return DuplicatesDialog::tr("Same email");
    case model::DuplicateReason::SameHandle:
        return DuplicatesDialog::tr("Same handle");
    case model::DuplicateReason::SimilarName:
        return DuplicatesDialog::tr("Similar name, same company");
    }
    return {};
}

// Each suggestion reads both people again to show them: a few thousand are plenty to work
// through, and a rescan after merging finds the next ones.
constexpr qsizetype kMaxSuggestions = 2000;

struct ScanResult
{
    std::vector<DuplicatesDialog::Suggestion> suggestions;
    qint64 people = 0;
    qint64 ms = 0;
    QString error;
};

} // namespace

DuplicatesDialog::DuplicatesDialog(PeopleController& controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_reader(new BackgroundReader(this)),
      m_model(new DetailTableModel({tr("Why"), tr("Shared"), tr("Keep"), tr("Merge into it")}, this)),
      m_table(new QTableView), m_status(new QLabel), m_merge(new QPushButton(tr("&Merge"))),
      m_swap(new QPushButton(tr("&Swap"))), m_rescan(new QPushButton(tr("Look &Again")))
{
    setWindowTitle(tr("Possible Duplicates"));
    setObjectName(QStringLiteral("duplicatesDialog"));
    m_table->setObjectName(QStringLiteral("duplicatesTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("duplicatesStatusLabel"));
    m_status->setWordWrap(true);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setToolTip(tr("Merge the second person into the first: both identities and all "
                           "activities are kept, and Undo separates them again"));
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_swap->setToolTip(tr("Keep the other record instead"));
    m_rescan->setObjectName(QStringLiteral("rescanButton"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_swap, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rescan, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeCurrent);
    connect(m_swap, &QPushButton::clicked, this, &DuplicatesDialog::swapCurrent);
    connect(m_rescan, &QPushButton::clicked, this, [this] { scan(m_path, m_readOnly); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DuplicatesDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && size_t(index.row()) < m_suggestions.size())
            emit showPeople(m_suggestions[size_t(index.row())].pair.first,
                            m_suggestions[size_t(index.row())].pair.second);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    updateButtons();
}

DuplicatesDialog::~DuplicatesDialog() = default;

bool DuplicatesDialog::isScanning() const
{
    return m_reader->isRunning();
}

void DuplicatesDialog::scan(const QString& databasePath, bool readOnly)
{
    m_path = databasePath;
    m_readOnly = readOnly;
    m_suggestions.clear();
    m_model->setRows({});
    m_status->setText(tr("Looking for people who may be the same…"));
    updateButtons();
    auto result = std::make_shared<ScanResult>();
    m_reader->start(
        databasePath,
        [result](const QSqlDatabase& db, const std::atomic<bool>& cancel) {
            QElapsedTimer timer;
            timer.start();
            const model::SystemClock clock;
            const storage::PeopleRepository people(db, clock);
            model::DuplicateFinder finder;
            people.forEach(
                [&](storage::RowKey key, storage::RowKey mergedInto, const model::Person& person) {
                    if (!mergedInto) {
                        finder.add(key, person);
                        ++result->people;
                    }
                    return !cancel.load(std::memory_order_relaxed);
                },
                &result->error);
            for (const model::DuplicatePair& pair : finder.find(kMaxSuggestions)) {
                if (cancel.load(std::memory_order_relaxed))
                    return;
                const auto first = people.getByKey(pair.first);
                const auto second = people.getByKey(pair.second);
                if (!first || !second)
                    continue;
                const QString evidence = model::DuplicateFinder::evidence(*first, *second, pair.reason);
                if (evidence.isEmpty())
                    continue; // two values with one hash
                result->suggestions.push_back({pair, evidence, PersonDetails::shownNameOf(*first),
                                               PersonDetails::shownNameOf(*second)});
            }
            result->ms = timer.elapsed();
        },
        [this, result](const QString& openError) {
            if (!openError.isEmpty() || !result->error.isEmpty()) {
                m_status->setText(tr("Could not look for duplicates: %1")
                                      .arg(openError.isEmpty() ? result->error : openError));
                return;
            }
            m_suggestions = std::move(result->suggestions);
            showSuggestions();
            const QLocale locale;
            m_status->setText(
                m_suggestions.empty()
                    ? tr("No likely duplicates among %1 people (%2 s).")
                          .arg(locale.toString(result->people), locale.toString(result->ms / 1000.0, 'f', 1))
                    : tr("%1 pairs that may be the same person, among %2 people (%3 s). The first "
                         "record of a pair is kept; Merge folds the second into it.")
                          .arg(locale.toString(qint64(m_suggestions.size())),
                               locale.toString(result->people),
                               locale.toString(result->ms / 1000.0, 'f', 1)));
        });
}

void DuplicatesDialog::showSuggestions()
{
    std::vector<DetailTableModel::Row> rows;
    rows.reserve(m_suggestions.size());
    for (const Suggestion& s : m_suggestions)
        rows.push_back({{reasonText(s.pair.reason), {}}, {s.evidence, {}}, {s.firstName, {}}, {s.secondName, {}}});
    m_model->setRows(std::move(rows));
    m_table->resizeColumnsToContents();
    if (!m_suggestions.empty())
        m_table->selectRow(0);
    updateButtons();
}

int DuplicatesDialog::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void DuplicatesDialog::updateButtons()
{
    const bool chosen = currentRow() >= 0;
    m_merge->setEnabled(chosen && !m_readOnly);
    m_swap->setEnabled(chosen);
    m_rescan->setEnabled(!m_path.isEmpty());
}

void DuplicatesDialog::swapCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    Suggestion& s = m_suggestions[size_t(row)];
    std::swap(s.pair.first, s.pair.second);
    std::swap(s.firstName, s.secondName);
    showSuggestions();
    m_table->selectRow(row);
}

void DuplicatesDialog::mergeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Suggestion s = m_suggestions[size_t(row)];
    if (!m_controller.merge(s.pair.first, s.pair.second))
        return;
    // The merged-in person is no longer listed: drop every pair that names them.
    std::erase_if(m_suggestions, [&](const Suggestion& other) {
        return other.pair.first == s.pair.second || other.pair.second == s.pair.second ||
               (other.pair.first == s.pair.first && other.pair.second == s.pair.second);
    });
    showSuggestions();
    if (!m_suggestions.empty())
        m_table->selectRow(std::min(row, int(m_suggestions.size()) - 1));
    m_status->setText(tr("Merged %1 into %2. Edit ▸ Undo separates them again.")
                          .arg(s.secondName, s.firstName));
}

} // namespace rapport::ui
