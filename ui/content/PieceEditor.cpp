// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/content/PieceEditor.h"

#include "ui/content/ContentController.h"
#include "ui/content/ContentTexts.h"
#include "ui/content/DistributionsEditor.h"
#include "ui/content/PersonSearch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {

QList<std::pair<model::Uuid, QString>> namesOf(const QSqlDatabase& db, const QString& sql)
{
    QList<std::pair<model::Uuid, QString>> result;
    if (!db.isOpen())
        return result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            result.append({model::Uuid::fromString(q.value(0).toString()), q.value(1).toString()});
    return result;
}

} // namespace

PieceEditor::PieceEditor(ContentController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_stack(new QStackedWidget),
      m_placeholder(new QLabel), m_title(new QLineEdit), m_kind(new QComboBox),
      m_publishedCheck(new QCheckBox(tr("Published on"))), m_published(new QDateEdit),
      m_series(new QComboBox), m_address(new QLabel), m_authors(new QListWidget),
      m_addAuthor(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add…"))),
      m_removeAuthor(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"))),
      m_links(new QTableWidget(0, 2)), m_linkTarget(new QComboBox), m_linkKind(new QComboBox),
      m_addLink(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add link"))),
      m_removeLink(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"))),
      m_distributions(new DistributionsEditor(controller))
{
    m_placeholder->setText(
        tr("Choose a piece on the left to edit it, or press Insert to add one."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(makeForm());
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_title, &QLineEdit::editingFinished, this, &PieceEditor::commitTitle);
    connect(m_kind, &QComboBox::activated, this, &PieceEditor::commitKind);
    connect(m_publishedCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_published->setEnabled(on && m_controller.isEditable());
        commitPublished();
    });
    connect(m_published, &QDateEdit::editingFinished, this, &PieceEditor::commitPublished);
    connect(m_series, &QComboBox::activated, this, &PieceEditor::commitSeries);
    connect(m_addAuthor, &QPushButton::clicked, this, &PieceEditor::addAuthor);
    connect(m_removeAuthor, &QPushButton::clicked, this, &PieceEditor::removeAuthor);
    connect(m_addLink, &QPushButton::clicked, this, &PieceEditor::addLink);
    connect(m_removeLink, &QPushButton::clicked, this, &PieceEditor::removeLink);
    connect(m_authors, &QListWidget::currentRowChanged, this, &PieceEditor::updateEnabled);
    connect(m_links, &QTableWidget::currentCellChanged, this, &PieceEditor::updateEnabled);
    setPiece({});
}

QWidget* PieceEditor::makeForm()
{
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    ContentTexts::fillKinds(m_kind);
    m_publishedCheck->setObjectName(QStringLiteral("publishedCheckBox"));
    m_published->setObjectName(QStringLiteral("publishedDateEdit"));
    m_published->setCalendarPopup(true);
    m_series->setObjectName(QStringLiteral("seriesComboBox"));
    m_address->setObjectName(QStringLiteral("addressLabel"));
    m_address->setOpenExternalLinks(true);
    m_address->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_address->setToolTip(tr("Where the piece was first distributed; each distribution below "
                             "has its own address."));
    m_authors->setObjectName(QStringLiteral("authorsListWidget"));
    m_authors->setMaximumHeight(fontMetrics().height() * 4 + 8);
    m_addAuthor->setObjectName(QStringLiteral("addAuthorButton"));
    m_addAuthor->setToolTip(tr("Add an author from the project's people"));
    m_removeAuthor->setObjectName(QStringLiteral("removeAuthorButton"));
    m_links->setObjectName(QStringLiteral("linksTableWidget"));
    m_links->setHorizontalHeaderLabels({tr("Leads on to"), tr("Link")});
    m_links->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_links->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_links->verticalHeader()->hide();
    m_links->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_links->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_links->setSelectionMode(QAbstractItemView::SingleSelection);
    m_links->setMaximumHeight(fontMetrics().height() * 6);
    m_linkTarget->setObjectName(QStringLiteral("linkTargetComboBox"));
    m_linkTarget->setEditable(true);
    m_linkTarget->setInsertPolicy(QComboBox::NoInsert);
    m_linkTarget->lineEdit()->setPlaceholderText(tr("Piece to link to"));
    m_linkTarget->completer()->setFilterMode(Qt::MatchContains);
    m_linkTarget->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_linkTarget->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_linkTarget->setMinimumContentsLength(8);
    m_linkKind->setObjectName(QStringLiteral("linkKindComboBox"));
    for (const QString& kind : ContentTexts::linkKinds())
        m_linkKind->addItem(ContentTexts::linkKind(kind), kind);
    m_addLink->setObjectName(QStringLiteral("addLinkButton"));
    m_removeLink->setObjectName(QStringLiteral("removeLinkButton"));

    auto* form = new QWidget;
    auto* pieceBox = new QGroupBox(tr("Piece"));
    auto* fields = new QFormLayout(pieceBox);
    fields->addRow(tr("&Title:"), m_title);
    fields->addRow(tr("&Kind:"), m_kind);
    auto* published = new QHBoxLayout;
    published->addWidget(m_publishedCheck);
    published->addWidget(m_published, 1);
    fields->addRow(tr("Date:"), published);
    fields->addRow(tr("&Series:"), m_series);
    fields->addRow(tr("Address:"), m_address);

    auto* authorsBox = new QGroupBox(tr("Authors"));
    auto* authorButtons = new QVBoxLayout;
    authorButtons->addWidget(m_addAuthor);
    authorButtons->addWidget(m_removeAuthor);
    authorButtons->addStretch();
    auto* authors = new QHBoxLayout(authorsBox);
    authors->addWidget(m_authors, 1);
    authors->addLayout(authorButtons);

    auto* linksBox = new QGroupBox(tr("Links to other pieces"));
    auto* linkTable = new QHBoxLayout;
    auto* linkButtons = new QVBoxLayout;
    linkButtons->addWidget(m_removeLink);
    linkButtons->addStretch();
    linkTable->addWidget(m_links, 1);
    linkTable->addLayout(linkButtons);
    auto* newLink = new QHBoxLayout;
    newLink->addWidget(m_linkTarget, 1);
    newLink->addWidget(m_linkKind);
    newLink->addWidget(m_addLink);
    auto* links = new QVBoxLayout(linksBox);
    links->addLayout(linkTable);
    links->addLayout(newLink);

    auto* distributionsBox = new QGroupBox(tr("Distributions"));
    auto* distributions = new QVBoxLayout(distributionsBox);
    distributions->addWidget(m_distributions);

    auto* layout = new QVBoxLayout(form);
    layout->addWidget(pieceBox);
    layout->addWidget(authorsBox);
    layout->addWidget(linksBox);
    layout->addWidget(distributionsBox, 1);
    return form;
}

void PieceEditor::setPiece(const model::Uuid& id)
{
    std::optional<model::Content> piece = id.isNull() ? std::nullopt : m_controller.piece(id);
    m_piece = piece ? *piece : model::Content{};
    if (!piece)
        m_piece.meta = {};
    fill();
}

void PieceEditor::reload()
{
    setPiece(m_piece.meta.id);
}

void PieceEditor::editTitle()
{
    if (m_piece.meta.id.isNull())
        return;
    m_title->setFocus(Qt::ShortcutFocusReason);
    m_title->selectAll();
}

void PieceEditor::fillCombos()
{
    const QSqlDatabase db = m_controller.database();
    m_series->clear();
    m_series->addItem(tr("No series"), QString());
    for (const auto& [id, name] : namesOf(db, QStringLiteral("SELECT id, name FROM series "
                                                             "ORDER BY name COLLATE NOCASE")))
        m_series->addItem(name, id.toString());
    const QString typed = m_linkTarget->currentText();
    m_linkTarget->clear();
    for (const auto& [id, title] :
         namesOf(db, QStringLiteral("SELECT id, title FROM content ORDER BY title COLLATE NOCASE")))
        if (id != m_piece.meta.id)
            m_linkTarget->addItem(title, id.toString());
    m_linkTarget->setCurrentIndex(-1);
    m_linkTarget->setEditText(typed);
}

void PieceEditor::fill()
{
    m_filling = true;
    const bool shown = !m_piece.meta.id.isNull();
    m_stack->setCurrentIndex(shown ? 1 : 0);
    fillCombos();
    const QSqlDatabase db = m_controller.database();
    if (m_title->text() != m_piece.title)
        m_title->setText(m_piece.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(m_piece.kind))));
    m_publishedCheck->setChecked(m_piece.published.isValid());
    m_published->setDate(m_piece.published.isValid() ? m_piece.published : QDate::currentDate());
    m_series->setCurrentIndex(std::max(
        0, m_series->findData(m_piece.series.isNull() ? QString() : m_piece.series.toString())));

    const QUrl address =
        m_piece.distributions.isEmpty() ? QUrl() : m_piece.distributions.first().url;
    m_address->setText(address.isEmpty()
                           ? tr("none yet: add a distribution below")
                           : QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(address.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                      address.toDisplayString().toHtmlEscaped()));

    QHash<model::Uuid, QString> names;
    if (!m_piece.authors.isEmpty()) {
        QStringList ids;
        for (const model::Uuid& id : std::as_const(m_piece.authors))
            ids << u'\'' + id.toString() + u'\'';
        for (const auto& [id, name] :
             namesOf(db, QStringLiteral("SELECT id, display_name FROM people WHERE id IN (%1)")
                             .arg(ids.join(u','))))
            names.insert(id, name);
    }
    const int authorRow = m_authors->currentRow();
    m_authors->clear();
    for (const model::Uuid& id : std::as_const(m_piece.authors)) {
        auto* item = new QListWidgetItem(names.value(id, tr("(unknown person)")), m_authors);
        item->setData(Qt::UserRole, id.toString());
    }
    if (m_authors->count() > 0)
        m_authors->setCurrentRow(std::clamp(authorRow, 0, m_authors->count() - 1));

    m_links->setRowCount(int(m_piece.links.size()));
    for (int row = 0; row < m_piece.links.size(); ++row) {
        const model::ContentLink& link = m_piece.links.at(row);
        const int at = m_linkTarget->findData(link.target.toString());
        auto* target =
            new QTableWidgetItem(at >= 0 ? m_linkTarget->itemText(at) : tr("(unknown piece)"));
        target->setData(Qt::UserRole, link.target.toString());
        m_links->setItem(row, 0, target);
        m_links->setItem(row, 1, new QTableWidgetItem(ContentTexts::linkKind(link.kind)));
    }

    QList<ChannelChoice> channels;
    for (const auto& [id, name] :
         namesOf(db, QStringLiteral("SELECT id, name FROM channels ORDER BY name COLLATE NOCASE")))
        channels << ChannelChoice{id, name};
    if (shown)
        m_distributions->setPiece(m_piece, channels);
    else
        m_distributions->clear();
    updateEnabled();
    m_filling = false;
}

void PieceEditor::updateEnabled()
{
    const bool editable = m_controller.isEditable() && !m_piece.meta.id.isNull();
    m_title->setReadOnly(!editable);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_kind, m_series, m_publishedCheck, m_addAuthor, m_linkTarget, m_linkKind, m_addLink})
        w->setEnabled(editable);
    m_published->setEnabled(editable && m_publishedCheck->isChecked());
    m_removeAuthor->setEnabled(editable && m_authors->currentRow() >= 0 && m_authors->count() > 1);
    m_removeAuthor->setToolTip(m_authors->count() == 1 ? tr("A piece needs at least one author.")
                                                       : QString());
    m_removeLink->setEnabled(editable && m_links->currentRow() >= 0);
}

void PieceEditor::commitTitle()
{
    const QString title = m_title->text().trimmed();
    if (m_filling || m_piece.meta.id.isNull() || title == m_piece.title)
        return;
    if (!m_controller.changePiece(m_piece.meta.id, tr("Rename piece to “%1”").arg(title),
                                  [&](model::Content& piece) { piece.title = title; }))
        m_title->setText(m_piece.title);
}

void PieceEditor::commitKind()
{
    const auto kind = model::ContentKind(m_kind->currentData().toInt());
    if (m_filling || m_piece.meta.id.isNull() || kind == m_piece.kind)
        return;
    m_controller.changePiece(m_piece.meta.id, tr("Change kind"),
                             [&](model::Content& piece) { piece.kind = kind; });
}

void PieceEditor::commitPublished()
{
    const QDate date = m_publishedCheck->isChecked() ? m_published->date() : QDate();
    if (m_filling || m_piece.meta.id.isNull() || date == m_piece.published)
        return;
    m_controller.changePiece(m_piece.meta.id, tr("Change publication date"),
                             [&](model::Content& piece) { piece.published = date; });
}

void PieceEditor::commitSeries()
{
    const model::Uuid series = model::Uuid::fromString(m_series->currentData().toString());
    if (m_filling || m_piece.meta.id.isNull() || series == m_piece.series)
        return;
    m_controller.changePiece(m_piece.meta.id, tr("Change series"),
                             [&](model::Content& piece) { piece.series = series; });
}

void PieceEditor::addAuthor()
{
    if (m_piece.meta.id.isNull() || !m_controller.isEditable())
        return;
    auto* dialog = new PersonPickerDialog(m_controller.database(), tr("Add Author"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const model::Uuid piece = m_piece.meta.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, piece] {
        const model::Uuid person = dialog->person();
        if (person.isNull())
            return;
        if (m_piece.authors.contains(person)) {
            emit m_controller.failed(
                tr("%1 is already an author of this piece.").arg(dialog->personName()));
            return;
        }
        m_controller.changePiece(piece, tr("Add author %1").arg(dialog->personName()),
                                 [&](model::Content& c) { c.authors << person; });
    });
    dialog->open();
}

void PieceEditor::removeAuthor()
{
    const int row = m_authors->currentRow();
    if (row < 0 || m_piece.meta.id.isNull())
        return;
    const model::Uuid person = m_piece.authors.value(row);
    m_controller.changePiece(m_piece.meta.id,
                             tr("Remove author %1").arg(m_authors->item(row)->text()),
                             [&](model::Content& c) { c.authors.removeAll(person); });
}

void PieceEditor::addLink()
{
    if (m_piece.meta.id.isNull())
        return;
    // The typed title chooses the piece when nothing was picked from the list.
    int at = m_linkTarget->currentIndex();
    if (at < 0 || m_linkTarget->itemText(at) != m_linkTarget->currentText())
        at = m_linkTarget->findText(m_linkTarget->currentText().trimmed(), Qt::MatchFixedString);
    if (at < 0) {
        emit m_controller.failed(tr("Choose the piece to link to from the list."));
        return;
    }
    const model::ContentLink link{model::Uuid::fromString(m_linkTarget->itemData(at).toString()),
                                  m_linkKind->currentData().toString()};
    if (std::any_of(m_piece.links.cbegin(), m_piece.links.cend(),
                    [&](const model::ContentLink& l) { return l.target == link.target; })) {
        emit m_controller.failed(
            tr("This piece already links to “%1”.").arg(m_linkTarget->itemText(at)));
        return;
    }
    if (m_controller.changePiece(m_piece.meta.id,
                                 tr("Link to “%1”").arg(m_linkTarget->itemText(at)),
                                 [&](model::Content& c) { c.links << link; }))
        m_linkTarget->setEditText(QString());
}

void PieceEditor::removeLink()
{
    const int row = m_links->currentRow();
    if (row < 0 || row >= m_piece.links.size())
        return;
    const model::ContentLink link = m_piece.links.at(row);
    m_controller.changePiece(m_piece.meta.id,
                             tr("Remove link to “%1”").arg(m_links->item(row, 0)->text()),
                             [&](model::Content& c) { c.links.removeAll(link); });
}

} // namespace rapport::ui
