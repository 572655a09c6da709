#include "pipeline.h"

#include "taxonomy.h"
#include "themeshares.h"
#include "topicclassifier.h"

#include <QHash>

namespace {
// Interns each evidence text once: a million talks share a few hundred of them.
class EvidenceCache
{
public:
    EvidenceCache(Dataset &dataset, const TopicClassifier &classifier)
        : m_dataset(dataset), m_classifier(classifier),
          m_byEntry(size_t(classifier.entryCount()) * 3, StringId())
    {}

    StringId get(const TopicClassifier::Assignment &a, StringId track, StringId section)
    {
        using Field = TopicClassifier::Field;
        if (a.field == Field::Track || a.field == Field::Section) {
            const bool isTrack = a.field == Field::Track;
            auto &cache = isTrack ? m_byTrack : m_bySection;
            const StringId text = isTrack ? track : section;
            const auto found = cache.constFind(text.value);
            if (found != cache.constEnd()) return *found;
            const StringId id = m_dataset.intern(m_classifier.evidence(
                a, isTrack ? m_dataset.str(track) : QString(), isTrack ? QString() : m_dataset.str(section)));
            cache.insert(text.value, id);
            return id;
        }
        if (a.entry < 0) return m_dataset.intern(m_classifier.evidence(a));
        const size_t slot = size_t(a.entry) * 3 + (a.field == Field::Title ? 0
                                                   : a.field == Field::Tag ? 1
                                                                           : 2);
        if (!m_byEntry[slot].isValid()) m_byEntry[slot] = m_dataset.intern(m_classifier.evidence(a));
        return m_byEntry[slot];
    }

private:
    Dataset &m_dataset;
    const TopicClassifier &m_classifier;
    std::vector<StringId> m_byEntry;
    QHash<quint32, StringId> m_byTrack;
    QHash<quint32, StringId> m_bySection;
};

// Track names and headings repeat: what each says is worked out once per distinct string.
class LabelCache
{
public:
    LabelCache(const Dataset &dataset, const TopicClassifier &classifier, bool heading)
        : m_dataset(dataset), m_classifier(classifier), m_heading(heading)
    {}

    const TopicClassifier::Label *get(StringId id)
    {
        if (m_dataset.str(id).isEmpty()) return nullptr;
        auto it = m_labels.find(id.value);
        if (it == m_labels.end()) {
            const QString &text = m_dataset.str(id);
            it = m_labels.insert(id.value,
                                 m_heading ? m_classifier.headingLabel(text) : m_classifier.trackLabel(text));
        }
        return &*it;
    }

private:
    const Dataset &m_dataset;
    const TopicClassifier &m_classifier;
    bool m_heading;
    QHash<quint32, TopicClassifier::Label> m_labels;
};

void run(Dataset &ds, const Taxonomy &taxonomy, bool reclassifyAll)
{
    const TopicClassifier classifier(taxonomy);
    std::vector<TopicIndex> topicIndex;
    for (const auto &t : taxonomy.topics()) {
        const TopicIndex i = ds.addTopic({t.id, t.label, t.color});
        ds.topics[i.value].label = t.label;
        ds.topics[i.value].color = t.color;
        topicIndex.push_back(i);
    }
    EvidenceCache evidence(ds, classifier);
    LabelCache tracks(ds, classifier, false);
    LabelCache headings(ds, classifier, true);
    TopicClassifier::Scratch scratch;
    TopicClassifier::Result result;
    for (Talk &talk : ds.talks) {
        TopicClassifier::Input input;
        input.title = talk.title;
        input.abstract = talk.abstract;
        input.track = tracks.get(talk.track);
        input.section = headings.get(talk.section);
        classifier.classifyTalk(input, scratch, result);
        if (talk.kind == TalkKind::Talk && result.kind) talk.kind = *result.kind;
        if (!talk.topics.empty() && !reclassifyAll) continue;
        talk.topics.clear();
        if (talk.kind == TalkKind::Logistics) continue;
        for (const auto &a : result.topics)
            talk.topics.push_back({topicIndex[size_t(a.topic)], evidence.get(a, talk.track, talk.section)});
    }
    for (Paragraph &p : ds.paragraphs) {
        classifier.classifyParagraph(p.text, headings.get(p.heading), scratch, result);
        p.topics.clear();
        for (const auto &a : result.topics)
            p.topics.push_back({topicIndex[size_t(a.topic)], evidence.get(a, StringId(), p.heading)});
    }
    ds.themes = ThemeShares::compute(ds);
}
} // namespace

namespace Pipeline {

void finish(Dataset &dataset)
{
    finish(dataset, *Taxonomy::current());
}

void finish(Dataset &dataset, const Taxonomy &taxonomy)
{
    run(dataset, taxonomy, taxonomy.hasUserTopics());
}

void reclassify(Dataset &dataset, const Taxonomy &taxonomy)
{
    run(dataset, taxonomy, true);
}

} // namespace Pipeline
