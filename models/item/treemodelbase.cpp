#include "treemodelbase.h"

TreeModelBase::TreeModelBase(QObject *parent) : QAbstractItemModel(parent)
{
    clearNodes();
}

void TreeModelBase::clearNodes()
{
    m_nodes.clear();
    m_nodes.push_back({});
}

void TreeModelBase::reserveNodes(size_t count)
{
    m_nodes.reserve(count + 1);
}

TreeModelBase::NodeId TreeModelBase::addNode(NodeId parent)
{
    const auto id = NodeId(m_nodes.size());
    auto &siblings = m_nodes[parent].children;
    m_nodes.push_back({parent, int(siblings.size()), {}});
    // m_nodes may have moved: take the parent's children again.
    m_nodes[parent].children.push_back(id);
    return id;
}

TreeModelBase::NodeId TreeModelBase::nodeId(const QModelIndex &index) const
{
    return index.isValid() ? NodeId(index.internalId()) : RootNode;
}

QModelIndex TreeModelBase::indexOfNode(NodeId node, int column) const
{
    if (node == RootNode || node >= m_nodes.size())
        return {};
    return createIndex(m_nodes[node].row, column, quintptr(node));
}

QModelIndex TreeModelBase::index(int row, int column, const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    if (row < 0 || column < 0 || column >= columnCount(parent) || (parent.isValid() && parent.column() != 0))
        return {};
    const auto &kids = m_nodes[nodeId(parent)].children;
    if (size_t(row) >= kids.size())
        return {};
    return createIndex(row, column, quintptr(kids[size_t(row)]));
}

QModelIndex TreeModelBase::parent(const QModelIndex &child) const
{
    Q_ASSERT(checkIndex(child, CheckIndexOption::DoNotUseParent));
    if (!child.isValid())
        return {};
    return indexOfNode(m_nodes[nodeId(child)].parent);
}

int TreeModelBase::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[nodeId(parent)].children.size());
}

bool TreeModelBase::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}
