#pragma once

#include "talkfilter.h"
#include "talksearchindex.h"

#include <QSortFilterProxyModel>

#include <functional>
#include <memory>

// Applies a TalkFilter to any model whose talk rows carry a talk index in `talkIndexRole`: the talk table
// and the event tree. The matching itself is done once per change by TalkSearchIndex over flat arrays;
// filterAcceptsRow() only looks up a byte. In a tree, recursive filtering keeps the events, days and
// sections above a kept talk; with nothing to filter every row shows, including empty ones.
class TalkFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // RowIsTalk: source row i is talk i (the talk table), so no cell is read while filtering.
    static constexpr int RowIsTalk = -1;
    explicit TalkFilterProxy(int talkIndexRole, QObject *parent = nullptr);

    // The index of the source model's dataset; set it right after the source model's reset.
    void setSearchIndex(std::shared_ptr<const TalkSearchIndex> index);
    void setFilter(const TalkFilter &filter);
    const TalkFilter &filter() const { return m_filter; }
    // Narrows further to these talks (one byte per talk); empty: no narrowing.
    void setScope(std::vector<quint8> scope);
    bool hasScope() const { return !m_scope.empty(); }
    // Talks of the source the filter and scope keep.
    int acceptedTalks() const { return m_acceptedCount; }
    // One byte per talk of the source, set when the filter or scope keeps it; empty: every talk passes.
    const std::vector<quint8> &accepted() const { return m_accepted; }

signals:
    // The filter or scope changed and the rows follow it; accepted() holds the new answer.
    void acceptedChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // The one place filter parameters change: runs `change`, recomputes which talks pass and invalidates
    // the rows filter (Qt 6.4 has no beginFilterChange(); invalidateRowsFilter() after the change is the
    // documented sequence there).
    void applyFilter(const std::function<void()> &change);

    int m_talkIndexRole;
    std::shared_ptr<const TalkSearchIndex> m_index;
    TalkFilter m_filter;
    std::vector<quint8> m_scope;
    std::vector<quint8> m_accepted; // empty: everything passes
    int m_acceptedCount = 0;
};
