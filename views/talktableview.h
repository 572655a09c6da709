#pragma once

#include <QTableView>

// The talk table: fixed row heights (a million rows scroll without measuring), sorting by the models'
// sort role, a title column that takes the spare width.
class TalkTableView : public QTableView
{
    Q_OBJECT
public:
    explicit TalkTableView(QWidget *parent = nullptr);
};
