#pragma once

#include "item/talkfilter.h"

#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

// The row above the talks: a search field, event and kind pickers and "Clear all". It edits the text,
// events and kinds of a TalkFilter (topics are the facets' part). Text waits for a pause in typing;
// the pickers apply at once. Each picker is a button with a menu of checkable entries, as a TalkFilter
// takes several events and kinds; its text sums up the choice ("All events", one name, "2 events").
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    // How long typing must pause before the text filter applies.
    static constexpr int DebounceMs = 250;

    explicit FilterBar(QWidget *parent = nullptr);

    // A model of events with EventListModel::EventIndexRole in its rows.
    void setEventModel(QAbstractItemModel *events, int eventIndexRole);
    // Writes this bar's parts into `filter`.
    void writeTo(TalkFilter &filter) const;
    // Shows the filter's parts without emitting edited().
    void showFilter(const TalkFilter &filter);
    QLineEdit *searchField() const { return m_search; }
    void focusSearch();

protected:
    // Keeps a picker's menu open while entries are ticked with the mouse.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void edited();
    void clearAllRequested();

private:
    // The button's text and tooltip from its ticked entries.
    void updateSummaries();
    QMenu *pickerMenu(QToolButton *button);
    // Adds a checkable entry carrying `value` to a picker.
    void addChoice(QToolButton *button, const QString &text, int value);

    QLineEdit *m_search;
    QToolButton *m_events;
    QToolButton *m_kinds;
    QPushButton *m_clear;
    QTimer m_debounce;
    int m_eventIndexRole = 0;
    bool m_showing = false;
};
