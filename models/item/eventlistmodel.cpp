#include "eventlistmodel.h"

#include "talkcountlabel.h"

EventListModel::EventListModel(QObject *parent) : QAbstractListModel(parent) {}

void EventListModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_talkCounts.assign(m_dataset ? m_dataset->events.size() : 0, 0);
    if (m_dataset) {
        for (const auto &t : m_dataset->talks) {
            if (t.event.isValid())
                ++m_talkCounts[t.event.value];
        }
    }
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->events.size());
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Event &e = m_dataset->events[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return withTalkCount(e.name.isEmpty() ? e.id : e.name, m_talkCounts[size_t(index.row())]);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2, %3\n%4 – %5")
            .arg(e.name, e.city, e.country, QLocale().toString(e.start, QLocale::ShortFormat),
                 QLocale().toString(e.end, QLocale::ShortFormat));
    case SortRole:
        return e.start;
    case EventIndexRole:
        return index.row();
    case EventIdRole:
        return e.id;
    case TalkCountRole:
        return m_talkCounts[size_t(index.row())];
    default:
        return {};
    }
}

Qt::ItemFlags EventListModel::flags(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    return QAbstractListModel::flags(index);
}
