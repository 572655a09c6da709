#include "problemspanel.h"

#include <QFontDatabase>
#include <QListWidget>

ProblemsPanel::ProblemsPanel(QWidget *parent) : QDockWidget(tr("Problems"), parent), m_list(new QListWidget)
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setAccessibleName(tr("Problems while reading"));
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWidget(m_list);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
}

void ProblemsPanel::setProblems(const QList<Problem> &problems)
{
    m_list->clear();
    QStringList lines;
    lines.reserve(problems.size());
    for (const auto &p : problems)
        lines << p.toString();
    m_list->addItems(lines);
    setWindowTitle(tr("Problems (%1)").arg(problems.size()));
}

QStringList ProblemsPanel::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}
