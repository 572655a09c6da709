#include "topicfacetmodel.h"

TopicFacetModel::TopicFacetModel(QObject *parent) : QAbstractListModel(parent) {}

void TopicFacetModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    const size_t n = m_dataset ? m_dataset->topics.size() : 0;
    m_counts.assign(n, 0);
    m_checked.assign(n, 0);
    endResetModel();
}

void TopicFacetModel::setCounts(std::vector<int> counts)
{
    if (counts.size() != m_counts.size() || counts == m_counts)
        return;
    m_counts = std::move(counts);
    emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::AccessibleTextRole, CountRole});
}

QList<TopicIndex> TopicFacetModel::checkedTopics() const
{
    QList<TopicIndex> topics;
    for (size_t i = 0; i < m_checked.size(); ++i) {
        if (m_checked[i])
            topics << TopicIndex(i);
    }
    return topics;
}

void TopicFacetModel::setCheckedTopics(const QList<TopicIndex> &topics)
{
    std::vector<quint8> checked(m_checked.size(), 0);
    for (const TopicIndex t : topics) {
        if (t.value < checked.size())
            checked[t.value] = 1;
    }
    if (checked == m_checked)
        return;
    m_checked = std::move(checked);
    emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
}

int TopicFacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checked.size());
}

QVariant TopicFacetModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto row = size_t(index.row());
    const Topic &topic = m_dataset->topics[row];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(topic.label.isEmpty() ? topic.id : topic.label).arg(m_counts[row]);
    case Qt::AccessibleTextRole:
        return tr("%1, %n talks", nullptr, m_counts[row]).arg(topic.label);
    case Qt::CheckStateRole:
        return int(m_checked[row] ? Qt::Checked : Qt::Unchecked);
    case Qt::DecorationRole:
        return topic.color.isValid() ? QVariant(topic.color) : QVariant();
    case SortRole:
    case CountRole:
        return m_counts[row];
    case TopicIndexRole:
        return quint32(row);
    case TopicIdRole:
        return topic.id;
    default:
        return {};
    }
}

bool TopicFacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (role != Qt::CheckStateRole)
        return false;
    const quint8 checked = value.toInt() == Qt::Checked ? 1 : 0;
    auto &slot = m_checked[size_t(index.row())];
    if (slot == checked)
        return true;
    slot = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedTopicsChanged();
    return true;
}

Qt::ItemFlags TopicFacetModel::flags(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}
