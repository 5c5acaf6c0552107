// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/ContentTexts.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTableView>

#include <algorithm>

namespace rapport::ui {

namespace {
constexpr model::ContentKind kKinds[] = {
    model::ContentKind::Article,  model::ContentKind::Video,   model::ContentKind::Talk,
    model::ContentKind::Tutorial, model::ContentKind::Podcast, model::ContentKind::Newsletter,
    model::ContentKind::Other};
constexpr model::RewardKind kRewardKinds[] = {model::RewardKind::Money, model::RewardKind::Points,
                                              model::RewardKind::Swag,
                                              model::RewardKind::Recognition};
} // namespace

QString ContentTexts::kind(model::ContentKind kind)
{
    switch (kind) {
    case model::ContentKind::Article:
        return tr("Article");
    case model::ContentKind::Video:
        return tr("Video");
    case model::ContentKind::Talk:
        return tr("Talk");
    case model::ContentKind::Tutorial:
        return tr("Tutorial");
    case model::ContentKind::Podcast:
        return tr("Podcast");
    case model::ContentKind::Newsletter:
        return tr("Newsletter");
    case model::ContentKind::Other:
        break;
    }
    return tr("Other");
}

QString ContentTexts::kind(const QString& name)
{
    model::ContentKind k = model::ContentKind::Other;
    return model::contentKindFromName(name, &k) ? kind(k) : name;
}

QString ContentTexts::rewardKind(model::RewardKind kind)
{
    switch (kind) {
    case model::RewardKind::Points:
        return tr("Points");
    case model::RewardKind::Swag:
        return tr("Swag");
    case model::RewardKind::Money:
        return tr("Money");
    case model::RewardKind::Recognition:
        break;
    }
    return tr("Recognition");
}

QString ContentTexts::linkKind(const QString& kind)
{
    if (kind == QLatin1String("previous"))
        return tr("Previous part");
    if (kind == QLatin1String("next"))
        return tr("Next part");
    if (kind == QLatin1String("related"))
        return tr("Related");
    return kind;
}

QStringList ContentTexts::linkKinds()
{
    return {QStringLiteral("related"), QStringLiteral("next"), QStringLiteral("previous")};
}

QString ContentTexts::rewardValue(model::RewardKind kind, double value, const QString& currency)
{
    const QLocale locale;
    const QString amount = currency.isEmpty()
                               ? locale.toString(value, 'f', 2)
                               : tr("%1 %2").arg(locale.toString(value, 'f', 2), currency);
    switch (kind) {
    case model::RewardKind::Money:
        return amount;
    case model::RewardKind::Points:
        return tr("%1 points").arg(locale.toString(value, 'g', 12));
    case model::RewardKind::Swag:
        return value > 0 ? tr("swag (%1)").arg(amount) : tr("swag");
    case model::RewardKind::Recognition:
        break;
    }
    return tr("recognition");
}

QString ContentTexts::rewardTotals(const QList<storage::RewardTotal>& totals)
{
    // Money first: it is what a manager is asked about.
    QList<storage::RewardTotal> ordered = totals;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return (a.kind == model::RewardKind::Money) > (b.kind == model::RewardKind::Money);
    });
    QStringList parts;
    for (const storage::RewardTotal& t : std::as_const(ordered)) {
        if (t.kind == model::RewardKind::Recognition)
            parts << tr("%n recognition(s)", nullptr, t.count);
        else if (t.kind == model::RewardKind::Swag)
            parts << tr("%n swag item(s)", nullptr, t.count) +
                         (t.value > 0 ? QStringLiteral(" (%1)").arg(rewardValue(
                                            model::RewardKind::Money, t.value, t.currency))
                                      : QString());
        else
            parts << rewardValue(t.kind, t.value, t.currency);
    }
    return parts.join(QStringLiteral(" · "));
}

QString ContentTexts::number(qint64 n)
{
    return QLocale().toString(n);
}

void ContentTexts::fillKinds(QComboBox* combo)
{
    for (model::ContentKind k : kKinds)
        combo->addItem(kind(k), int(k));
}

void ContentTexts::fillRewardKinds(QComboBox* combo)
{
    for (model::RewardKind k : kRewardKinds)
        combo->addItem(rewardKind(k), int(k));
}

int copyRowsAsTsv(const QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model || !view->selectionModel())
        return 0;
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<int> columns;
    const auto* table = qobject_cast<const QTableView*>(view);
    for (int c = 0; c < model->columnCount(); ++c) {
        const int logical = table ? table->horizontalHeader()->logicalIndex(c) : c;
        if (!table || !table->isColumnHidden(logical))
            columns << logical;
    }
    const auto clean = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    };
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns))
        header << clean(model->headerData(c, Qt::Horizontal).toString());
    lines << header.join(u'\t');
    for (const QModelIndex& row : std::as_const(rows)) {
        QStringList cells;
        for (int c : std::as_const(columns))
            cells << clean(model->index(row.row(), c, row.parent()).data().toString());
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    return int(rows.size());
}

} // namespace rapport::ui
