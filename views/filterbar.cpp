#include "filterbar.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolButton>

namespace {
// The entries of a picker that can be ticked (the first one, "All ...", can't).
QList<QAction *> choices(const QToolButton *button)
{
    QList<QAction *> list;
    for (QAction *a : button->menu()->actions()) {
        if (a->isCheckable())
            list << a;
    }
    return list;
}

QList<QAction *> ticked(const QToolButton *button)
{
    QList<QAction *> list;
    for (QAction *a : choices(button)) {
        if (a->isChecked())
            list << a;
    }
    return list;
}

// "All events" with nothing ticked, the one name, or "3 events".
QString summary(const QToolButton *button, const QString &none, const QString &several)
{
    const QList<QAction *> on = ticked(button);
    if (on.isEmpty())
        return none;
    if (on.size() == 1)
        return on.first()->text();
    return several.arg(on.size());
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit), m_events(new QToolButton), m_kinds(new QToolButton),
      m_clear(new QPushButton(tr("Clear All")))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search talks"));
    m_search->setPlaceholderText(tr("Search titles, speakers, organizations, abstracts  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_events->setObjectName(QStringLiteral("eventPicker"));
    m_events->setAccessibleName(tr("Events"));
    m_events->setAccessibleDescription(tr("Shows talks of the ticked events; none ticked shows all"));
    m_kinds->setObjectName(QStringLiteral("kindPicker"));
    m_kinds->setAccessibleName(tr("Kinds of session"));
    m_kinds->setAccessibleDescription(tr("Shows talks of the ticked kinds; none ticked shows all"));
    for (QToolButton *picker : {m_events, m_kinds}) {
        picker->setPopupMode(QToolButton::InstantPopup);
        picker->setToolButtonStyle(Qt::ToolButtonTextOnly);
        picker->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        picker->setMenu(pickerMenu(picker));
    }
    m_events->setMinimumWidth(180);
    for (int k = 0; k < TalkKindCount; ++k)
        addChoice(m_kinds, talkKindLabel(TalkKind(k)), k);
    m_clear->setObjectName(QStringLiteral("clearAll"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    m_clear->setToolTip(tr("Clear the search, topics, events and kinds (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addWidget(m_search, 3);
    auto *eventLabel = new QLabel(tr("&Events:"));
    eventLabel->setBuddy(m_events);
    layout->addWidget(eventLabel);
    layout->addWidget(m_events, 2);
    auto *kindLabel = new QLabel(tr("&Kinds:"));
    kindLabel->setBuddy(m_kinds);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kinds, 1);
    layout->addWidget(m_clear);
    updateSummaries();

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
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clearAllRequested);
}

QMenu *FilterBar::pickerMenu(QToolButton *button)
{
    auto *menu = new QMenu(button);
    menu->setObjectName(button->objectName() + QStringLiteral("Menu"));
    menu->installEventFilter(this);
    // The first entry unticks the rest: the way back to "all" without unticking one by one.
    QAction *all = menu->addAction(button == m_events ? tr("All events") : tr("All kinds"));
    connect(all, &QAction::triggered, this, [this, button] {
        m_showing = true;
        bool changed = false;
        for (QAction *a : ticked(button)) {
            a->setChecked(false);
            changed = true;
        }
        m_showing = false;
        updateSummaries();
        if (changed)
            emit edited();
    });
    menu->addSeparator();
    return menu;
}

void FilterBar::addChoice(QToolButton *button, const QString &text, int value)
{
    QAction *a = button->menu()->addAction(text);
    a->setCheckable(true);
    a->setData(value);
    connect(a, &QAction::toggled, this, [this] {
        if (m_showing)
            return;
        updateSummaries();
        emit edited();
    });
}

void FilterBar::updateSummaries()
{
    m_events->setText(summary(m_events, tr("All events"), tr("%1 events")));
    m_kinds->setText(summary(m_kinds, tr("All kinds"), tr("%1 kinds")));
    for (QToolButton *picker : {m_events, m_kinds}) {
        QStringList names;
        for (const QAction *a : ticked(picker))
            names << a->text();
        picker->setToolTip(names.isEmpty() ? picker->text() : names.join(u'\n'));
    }
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    auto *menu = qobject_cast<QMenu *>(watched);
    if (menu && event->type() == QEvent::MouseButtonRelease) {
        QAction *a = menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (a && a->isCheckable() && a->isEnabled()) {
            a->toggle();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::setEventModel(QAbstractItemModel *events, int eventIndexRole)
{
    m_eventIndexRole = eventIndexRole;
    m_showing = true;
    for (QAction *a : choices(m_events)) {
        m_events->menu()->removeAction(a);
        delete a;
    }
    for (int r = 0; r < events->rowCount(); ++r) {
        const QModelIndex i = events->index(r, 0);
        addChoice(m_events, i.data().toString(), i.data(eventIndexRole).toInt());
    }
    m_showing = false;
    updateSummaries();
}

void FilterBar::writeTo(TalkFilter &filter) const
{
    filter.text = m_search->text();
    filter.events.clear();
    for (const QAction *a : ticked(m_events))
        filter.events << EventIndex(a->data().toUInt());
    filter.kinds.clear();
    for (const QAction *a : ticked(m_kinds))
        filter.kinds << TalkKind(a->data().toInt());
}

void FilterBar::showFilter(const TalkFilter &filter)
{
    m_showing = true;
    m_debounce.stop();
    if (m_search->text() != filter.text)
        m_search->setText(filter.text);
    for (QAction *a : choices(m_events))
        a->setChecked(filter.events.contains(EventIndex(a->data().toUInt())));
    for (QAction *a : choices(m_kinds))
        a->setChecked(filter.kinds.contains(TalkKind(a->data().toInt())));
    m_showing = false;
    updateSummaries();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
