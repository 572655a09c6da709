#include "talkgenerator.h"

#include <QRandomGenerator>

namespace TalkGenerator {

Dataset generate(int count, int events, quint32 seed)
{
    static const char *const words[] = {
        "Kubernetes", "scaling", "eBPF", "observability", "platform", "engineering", "GitOps", "security",
        "supply", "chain", "LLM", "inference", "GPU", "serverless", "WebAssembly", "storage", "operators",
        "multi-cluster", "service", "mesh", "sustainable", "carbon", "edge", "telco", "community", "lessons",
        "from", "production", "the", "of", "with", "and", "at", "scale", "journey", "deep", "dive", "into"};
    static const char *const orgs[] = {"Google", "Microsoft", "Red Hat", "Isovalent", "AWS", "VMware", "IBM",
                                       "Datadog", "Grafana Labs", "Intuit", "Apple", "CERN"};
    static const char *const first[] = {"Ana", "Ben", "Chen", "Dana", "Elif", "Femi", "Gus", "Hana", "Ivan", "Jo"};
    static const char *const last[] = {"Silva", "Ng", "Okafor", "Weber", "Rossi", "Kim", "Novak", "Haddad"};
    QRandomGenerator rng(seed);
    const auto pick = [&](const auto &array) {
        return QString::fromLatin1(array[rng.bounded(int(std::size(array)))]);
    };
    Dataset ds;
    for (int e = 0; e < events; ++e) {
        Event ev;
        ev.id = QStringLiteral("event-%1").arg(e);
        ev.name = QStringLiteral("Generated Conference %1").arg(2000 + e);
        ev.year = 2000 + e;
        ev.start = QDate(2000 + e, 4, 1);
        ev.end = QDate(2000 + e, 4, 4);
        ds.events.push_back(ev);
    }
    ds.sources.push_back({QStringLiteral("s1"), QStringLiteral("generated"), {}, {}, {}, QStringLiteral("generated"),
                          SourceKind::Schedule});
    ds.talks.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Talk t;
        t.id = QStringLiteral("t%1").arg(i);
        QString title;
        const int n = 5 + rng.bounded(6);
        for (int w = 0; w < n; ++w)
            title += (w ? QStringLiteral(" ") : QString()) + pick(words);
        t.title = title;
        QString abstract;
        const int m = 30 + rng.bounded(40);
        for (int w = 0; w < m; ++w)
            abstract += (w ? QStringLiteral(" ") : QString()) + pick(words);
        t.setAbstract(abstract);
        t.event = EventIndex(quint32(rng.bounded(events)));
        t.kind = TalkKind(rng.bounded(4));
        t.day = ds.events[t.event.value].start.addDays(rng.bounded(3));
        t.setStart(QDateTime(t.day, QTime(9 + rng.bounded(8), 0), Qt::UTC));
        t.setEnd(QDateTime(t.day, QTime(9 + rng.bounded(8), 30), Qt::UTC));
        t.room = ds.intern(QStringLiteral("Room %1").arg(rng.bounded(40)));
        t.track = ds.intern(QStringLiteral("Track %1").arg(rng.bounded(25)));
        const int speakers = 1 + rng.bounded(2);
        for (int s = 0; s < speakers; ++s) {
            t.speakers.push_back({ds.intern(pick(first) + u' ' + pick(last) + QString::number(rng.bounded(5000))), {},
                                  ds.intern(pick(orgs)), {}});
        }
        t.links.push_back({LinkKind::Recording, QStringLiteral("https://video.example/%1").arg(i)});
        t.sources.push_back(SourceIndex(0u));
        ds.talks.push_back(std::move(t));
    }
    return ds;
}

} // namespace TalkGenerator
