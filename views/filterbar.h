#pragma once

#include "item/talkfilter.h"

#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLineEdit;
class QPushButton;

// The row above the talks: a search field, event and kind pickers and "Clear all". It edits the text,
// events and kinds of a TalkFilter (topics are the facets' part). Text waits for a pause in typing;
// the pickers apply at once.
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

signals:
    void edited();
    void clearAllRequested();

private:
    QLineEdit *m_search;
    QComboBox *m_events;
    QComboBox *m_kinds;
    QPushButton *m_clear;
    QTimer m_debounce;
    int m_eventIndexRole = 0;
    bool m_showing = false;
};
