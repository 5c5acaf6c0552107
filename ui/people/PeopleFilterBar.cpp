// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeopleFilterBar.h"

#include "ui/people/PersonDetails.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

FilterComboBox::FilterComboBox(const QString& anyText, Values values, QWidget* parent)
    : QComboBox(parent), m_anyText(anyText), m_values(std::move(values))
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMaxVisibleItems(24);
    addItem(m_anyText);
}

std::optional<QString> FilterComboBox::value() const
{
    const QVariant data = currentData();
    if (currentIndex() <= 0 || !data.isValid())
        return std::nullopt;
    return data.toString();
}

void FilterComboBox::setValue(const std::optional<QString>& value)
{
    if (!value) {
        setCurrentIndex(0);
        return;
    }
    int found = findData(*value);
    if (found < 0) {
        addItem(value->isEmpty() ? tr("(none)") : *value, *value);
        found = count() - 1;
    }
    setCurrentIndex(found);
}

void FilterComboBox::refill()
{
    const std::optional<QString> current = value();
    const QSignalBlocker block(this);
    clear();
    addItem(m_anyText);
    addItem(tr("(none)"), QString(QLatin1String("")));
    const QLocale locale;
    if (m_values) {
        for (const auto& [text, count] : m_values())
            addItem(tr("%1 (%2)").arg(text, locale.toString(count)), text);
    }
    setValue(current);
}

void FilterComboBox::showPopup()
{
    refill();
    QComboBox::showPopup();
}

PeopleFilterBar::PeopleFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit), m_debounce(new QTimer(this)),
      m_level(new QComboBox), m_clear(new QToolButton), m_status(new QLabel)
{
    m_search->setObjectName(QStringLiteral("peopleSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, email, handle or company (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PeopleFilterBar::queryChanged);
    // Enter applies at once; Esc clears the search; Down goes on to the results.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit queryChanged();
    });
    m_search->installEventFilter(this);

    const QString anyText[] = {tr("Any country"), tr("Any role"), tr("Any company")};
    const char* names[] = {"countryComboBox", "roleComboBox", "companyComboBox"};
    for (int a = 0; a < storage::PeopleSearchIndex::AttributeCount; ++a) {
        m_attribute[a] = new FilterComboBox(anyText[a], [this, a] {
            const storage::PeopleSearchIndex* index = m_index ? m_index() : nullptr;
            return index ? index->values(storage::PeopleSearchIndex::Attribute(a))
                         : QList<QPair<QString, qint64>>();
        });
        m_attribute[a]->setObjectName(QLatin1String(names[a]));
    }
    m_tag = new FilterComboBox(tr("Any tag"), [this] {
        const storage::PeopleSearchIndex* index = m_index ? m_index() : nullptr;
        return index ? index->tags() : QList<QPair<QString, qint64>>();
    });
    m_tag->setObjectName(QStringLiteral("tagComboBox"));
    m_level->setObjectName(QStringLiteral("levelComboBox"));
    m_level->addItem(tr("Any level"), -1);
    for (int level = 0; level < 4; ++level)
        m_level->addItem(PersonDetails::levelName(level), level);
    m_level->setToolTip(tr("Engagement level as of today (computed when first chosen)"));

    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the search and the filters"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &PeopleFilterBar::clear);

    for (QComboBox* combo : {static_cast<QComboBox*>(m_attribute[0]), static_cast<QComboBox*>(m_attribute[1]),
                             static_cast<QComboBox*>(m_attribute[2]), static_cast<QComboBox*>(m_tag), m_level})
        connect(combo, &QComboBox::currentIndexChanged, this, &PeopleFilterBar::queryChanged);

    m_status->setObjectName(QStringLiteral("peopleShownLabel"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 2);
    for (FilterComboBox* combo : m_attribute)
        row->addWidget(combo);
    row->addWidget(m_tag);
    row->addWidget(m_level);
    row->addWidget(m_clear);
    row->addStretch();
    row->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->addLayout(row);
}

bool PeopleFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            m_debounce->stop();
            emit queryChanged();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            if (m_debounce->isActive()) {
                m_debounce->stop();
                emit queryChanged();
            }
            emit resultsRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PeopleFilterBar::setIndex(std::function<const storage::PeopleSearchIndex*()> index)
{
    m_index = std::move(index);
}

PeopleFilterBar::Query PeopleFilterBar::query() const
{
    Query query;
    query.text = m_search->text();
    for (int a = 0; a < storage::PeopleSearchIndex::AttributeCount; ++a)
        query.attribute[size_t(a)] = m_attribute[a]->value();
    query.tag = m_tag->value();
    query.level = m_level->currentData().toInt();
    return query;
}

void PeopleFilterBar::clear()
{
    {
        const QSignalBlocker block(this);
        m_search->clear();
        m_debounce->stop();
        for (FilterComboBox* combo : m_attribute)
            combo->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_level->setCurrentIndex(0);
    }
    emit queryChanged();
}

void PeopleFilterBar::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace rapport::ui
