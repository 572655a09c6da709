#include "datasetmerger.h"

#include "textkey.h"

#include <algorithm>
#include <numeric>

namespace {
QString talkKey(const Dataset &ds, const Talk &t)
{
    return (t.event.isValid() ? ds.event(t.event).id : QString()) + u'\x1f' + TextKey::title(t.title);
}

void fillEvent(Event &into, const Event &from)
{
    const auto fill = [](QString &a, const QString &b) {
        if (a.isEmpty())
            a = b;
    };
    fill(into.name, from.name);
    fill(into.series, from.series);
    fill(into.region, from.region);
    fill(into.city, from.city);
    fill(into.country, from.country);
    if (!into.year)
        into.year = from.year;
    if (!into.start.isValid())
        into.start = from.start;
    if (!into.end.isValid())
        into.end = from.end;
    for (const auto &s : from.stats) {
        const bool known = std::any_of(into.stats.begin(), into.stats.end(),
                                       [&](const Stat &x) { return x.metric == s.metric; });
        if (!known)
            into.stats.append(s);
    }
}
} // namespace

StringId DatasetMerger::copyString(StringId id) const
{
    return id.isValid() && id.value < m_stringMap.size() ? m_stringMap[id.value] : StringId(0u);
}

PersonIndex DatasetMerger::mergePerson(const Person &person)
{
    const QString key = TextKey::person(person.name);
    const auto found = m_personByKey.constFind(key);
    if (found != m_personByKey.constEnd()) {
        Person &known = m_out.people[found->value];
        // A named list: `QStringList(...) << x` in the range-for would dangle (its temporary dies first).
        QStringList names = person.aliases;
        names << person.name;
        for (const QString &name : std::as_const(names)) {
            if (name != known.name && !known.aliases.contains(name))
                known.aliases.append(name);
        }
        return *found;
    }
    Person p = person;
    QString id = QStringLiteral("p-") + TextKey::slug(person.name);
    if (m_personIds.contains(id) || id == u"p-")
        id += u'-' + QString::number(m_out.people.size() + 1);
    m_personIds.insert(id);
    p.id = id;
    m_out.people.push_back(p);
    const PersonIndex index(m_out.people.size() - 1);
    m_personByKey.insert(key, index);
    return index;
}

bool DatasetMerger::fromWriteup(const Talk &talk) const
{
    return std::any_of(talk.sources.begin(), talk.sources.end(),
                       [&](SourceIndex s) { return m_out.sources[s.value].kind == SourceKind::Writeup; });
}

bool DatasetMerger::canMerge(const Talk &talk, const Talk &known) const
{
    // Same source twice means two sessions that share a title; different times likewise.
    const bool sharedSource = std::any_of(talk.sources.begin(), talk.sources.end(), [&](SourceIndex s) {
        return std::find(known.sources.begin(), known.sources.end(), s) != known.sources.end();
    });
    if (sharedSource)
        return false;
    if (talk.hasStart() && known.hasStart())
        return talk.startUtc == known.startUtc;
    // Two schedule entries without a shared time are two sessions ("Badge Pick-Up" notes of one
    // event, each its own file); schedules list sessions, write-ups name them.
    return fromWriteup(talk) || fromWriteup(known);
}

TalkIndex DatasetMerger::matchingTalk(const Talk &talk, const QString &key)
{
    for (auto it = m_talksByTitle.constFind(key); it != m_talksByTitle.constEnd() && it.key() == key; ++it) {
        if (canMerge(talk, m_out.talks[it->value]))
            return *it;
    }
    return similarTalk(talk);
}

namespace {
DatasetMerger::TitleWords titleWords(const QString &title)
{
    // Words that say nothing about which talk it is; without them "The Future of eBPF" and
    // "Future of eBPF" are the same title.
    static const QSet<QString> stop = {
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("the"), QStringLiteral("of"),
        QStringLiteral("to"),   QStringLiteral("in"),   QStringLiteral("for"), QStringLiteral("and"),
        QStringLiteral("with"), QStringLiteral("on"),   QStringLiteral("at"),  QStringLiteral("from"),
        QStringLiteral("by"),   QStringLiteral("is"),   QStringLiteral("your"), QStringLiteral("our"),
        QStringLiteral("how"),  QStringLiteral("we"),   QStringLiteral("you"), QStringLiteral("it"),
        QStringLiteral("its"),  QStringLiteral("are"),  QStringLiteral("or"),  QStringLiteral("vs")};
    DatasetMerger::TitleWords words;
    const QString key = TextKey::title(title);
    for (const QStringView w : QStringView(key).split(u' ', Qt::SkipEmptyParts)) {
        if (!stop.contains(w.toString()))
            words.push_back(qHash(w));
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

// Nearly the same words: at least 80% of the longer title's words are shared, or one title holds all
// of the other's words and those are at least four ("SIG Security Update" alone is too little).
double similarity(const DatasetMerger::TitleWords &a, const DatasetMerger::TitleWords &b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t shared = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    const double score = double(shared) / double(std::max(a.size(), b.size()));
    if (score >= 0.8)
        return score;
    if (shared == std::min(a.size(), b.size()) && shared >= 4)
        return 0.79;
    return 0;
}
} // namespace

TalkIndex DatasetMerger::similarTalk(const Talk &talk)
{
    if (!talk.event.isValid() || talk.event.value >= m_talksByEvent.size())
        return {};
    EventTalks &ev = m_talksByEvent[talk.event.value];
    const bool writeup = fromWriteup(talk);
    // A schedule entry looks only among the talks write-ups named: schedules never merge loosely with
    // each other, and an event without write-ups costs nothing. A write-up's talk looks at them all.
    if (!writeup && ev.writeups.empty())
        return {};
    const std::vector<TalkIndex> &candidates = writeup ? ev.all : ev.writeups;
    std::vector<TitleWords> &cache = writeup ? ev.words : ev.writeupWords;
    // Only talks of earlier files: within one file, titles that differ name different sessions. `all`
    // is in index order, so a large file's own talks are never scanned; `writeups` is short.
    const size_t earlier =
        writeup ? size_t(std::lower_bound(candidates.begin(), candidates.end(), TalkIndex(m_partStart))
                         - candidates.begin())
                : candidates.size();
    if (earlier == 0)
        return {}; // before any word is computed: the first file of a million talks pays nothing here
    const TitleWords words = titleWords(talk.title);
    if (words.size() < 2)
        return {};
    while (cache.size() < earlier)
        cache.push_back(titleWords(m_out.talks[candidates[cache.size()].value].title));
    TalkIndex best;
    double bestScore = 0;
    for (size_t i = 0; i < earlier; ++i) {
        if (candidates[i].value >= m_partStart)
            continue;
        const double score = similarity(words, cache[i]);
        if (score > bestScore && canMerge(talk, m_out.talks[candidates[i].value])) {
            best = candidates[i];
            bestScore = score;
        }
    }
    return best;
}

void DatasetMerger::remember(TalkIndex index)
{
    const Talk &t = m_out.talks[index.value];
    if (!t.event.isValid())
        return;
    if (m_talksByEvent.size() <= t.event.value)
        m_talksByEvent.resize(t.event.value + 1);
    EventTalks &ev = m_talksByEvent[t.event.value];
    ev.all.push_back(index);
    if (fromWriteup(t) && std::find(ev.writeups.begin(), ev.writeups.end(), index) == ev.writeups.end())
        ev.writeups.push_back(index);
}

void DatasetMerger::mergeInto(Talk &t, Talk &&in)
{
    if (t.kind == TalkKind::Talk)
        t.kind = in.kind;
    if (!t.day.isValid())
        t.day = in.day;
    if (!t.hasStart()) {
        t.startUtc = in.startUtc;
        t.utcOffset = in.utcOffset;
        t.timeZone = in.timeZone;
    }
    if (!t.hasEnd())
        t.endUtc = in.endUtc;
    for (StringId *field : {&t.room, &t.section, &t.track}) {
        if (m_out.str(*field).isEmpty())
            *field = (field == &t.room ? in.room : field == &t.section ? in.section : in.track);
    }
    if (t.abstract.size() < in.abstract.size())
        t.abstract = std::move(in.abstract);
    for (const auto &s : in.speakers) {
        auto same = std::find_if(t.speakers.begin(), t.speakers.end(), [&](const Speaker &x) { return x.person == s.person; });
        if (same == t.speakers.end())
            t.speakers.push_back(s);
        else if (m_out.str(same->affiliation).isEmpty())
            same->affiliation = s.affiliation;
    }
    for (const auto o : in.organizations) {
        if (std::find(t.organizations.begin(), t.organizations.end(), o) == t.organizations.end())
            t.organizations.push_back(o);
    }
    for (const auto &l : in.links) {
        if (std::none_of(t.links.begin(), t.links.end(), [&](const Link &x) { return x.url == l.url; }))
            t.links.push_back(l);
    }
    for (const auto &a : in.topics) {
        if (!t.hasTopic(a.topic))
            t.topics.push_back(a);
    }
    for (const auto s : in.sources) {
        if (std::find(t.sources.begin(), t.sources.end(), s) == t.sources.end())
            t.sources.push_back(s);
    }
}

void DatasetMerger::add(Dataset &&part)
{
    // Each string of the part is interned once; fields then map through this table.
    m_stringMap.resize(size_t(part.strings.size()));
    for (qsizetype i = 0; i < part.strings.size(); ++i)
        m_stringMap[size_t(i)] = m_out.intern(part.strings.at(StringId(i)));
    std::vector<EventIndex> eventMap;
    for (const auto &e : part.events) {
        const EventIndex found = m_out.findEvent(e.id);
        if (found.isValid()) {
            fillEvent(m_out.events[found.value], e);
            eventMap.push_back(found);
        } else {
            eventMap.push_back(m_out.addEvent(e));
        }
    }
    std::vector<SourceIndex> sourceMap;
    for (auto s : part.sources) {
        const QString fileKey = s.file.isEmpty() ? s.id : s.file;
        const auto found = m_sourceByFile.constFind(fileKey);
        if (found != m_sourceByFile.constEnd() && !s.file.isEmpty()) {
            sourceMap.push_back(*found);
            continue;
        }
        s.id = QStringLiteral("s") + QString::number(m_out.sources.size() + 1);
        m_out.sources.push_back(s);
        sourceMap.push_back(SourceIndex(m_out.sources.size() - 1));
        m_sourceByFile.insert(fileKey, sourceMap.back());
    }
    std::vector<PersonIndex> personMap;
    for (const auto &p : part.people)
        personMap.push_back(mergePerson(p));
    std::vector<TopicIndex> topicMap;
    for (const auto &t : part.topics) {
        const TopicIndex found = m_out.findTopic(t.id);
        topicMap.push_back(found.isValid() ? found : m_out.addTopic(t));
    }

    m_partStart = quint32(m_out.talks.size());
    // Grow geometrically: reserving the exact size for each of 3,000 one-talk parts would move every
    // talk on every file.
    const size_t needed = m_out.talks.size() + part.talks.size();
    if (needed > m_out.talks.capacity())
        m_out.talks.reserve(std::max(needed, m_out.talks.capacity() * 2));
    for (auto &t : part.talks) {
        if (t.event.isValid())
            t.event = eventMap[t.event.value];
        for (auto *id : {&t.room, &t.section, &t.track, &t.timeZone})
            *id = copyString(*id);
        for (auto &s : t.speakers) {
            const QString &name = part.str(s.name);
            s.name = copyString(s.name);
            s.role = copyString(s.role);
            s.affiliation = copyString(s.affiliation);
            // A speaker without a person record still becomes one person across sources.
            s.person = s.person.isValid() ? personMap[s.person.value] : mergePerson(Person{QString(), name, {}});
        }
        for (auto &o : t.organizations)
            o = copyString(o);
        for (auto &a : t.topics) {
            a.topic = topicMap[a.topic.value];
            a.evidence = copyString(a.evidence);
        }
        for (auto &s : t.sources)
            s = sourceMap[s.value];

        const QString key = talkKey(m_out, t);
        const TalkIndex same = matchingTalk(t, key);
        if (same.isValid()) {
            Talk &known = m_out.talks[same.value];
            const bool wasWriteup = fromWriteup(known);
            mergeInto(known, std::move(t));
            // A schedule's talk that a write-up now names becomes a candidate for later schedules.
            if (!wasWriteup && fromWriteup(known) && known.event.isValid())
                m_talksByEvent[known.event.value].writeups.push_back(same);
            continue;
        }
        if (t.id.isEmpty() || m_talkIds.contains(t.id)) {
            const QString base = t.id.isEmpty() ? QStringLiteral("t") : t.id;
            int n = 2;
            while (m_talkIds.contains(base + u'-' + QString::number(n)))
                ++n;
            t.id = base + u'-' + QString::number(n);
        }
        m_talkIds.insert(t.id);
        m_talksByTitle.insert(key, TalkIndex(m_out.talks.size()));
        m_out.talks.push_back(std::move(t));
        remember(TalkIndex(m_out.talks.size() - 1));
    }
    for (auto m : part.mentions) {
        if (m.event.isValid())
            m.event = eventMap[m.event.value];
        if (m.source.isValid())
            m.source = sourceMap[m.source.value];
        m_out.mentions.push_back(m);
    }
    for (auto &p : part.paragraphs) {
        if (p.event.isValid())
            p.event = eventMap[p.event.value];
        if (p.source.isValid())
            p.source = sourceMap[p.source.value];
        p.heading = copyString(p.heading);
        for (auto &a : p.topics) {
            a.topic = topicMap[a.topic.value];
            a.evidence = copyString(a.evidence);
        }
        m_out.paragraphs.push_back(std::move(p));
    }
    for (auto th : part.themes) {
        th.event = eventMap[th.event.value];
        th.topic = topicMap[th.topic.value];
        m_out.themes.push_back(th);
    }
}

Dataset DatasetMerger::take()
{
    // Events in date order; undated ones keep their order at the end.
    std::vector<quint32> order(m_out.events.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const QDate da = m_out.events[a].start, db = m_out.events[b].start;
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da < db;
    });
    std::vector<EventIndex> newIndex(order.size());
    std::vector<Event> sorted;
    sorted.reserve(order.size());
    for (quint32 i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = EventIndex(i);
        sorted.push_back(std::move(m_out.events[order[i]]));
    }
    m_out.events = std::move(sorted);
    for (auto &t : m_out.talks) {
        if (t.event.isValid())
            t.event = newIndex[t.event.value];
    }
    for (auto &m : m_out.mentions) {
        if (m.event.isValid())
            m.event = newIndex[m.event.value];
    }
    for (auto &th : m_out.themes)
        th.event = newIndex[th.event.value];
    for (auto &p : m_out.paragraphs) {
        if (p.event.isValid())
            p.event = newIndex[p.event.value];
    }

    Dataset out = std::move(m_out);
    *this = DatasetMerger();
    return out;
}
