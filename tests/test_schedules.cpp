#include "read/datasetloader.h"
#include "testsupport.h"

#include <QSet>
#include <QTimeZone>

namespace {
const Talk *findTalk(const Dataset &ds, QStringView title)
{
    for (const Talk &t : ds.talks) {
        if (t.title == title)
            return &t;
    }
    return nullptr;
}

QSet<QDate> days(const Dataset &ds)
{
    QSet<QDate> out;
    for (const Talk &t : ds.talks)
        out.insert(t.day);
    return out;
}

QStringList speakers(const Dataset &ds, const Talk &t)
{
    QStringList out;
    for (const Speaker &s : t.speakers)
        out << (ds.str(s.affiliation).isEmpty() ? ds.str(s.name) : ds.str(s.name) + u" (" + ds.str(s.affiliation) + u')');
    return out;
}

QStringList problems(const ReadResult &r)
{
    QStringList out;
    for (const Problem &p : r.problems)
        out << p.toString();
    return out;
}
} // namespace

TEST_CASE("frab XML: FOSDEM 2025 as the file holds it", "[schedules][frab]")
{
    const QString path = TestSupport::shared(QStringLiteral("data/schedules/fosdem-2025-schedule.xml"));
    const ReadResult r = DatasetLoader::readFile(path);
    CHECK(problems(r).isEmpty());
    const Dataset &ds = r.dataset;
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"fosdem-2025");
    CHECK(ds.events[0].name == u"FOSDEM 2025");
    CHECK(ds.events[0].city == u"Brussels");
    CHECK(ds.events[0].start == QDate(2025, 2, 1));
    CHECK(ds.events[0].end == QDate(2025, 2, 2));
    REQUIRE(ds.sources.size() == 1);
    CHECK(ds.sources[0].kind == SourceKind::Schedule);
    CHECK(ds.sources[0].format == u"frab-xml");
    CHECK(ds.talks.size() == 943);
    CHECK(days(ds) == QSet<QDate>{QDate(2025, 2, 1), QDate(2025, 2, 2)});
    QSet<QString> tracks;
    for (const Talk &t : ds.talks)
        tracks.insert(ds.str(t.track));
    CHECK(tracks.size() == 69);

    const Talk *gcc = findTalk(ds, u"Welcome to the GCC (GNU Toolchain) devroom");
    REQUIRE(gcc);
    CHECK(speakers(ds, *gcc)
          == QStringList{QStringLiteral("Jose E. Marchesi"), QStringLiteral("Thomas Schwinge"),
                         QStringLiteral("Marc Poulhiès")});
    CHECK(ds.str(gcc->room) == u"K.3.201");
    CHECK(ds.str(gcc->track) == u"GCC (GNU Toolchain)");
    CHECK(ds.str(gcc->timeZone) == u"Europe/Brussels");
    CHECK(gcc->start() == QDateTime(QDate(2025, 2, 1), QTime(15, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels"))));
    CHECK(gcc->utcOffset == 3600);
    CHECK(gcc->day == QDate(2025, 2, 1));

    const Talk *middle = findTalk(ds, u"Moving work into the middle end");
    REQUIRE(middle);
    CHECK(middle->endUtc - middle->startUtc == 20 * 60);
    CHECK(middle->abstractText().startsWith(u"The IR passes of LLVM are a happy place."));
    CHECK_FALSE(middle->abstractText().contains(u"<p>"));
    REQUIRE(middle->links.size() == 2);
    CHECK(middle->links[0].url
          == u"https://fosdem.org/2025/schedule/event/fosdem-2025-6600-moving-work-into-the-middle-end/");
    CHECK(middle->links[1].url == u"https://github.com/llvm/llvm-project/");

    const Talk *sdr = findTalk(ds, u"Broadband data transfer over USB for GNU/Linux: 1-2 GHz (L-band) SDR receiver "
                                   u"dedicated to GNSS (and other) reception, interfacing with PocketSDR, GNU Radio "
                                   u"and gnss-sdr");
    REQUIRE(sdr);
    const auto slides = std::find_if(sdr->links.begin(), sdr->links.end(),
                                     [](const Link &l) { return l.url == u"http://jmfriedt.free.fr/fosdem2025.pdf"; });
    REQUIRE(slides != sdr->links.end());
    CHECK(slides->kind == LinkKind::Slides);
    CHECK(sdr->links.front().kind == LinkKind::Page);
}

TEST_CASE("frab XML: FOSDEM 2026 in pretalx's flavour", "[schedules][frab]")
{
    const ReadResult r =
        DatasetLoader::readFile(TestSupport::shared(QStringLiteral("data/schedules/fosdem-2026-schedule-pretalx.xml")));
    CHECK(problems(r).isEmpty());
    const Dataset &ds = r.dataset;
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"fosdem-2026");
    CHECK(ds.talks.size() == 883);
    CHECK(days(ds) == QSet<QDate>{QDate(2026, 1, 31), QDate(2026, 2, 1)});
    const Talk *welcome = findTalk(ds, u"Welcome to FOSDEM 2026");
    REQUIRE(welcome);
    CHECK(ds.str(welcome->track) == u"Main Track");
    CHECK(ds.str(welcome->room) == u"Janson");
    CHECK(speakers(ds, *welcome) == QStringList{QStringLiteral("FOSDEM Staff")});
    CHECK(welcome->start().time() == QTime(9, 30));
    CHECK(welcome->start().offsetFromUtc() == 3600);
    const Talk *soldering = findTalk(ds, u"RVPC RISC-V retro computer Soldering workshop");
    REQUIRE(soldering);
    CHECK(soldering->kind == TalkKind::Workshop);
}

TEST_CASE("frab XML: the older layout without rooms, day change and recordings", "[schedules][frab]")
{
    const ReadResult r = DatasetLoader::readFile(TestSupport::testData(QStringLiteral("schedules/older-frab.xml")));
    CHECK(problems(r).isEmpty());
    const Dataset &ds = r.dataset;
    REQUIRE(ds.talks.size() == 2);
    const Talk &tiny = ds.talks[0];
    CHECK(tiny.kind == TalkKind::Lightning);
    CHECK(ds.str(tiny.room) == u"Janson");
    CHECK(tiny.start() == QDateTime(QDate(2012, 2, 4), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels"))));
    REQUIRE(tiny.links.size() == 1);
    CHECK(tiny.links[0].kind == LinkKind::Recording);
    const Talk &late = ds.talks[1];
    // 01:30 is before the 06:00 day change: the night after the schedule day.
    CHECK(late.start().date() == QDate(2012, 2, 5));
    CHECK(late.day == QDate(2012, 2, 4));
}

TEST_CASE("frab XML: malformed XML keeps the events before the error", "[schedules][frab][broken]")
{
    const QString path = TestSupport::testData(QStringLiteral("schedules/broken-frab.xml"));
    const ReadResult r = DatasetLoader::readFile(path);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].file == path);
    CHECK(r.problems[0].line == 21);
    CHECK(r.problems[0].message.startsWith(u"malformed XML: "));
    CHECK(r.problems[0].message.endsWith(u"(1 talks before it kept)"));
    REQUIRE(r.dataset.talks.size() == 1);
    CHECK(r.dataset.talks[0].title == u"Opening");
    CHECK(r.dataset.talks[0].kind == TalkKind::Keynote);
}

TEST_CASE("c3voc JSON: rC3 channels 2020 as pretalx exports it", "[schedules][c3voc]")
{
    const ReadResult r =
        DatasetLoader::readFile(TestSupport::shared(QStringLiteral("data/schedules/pretalx-rc3-channels-2020.json")));
    CHECK(problems(r).isEmpty());
    const Dataset &ds = r.dataset;
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"rc3-channels-2020");
    CHECK(ds.events[0].name == u"rC3 Channels");
    CHECK(ds.sources[0].format == u"c3voc-json");
    CHECK(ds.talks.size() == 48);
    CHECK(days(ds).size() == 4);
    const Talk *gluon = findTalk(ds, u"Der faule Admin automatisiert: Gluon auf echter Hardware testen");
    REQUIRE(gluon);
    CHECK(speakers(ds, *gluon) == QStringList{QStringLiteral("Chris Fiege"), QStringLiteral("Kasa")});
    CHECK(ds.str(gluon->room) == u"r3s - Monheim/Rhein");
    CHECK(ds.str(gluon->track) == u"MON r3s Rhein VHS");
    CHECK(gluon->start() == QDateTime(QDate(2020, 12, 27), QTime(11, 30), QTimeZone(3600)));
    CHECK(gluon->endUtc - gluon->startUtc == 40 * 60);
    CHECK(gluon->url() == u"https://pretalx.rc3.studio/rc3-channels-2020/talk/MJA8QY/");
    CHECK(gluon->abstractText().contains(u"Um Gluon in der eigenen Freifunk-Community"));
}

TEST_CASE("c3voc JSON: a truncated file keeps its complete events", "[schedules][c3voc][broken]")
{
    const QString path = TestSupport::testData(QStringLiteral("schedules/truncated-c3voc.json"));
    const ReadResult r = DatasetLoader::readFile(path);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 31);
    CHECK(r.problems[0].message.startsWith(u"malformed JSON: "));
    REQUIRE(r.dataset.talks.size() == 1);
    const Talk &t = r.dataset.talks[0];
    CHECK(t.title == u"Soldering for everyone");
    CHECK(t.kind == TalkKind::Workshop);
    CHECK(r.dataset.str(t.timeZone) == u"Europe/Berlin");
    REQUIRE(t.links.size() == 1);
    CHECK(t.links[0].kind == LinkKind::Recording);
}
