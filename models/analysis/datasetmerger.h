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
    void add(Dataset &&part);
    // The merged dataset, events ordered by start date.
    Dataset take();

private:
    StringId copyString(StringId id) const;
    PersonIndex mergePerson(const Person &person);
    TalkIndex matchingTalk(const Talk &talk, const QString &key) const;
    void mergeInto(Talk &existing, Talk &&incoming);

    Dataset m_out;
    QHash<QString, PersonIndex> m_personByKey;
    QMultiHash<QString, TalkIndex> m_talksByTitle; // key: event id + title key
    QSet<QString> m_talkIds;
    QHash<QString, SourceIndex> m_sourceByFile;
    std::vector<StringId> m_stringMap; // the part being added, its string ids to ours
};
