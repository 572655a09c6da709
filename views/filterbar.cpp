#include "filterbar.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit), m_events(new QComboBox), m_kinds(new QComboBox),
      m_clear(new QPushButton(tr("Clear All")))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search talks"));
    m_search->setPlaceholderText(tr("Search titles, speakers, organizations, abstracts  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_events->setObjectName(QStringLiteral("eventPicker"));
    m_events->setAccessibleName(tr("Event"));
    m_events->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_events->setMinimumContentsLength(18);
    m_kinds->setObjectName(QStringLiteral("kindPicker"));
    m_kinds->setAccessibleName(tr("Kind of session"));
    m_kinds->addItem(tr("All kinds"));
    for (int k = 0; k < TalkKindCount; ++k)
        m_kinds->addItem(talkKindLabel(TalkKind(k)), k);
    m_clear->setObjectName(QStringLiteral("clearAll"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    m_clear->setToolTip(tr("Clear the search, topics, event and kind (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addWidget(m_search, 3);
    auto *eventLabel = new QLabel(tr("&Event:"));
    eventLabel->setBuddy(m_events);
    layout->addWidget(eventLabel);
    layout->addWidget(m_events, 2);
    auto *kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(m_kinds);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kinds, 1);
    layout->addWidget(m_clear);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_showing)
            m_debounce.start();
    });
    // Enter in the search field need not wait for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            emit edited();
        }
    });
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::edited);
    const auto picked = [this] {
        if (!m_showing)
            emit edited();
    };
    connect(m_events, &QComboBox::currentIndexChanged, this, picked);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, picked);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clearAllRequested);
}

void FilterBar::setEventModel(QAbstractItemModel *events, int eventIndexRole)
{
    m_eventIndexRole = eventIndexRole;
    m_showing = true;
    m_events->clear();
    m_events->addItem(tr("All events"));
    for (int r = 0; r < events->rowCount(); ++r) {
        const QModelIndex i = events->index(r, 0);
        m_events->addItem(i.data().toString(), i.data(eventIndexRole));
    }
    m_showing = false;
}

void FilterBar::writeTo(TalkFilter &filter) const
{
    filter.text = m_search->text();
    filter.events.clear();
    if (m_events->currentIndex() > 0)
        filter.events << EventIndex(m_events->currentData().toUInt());
    filter.kinds.clear();
    if (m_kinds->currentIndex() > 0)
        filter.kinds << TalkKind(m_kinds->currentData().toInt());
}

void FilterBar::showFilter(const TalkFilter &filter)
{
    m_showing = true;
    m_debounce.stop();
    if (m_search->text() != filter.text)
        m_search->setText(filter.text);
    const int event = filter.events.isEmpty() ? 0 : m_events->findData(int(filter.events.first().value));
    m_events->setCurrentIndex(std::max(event, 0));
    const int kind = filter.kinds.isEmpty() ? 0 : m_kinds->findData(int(filter.kinds.first()));
    m_kinds->setCurrentIndex(std::max(kind, 0));
    m_showing = false;
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
