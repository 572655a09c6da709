#pragma once

#include "data/dataset.h"

#include <QList>
#include <QString>
#include <QVariantMap>

// What a person asked to see: topics (any or all of them), words in the title, speakers, organizations
// or abstract, events and kinds. Empty parts don't filter. A plain value: the window keeps one, saves it
// by ids (indexes change between datasets) and hands it to the proxies and the charts.
struct TalkFilter
{
    enum class TopicMatch { Any, All };

    QList<TopicIndex> topics;
    TopicMatch topicMatch = TopicMatch::Any;
    QString text;
    QList<EventIndex> events;
    QList<TalkKind> kinds;

    bool isEmpty() const;
    // The words of `text`, case-folded, each to be found somewhere in a talk.
    QStringList words() const;

    QVariantMap toVariant(const Dataset &dataset) const;
    // Ids the dataset doesn't know are dropped.
    static TalkFilter fromVariant(const QVariantMap &map, const Dataset &dataset);

    friend bool operator==(const TalkFilter &, const TalkFilter &) = default;
};
