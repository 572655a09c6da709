#include "topicclassifier.h"

#include "textkey.h"

#include <QtEndian>
#include <algorithm>
#include <array>

namespace {
// How much each kind of evidence weighs. A topic needs Threshold to be assigned; below it, a talk
// with no topic at all takes its best one if that reaches FallbackMinimum (one clear word in the
// abstract, or a weak word in the title).
constexpr float TrackWeight = 4;    // split between the topics a track maps to
constexpr float HeadingWeight = 2;  // a write-up heading that names a track: supports, never decides alone
constexpr float TrackKeyword = 3;   // a keyword inside an unknown track name
constexpr float HeadingKeyword = 2; // a keyword inside a heading
constexpr float TitleStrong = 3;
constexpr float TitleWeak = 1.5f;
constexpr float TagStrong = 2;
constexpr float AbstractWeak = 1.0f / 3;
constexpr float AbstractCap = 3;
constexpr float AbstractWordsPerUnit = 150; // a typical abstract; longer texts need more mentions
constexpr float Threshold = 3;
constexpr float RelativeToBest = 0.4f;
constexpr float FallbackMinimum = 1;
constexpr size_t MaxTopicsPerTalk = 3;
constexpr float ParagraphThreshold = 2;
constexpr float ParagraphHeadingFactor = 0.5f;
constexpr size_t MaxTopicsPerParagraph = 2;

// ASCII letters and digits lowercased; 0 for everything that separates words.
constexpr std::array<uchar, 128> kAsciiWord = [] {
    std::array<uchar, 128> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = uchar(c);
    for (int c = 'a'; c <= 'z'; ++c) {
        t[size_t(c)] = uchar(c);
        t[size_t(c - 'a' + 'A')] = uchar(c);
    }
    return t;
}();

// The same for any byte: bytes from 0x80 up read as 0 here and take the slow path.
constexpr std::array<uchar, 256> kByteWord = [] {
    std::array<uchar, 256> t{};
    for (size_t c = 0; c < kAsciiWord.size(); ++c)
        t[c] = kAsciiWord[c];
    return t;
}();

inline bool isAsciiWordChar(uint c)
{
    return kAsciiWord[c] != 0;
}

// Punctuation, symbols and emoji outside ASCII separate words; letters of any script join them.
inline bool isSeparator(uint cp)
{
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
           (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xD800 && cp <= 0xDFFF) ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp >= 0x1F000;
}

inline uint lowerLatin1(uint cp)
{
    return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ? cp + 0x20 : cp;
}

inline quint64 finishHash(quint64 h)
{
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return h ? h : 1; // 0 marks an empty slot
}

// A word hashes as its lowercased UTF-8 bytes taken eight at a time, each group of eight read as one
// little-endian number: so the byte-by-byte path (titles, non-ASCII, dots) and the eight-bytes-at-once
// path over ASCII abstracts give the same hash, and no two words of up to eight bytes collide. Groups
// are chained by a multiply, and the whole mixed once per word (a SplitMix64-style step) so the table
// spreads them evenly.
struct WordHash
{
    quint64 h = 0;
    quint64 chunk = 0; // the bytes of the group being filled
    uint fill = 0;     // how many

    static quint64 chain(quint64 h, quint64 group)
    {
        return ((h << 23) | (h >> 41)) * 0x9e3779b97f4a7c15ull + group;
    }
    void add(uint byte)
    {
        chunk |= quint64(byte) << (8 * fill);
        if (++fill == 8) {
            h = chain(h, chunk);
            chunk = 0;
            fill = 0;
        }
    }
    // Hashes a code point as its UTF-8 bytes, so UTF-16 titles and UTF-8 abstracts give the same ids.
    void addCodePoint(uint cp)
    {
        if (cp < 0x80) {
            add(cp);
        } else if (cp < 0x800) {
            add(0xC0 | (cp >> 6));
            add(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            add(0xE0 | (cp >> 12));
            add(0x80 | ((cp >> 6) & 0x3F));
            add(0x80 | (cp & 0x3F));
        } else {
            add(0xF0 | (cp >> 18));
            add(0x80 | ((cp >> 12) & 0x3F));
            add(0x80 | ((cp >> 6) & 0x3F));
            add(0x80 | (cp & 0x3F));
        }
    }
    quint64 finish() const { return finishHash(fill ? chain(h, chunk) : h); }
};

constexpr quint64 kEachByte = 0x0101010101010101ull;
constexpr quint64 kHighBits = 0x8080808080808080ull;

// For eight bytes at once: the high bit of each byte set when that byte is an ASCII letter or digit.
// Each sum stays below 0x100 per byte (the inputs are 7-bit), so no carry crosses into the next byte.
inline quint64 asciiWordBytes(quint64 x)
{
    const quint64 low = x & ~kHighBits;
    const quint64 folded = low | (0x20 * kEachByte);
    const quint64 letter = (folded + (0x80 - 'a') * kEachByte) & ~(folded + (0x80 - 'z' - 1) * kEachByte);
    const quint64 digit = (low + (0x80 - '0') * kEachByte) & ~(low + (0x80 - '9' - 1) * kEachByte);
    return (letter | digit) & ~x & kHighBits;
}

// Calls sink(hash, begin, end) for each lowercased word of a UTF-16 text. A dot between letters joins
// (domains and versions: "incident.io", "v1.28" are one word, not "io" or "28").
template <typename Sink> void forEachWord(QStringView text, Sink sink)
{
    const char16_t *p = text.utf16();
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        uint c = p[i];
        const bool word = c < 0x80 ? isAsciiWordChar(c) : !isSeparator(c);
        if (!word) {
            ++i;
            continue;
        }
        const int begin = i;
        WordHash h;
        while (i < n) {
            c = p[i];
            if (c < 0x80) {
                uint lower = kAsciiWord[c];
                if (!lower) {
                    if (!(c == '.' && i + 1 < n && p[i + 1] < 0x80 && isAsciiWordChar(p[i + 1]))) break;
                    lower = c;
                }
                h.add(lower);
            } else {
                if (isSeparator(c)) break;
                h.addCodePoint(lowerLatin1(c));
            }
            ++i;
        }
        sink(h.finish(), begin, i);
    }
}

// The same over UTF-8 bytes.
template <typename Sink> void forEachWord(QByteArrayView text, Sink sink)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const int n = int(text.size());
    int i = 0;
    // Decodes the code point at i; returns its length in bytes (1 for a stray byte).
    const auto decode = [&](int at, uint *cp) {
        const uint b = p[at];
        if (b >= 0xC2 && b <= 0xDF && at + 1 < n) {
            *cp = ((b & 0x1F) << 6) | (p[at + 1] & 0x3F);
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF && at + 2 < n) {
            *cp = ((b & 0x0F) << 12) | ((p[at + 1] & 0x3F) << 6) | (p[at + 2] & 0x3F);
            return 3;
        }
        if (b >= 0xF0 && b <= 0xF4 && at + 3 < n) {
            *cp = ((b & 0x07) << 18) | ((p[at + 1] & 0x3F) << 12) | ((p[at + 2] & 0x3F) << 6) |
                  (p[at + 3] & 0x3F);
            return 4;
        }
        *cp = 0xFFFD; // a stray byte reads as a letter-like code point, as the replacement character does
        return 1;
    };
    while (i < n) {
        uint c = p[i];
        if (c < 0x80) {
            if (!isAsciiWordChar(c)) {
                ++i;
                continue;
            }
        } else {
            uint cp;
            const int len = decode(i, &cp);
            if (isSeparator(cp)) {
                i += len;
                continue;
            }
        }
        const int begin = i;
        WordHash h;
        // The common case eight bytes at a time: a run of ASCII letters and digits, lowercased by
        // setting 0x20 (which digits already have). A space or punctuation other than a dot ends the
        // word at once; anything else (a dot, non-ASCII, the text's end) is looked at byte by byte below.
        bool ended = false;
        while (i + 8 <= n) {
            const quint64 x = qFromLittleEndian<quint64>(p + i);
            const quint64 other = ~asciiWordBytes(x) & kHighBits;
            const quint64 lower = x | (0x20 * kEachByte);
            if (!other) {
                h.h = WordHash::chain(h.h, lower);
                i += 8;
                continue;
            }
            const int run = qCountTrailingZeroBits(other) / 8;
            h.chunk = lower & ((quint64(1) << (8 * run)) - 1);
            h.fill = uint(run);
            i += run;
            ended = p[i] < 0x80 && p[i] != '.';
            break;
        }
        while (!ended && i < n) {
            c = p[i];
            // The common case first, with one test: a lowercased ASCII letter or digit (1..127).
            const uint lower = kByteWord[c];
            if (lower - 1u < 0x7Fu) {
                h.add(lower);
                ++i;
                continue;
            }
            if (c < 0x80) {
                if (!(c == '.' && i + 1 < n && p[i + 1] < 0x80 && isAsciiWordChar(p[i + 1]))) break;
                h.add(c);
                ++i;
                continue;
            }
            uint cp;
            const int len = decode(i, &cp);
            if (isSeparator(cp)) break;
            if (cp == 0xFFFD && len == 1)
                h.add(c);
            else
                h.addCodePoint(lowerLatin1(cp));
            i += len;
        }
        sink(h.finish(), begin, i);
        if (ended) ++i; // the separator
    }
}

quint64 hashWord(QStringView word)
{
    quint64 out = 0;
    forEachWord(word, [&](quint64 h, int, int) { out = h; });
    return out;
}

QStringList splitWords(QStringView phrase)
{
    QStringList words;
    forEachWord(phrase,
                [&](quint64, int b, int e) { words << phrase.sliced(b, e - b).toString().toLower(); });
    return words;
}

QString trackKey(QStringView track)
{
    return TextKey::slug(track);
}

// Best first, ties in taxonomy order. An insertion sort: a handful of topics, and std::stable_sort
// would allocate a buffer for every talk.
void sortByScore(std::vector<TopicClassifier::Assignment> &list)
{
    for (size_t i = 1; i < list.size(); ++i) {
        const TopicClassifier::Assignment a = list[i];
        size_t j = i;
        for (; j > 0 && list[j - 1].score < a.score; --j)
            list[j] = list[j - 1];
        list[j] = a;
    }
}
} // namespace

// ---- vocabulary ----

inline int TopicClassifier::Vocabulary::find(quint64 hash) const
{
    if (table.empty()) return -1;
    quint64 i = hash & mask;
    while (true) {
        const Slot &slot = table[i];
        if (slot.key == hash) return slot.id;
        if (slot.key == 0) return -1;
        i = (i + 1) & mask;
    }
}

void TopicClassifier::Vocabulary::grow()
{
    std::vector<Slot> old(table.empty() ? 1024 : table.size() * 2);
    old.swap(table);
    mask = table.size() - 1;
    count = 0;
    for (const Slot &slot : old) {
        if (slot.key) insert(slot.key, slot.id);
    }
}

int TopicClassifier::Vocabulary::insert(quint64 hash, int id)
{
    if (size_t(count + 1) * 2 > table.size()) grow();
    quint64 i = hash & mask;
    while (table[i].key != 0 && table[i].key != hash)
        i = (i + 1) & mask;
    if (table[i].key == hash) return table[i].id;
    table[i] = {hash, id};
    ++count;
    return id;
}

// ---- building ----

int TopicClassifier::addWord(const QString &word)
{
    const quint64 h = hashWord(word);
    const int found = m_vocabulary.find(h);
    if (found >= 0) return found;
    return m_vocabulary.insert(h, m_wordCount++);
}

std::vector<int> TopicClassifier::wordIds(QStringView phrase, bool add)
{
    std::vector<int> ids;
    for (const QString &w : splitWords(phrase))
        ids.push_back(add ? addWord(w) : m_vocabulary.find(hashWord(w)));
    return ids;
}

void TopicClassifier::addEntry(const QString &phrase, int topic, Strength strength)
{
    const std::vector<int> words = wordIds(phrase, true);
    if (words.empty()) return;
    // The same words from two lists or two topics are one entry with several targets.
    for (auto &e : m_entries) {
        if (e.wordCount == int(words.size()) &&
            std::equal(words.begin(), words.end(), m_entryWords.begin() + e.wordOffset)) {
            for (auto &t : e.targets) {
                if (t.topic == topic) {
                    t.strength = std::min(t.strength, strength);
                    return;
                }
            }
            e.targets.push_back({topic, strength});
            return;
        }
    }
    Entry e;
    e.wordOffset = int(m_entryWords.size());
    e.wordCount = int(words.size());
    e.targets.push_back({topic, strength});
    e.display = phrase;
    m_entryWords.insert(m_entryWords.end(), words.begin(), words.end());
    m_entries.push_back(std::move(e));
}

TopicClassifier::TopicClassifier(const Taxonomy &taxonomy) : m_taxonomy(taxonomy)
{
    const auto &topics = m_taxonomy.topics();
    for (size_t t = 0; t < topics.size(); ++t) {
        const int topic = int(t);
        for (const auto &k : topics[t].keywords)
            addEntry(k, topic, Strength::Strong);
        for (const auto &k : topics[t].projects)
            addEntry(k, topic, Strength::Project);
        for (const auto &k : topics[t].weak)
            addEntry(k, topic, Strength::Weak);
        for (const auto &track : topics[t].tracks) {
            auto &list = m_trackTopics[trackKey(track)];
            if (std::find(list.begin(), list.end(), topic) == list.end()) list.push_back(topic);
        }
    }
    for (const auto &rule : m_taxonomy.kinds()) {
        for (const auto &track : rule.tracks)
            m_trackKinds.insert(trackKey(track), rule.kind);
        for (const auto &title : rule.titles) {
            std::vector<int> words = wordIds(title, true);
            if (!words.empty()) m_kindPhrases.push_back({std::move(words), rule.kind});
        }
    }
    for (const auto &track : m_taxonomy.neutralTracks())
        m_neutralTracks.insert(trackKey(track));
    finishTables();
}

void TopicClassifier::finishTables()
{
    // Simple plurals of each entry's last word ("network policy" also matches "network policies"),
    // unless that spelling is a word of its own in the taxonomy.
    std::vector<std::pair<QString, int>> variants;
    for (const auto &e : m_entries) {
        const QStringList words = splitWords(e.display);
        const QString &last = words.back();
        const int id = m_entryWords[size_t(e.wordOffset + e.wordCount - 1)];
        if (last.size() < 3 || !last.back().isLetter()) continue;
        if (last.endsWith(u's') || last.endsWith(u'x') || last.endsWith(u'z') || last.endsWith(u"ch") ||
            last.endsWith(u"sh")) {
            if (!last.endsWith(u"ss") || last.size() > 4) variants.push_back({last + u"es", id});
            continue;
        }
        if (last.endsWith(u'y') && !QStringView(u"aeiou").contains(last.at(last.size() - 2)))
            variants.push_back({last.chopped(1) + u"ies", id});
        variants.push_back({last + u's', id});
    }
    for (const auto &[word, id] : variants) {
        const quint64 h = hashWord(word);
        if (m_vocabulary.find(h) < 0) m_vocabulary.insert(h, id);
    }
    std::vector<std::vector<int>> byFirstWord(static_cast<size_t>(m_wordCount));
    for (size_t i = 0; i < m_entries.size(); ++i)
        byFirstWord[size_t(m_entryWords[size_t(m_entries[i].wordOffset)])].push_back(int(i));
    m_firstWordBegin.clear();
    m_byFirstWord.clear();
    for (auto &list : byFirstWord) {
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
            return m_entries[size_t(a)].wordCount > m_entries[size_t(b)].wordCount;
        });
        m_firstWordBegin.push_back(int(m_byFirstWord.size()));
        m_byFirstWord.insert(m_byFirstWord.end(), list.begin(), list.end());
    }
    m_firstWordBegin.push_back(int(m_byFirstWord.size()));
    m_onlyEntry.assign(size_t(m_wordCount), NoEntry);
    for (size_t w = 0; w < byFirstWord.size(); ++w) {
        const auto &list = byFirstWord[w];
        if (!list.empty())
            m_onlyEntry[w] = m_entries[size_t(list.front())].wordCount == 1 ? list.front() : Phrases;
    }
    m_startsKindPhrase.assign(size_t(m_wordCount), false);
    for (const auto &phrase : m_kindPhrases)
        m_startsKindPhrase[size_t(phrase.words.front())] = true;
    m_packed.clear();
    m_targets.clear();
    for (const auto &e : m_entries) {
        const int begin = int(m_targets.size());
        m_targets.insert(m_targets.end(), e.targets.begin(), e.targets.end());
        m_packed.push_back({e.wordOffset, e.wordCount, begin, int(m_targets.size())});
    }
}

// ---- matching ----

void TopicClassifier::tokenize(QStringView text, Scratch &scratch) const
{
    scratch.ids.clear();
    scratch.ends.clear();
    forEachWord(text, [&](quint64 h, int, int e) {
        scratch.ids.push_back(m_vocabulary.find(h));
        scratch.ends.push_back(e);
    });
}

int TopicClassifier::tokenize(QByteArrayView text, Scratch &scratch) const
{
    // A text has at most one word per two bytes: size the buffer once and write without checks.
    const size_t most = size_t(text.size()) / 2 + 1;
    if (scratch.ids.size() < most) scratch.ids.resize(most);
    int *out = scratch.ids.data();
    int words = 0;
    forEachWord(text, [&](quint64 h, int, int) { out[words++] = m_vocabulary.find(h); });
    scratch.ids.resize(size_t(words));
    return words;
}

// Calls fn(entry) for each longest keyword match, left to right, without overlaps.
template <typename Fn> void TopicClassifier::match(const Scratch &scratch, Fn fn) const
{
    const auto &ids = scratch.ids;
    const size_t n = ids.size();
    size_t i = 0;
    while (i < n) {
        const int id = ids[i];
        if (id < 0) {
            ++i;
            continue;
        }
        // Most words start no keyword or only a one-word one: no need to look at the next words.
        const int only = m_onlyEntry[size_t(id)];
        if (only != Phrases) {
            if (only != NoEntry) fn(only);
            ++i;
            continue;
        }
        size_t advance = 1;
        const int *first = m_byFirstWord.data() + m_firstWordBegin[size_t(id)];
        const int *last = m_byFirstWord.data() + m_firstWordBegin[size_t(id) + 1];
        for (const int *it = first; it != last; ++it) {
            const int e = *it;
            const Packed &entry = m_packed[size_t(e)];
            const size_t len = size_t(entry.wordCount);
            if (i + len > n) continue;
            bool same = true;
            for (size_t k = 1; k < len && same; ++k)
                same = ids[i + k] == m_entryWords[size_t(entry.wordOffset) + k];
            if (same) {
                fn(e);
                advance = len;
                break;
            }
        }
        i += advance;
    }
}

std::optional<TalkKind> TopicClassifier::titleKind(QStringView title, const Scratch &scratch) const
{
    const auto &ids = scratch.ids;
    if (ids.empty() || ids[0] < 0 || !m_startsKindPhrase[size_t(ids[0])]) return std::nullopt;
    for (const auto &phrase : m_kindPhrases) {
        const size_t len = phrase.words.size();
        if (ids.size() < len) continue;
        bool same = true;
        for (size_t k = 0; k < len && same; ++k)
            same = ids[k] == phrase.words[k];
        if (!same) continue;
        if (ids.size() == len) return phrase.kind;
        // "Badge Pick-Up + Vaccine Verification", "Lunch 🍔" are logistics; "Break the Monolith" is not.
        const int after = scratch.ends[len - 1];
        int next = after;
        while (next < title.size() && title.at(next).isSpace())
            ++next;
        if (next < title.size() && !title.at(next).isLetterOrNumber()) return phrase.kind;
    }
    return std::nullopt;
}

void TopicClassifier::scoreAbstract(QByteArrayView text, Scratch &scratch, float perWords, float cap) const
{
    const int words = tokenize(text, scratch);
    scratch.touched.clear();
    match(scratch, [&](int e) {
        if (scratch.entryCount[size_t(e)]++ == 0) scratch.touched.push_back(e);
    });
    // A mention counts fully once, then half for each repeat; repeats are capped in proportion to the
    // length, so a short abstract cannot shout a theme and a long transcript can still show one.
    const float units = std::max(1.0f, float(words) / perWords);
    const int maxCount = int(3 * units);
    const size_t topics = scratch.topics.size();
    std::fill(scratch.abstractScore.begin(), scratch.abstractScore.begin() + qsizetype(topics), 0.0f);
    std::fill(scratch.abstractEntry.begin(), scratch.abstractEntry.begin() + qsizetype(topics), -1);
    std::fill(scratch.abstractEntryValue.begin(), scratch.abstractEntryValue.begin() + qsizetype(topics),
              0.0f);
    for (const int e : scratch.touched) {
        const int count = std::min<int>(scratch.entryCount[size_t(e)], maxCount);
        scratch.entryCount[size_t(e)] = 0;
        for (const auto &t : targetsOf(e)) {
            // A weak word is said often in any long text ("team", "data"): it counts once.
            const float value = t.strength == Strength::Weak ? AbstractWeak : 1 + 0.5f * float(count - 1);
            const auto topic = size_t(t.topic);
            scratch.abstractScore[topic] += value;
            if (value > scratch.abstractEntryValue[topic]) {
                scratch.abstractEntryValue[topic] = value;
                scratch.abstractEntry[topic] = e;
            }
        }
    }
    for (size_t t = 0; t < topics; ++t) {
        if (scratch.abstractScore[t] > 0)
            scratch.abstractScore[t] = std::min(cap, scratch.abstractScore[t] / units);
    }
}

TopicClassifier::Label TopicClassifier::label(QStringView text, float mappedWeight, float strongWeight,
                                              bool useKinds) const
{
    Label out;
    const QString key = trackKey(text);
    if (key.isEmpty()) return out;
    if (useKinds) {
        const auto kind = m_trackKinds.constFind(key);
        if (kind != m_trackKinds.constEnd()) {
            out.kind = *kind;
            out.neutral = true;
            return out;
        }
        if (m_neutralTracks.contains(key)) {
            out.neutral = true;
            return out;
        }
    }
    const auto mapped = m_trackTopics.constFind(key);
    if (mapped != m_trackTopics.constEnd()) {
        for (const int topic : *mapped)
            out.topics.push_back({topic, mappedWeight / float(mapped->size()), -1});
        return out;
    }
    // A track or heading the taxonomy does not know: its keywords say what it is about.
    Scratch scratch;
    tokenize(text, scratch);
    match(scratch, [&](int e) {
        for (const auto &t : targetsOf(e)) {
            if (t.strength == Strength::Weak) continue;
            const auto it = std::find_if(out.topics.begin(), out.topics.end(),
                                         [&](const Label::Weight &w) { return w.topic == t.topic; });
            if (it == out.topics.end()) out.topics.push_back({t.topic, strongWeight, e});
        }
    });
    return out;
}

TopicClassifier::Label TopicClassifier::trackLabel(QStringView track) const
{
    return label(track, TrackWeight, TrackKeyword, true);
}

TopicClassifier::Label TopicClassifier::headingLabel(QStringView heading) const
{
    return label(heading, HeadingWeight, HeadingKeyword, false);
}

size_t TopicClassifier::prepare(Scratch &scratch, Result &result) const
{
    result.topics.clear();
    result.kind.reset();
    const size_t topicCount = m_taxonomy.topics().size();
    if (scratch.topics.size() != topicCount) {
        scratch.topics.assign(topicCount, {});
        scratch.abstractScore.assign(topicCount, 0);
        scratch.abstractEntry.assign(topicCount, -1);
        scratch.abstractEntryValue.assign(topicCount, 0);
    }
    if (scratch.entryCount.size() != m_entries.size()) scratch.entryCount.assign(m_entries.size(), 0);
    return topicCount;
}

void TopicClassifier::classifyTalk(const Input &input, Scratch &scratch, Result &result) const
{
    const size_t topicCount = prepare(scratch, result);
    std::fill(scratch.topics.begin(), scratch.topics.end(), Scratch::Best{});
    auto &best = scratch.topics;
    const auto add = [&](int topic, float weight, Field field, int entry) {
        auto &b = best[size_t(topic)];
        b.score += weight;
        if (weight > b.evidence) {
            b.evidence = weight;
            b.field = field;
            b.entry = entry;
        }
    };

    if (input.track) {
        result.kind = input.track->kind;
        for (const auto &w : input.track->topics)
            add(w.topic, w.weight, Field::Track, w.entry);
    }
    tokenize(input.title, scratch);
    if (const auto kind = titleKind(input.title, scratch)) {
        result.kind = kind;
        if (*kind == TalkKind::Logistics) return; // logistics never has a theme
    }
    if (input.track && input.track->kind == TalkKind::Logistics) return;
    if (input.section) {
        for (const auto &w : input.section->topics)
            add(w.topic, w.weight, Field::Section, w.entry);
    }
    {
        // Each keyword of the title counts once.
        int seen[16];
        int seenCount = 0;
        match(scratch, [&](int e) {
            if (std::find(seen, seen + seenCount, e) != seen + seenCount) return;
            if (seenCount < 16) seen[seenCount++] = e;
            for (const auto &t : targetsOf(e))
                add(t.topic, t.strength == Strength::Weak ? TitleWeak : TitleStrong, Field::Title, e);
        });
    }
    for (const auto &tag : input.tags) {
        tokenize(tag, scratch);
        match(scratch, [&](int e) {
            for (const auto &t : targetsOf(e)) {
                if (t.strength != Strength::Weak) add(t.topic, TagStrong, Field::Tag, e);
            }
        });
    }
    if (!input.abstract.isEmpty()) {
        scoreAbstract(input.abstract, scratch, AbstractWordsPerUnit, AbstractCap);
        for (size_t t = 0; t < topicCount; ++t) {
            if (scratch.abstractScore[t] > 0)
                add(int(t), scratch.abstractScore[t], Field::Abstract, scratch.abstractEntry[t]);
        }
    }

    float top = 0;
    int topIndex = -1;
    for (size_t t = 0; t < topicCount; ++t) {
        if (best[t].score > top) {
            top = best[t].score;
            topIndex = int(t);
        }
    }
    if (topIndex < 0) return;
    if (top < Threshold) {
        if (top >= FallbackMinimum) {
            const auto &b = best[size_t(topIndex)];
            result.topics.push_back({topIndex, b.field, b.entry, b.score});
        }
        return;
    }
    for (size_t t = 0; t < topicCount; ++t) {
        const auto &b = best[t];
        if (b.score >= Threshold && b.score >= RelativeToBest * top)
            result.topics.push_back({int(t), b.field, b.entry, b.score});
    }
    sortByScore(result.topics);
    if (result.topics.size() > MaxTopicsPerTalk) result.topics.resize(MaxTopicsPerTalk);
}

void TopicClassifier::classifyParagraph(QByteArrayView text, const Label *heading, Scratch &scratch,
                                        Result &result) const
{
    const size_t topicCount = prepare(scratch, result);
    scoreAbstract(text, scratch, AbstractWordsPerUnit, AbstractCap);
    std::vector<Assignment> &out = result.topics;
    float top = 0;
    for (size_t t = 0; t < topicCount; ++t) {
        float score = scratch.abstractScore[t];
        Field field = Field::Abstract;
        int entry = scratch.abstractEntry[t];
        if (heading) {
            for (const auto &w : heading->topics) {
                if (w.topic == int(t)) {
                    score += w.weight * ParagraphHeadingFactor;
                    if (entry < 0) {
                        field = Field::Section;
                        entry = w.entry;
                    }
                }
            }
        }
        if (score >= ParagraphThreshold) out.push_back({int(t), field, entry, score});
        top = std::max(top, score);
    }
    std::erase_if(out, [&](const Assignment &a) { return a.score < 0.5f * top; });
    sortByScore(out);
    if (out.size() > MaxTopicsPerParagraph) out.resize(MaxTopicsPerParagraph);
}

QString TopicClassifier::evidence(const Assignment &a, QStringView track, QStringView section) const
{
    switch (a.field) {
    case Field::Track:
        return u"track: " % track;
    case Field::Section:
        return u"heading: " % section;
    case Field::Title:
        return u"title: " % entryText(a.entry);
    case Field::Tag:
        return u"tag: " % entryText(a.entry);
    case Field::Abstract:
        break;
    }
    return a.entry >= 0 ? u"abstract: " % entryText(a.entry) : QStringLiteral("abstract");
}

TopicClassifier::Result TopicClassifier::classify(QStringView title, QStringView abstract,
                                                  QStringView section, QStringView track,
                                                  const QStringList &tags) const
{
    const Label trackInfo = trackLabel(track);
    const Label sectionInfo = headingLabel(section);
    const QByteArray utf8 = abstract.toUtf8();
    Scratch scratch;
    Result result;
    classifyTalk({title, utf8, &trackInfo, &sectionInfo, tags}, scratch, result);
    return result;
}

QStringList TopicClassifier::topicIds(const Result &result) const
{
    QStringList ids;
    for (const auto &a : result.topics)
        ids << m_taxonomy.topics()[size_t(a.topic)].id;
    return ids;
}
