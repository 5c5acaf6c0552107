// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Provenance.h"

#include <QDialog>

#include <vector>

class QTextBrowser;

namespace rapport::ui {

struct DashboardContext;

/**
 * "How was this computed?" for one dashboard view: the global filters in force, the data
 * snapshot (its id, when it was loaded, when the project's data last changed), then each
 * figure's provenance — definition, parameters, filters, snapshot id — in the order the view
 * shows them. Its text can be copied.
 */
class ExplainDialog : public QDialog
{
    Q_OBJECT

public:
    ExplainDialog(const QString& viewTitle, const std::vector<engine::Provenance>& provenance,
                  const DashboardContext& context, QWidget* parent = nullptr);

    /** The explanation as plain text (what the dialog shows). */
    QString text() const;
    /** The explanation as the HTML shown. */
    static QString html(const QString& viewTitle, const std::vector<engine::Provenance>& provenance,
                        const DashboardContext& context);

private:
    QTextBrowser* m_browser;
};

} // namespace rapport::ui
