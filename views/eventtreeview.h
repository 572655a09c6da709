#pragma once

#include <QTreeView>

// The event tree at the left: events, days, sections or tracks, talks. Uniform row heights so a tree
// with a million talks expands without measuring every row.
class EventTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit EventTreeView(QWidget *parent = nullptr);
};
