#include "talktableview.h"

#include <QHeaderView>

TalkTableView::TalkTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("talkTable"));
    setAccessibleName(tr("Talks"));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setDefaultSectionSize(140);
    sortByColumn(-1, Qt::AscendingOrder);
}
