#pragma once

#include "data/dataset.h"
#include "talkfilter.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

// Everything the talk filter looks at, computed once per dataset so that a filter change over a million
// talks is a few scans of flat arrays: one case-folded UTF-8 text of all talks (title, speakers with
// affiliations, organizations, abstract; talks separated by NUL so no match spans two), and each talk's
// event, kind and topics. No QString is built per row while filtering.
// Build it anywhere (the loader builds it off the GUI thread); then use it from one thread only: it
// remembers the last text search, so the table, the tree and the facets share one scan of the text.
class TalkSearchIndex
{
public:
    explicit TalkSearchIndex(const Dataset &dataset);

    int talkCount() const { return int(m_events.size()); }
    // 1 for each talk the filter keeps; a non-empty `scope` (1 per talk in it) narrows further.
    std::vector<quint8> matches(const TalkFilter &filter, const std::vector<quint8> &scope = {}) const;
    // Per topic of the dataset, the talks with that topic that the rest of the filter keeps. With "all"
    // topics, the ticked topics are part of the rest: the count is what ticking one more would leave.
    std::vector<int> topicCounts(const TalkFilter &filter, const std::vector<quint8> &scope = {}) const;
    // The searchable text of one talk, as the filter sees it.
    QByteArrayView searchKey(TalkIndex talk) const;

private:
    // The talks (1) that contain every word.
    const std::vector<quint8> &textHits(const QStringList &words) const;
    // Talks passing everything but the topics.
    std::vector<quint8> baseMatches(const TalkFilter &filter, const std::vector<quint8> &scope) const;
    bool passesTopics(size_t talk, const std::vector<quint8> &wanted, int wantedCount,
                      TalkFilter::TopicMatch match) const;

    QByteArray m_text;
    std::vector<qsizetype> m_offsets; // talk i is m_text[m_offsets[i], m_offsets[i + 1] - 1)
    std::vector<quint32> m_events;    // EventIndex::Invalid when none
    std::vector<quint8> m_kinds;
    std::vector<quint32> m_topicOffsets; // talk i's topics are m_topics[m_topicOffsets[i], m_topicOffsets[i + 1])
    std::vector<quint32> m_topics;
    size_t m_eventCount = 0;
    size_t m_topicCount = 0;

    mutable QStringList m_lastWords;
    mutable std::vector<quint8> m_lastHits;
};
