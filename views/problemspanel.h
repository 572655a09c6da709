#pragma once

#include "data/problem.h"

#include <QDockWidget>

class QListWidget;

// What went wrong while reading, one "FILE:LINE: error: message" per line, in a dock that stays out of
// the way: everything that could be read is already in the window.
class ProblemsPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    QStringList lines() const;

private:
    QListWidget *m_list;
};
