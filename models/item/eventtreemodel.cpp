#include "eventtreemodel.h"

#include "talkcountlabel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

namespace {
// Children are looked up while building by (parent, kind, value, day): a hash keeps that linear.
struct ChildKey
{
    quint32 parent;
    int kind;
    quint32 value;
    qint64 day;
    friend bool operator==(const ChildKey &, const ChildKey &) = default;
};
size_t qHash(const ChildKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.parent, k.kind, k.value, k.day);
}
} // namespace

EventTreeModel::EventTreeModel(QObject *parent) : TreeModelBase(parent) {}

void EventTreeModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    clearNodes();
    m_items.assign(1, {});
    m_talkNodes.clear();
    if (m_dataset) {
        const Dataset &ds = *m_dataset;
        // Events by date, then each event's talks by day and time; ties keep the dataset's order, which
        // is the order of the write-up, so sections come in the order their author wrote them.
        std::vector<quint32> order(ds.talks.size());
        std::iota(order.begin(), order.end(), 0u);
        const auto eventStart = [&](const Talk &t) {
            return t.event.isValid() ? ds.event(t.event).start.toJulianDay() : std::numeric_limits<qint64>::max();
        };
        std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            const Talk &x = ds.talks[a], &y = ds.talks[b];
            return std::tuple(eventStart(x), x.event.value, x.day.toJulianDay(), x.startUtc)
                   < std::tuple(eventStart(y), y.event.value, y.day.toJulianDay(), y.startUtc);
        });
        reserveNodes(ds.talks.size() * 5 / 4);
        m_talkNodes.assign(ds.talks.size(), RootNode);
        QHash<ChildKey, NodeId> lookup;
        const auto childFor = [&](NodeId parent, const Item &item) {
            const ChildKey key{parent, int(item.kind), item.value, item.day.isValid() ? item.day.toJulianDay() : 0};
            auto it = lookup.constFind(key);
            if (it != lookup.constEnd())
                return *it;
            const NodeId id = addNode(parent);
            m_items.push_back(item);
            lookup.insert(key, id);
            return id;
        };
        for (const quint32 t : order) {
            const Talk &talk = ds.talks[t];
            NodeId node = RootNode;
            if (talk.event.isValid())
                node = childFor(node, {NodeKind::Event, talk.event.value, {}, 0});
            if (talk.day.isValid())
                node = childFor(node, {NodeKind::Day, talk.event.value, talk.day, 0});
            const StringId group = !ds.str(talk.section).isEmpty() ? talk.section : talk.track;
            if (!ds.str(group).isEmpty())
                node = childFor(node, {NodeKind::Group, group.value, {}, 0});
            const NodeId leaf = addNode(node);
            m_items.push_back({NodeKind::Talk, t, talk.day, 0});
            m_talkNodes[t] = leaf;
            for (NodeId p = node; p != RootNode; p = parentNode(p))
                ++m_items[p].talkCount;
        }
        for (Item &item : m_items)
            item.shownCount = item.talkCount;
    }
    endResetModel();
}

void EventTreeModel::countShown(const std::vector<quint8> &accepted)
{
    if (!m_dataset)
        return;
    // A child's id is always above its parent's (addNode appends), so one sweep from the last node up
    // adds each finished count into its parent.
    std::vector<int> shown(m_items.size(), 0);
    for (NodeId n = NodeId(m_items.size()) - 1; n != RootNode; --n) {
        const Item &item = m_items[n];
        if (item.kind == NodeKind::Talk)
            shown[n] = accepted.empty() || (item.value < accepted.size() && accepted[item.value]) ? 1 : 0;
        shown[parentNode(n)] += shown[n];
    }
    for (NodeId n = 1; n < m_items.size(); ++n) {
        Item &item = m_items[n];
        if (item.kind == NodeKind::Talk || item.shownCount == shown[n])
            continue;
        item.shownCount = shown[n];
        const QModelIndex at = indexOfNode(n);
        emit dataChanged(at, at, {Qt::DisplayRole, TalkCountRole});
    }
}

QModelIndex EventTreeModel::indexOfTalk(TalkIndex talk) const
{
    if (!talk.isValid() || talk.value >= m_talkNodes.size())
        return {};
    return indexOfNode(m_talkNodes[talk.value]);
}

std::vector<TalkIndex> EventTreeModel::talksUnder(const QModelIndex &index) const
{
    std::vector<TalkIndex> talks;
    std::vector<NodeId> stack{nodeId(index)};
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        if (n != RootNode && m_items[n].kind == NodeKind::Talk)
            talks.push_back(TalkIndex(m_items[n].value));
        const auto &kids = children(n);
        stack.insert(stack.end(), kids.rbegin(), kids.rend());
    }
    return talks;
}

int EventTreeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant EventTreeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Dataset &ds = *m_dataset;
    const Item &item = m_items[nodeId(index)];
    switch (role) {
    case Qt::DisplayRole:
        switch (item.kind) {
        case NodeKind::Event: {
            const Event &e = ds.events[item.value];
            return withTalkCount(e.name.isEmpty() ? e.id : e.name, item.shownCount);
        }
        case NodeKind::Day:
            return QStringLiteral("%1 (%2)")
                .arg(QLocale().toString(item.day, QStringLiteral("ddd d MMM yyyy")))
                .arg(item.shownCount);
        case NodeKind::Group:
            return QStringLiteral("%1 (%2)").arg(ds.str(StringId(item.value))).arg(item.shownCount);
        case NodeKind::Talk:
            return ds.talks[item.value].title;
        }
        break;
    case Qt::ToolTipRole:
        if (item.kind == NodeKind::Talk)
            return ds.talks[item.value].title;
        if (item.kind == NodeKind::Event)
            return ds.events[item.value].name;
        break;
    case SortRole:
        switch (item.kind) {
        case NodeKind::Event: return ds.events[item.value].start;
        case NodeKind::Day: return item.day;
        case NodeKind::Group: return int(nodeId(index));
        case NodeKind::Talk: return ds.talks[item.value].startUtc;
        }
        break;
    case NodeKindRole:
        return int(item.kind);
    case TalkIndexRole:
        return item.kind == NodeKind::Talk ? QVariant(item.value) : QVariant();
    case EventIndexRole:
        if (item.kind == NodeKind::Event)
            return item.value;
        if (item.kind == NodeKind::Talk)
            return ds.talks[item.value].event.isValid() ? QVariant(ds.talks[item.value].event.value) : QVariant();
        // Days and groups hold the event of their first talk: every talk below shares it.
        return data(this->index(0, 0, index), EventIndexRole);
    case TalkCountRole:
        return item.kind == NodeKind::Talk ? 1 : item.shownCount;
    default:
        break;
    }
    return {};
}

QVariant EventTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == NameColumn)
        return tr("Events");
    return TreeModelBase::headerData(section, orientation, role);
}

Qt::ItemFlags EventTreeModel::flags(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index));
    if (!index.isValid())
        return {};
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (hasChildren(index) ? Qt::ItemFlags() : Qt::ItemNeverHasChildren);
}
