// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Content.h"
#include "core/model/Reward.h"
#include "core/storage/AuthorReport.h"

#include <QCoreApplication>

class QAbstractItemView;
class QComboBox;

namespace rapport::ui {

/** The content area's translated names and formats. */
class ContentTexts
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ContentTexts)

public:
    static QString kind(model::ContentKind kind);
    static QString kind(const QString& name); // by model::contentKindName
    static QString rewardKind(model::RewardKind kind);
    /** A link's kind as read: "previous" → "Previous part", custom kinds as they are. */
    static QString linkKind(const QString& kind);
    /** The link kinds offered for new links. */
    static QStringList linkKinds();
    /** One reward's value: "200.00 USD", "50 points", "swag (25.00 USD)", "recognition". */
    static QString rewardValue(model::RewardKind kind, double value, const QString& currency);
    /** Totals joined: "350.00 USD · 50 points". */
    static QString rewardTotals(const QList<storage::RewardTotal>& totals);
    /** A count with the user's digit grouping. */
    static QString number(qint64 n);
    /** Fills combo with the content kinds (item data: the kind as int). */
    static void fillKinds(QComboBox* combo);
    static void fillRewardKinds(QComboBox* combo);
};

/** Copies the selected rows of view (its visible columns) to the clipboard as TSV with a
 *  header line; returns how many rows. */
int copyRowsAsTsv(const QAbstractItemView* view);

} // namespace rapport::ui
