#pragma once

#include "data/dataset.h"
#include "treemodelbase.h"

#include <vector>

// The talks of a dataset as a tree: event, day, section or track, talk. A level a talk has no value for
// is skipped (a write-up's talks have sections but no days), so no row reads "unknown". Parent rows show
// how many talks they hold, or, under a filter, how many of those the filter keeps (see countShown()).
class EventTreeModel : public TreeModelBase
{
    Q_OBJECT
public:
    enum Column { NameColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        NodeKindRole,   // int(NodeKind)
        TalkIndexRole,  // quint32 on talk rows, invalid elsewhere
        EventIndexRole, // quint32 on every row below an event
        TalkCountRole,  // talks below the row the current filter keeps (all of them with no filter)
    };
    enum class NodeKind { Event, Day, Group, Talk };

    explicit EventTreeModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    const DatasetPtr &dataset() const { return m_dataset; }

    // The row of a talk (column 0), or an invalid index.
    QModelIndex indexOfTalk(TalkIndex talk) const;
    // Every talk at or below a row.
    std::vector<TalkIndex> talksUnder(const QModelIndex &index) const;
    // Parent rows count only these talks (one byte per talk, as TalkFilterProxy::accepted()); empty: all.
    // One pass over the nodes per filter change, then dataChanged on each parent row whose count moved,
    // so data() only reads a number.
    void countShown(const std::vector<quint8> &accepted);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Item
    {
        NodeKind kind = NodeKind::Event;
        quint32 value = 0; // event index, talk index or group string id
        QDate day;
        int talkCount = 0; // every talk below
        int shownCount = 0; // the talks below the filter keeps
    };
    DatasetPtr m_dataset;
    std::vector<Item> m_items;         // by node id
    std::vector<NodeId> m_talkNodes;   // by talk index
};
