#pragma once

#include <QAbstractItemModel>

#include <vector>

// The index/parent plumbing of a read-only tree model, written once: nodes live in one vector, each
// knows its parent and its row, and a QModelIndex carries its node's id. Concrete models build the nodes
// between beginResetModel() and endResetModel() and only answer columns, headers and cell data.
class TreeModelBase : public QAbstractItemModel
{
    Q_OBJECT
public:
    using NodeId = quint32;
    static constexpr NodeId RootNode = 0;

    explicit TreeModelBase(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    // Leaves only the invisible root; call inside a model reset.
    void clearNodes();
    // Appends a child to `parent` and returns its id; ids count up from 1 in creation order.
    NodeId addNode(NodeId parent);
    void reserveNodes(size_t count);
    NodeId nodeId(const QModelIndex &index) const;
    NodeId parentNode(NodeId node) const { return m_nodes[node].parent; }
    const std::vector<NodeId> &children(NodeId node) const { return m_nodes[node].children; }
    size_t nodeCount() const { return m_nodes.size(); }
    QModelIndex indexOfNode(NodeId node, int column = 0) const;

private:
    struct Node
    {
        NodeId parent = RootNode;
        int row = 0;
        std::vector<NodeId> children;
    };
    std::vector<Node> m_nodes;
};
