#pragma once

#include "data/dataset.h"

#include <QAbstractListModel>

// The events of a dataset in date order, with their talk counts: the event picker and event list.
class EventListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn };
    enum Role { SortRole = Qt::UserRole + 1, EventIndexRole, EventIdRole, TalkCountRole };

    explicit EventListModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    DatasetPtr m_dataset;
    std::vector<int> m_talkCounts;
};
