#pragma once

#include "taxonomy.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <span>
#include <vector>

// Tags talks and prose paragraphs with topics of a taxonomy, keeping for each topic the word, heading
// or track that gave it. Built once per taxonomy: every keyword is tokenised into a table of word ids,
// so classifying a talk is one pass over its words with hash lookups and no allocation (a million talks
// take about a second on one core). Thread-safe once built; each thread brings its own Scratch.
//
// A careful reader's tagging, not a keyword count: a track or a keyword in the title decides, the
// abstract supports (weighed by its length, so a transcript does not tag everything), weak words only
// count together with other evidence, and a talk gets at most three topics, about two on average.
class TopicClassifier
{
public:
    enum class Field : quint8 { Title, Abstract, Section, Track, Tag };

    struct Assignment
    {
        int topic = -1; // index in the taxonomy
        Field field = Field::Title;
        int entry = -1; // the keyword that matched; -1 when a track or heading name mapped directly
        float score = 0;
    };

    // What a track name or a write-up heading says, worked out once per distinct text.
    struct Label
    {
        struct Weight
        {
            int topic;
            float weight;
            int entry;
        };
        std::vector<Weight> topics;
        std::optional<TalkKind> kind;
        bool neutral = false; // names a session type or nothing at all, never a theme
    };

    struct Input
    {
        QStringView title;
        QByteArrayView abstract; // UTF-8
        const Label *track = nullptr;
        const Label *section = nullptr;
        QStringList tags;
    };

    struct Result
    {
        std::vector<Assignment> topics; // best first
        std::optional<TalkKind> kind;   // a session type the track or title says
    };

    // Per-thread buffers, reused from talk to talk.
    class Scratch
    {
        friend class TopicClassifier;
        struct Best
        {
            float score = 0;
            float evidence = 0;
            Field field = Field::Title;
            int entry = -1;
        };
        std::vector<int> ids; // word id of each word of the text being read, -1 for words not in the taxonomy
        std::vector<int> ends; // of the title's words, where each ends
        std::vector<Best> topics;
        std::vector<int> entryCount;
        std::vector<int> touched;
        std::vector<float> abstractScore;
        std::vector<int> abstractEntry;
        std::vector<float> abstractEntryValue;
    };

    explicit TopicClassifier(const Taxonomy &taxonomy);

    const Taxonomy &taxonomy() const { return m_taxonomy; }
    int topicCount() const { return int(m_taxonomy.topics().size()); }

    Label trackLabel(QStringView track) const;
    Label headingLabel(QStringView heading) const;

    void classifyTalk(const Input &input, Scratch &scratch, Result &result) const;
    void classifyParagraph(QByteArrayView text, const Label *heading, Scratch &scratch, Result &result) const;

    // What a person reads in the details pane: "title: eBPF", "track: AI + ML", "heading: Networking".
    QString evidence(const Assignment &a, QStringView track = {}, QStringView section = {}) const;
    // The keyword of an entry as the taxonomy spells it.
    const QString &entryText(int entry) const { return m_entries[size_t(entry)].display; }
    int entryCount() const { return int(m_entries.size()); }

    // Convenience for tests and one-off use: classifies one talk from plain strings.
    Result classify(QStringView title, QStringView abstract = {}, QStringView section = {},
                    QStringView track = {}, const QStringList &tags = {}) const;
    QStringList topicIds(const Result &result) const;

private:
    // Empties the result and sizes the scratch buffers for the taxonomy; returns the number of topics.
    size_t prepare(Scratch &scratch, Result &result) const;
    enum class Strength : quint8 { Strong, Project, Weak };
    struct Target
    {
        int topic;
        Strength strength;
    };
    struct Entry
    {
        int wordOffset = 0;
        int wordCount = 0;
        std::vector<Target> targets;
        QString display;
    };
    struct KindPhrase
    {
        std::vector<int> words;
        TalkKind kind;
    };

    // Open addressing from a 64-bit word hash to a word id; key and id side by side, one cache line.
    struct Vocabulary
    {
        struct Slot
        {
            quint64 key = 0;
            int id = -1;
        };
        std::vector<Slot> table;
        quint64 mask = 0;
        int count = 0;
        int find(quint64 hash) const;
        int insert(quint64 hash, int id);
        void grow();
    };

    std::vector<int> wordIds(QStringView phrase, bool add);
    int addWord(const QString &word);
    void addEntry(const QString &phrase, int topic, Strength strength);
    void finishTables();
    void tokenize(QStringView text, Scratch &scratch) const;
    int tokenize(QByteArrayView text, Scratch &scratch) const;
    template <typename Fn> void match(const Scratch &scratch, Fn fn) const;
    std::optional<TalkKind> titleKind(QStringView title, const Scratch &scratch) const;
    void scoreAbstract(QByteArrayView text, Scratch &scratch, float perWords, float cap) const;
    Label label(QStringView text, float mappedWeight, float strongWeight, bool useKinds) const;

    Taxonomy m_taxonomy;
    Vocabulary m_vocabulary;
    int m_wordCount = 0;
    std::vector<int> m_entryWords;
    std::vector<Entry> m_entries;
    // The tables the hot loops read, flat for the cache: per word, the entries starting with it (longest
    // first) in m_byFirstWord[m_firstWordBegin[w] .. m_firstWordBegin[w + 1]); per entry, its words and
    // targets.
    struct Packed
    {
        int wordOffset;
        int wordCount;
        int targetBegin;
        int targetEnd;
    };
    std::vector<int> m_firstWordBegin;
    std::vector<int> m_byFirstWord;
    std::vector<Packed> m_packed;
    std::vector<Target> m_targets;
    std::span<const Target> targetsOf(int entry) const
    {
        const Packed &p = m_packed[size_t(entry)];
        return {m_targets.data() + p.targetBegin, size_t(p.targetEnd - p.targetBegin)};
    }
    // Per word id: the one-word entry it is (entries are longest first, so a word whose longest entry
    // has one word matches that entry), NoEntry, or Phrases when longer entries start with it.
    static constexpr int NoEntry = -1;
    static constexpr int Phrases = -2;
    std::vector<int> m_onlyEntry;
    std::vector<KindPhrase> m_kindPhrases;
    std::vector<bool> m_startsKindPhrase;           // per word id
    QHash<QString, std::vector<int>> m_trackTopics; // slug of a track name -> topics
    QHash<QString, TalkKind> m_trackKinds;
    QSet<QString> m_neutralTracks;
};
