#include "dataset.h"

#include "stringpacker.h"

#include <QTimeZone>

namespace {
QDateTime toDateTime(qint64 utc, qint32 offset)
{
    if (utc == Talk::NoTime)
        return {};
    return QDateTime::fromSecsSinceEpoch(utc, Qt::OffsetFromUTC, offset);
}

template <typename Vector, typename Idx>
Idx findById(const Vector &items, QStringView id)
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return Idx(i);
    }
    return Idx();
}
} // namespace

QDateTime Talk::start() const
{
    return toDateTime(startUtc, utcOffset);
}

QDateTime Talk::end() const
{
    return toDateTime(endUtc, utcOffset);
}

void Talk::setStart(const QDateTime &dt)
{
    if (!dt.isValid()) {
        startUtc = NoTime;
        return;
    }
    startUtc = dt.toSecsSinceEpoch();
    utcOffset = dt.offsetFromUtc();
}

void Talk::setEnd(const QDateTime &dt)
{
    endUtc = dt.isValid() ? dt.toSecsSinceEpoch() : NoTime;
}

bool Talk::hasTopic(TopicIndex topic) const
{
    for (const auto &t : topics) {
        if (t.topic == topic)
            return true;
    }
    return false;
}

EventIndex Dataset::findEvent(QStringView id) const
{
    return findById<decltype(events), EventIndex>(events, id);
}

TopicIndex Dataset::findTopic(QStringView id) const
{
    return findById<decltype(topics), TopicIndex>(topics, id);
}

PersonIndex Dataset::findPerson(QStringView id) const
{
    return findById<decltype(people), PersonIndex>(people, id);
}

SourceIndex Dataset::findSource(QStringView id) const
{
    return findById<decltype(sources), SourceIndex>(sources, id);
}

EventIndex Dataset::addEvent(const Event &event)
{
    const auto found = findEvent(event.id);
    if (found.isValid())
        return found;
    events.push_back(event);
    return EventIndex(events.size() - 1);
}

TopicIndex Dataset::addTopic(const Topic &topic)
{
    const auto found = findTopic(topic.id);
    if (found.isValid())
        return found;
    topics.push_back(topic);
    return TopicIndex(topics.size() - 1);
}

QString Dataset::speakerNames(const Talk &talk) const
{
    QString out;
    for (const auto &s : talk.speakers) {
        if (!out.isEmpty())
            out += u", ";
        out += str(s.name);
        if (!str(s.affiliation).isEmpty())
            out += u" (" % str(s.affiliation) % u')';
    }
    return out;
}

QStringList Dataset::topicIds(const Talk &talk) const
{
    QStringList ids;
    ids.reserve(qsizetype(talk.topics.size()));
    for (const auto &t : talk.topics)
        ids << topics[t.topic.value].id;
    return ids;
}

// Strings are compared by value, not by id: two datasets may intern in a different order.
bool operator==(const Dataset &a, const Dataset &b)
{
    if (a.events != b.events || a.sources != b.sources || a.people != b.people || a.topics != b.topics
        || a.mentions != b.mentions || a.themes != b.themes || a.talks.size() != b.talks.size())
        return false;
    const auto sameSpeakers = [&](const Talk &x, const Talk &y) {
        if (x.speakers.size() != y.speakers.size())
            return false;
        for (size_t i = 0; i < x.speakers.size(); ++i) {
            const auto &s = x.speakers[i];
            const auto &t = y.speakers[i];
            if (a.str(s.name) != b.str(t.name) || a.str(s.role) != b.str(t.role)
                || a.str(s.affiliation) != b.str(t.affiliation) || s.person != t.person)
                return false;
        }
        return true;
    };
    for (size_t i = 0; i < a.talks.size(); ++i) {
        const auto &x = a.talks[i];
        const auto &y = b.talks[i];
        if (x.id != y.id || x.title != y.title || x.abstract != y.abstract || x.event != y.event
            || x.kind != y.kind || x.day != y.day || x.startUtc != y.startUtc || x.endUtc != y.endUtc
            || (x.hasStart() && x.utcOffset != y.utcOffset) || a.str(x.timeZone) != b.str(y.timeZone)
            || a.str(x.room) != b.str(y.room) || a.str(x.section) != b.str(y.section)
            || a.str(x.track) != b.str(y.track) || x.links != y.links || x.sources != y.sources
            || x.organizations.size() != y.organizations.size() || x.topics.size() != y.topics.size()
            || !sameSpeakers(x, y))
            return false;
        for (size_t k = 0; k < x.organizations.size(); ++k) {
            if (a.str(x.organizations[k]) != b.str(y.organizations[k]))
                return false;
        }
        for (size_t k = 0; k < x.topics.size(); ++k) {
            if (x.topics[k].topic != y.topics[k].topic
                || a.str(x.topics[k].evidence) != b.str(y.topics[k].evidence))
                return false;
        }
    }
    return true;
}

void Dataset::squeeze()
{
    std::vector<QString *> texts;
    std::vector<QByteArray *> abstracts;
    // Shrink first: the pointers taken below must not outlive a reallocation of the vector.
    talks.shrink_to_fit();
    texts.reserve(talks.size() * 3);
    abstracts.reserve(talks.size());
    for (auto &t : talks) {
        t.speakers.shrink_to_fit();
        t.organizations.shrink_to_fit();
        t.topics.shrink_to_fit();
        t.sources.shrink_to_fit();
        t.links.shrink_to_fit();
        texts.push_back(&t.id);
        texts.push_back(&t.title);
        for (auto &l : t.links)
            texts.push_back(&l.url);
        abstracts.push_back(&t.abstract);
    }
    StringPacker::pack(texts);
    StringPacker::pack(abstracts);
}
