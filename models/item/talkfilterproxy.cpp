#include "talkfilterproxy.h"

#include <numeric>

TalkFilterProxy::TalkFilterProxy(int talkIndexRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_talkIndexRole(talkIndexRole)
{
    setRecursiveFilteringEnabled(true);
}

void TalkFilterProxy::setSearchIndex(std::shared_ptr<const TalkSearchIndex> index)
{
    applyFilter([&] {
        m_index = std::move(index);
        m_scope.clear();
    });
}

void TalkFilterProxy::setFilter(const TalkFilter &filter)
{
    applyFilter([&] { m_filter = filter; });
}

void TalkFilterProxy::setScope(std::vector<quint8> scope)
{
    applyFilter([&] { m_scope = std::move(scope); });
}

void TalkFilterProxy::applyFilter(const std::function<void()> &change)
{
    change();
    const bool filtering = m_index && (!m_filter.isEmpty() || !m_scope.empty());
    if (filtering) {
        m_accepted = m_index->matches(m_filter, m_scope);
        m_acceptedCount = std::accumulate(m_accepted.begin(), m_accepted.end(), 0);
    } else {
        m_accepted.clear();
        m_acceptedCount = m_index ? m_index->talkCount() : 0;
    }
    invalidateRowsFilter();
    emit acceptedChanged();
}

bool TalkFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_accepted.empty())
        return true;
    if (m_talkIndexRole == RowIsTalk)
        return size_t(sourceRow) < m_accepted.size() && m_accepted[size_t(sourceRow)];
    const QVariant talk = sourceModel()->index(sourceRow, 0, sourceParent).data(m_talkIndexRole);
    if (!talk.isValid())
        return false; // a parent row: kept by recursive filtering when a talk below it is
    const quint32 t = talk.toUInt();
    return t < m_accepted.size() && m_accepted[t];
}
