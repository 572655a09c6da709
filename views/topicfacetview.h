#pragma once

#include "item/talkfilter.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QListView;

// The topic facets: a checkable list of topics with their counts under the current filter, and whether
// a talk needs any or all of the ticked topics.
class TopicFacetView : public QWidget
{
    Q_OBJECT
public:
    explicit TopicFacetView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *facets);
    QListView *list() const { return m_list; }
    TalkFilter::TopicMatch match() const;
    // Without emitting matchChanged().
    void setMatch(TalkFilter::TopicMatch match);

signals:
    void matchChanged();

private:
    QComboBox *m_match;
    QListView *m_list;
    bool m_showing = false;
};
