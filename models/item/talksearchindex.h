#pragma once

#include "data/dataset.h"
#include "talkfilter.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

// Everything the talk filter looks at, computed once per dataset so that a filter change over a million
// talks is a few scans of flat arrays, and no QString is built per row while filtering. Text: the
// case-folded words (split at white space) of each talk's title, speakers with affiliations,
// organizations and abstract, kept once each in a vocabulary with the talks that use them. A search
// word has no white space, so it occurs in a talk exactly when it occurs inside one of the talk's
// words: one scan of the vocabulary (far smaller than the text) finds the words containing it, and
// their talk lists give the hits. Also each talk's event, kind and topics.
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
private:
    // The talks (1) that contain every word.
    const std::vector<quint8> &textHits(const QStringList &words) const;
    // Talks passing everything but the topics.
    std::vector<quint8> baseMatches(const TalkFilter &filter, const std::vector<quint8> &scope) const;
    bool passesTopics(size_t talk, const std::vector<quint8> &wanted, int wantedCount,
                      TalkFilter::TopicMatch match) const;

    QByteArray m_vocabulary;                // distinct words, each followed by NUL
    std::vector<qsizetype> m_wordOffsets;    // word w is m_vocabulary[m_wordOffsets[w], m_wordOffsets[w + 1] - 1)
    std::vector<quint32> m_postingOffsets;   // word w's talks are m_postings[m_postingOffsets[w], ...[w + 1])
    std::vector<quint32> m_postings;
    std::vector<quint32> m_events;    // EventIndex::Invalid when none
    std::vector<quint8> m_kinds;
    std::vector<quint32> m_topicOffsets; // talk i's topics are m_topics[m_topicOffsets[i], m_topicOffsets[i + 1])
    std::vector<quint32> m_topics;
    size_t m_eventCount = 0;
    size_t m_topicCount = 0;

    mutable QStringList m_lastWords;
    mutable std::vector<quint8> m_lastHits;
};
