#include "talkfilter.h"

namespace {
const QString TopicsKey = QStringLiteral("topics");
const QString MatchAllKey = QStringLiteral("matchAll");
const QString TextKey = QStringLiteral("text");
const QString EventsKey = QStringLiteral("events");
const QString KindsKey = QStringLiteral("kinds");
} // namespace

bool TalkFilter::isEmpty() const
{
    return topics.isEmpty() && words().isEmpty() && events.isEmpty() && kinds.isEmpty();
}

QStringList TalkFilter::words() const
{
    return text.toCaseFolded().simplified().split(u' ', Qt::SkipEmptyParts);
}

QVariantMap TalkFilter::toVariant(const Dataset &dataset) const
{
    QStringList topicIds, eventIds, kindNames;
    for (const auto t : topics)
        topicIds << dataset.topic(t).id;
    for (const auto e : events)
        eventIds << dataset.event(e).id;
    for (const auto k : kinds)
        kindNames << talkKindName(k);
    return {{TopicsKey, topicIds},
            {MatchAllKey, topicMatch == TopicMatch::All},
            {TextKey, text},
            {EventsKey, eventIds},
            {KindsKey, kindNames}};
}

TalkFilter TalkFilter::fromVariant(const QVariantMap &map, const Dataset &dataset)
{
    TalkFilter f;
    for (const auto &id : map.value(TopicsKey).toStringList()) {
        if (const TopicIndex t = dataset.findTopic(id); t.isValid())
            f.topics << t;
    }
    f.topicMatch = map.value(MatchAllKey).toBool() ? TopicMatch::All : TopicMatch::Any;
    f.text = map.value(TextKey).toString();
    for (const auto &id : map.value(EventsKey).toStringList()) {
        if (const EventIndex e = dataset.findEvent(id); e.isValid())
            f.events << e;
    }
    for (const auto &name : map.value(KindsKey).toStringList()) {
        if (const auto k = talkKindFromName(name))
            f.kinds << *k;
    }
    return f;
}
