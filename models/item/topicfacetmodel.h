#pragma once

#include "data/dataset.h"

#include <QAbstractListModel>

#include <vector>

// The topics of a dataset as checkable facets, each with how many talks it would show under the rest of
// the current filter. Ticking a facet only changes the checked set and says so; the window turns that
// into a filter. Rows stay in the taxonomy's order so they don't jump while being clicked.
class TopicFacetModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn };
    enum Role { SortRole = Qt::UserRole + 1, TopicIndexRole, TopicIdRole, CountRole };

    explicit TopicFacetModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    // One count per topic of the dataset (TalkSearchIndex::topicCounts).
    void setCounts(std::vector<int> counts);
    QList<TopicIndex> checkedTopics() const;
    void setCheckedTopics(const QList<TopicIndex> &topics);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The user ticked or unticked a facet (not emitted by setCheckedTopics()).
    void checkedTopicsChanged();

private:
    DatasetPtr m_dataset;
    std::vector<int> m_counts;
    std::vector<quint8> m_checked;
};
