// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ExplainDialog.h"

#include "ui/ProjectSession.h" // SessionEngine.h needs it complete (QPointer)
#include "ui/dashboard/DashboardContext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QString escaped(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString dateText(const QDate& date, const QString& none)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : none;
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat)
                          : ExplainDialog::tr("unknown");
}

} // namespace

ExplainDialog::ExplainDialog(const QString& viewTitle,
                             const std::vector<engine::Provenance>& provenance,
                             const DashboardContext& context, QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("explainDialog"));
    setWindowTitle(tr("How “%1” is computed").arg(viewTitle));
    m_browser->setObjectName(QStringLiteral("explainBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html(viewTitle, provenance, context));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(620, 520);
}

QString ExplainDialog::text() const
{
    return m_browser->toPlainText();
}

QString ExplainDialog::html(const QString& viewTitle,
                            const std::vector<engine::Provenance>& provenance,
                            const DashboardContext& context)
{
    const DashboardFilters& f = context.filters;
    QString h = QStringLiteral("<h3>%1</h3>").arg(viewTitle.toHtmlEscaped());

    h += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Filters in force").toHtmlEscaped());
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Dates: %1 – %2")
                      .arg(dateText(f.from, tr("from the beginning")),
                           dateText(f.to, tr("until now")))
                      .toHtmlEscaped());
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Audience: %1")
                      .arg(f.audience.isEmpty() ? tr("everyone") : f.audience)
                      .toHtmlEscaped());
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Campaign: %1")
                      .arg(f.campaign.isEmpty() ? tr("all") : f.campaign)
                      .toHtmlEscaped());
    h +=
        QStringLiteral("<li>%1</li></ul>")
            .arg(
                tr("Channel: %1").arg(f.channel.isEmpty() ? tr("all") : f.channel).toHtmlEscaped());

    h += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Data").toHtmlEscaped());
    if (context.data) {
        h += QStringLiteral("<li>%1</li>")
                 .arg(tr("Snapshot %1: %2 people, %3 activities")
                          .arg(context.store().snapshotId())
                          .arg(QLocale().toString(qulonglong(context.store().personCount())),
                               QLocale().toString(qulonglong(context.store().activityCount())))
                          .toHtmlEscaped());
    }
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Figures as of %1")
                      .arg(timeText(QDateTime::fromSecsSinceEpoch(context.asOf, Qt::UTC)))
                      .toHtmlEscaped());
    h += QStringLiteral("<li>%1</li></ul>")
             .arg(tr("Data last changed %1").arg(timeText(context.dataChanged)).toHtmlEscaped());

    if (provenance.empty())
        h += QStringLiteral("<p>%1</p>").arg(tr("Nothing is shown yet.").toHtmlEscaped());
    for (const engine::Provenance& p : provenance) {
        h += QStringLiteral("<hr><p>%1</p>").arg(escaped(p.definition));
        if (!p.parameters.empty()) {
            h += QStringLiteral("<p><i>%1</i></p><ul>").arg(tr("Parameters").toHtmlEscaped());
            for (const auto& [name, value] : p.parameters)
                h += QStringLiteral("<li>%1: %2</li>").arg(escaped(name), escaped(value));
            h += QStringLiteral("</ul>");
        }
        if (!p.filters.empty()) {
            h += QStringLiteral("<p><i>%1</i></p><ul>").arg(tr("Filters").toHtmlEscaped());
            for (const std::string& filter : p.filters)
                h += QStringLiteral("<li>%1</li>").arg(escaped(filter));
            h += QStringLiteral("</ul>");
        }
        h += QStringLiteral("<p><small>%1</small></p>")
                 .arg(tr("Snapshot %1").arg(p.snapshotId).toHtmlEscaped());
    }
    return h;
}

} // namespace rapport::ui
