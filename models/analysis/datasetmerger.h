#pragma once

#include "data/dataset.h"

#include <QHash>
#include <QSet>

// Combines the partial datasets read from many files into one: events by id, people by name across
// spellings, topics by id, and a talk that two sources name for the same event into one talk with both
// sources. Sessions of one source that share a title (registration each morning) stay separate.
class DatasetMerger
{
public:
    // A title's words (hashed, stop words dropped), sorted: what the tolerant title match compares.
    using TitleWords = std::vector<size_t>;

    void add(Dataset &&part);
    // The merged dataset, events ordered by start date.
    Dataset take();

private:
    StringId copyString(StringId id) const;
    PersonIndex mergePerson(const Person &person);
    TalkIndex matchingTalk(const Talk &talk, const QString &key);
    // The tolerant match: a talk of the same event whose title has nearly the same words.
    TalkIndex similarTalk(const Talk &talk);
    bool canMerge(const Talk &incoming, const Talk &known) const;
    bool fromWriteup(const Talk &talk) const;
    void remember(TalkIndex index);

    struct EventTalks
    {
        std::vector<TalkIndex> all;
        std::vector<TitleWords> words;       // of all[0 .. words.size()), filled when first needed
        std::vector<TalkIndex> writeups;     // talks a write-up names
        std::vector<TitleWords> writeupWords;
    };
    void mergeInto(Talk &existing, Talk &&incoming);

    Dataset m_out;
    QHash<QString, PersonIndex> m_personByKey;
    QSet<QString> m_personIds; // a linear findPerson() per new speaker made big datasets quadratic
    QMultiHash<QString, TalkIndex> m_talksByTitle; // key: event id + title key
    std::vector<EventTalks> m_talksByEvent;        // by event index
    quint32 m_partStart = 0;                       // first talk of the part being added
    QSet<QString> m_talkIds;
    QHash<QString, SourceIndex> m_sourceByFile;
    std::vector<StringId> m_stringMap; // the part being added, its string ids to ours
};
