#pragma once

#include "data/dataset.h"

#include <QAbstractTableModel>

// One row per talk of a published dataset, row i being Dataset::talks[i]. DisplayRole is for people;
// SortRole gives raw values (dates as numbers, counts as ints) so sorting never compares display strings.
// Filtering doesn't read cells: TalkFilterProxy matches talks through a TalkSearchIndex.
class TalkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, SpeakersColumn, OrganizationsColumn, EventColumn, DayColumn, KindColumn,
                  TopicsColumn, LinkColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        TalkIndexRole, // quint32 index into Dataset::talks
        EventIndexRole,
        KindRole,      // int(TalkKind)
        UrlRole,
    };

    explicit TalkTableModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    const DatasetPtr &dataset() const { return m_dataset; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString organizations(const Talk &talk) const;
    QString topics(const Talk &talk) const;

    DatasetPtr m_dataset;
};
