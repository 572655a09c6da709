#include "data/datasetjson.h"
#include "read/datasetloader.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {
Dataset richDataset()
{
    Dataset ds;
    Event e;
    e.id = QStringLiteral("fosdem-2025");
    e.name = QStringLiteral("FOSDEM 2025");
    e.series = QStringLiteral("FOSDEM");
    e.region = QStringLiteral("Europe");
    e.city = QStringLiteral("Brussels");
    e.country = QStringLiteral("Belgium");
    e.year = 2025;
    e.start = QDate(2025, 2, 1);
    e.end = QDate(2025, 2, 2);
    e.stats = {{QStringLiteral("attendees_in_person"), 8000}, {QStringLiteral("first_timers_percent"), 57.5}};
    ds.events.push_back(e);
    ds.events.push_back(Event{QStringLiteral("bare"), {}, {}, {}, {}, {}, 0, {}, {}, {}});
    ds.sources.push_back({QStringLiteral("s1"), QStringLiteral("/tmp/a.md"), QStringLiteral("A post"),
                          QStringLiteral("Ana Author"), QDate(2025, 2, 5), QStringLiteral("markdown"),
                          SourceKind::Writeup});
    ds.sources.push_back({QStringLiteral("s2"), QStringLiteral("/tmp/b.xml"), {}, {}, {}, QStringLiteral("frab-xml"),
                          SourceKind::Schedule});
    ds.people.push_back({QStringLiteral("p-max"), QStringLiteral("Max Körbächer"), {QStringLiteral("Max Korbacher")}});
    ds.people.push_back({QStringLiteral("p-ana"), QStringLiteral("Ana"), {}});
    ds.topics.push_back({QStringLiteral("ai"), QStringLiteral("AI & ML"), QColor(0x0072B2)});
    ds.topics.push_back({QStringLiteral("ebpf"), QStringLiteral("eBPF"), QColor(0xE69F00)});

    Talk t;
    t.id = QStringLiteral("fosdem-2025/1");
    t.title = QStringLiteral("Jaeger’s “new” UI — a tour 🚀");
    t.setAbstract(QStringLiteral("Line one.\nLine two with ünïcode."));
    t.event = EventIndex(0u);
    t.kind = TalkKind::Lightning;
    t.day = QDate(2025, 2, 1);
    const QTimeZone brussels("Europe/Brussels");
    t.setStart(QDateTime(QDate(2025, 2, 1), QTime(10, 30), brussels));
    t.setEnd(QDateTime(QDate(2025, 2, 1), QTime(10, 45), brussels));
    t.timeZone = ds.intern(QStringLiteral("Europe/Brussels"));
    t.room = ds.intern(QStringLiteral("K.1.105 (La Fontaine)"));
    t.section = ds.intern(QStringLiteral("Networking"));
    t.track = ds.intern(QStringLiteral("Observability"));
    t.speakers = {{ds.intern(QStringLiteral("Max Körbächer")), ds.intern(QStringLiteral("Co-chair")),
                   ds.intern(QStringLiteral("Liquid Reply")), PersonIndex(0u)},
                  {ds.intern(QStringLiteral("Ana")), {}, {}, PersonIndex(1u)}};
    t.organizations = {ds.intern(QStringLiteral("Liquid Reply")), ds.intern(QStringLiteral("CNCF"))};
    t.links = {{LinkKind::Recording, QStringLiteral("https://video.example/1.webm")},
               {LinkKind::Slides, QStringLiteral("https://example.org/slides.pdf")}};
    t.topics = {{TopicIndex(0u), ds.intern(QStringLiteral("title: LLM"))}, {TopicIndex(1u), ds.intern(QString())}};
    t.sources = {SourceIndex(0u), SourceIndex(1u)};
    ds.talks.push_back(t);

    Talk bare;
    bare.id = QStringLiteral("bare-1");
    bare.title = QStringLiteral("No details at all");
    bare.kind = TalkKind::Other;
    ds.talks.push_back(bare);

    ds.mentions.push_back({QStringLiteral("OpenTelemetry"), EventIndex(0u), SourceIndex(0u), 3});
    ds.themes.push_back({EventIndex(0u), TopicIndex(0u), 1, 4, 0.25});
    return ds;
}

ReadResult readFile(const QString &name)
{
    return DatasetLoader::readFile(TestSupport::testData(QStringLiteral("dataset/") + name));
}
} // namespace

TEST_CASE("dataset JSON round trip keeps every field", "[dataset][json]")
{
    const Dataset original = richDataset();
    const QByteArray json = DatasetJson::write(original);
    const ReadResult back = DatasetJson::read(json, QStringLiteral("round-trip.json"));
    REQUIRE(back.problems.isEmpty());
    CHECK(back.dataset.talks.size() == 2);
    CHECK(back.dataset.talks[0].title == original.talks[0].title);
    CHECK(back.dataset.talks[0].start() == original.talks[0].start());
    CHECK(back.dataset.talks[0].start().offsetFromUtc() == 3600);
    CHECK(back.dataset.str(back.dataset.talks[0].speakers[0].affiliation) == QStringLiteral("Liquid Reply"));
    CHECK(back.dataset == original);
    // Writing what was read gives the same bytes: nothing is lost or reordered.
    CHECK(DatasetJson::write(back.dataset) == json);
}

TEST_CASE("dataset JSON uses the documented field names", "[dataset][json]")
{
    const QJsonObject root = QJsonDocument::fromJson(DatasetJson::write(richDataset())).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("conference-explorer/dataset"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);
    const QJsonObject talk = root.value(QStringLiteral("talks")).toArray().first().toObject();
    CHECK(talk.value(QStringLiteral("event")).toString() == QStringLiteral("fosdem-2025"));
    CHECK(talk.value(QStringLiteral("kind")).toString() == QStringLiteral("lightning"));
    CHECK(talk.value(QStringLiteral("day")).toString() == QStringLiteral("2025-02-01"));
    CHECK(talk.value(QStringLiteral("start")).toString() == QStringLiteral("2025-02-01T10:30:00+01:00"));
    CHECK(talk.value(QStringLiteral("url")).toString() == QStringLiteral("https://video.example/1.webm"));
    const QJsonObject speaker = talk.value(QStringLiteral("speakers")).toArray().first().toObject();
    CHECK(speaker.value(QStringLiteral("name")).toString() == QStringLiteral("Max Körbächer"));
    CHECK(speaker.value(QStringLiteral("role")).toString() == QStringLiteral("Co-chair"));
    CHECK(speaker.value(QStringLiteral("person")).toString() == QStringLiteral("p-max"));
    const QJsonObject event = root.value(QStringLiteral("events")).toArray().first().toObject();
    CHECK(event.value(QStringLiteral("stats")).toArray().first().toObject().value(QStringLiteral("metric")).toString()
          == QStringLiteral("attendees_in_person"));
    const QJsonObject theme = root.value(QStringLiteral("themes")).toArray().first().toObject();
    CHECK(theme.value(QStringLiteral("share")).toDouble() == 0.25);
}

TEST_CASE("truncated dataset JSON is reported with its line", "[dataset][json][errors]")
{
    const ReadResult r = readFile(QStringLiteral("truncated.json"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 8);
    CHECK(r.problems[0].toString().endsWith(QStringLiteral("truncated.json:8: error: not valid JSON: unterminated string")));
    CHECK(r.dataset.talks.empty());
}

TEST_CASE("wrong types drop only the item they are in, each with its line", "[dataset][json][errors]")
{
    const ReadResult r = readFile(QStringLiteral("wrong-types.json"));
    QStringList messages;
    for (const auto &p : r.problems)
        messages << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    CHECK(messages
          == QStringList{QStringLiteral("9: talks[1].title must be a string"),
                         QStringLiteral("10: talks[2].day must be a date as YYYY-MM-DD"),
                         QStringLiteral("12: talks[3].speakers[1].name must be a string"),
                         QStringLiteral("13: talks[4].event names unknown event \"nowhere\"")});
    REQUIRE(r.dataset.talks.size() == 2);
    CHECK(r.dataset.talks[0].title == QStringLiteral("Fine talk"));
    CHECK(r.dataset.talks[1].title == QStringLiteral("Another fine talk"));
    CHECK(r.dataset.talks[1].kind == TalkKind::Panel);
}

TEST_CASE("unknown format and version are refused with the line", "[dataset][json][errors]")
{
    const ReadResult format = DatasetJson::read(
        [] { QFile f(TestSupport::testData(QStringLiteral("dataset/unknown-format.json"))); f.open(QIODevice::ReadOnly); return f.readAll(); }(),
        QStringLiteral("unknown-format.json"));
    REQUIRE(format.problems.size() == 1);
    CHECK(format.problems[0].toString()
          == QStringLiteral("unknown-format.json:3: error: unknown format \"someone-else/schedule\" (expected \"conference-explorer/dataset\")"));

    const ReadResult version = readFile(QStringLiteral("future-version.json"));
    REQUIRE(version.problems.size() == 1);
    CHECK(version.problems[0].line == 4);
    CHECK(version.problems[0].message == QStringLiteral("unsupported dataset version 7 (this build reads 1)"));
}

TEST_CASE("the built-in dataset holds the three seed events in date order", "[dataset][builtin]")
{
    const DatasetPtr ds = TestSupport::loadBuiltin();
    REQUIRE(ds->events.size() == 3);
    CHECK(ds->events[0].id == QStringLiteral("kubecon-eu-2023"));
    CHECK(ds->events[1].id == QStringLiteral("kubecon-na-2023"));
    CHECK(ds->events[2].id == QStringLiteral("kubecon-na-2024"));
    CHECK(ds->events[2].city == QStringLiteral("Salt Lake City"));
    CHECK(ds->talks.size() == 53);
}
