#include "talksearchindex.h"

#include <QByteArrayMatcher>

#include <algorithm>

namespace {
// Most of the text is ASCII abstracts: fold those bytes in place instead of a round trip through UTF-16.
void appendFolded(QByteArray &out, QByteArrayView utf8)
{
    const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; });
    if (!ascii) {
        out += QString::fromUtf8(utf8).toCaseFolded().toUtf8();
        return;
    }
    const qsizetype at = out.size();
    out.append(utf8);
    for (char *c = out.data() + at, *end = out.data() + out.size(); c != end; ++c) {
        if (*c >= 'A' && *c <= 'Z')
            *c = char(*c + ('a' - 'A'));
    }
}

void appendFolded(QByteArray &out, const QString &text)
{
    appendFolded(out, QByteArrayView(text.toUtf8()));
}
} // namespace

TalkSearchIndex::TalkSearchIndex(const Dataset &ds) : m_eventCount(ds.events.size()), m_topicCount(ds.topics.size())
{
    const size_t n = ds.talks.size();
    m_offsets.reserve(n + 1);
    m_events.reserve(n);
    m_kinds.reserve(n);
    m_topicOffsets.reserve(n + 1);
    qsizetype bytes = 0;
    for (const Talk &t : ds.talks)
        bytes += t.title.size() + t.abstract.size() + 64;
    m_text.reserve(bytes);
    for (const Talk &t : ds.talks) {
        m_offsets.push_back(m_text.size());
        appendFolded(m_text, t.title);
        for (const Speaker &s : t.speakers) {
            m_text += '\n';
            appendFolded(m_text, ds.str(s.name));
            m_text += ' ';
            appendFolded(m_text, ds.str(s.affiliation));
        }
        for (const StringId o : t.organizations) {
            m_text += '\n';
            appendFolded(m_text, ds.str(o));
        }
        m_text += '\n';
        appendFolded(m_text, QByteArrayView(t.abstract));
        m_text += '\0';

        m_events.push_back(t.event.value);
        m_kinds.push_back(quint8(t.kind));
        m_topicOffsets.push_back(quint32(m_topics.size()));
        for (const TopicAssignment &a : t.topics) {
            const auto begin = m_topics.begin() + m_topicOffsets.back();
            if (a.topic.isValid() && a.topic.value < m_topicCount && std::find(begin, m_topics.end(), a.topic.value) == m_topics.end())
                m_topics.push_back(a.topic.value);
        }
    }
    m_offsets.push_back(m_text.size());
    m_topicOffsets.push_back(quint32(m_topics.size()));
}

QByteArrayView TalkSearchIndex::searchKey(TalkIndex talk) const
{
    const qsizetype from = m_offsets[talk.value];
    return QByteArrayView(m_text).sliced(from, m_offsets[talk.value + 1] - from - 1);
}

const std::vector<quint8> &TalkSearchIndex::textHits(const QStringList &words) const
{
    if (words == m_lastWords && m_lastHits.size() == m_events.size())
        return m_lastHits;
    const size_t n = m_events.size();
    std::vector<quint8> hits(n, 0);
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QByteArray needle = words[w].toUtf8();
        const QByteArrayMatcher matcher(needle);
        if (w == 0) {
            // One pass over all the text; after a hit, skip to the next talk.
            qsizetype from = 0;
            size_t talk = 0;
            while ((from = matcher.indexIn(m_text, from)) >= 0) {
                talk = size_t(std::upper_bound(m_offsets.begin() + qsizetype(talk), m_offsets.end(), from)
                              - m_offsets.begin()) - 1;
                hits[talk] = 1;
                from = m_offsets[talk + 1];
            }
        } else {
            // Later words only need looking for in the talks that have the earlier ones.
            for (size_t t = 0; t < n; ++t) {
                if (hits[t])
                    hits[t] = matcher.indexIn(searchKey(TalkIndex(t))) >= 0;
            }
        }
    }
    m_lastWords = words;
    m_lastHits = std::move(hits);
    return m_lastHits;
}

std::vector<quint8> TalkSearchIndex::baseMatches(const TalkFilter &filter, const std::vector<quint8> &scope) const
{
    const size_t n = m_events.size();
    std::vector<quint8> ok = scope.size() == n ? scope : std::vector<quint8>(n, 1);
    if (!filter.events.isEmpty()) {
        std::vector<quint8> wanted(m_eventCount + 1, 0);
        for (const EventIndex e : filter.events) {
            if (e.value < m_eventCount)
                wanted[e.value] = 1;
        }
        for (size_t i = 0; i < n; ++i)
            ok[i] &= m_events[i] < m_eventCount && wanted[m_events[i]];
    }
    if (!filter.kinds.isEmpty()) {
        quint32 mask = 0;
        for (const TalkKind k : filter.kinds)
            mask |= 1u << int(k);
        for (size_t i = 0; i < n; ++i)
            ok[i] &= (mask >> m_kinds[i]) & 1u;
    }
    const QStringList words = filter.words();
    if (!words.isEmpty()) {
        const auto &hits = textHits(words);
        for (size_t i = 0; i < n; ++i)
            ok[i] &= hits[i];
    }
    return ok;
}

bool TalkSearchIndex::passesTopics(size_t talk, const std::vector<quint8> &wanted, int wantedCount,
                                   TalkFilter::TopicMatch match) const
{
    if (wantedCount == 0)
        return true;
    int found = 0;
    for (quint32 i = m_topicOffsets[talk]; i < m_topicOffsets[talk + 1]; ++i)
        found += wanted[m_topics[i]];
    return match == TalkFilter::TopicMatch::Any ? found > 0 : found == wantedCount;
}

namespace {
std::vector<quint8> wantedTopics(const TalkFilter &filter, size_t topicCount, int *count)
{
    std::vector<quint8> wanted(topicCount, 0);
    *count = 0;
    for (const TopicIndex t : filter.topics) {
        if (t.value < topicCount && !wanted[t.value]) {
            wanted[t.value] = 1;
            ++*count;
        }
    }
    return wanted;
}
} // namespace

std::vector<quint8> TalkSearchIndex::matches(const TalkFilter &filter, const std::vector<quint8> &scope) const
{
    std::vector<quint8> ok = baseMatches(filter, scope);
    int wantedCount = 0;
    const auto wanted = wantedTopics(filter, m_topicCount, &wantedCount);
    if (wantedCount > 0) {
        for (size_t i = 0; i < ok.size(); ++i)
            ok[i] = ok[i] && passesTopics(i, wanted, wantedCount, filter.topicMatch);
    }
    return ok;
}

std::vector<int> TalkSearchIndex::topicCounts(const TalkFilter &filter, const std::vector<quint8> &scope) const
{
    const std::vector<quint8> ok = baseMatches(filter, scope);
    int wantedCount = 0;
    const auto wanted = wantedTopics(filter, m_topicCount, &wantedCount);
    const bool all = filter.topicMatch == TalkFilter::TopicMatch::All;
    std::vector<int> counts(m_topicCount, 0);
    for (size_t i = 0; i < ok.size(); ++i) {
        if (!ok[i] || (all && !passesTopics(i, wanted, wantedCount, filter.topicMatch)))
            continue;
        for (quint32 k = m_topicOffsets[i]; k < m_topicOffsets[i + 1]; ++k)
            ++counts[m_topics[k]];
    }
    return counts;
}
