#include "eventtreeview.h"

#include <QHeaderView>

EventTreeView::EventTreeView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("eventTree"));
    setAccessibleName(tr("Events, days and sections"));
    setUniformRowHeights(true);
    setHeaderHidden(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTextElideMode(Qt::ElideRight);
    setAnimated(false);
    header()->setStretchLastSection(true);
}
