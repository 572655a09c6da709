#include "talksearchindex.h"

#include <QByteArrayMatcher>
#include <QHash>

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
    m_events.reserve(n);
    m_kinds.reserve(n);
    m_topicOffsets.reserve(n + 1);

    // Words to ids; each talk's distinct word ids, in one flat list (talk i's are [talkWordOffsets[i], ...)).
    QHash<QByteArray, quint32> ids;
    std::vector<quint32> lastTalk; // per word: the last talk that used it, to count a word once per talk
    std::vector<quint32> talkWords;
    std::vector<quint32> talkWordOffsets;
    talkWordOffsets.reserve(n + 1);
    QByteArray text;
    for (size_t i = 0; i < n; ++i) {
        const Talk &t = ds.talks[i];
        text.clear();
        appendFolded(text, t.title);
        for (const Speaker &s : t.speakers) {
            text += '\n';
            appendFolded(text, ds.str(s.name));
            text += ' ';
            appendFolded(text, ds.str(s.affiliation));
        }
        for (const StringId o : t.organizations) {
            text += '\n';
            appendFolded(text, ds.str(o));
        }
        text += '\n';
        appendFolded(text, QByteArrayView(t.abstract));

        talkWordOffsets.push_back(quint32(talkWords.size()));
        const char *c = text.constData();
        const char *const end = c + text.size();
        const auto space = [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; };
        while (c < end) {
            while (c < end && space(*c))
                ++c;
            const char *word = c;
            while (c < end && !space(*c))
                ++c;
            if (c == word)
                continue;
            const QByteArray key = QByteArray::fromRawData(word, c - word); // no copy for a known word
            auto it = ids.constFind(key);
            quint32 id;
            if (it == ids.constEnd()) {
                id = quint32(lastTalk.size());
                ids.insert(QByteArray(word, c - word), id);
                lastTalk.push_back(quint32(i));
                m_wordOffsets.push_back(m_vocabulary.size());
                m_vocabulary.append(word, c - word);
                m_vocabulary += '\0';
            } else {
                id = *it;
                if (lastTalk[id] == quint32(i))
                    continue;
                lastTalk[id] = quint32(i);
            }
            talkWords.push_back(id);
        }

        m_events.push_back(t.event.value);
        m_kinds.push_back(quint8(t.kind));
        m_topicOffsets.push_back(quint32(m_topics.size()));
        for (const TopicAssignment &a : t.topics) {
            const auto begin = m_topics.begin() + m_topicOffsets.back();
            if (a.topic.isValid() && a.topic.value < m_topicCount
                && std::find(begin, m_topics.end(), a.topic.value) == m_topics.end())
                m_topics.push_back(a.topic.value);
        }
    }
    talkWordOffsets.push_back(quint32(talkWords.size()));
    m_topicOffsets.push_back(quint32(m_topics.size()));
    m_wordOffsets.push_back(m_vocabulary.size());

    // Turn talk -> words around into word -> talks (counting sort; talks come out in order).
    const size_t words = lastTalk.size();
    m_postingOffsets.assign(words + 1, 0);
    for (const quint32 w : talkWords)
        ++m_postingOffsets[w + 1];
    for (size_t w = 0; w < words; ++w)
        m_postingOffsets[w + 1] += m_postingOffsets[w];
    m_postings.resize(talkWords.size());
    std::vector<quint32> fill(m_postingOffsets.begin(), m_postingOffsets.end() - 1);
    for (size_t i = 0; i < n; ++i) {
        for (quint32 k = talkWordOffsets[i]; k < talkWordOffsets[i + 1]; ++k)
            m_postings[fill[talkWords[k]]++] = quint32(i);
    }
}

const std::vector<quint8> &TalkSearchIndex::textHits(const QStringList &words) const
{
    if (words == m_lastWords && m_lastHits.size() == m_events.size())
        return m_lastHits;
    const size_t n = m_events.size();
    std::vector<quint8> hits(n, 1);
    std::vector<quint8> wordHits(n);
    for (const QString &w : words) {
        const QByteArray needle = w.toUtf8();
        std::fill(wordHits.begin(), wordHits.end(), 0);
        // One pass over the vocabulary (NUL-separated, so no match spans two words); after a hit, skip
        // to the next word.
        const QByteArrayMatcher matcher(needle);
        qsizetype from = 0;
        size_t word = 0;
        while ((from = matcher.indexIn(m_vocabulary, from)) >= 0) {
            word = size_t(std::upper_bound(m_wordOffsets.begin() + qsizetype(word), m_wordOffsets.end(), from)
                          - m_wordOffsets.begin()) - 1;
            for (quint32 k = m_postingOffsets[word]; k < m_postingOffsets[word + 1]; ++k)
                wordHits[m_postings[k]] = 1;
            from = m_wordOffsets[word + 1];
        }
        for (size_t i = 0; i < n; ++i)
            hits[i] &= wordHits[i];
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
