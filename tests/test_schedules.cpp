#include "analysis/textkey.h"
#include "read/datasetloader.h"
#include "read/readerregistry.h"
#include "testsupport.h"

#include <QDir>
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
        out << (ds.str(s.affiliation).isEmpty() ? ds.str(s.name)
                                                : ds.str(s.name) + u" (" + ds.str(s.affiliation) + u')');
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
    CHECK(gcc->start()
          == QDateTime(QDate(2025, 2, 1), QTime(15, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels"))));
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

    const Talk *sdr =
        findTalk(ds, u"Broadband data transfer over USB for GNU/Linux: 1-2 GHz (L-band) SDR receiver "
                     u"dedicated to GNSS (and other) reception, interfacing with PocketSDR, GNU Radio "
                     u"and gnss-sdr");
    REQUIRE(sdr);
    const auto slides = std::find_if(sdr->links.begin(), sdr->links.end(), [](const Link &l) {
        return l.url == u"http://jmfriedt.free.fr/fosdem2025.pdf";
    });
    REQUIRE(slides != sdr->links.end());
    CHECK(slides->kind == LinkKind::Slides);
    CHECK(sdr->links.front().kind == LinkKind::Page);
}

TEST_CASE("frab XML: FOSDEM 2026 in pretalx's flavour", "[schedules][frab]")
{
    const ReadResult r = DatasetLoader::readFile(
        TestSupport::shared(QStringLiteral("data/schedules/fosdem-2026-schedule-pretalx.xml")));
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
    const ReadResult r =
        DatasetLoader::readFile(TestSupport::testData(QStringLiteral("schedules/older-frab.xml")));
    CHECK(problems(r).isEmpty());
    const Dataset &ds = r.dataset;
    REQUIRE(ds.talks.size() == 2);
    const Talk &tiny = ds.talks[0];
    CHECK(tiny.kind == TalkKind::Lightning);
    CHECK(ds.str(tiny.room) == u"Janson");
    CHECK(tiny.start()
          == QDateTime(QDate(2012, 2, 4), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels"))));
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
    const ReadResult r = DatasetLoader::readFile(
        TestSupport::shared(QStringLiteral("data/schedules/pretalx-rc3-channels-2020.json")));
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

TEST_CASE("iCalendar: the Sched feed of KubeCon Europe 2026", "[schedules][ical]")
{
    const ReadResult r = DatasetLoader::readFile(
        TestSupport::shared(QStringLiteral("data/schedules/kubecon-eu-2026-sched-all.ics")));
    CHECK(problems(r).isEmpty());
    const Dataset &ds = r.dataset;
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"kubecon-eu-2026");
    CHECK(ds.events[0].name == u"KubeCon + CloudNativeCon Europe 2026");
    CHECK(ds.events[0].city == u"Amsterdam");
    CHECK(ds.sources[0].format == u"icalendar");
    CHECK(ds.sources[0].kind == SourceKind::Schedule);
    CHECK(ds.talks.size() == 596);

    const Talk *otel =
        findTalk(ds, u"OpenTelemetry Logs Driving a Major Shift: Events, Richer Data, and Smarter Semantics");
    REQUIRE(otel);
    CHECK(speakers(ds, *otel) == QStringList{QStringLiteral("Robert Pająk (Splunk)")});
    CHECK(ds.str(otel->track) == u"OBSERVABILITY");
    CHECK(ds.str(otel->room) == u"Elicium 2");
    CHECK(ds.str(otel->timeZone) == u"Europe/Amsterdam");
    // DTSTART:20260324T151500Z is 16:15 in Amsterdam.
    CHECK(otel->start()
          == QDateTime(QDate(2026, 3, 24), QTime(16, 15), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))));
    CHECK(otel->utcOffset == 3600);
    CHECK(otel->endUtc - otel->startUtc == 30 * 60);
    CHECK(otel->url() == u"http://kccnceu2026.sched.com/event/e27201daf6bf51be3ca4c13486ef2c7f");
    CHECK(otel->abstractText().startsWith(u"OpenTelemetry Logs are no longer the least mature signal."));

    const Talk *least = findTalk(
        ds, u"Least-Privilege for AI: Authorizing Agents and MCP Tools with Agentgateway and Kyverno");
    REQUIRE(least);
    CHECK(speakers(ds, *least)
          == QStringList{QStringLiteral("Luc Chmielowski (Nirmata)"),
                         QStringLiteral("Nina Polshakova (Solo.io)")});
    CHECK(ds.str(least->room) == u"Hall 8 | Room F");

    int badges = 0, logistics = 0, keynotes = 0;
    for (const Talk &t : ds.talks) {
        badges += t.title == u"Badge Pick-Up";
        logistics += t.kind == TalkKind::Logistics;
        keynotes += t.kind == TalkKind::Keynote;
    }
    // Ten Badge Pick-Up slots stay ten sessions; REGISTRATION and BREAKS are logistics.
    CHECK(badges == 10);
    CHECK(logistics >= 27);
    CHECK(keynotes >= 31);
}

TEST_CASE("iCalendar: a calendar without END:VCALENDAR keeps its whole events", "[schedules][ical][broken]")
{
    const QString path = TestSupport::testData(QStringLiteral("schedules/unclosed.ics"));
    const ReadResult r = DatasetLoader::readFile(path);
    CHECK(problems(r)
          == QStringList{path + QStringLiteral(":18: error: BEGIN:VEVENT is never closed; left out"),
                         path
                             + QStringLiteral(":21: error: calendar is not closed: no END:VCALENDAR for "
                                              "BEGIN:VCALENDAR at line 1")});
    const Dataset &ds = r.dataset;
    REQUIRE(ds.talks.size() == 2);
    CHECK(ds.talks[0].title == u"Design review");
    CHECK(ds.str(ds.talks[0].room) == u"Room 2");
    CHECK(ds.talks[0].start()
          == QDateTime(QDate(2024, 3, 20), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Paris"))));
    CHECK(ds.talks[1].title == u"Lunch");
    CHECK(ds.talks[1].kind == TalkKind::Logistics);
    CHECK(ds.talks[1].endUtc - ds.talks[1].startUtc == 45 * 60);
}

TEST_CASE("CSV: Sched-style columns, quoting and time zones", "[schedules][csv]")
{
    const ReadResult r =
        DatasetLoader::readFile(TestSupport::testData(QStringLiteral("schedules/kubecon-na-2023.csv")));
    CHECK(problems(r).isEmpty());
    const Dataset &ds = r.dataset;
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"kubecon-na-2023");
    CHECK(ds.sources[0].format == u"csv");
    REQUIRE(ds.talks.size() == 5);
    const Talk &data = ds.talks[0];
    CHECK(data.title == u"Cloud-Native Data on K8s: the Good, the Bad and the Unknown");
    CHECK(speakers(ds, data)
          == QStringList{QStringLiteral("Michael Cade (Kasten by Veeam)"),
                         QStringLiteral("Melissa Logan (Data on Kubernetes Community)")});
    CHECK(ds.str(data.room) == u"West | Room W183");
    CHECK(ds.str(data.track) == u"Storage");
    CHECK(data.start()
          == QDateTime(QDate(2023, 11, 7), QTime(11, 0), QTimeZone(QByteArrayLiteral("America/Chicago"))));
    CHECK(data.utcOffset == -6 * 3600);
    CHECK(ds.talks[1].kind == TalkKind::Keynote);
    CHECK(ds.talks[3].kind == TalkKind::Logistics);
    CHECK(ds.talks[4].kind == TalkKind::Logistics);
}

TEST_CASE("CSV: ragged rows are reported with their lines, the rest is kept", "[schedules][csv][broken]")
{
    const QString path = TestSupport::testData(QStringLiteral("schedules/ragged.csv"));
    const ReadResult r = DatasetLoader::readFile(path);
    CHECK(problems(r)
          == QStringList{path + QStringLiteral(":3: error: row has 6 fields, the header has 5; row left out"),
                         path + QStringLiteral(":4: error: row has 3 fields, the header has 5; row left out"),
                         path + QStringLiteral(":7: warning: unreadable start time 'not a time'")});
    const Dataset &ds = r.dataset;
    REQUIRE(ds.talks.size() == 3);
    CHECK(ds.talks[0].title == u"Scaling \"Hello, World\"");
    CHECK(ds.str(ds.talks[0].room) == u"Room 1");
    CHECK(ds.talks[1].title == u"Multi-line title");
    CHECK(ds.talks[2].title == u"Last one");
    CHECK_FALSE(ds.talks[2].hasStart());
}

TEST_CASE("CSV: a Windows-1252 file is read and reported with the line of its first stray byte",
          "[schedules][csv][broken]")
{
    const QString path = TestSupport::testData(QStringLiteral("schedules/cp1252.csv"));
    const ReadResult r = DatasetLoader::readFile(path);
    CHECK(problems(r)
          == QStringList{path
                         + QStringLiteral(":2: warning: not valid UTF-8 (byte 0xe9); read as Windows-1252")});
    REQUIRE(r.dataset.talks.size() == 2);
    CHECK(r.dataset.talks[0].title == u"Café talk");
    CHECK(speakers(r.dataset, r.dataset.talks[0]) == QStringList{QStringLiteral("José García")});
    CHECK(r.dataset.str(r.dataset.talks[0].room) == u"Salón");
}

TEST_CASE("Session notes: the kubecon-sessions folder, one session per note", "[schedules][notes]")
{
    const auto result = DatasetLoader::load({TestSupport::shared(QStringLiteral("data/kubecon-sessions"))});
    CHECK(result.problems.isEmpty());
    CHECK(result.filesRead == 3124);
    const Dataset &ds = *result.dataset;
    CHECK(ds.talks.size() == 3124);
    QMap<QString, int> perEvent;
    for (const Talk &t : ds.talks)
        ++perEvent[ds.event(t.event).id];
    CHECK(perEvent
          == QMap<QString, int>{{QStringLiteral("kubecon-eu-2021"), 313},
                                {QStringLiteral("kubecon-na-2021"), 295},
                                {QStringLiteral("kubecon-eu-2022"), 313},
                                {QStringLiteral("kubecon-na-2022"), 367},
                                {QStringLiteral("kubecon-eu-2023"), 417},
                                {QStringLiteral("kubecon-na-2023"), 426},
                                {QStringLiteral("kubecon-eu-2024"), 496},
                                {QStringLiteral("kubecon-na-2024"), 497}});
    REQUIRE(ds.events.size() == 8);
    const EventIndex paris = ds.findEvent(u"kubecon-eu-2024");
    REQUIRE(paris.isValid());
    CHECK(ds.event(paris).city == u"Paris");
    CHECK(ds.event(paris).start == QDate(2024, 3, 19));
    CHECK(ds.event(paris).end == QDate(2024, 3, 22));

    const Talk *burnout = findTalk(ds, u"Been There, Done That: Tales of Burnout from the Open Source World");
    REQUIRE(burnout);
    CHECK(ds.event(burnout->event).id == u"kubecon-eu-2022");
    CHECK(
        speakers(ds, *burnout)
        == QStringList{QStringLiteral("Savitha Raghunathan (RedHat)"), QStringLiteral("Divya Mohan (SUSE)")});
    CHECK(ds.str(burnout->track) == u"Community");
    CHECK(burnout->url().startsWith(u"https://kccnceu2022.sched.com/event/ytmK/"));
    REQUIRE(burnout->sources.size() == 1);
    CHECK(ds.source(burnout->sources[0]).kind == SourceKind::Schedule);
    CHECK(ds.source(burnout->sources[0]).format == u"session-note");

    // "# Keynote: A 10-year Detour: ..." names the kind; the label leaves the title.
    const Talk *detour =
        findTalk(ds, u"A 10-year Detour: The Future of Application Delivery in a Containerized World");
    REQUIRE(detour);
    CHECK(detour->kind == TalkKind::Keynote);
    REQUIRE(detour->speakers.size() == 1);
    CHECK(ds.str(detour->speakers[0].name) == u"Solomon Hykes");
    CHECK(ds.str(detour->speakers[0].role) == u"CEO");
    CHECK(ds.str(detour->speakers[0].affiliation) == u"Dagger.io");
    REQUIRE(detour->links.size() == 2);
    CHECK(detour->links[1].kind == LinkKind::Recording);
    CHECK(detour->links[1].url == u"https://www.youtube.com/watch?v=S_Z4AHZlSUI");

    // "# KubeSlice: ... | Project Lightning Talk": the label names the kind and leaves the title.
    const Talk *slice = findTalk(ds, u"KubeSlice: Migrate Kubernetes Services With Confidence!");
    REQUIRE(slice);
    CHECK(slice->kind == TalkKind::Lightning);

    // The front matter's names cut the heading: "Ole Markus With" reads as a title on its own.
    const Talk *kops = findTalk(ds, u"kOps: Recent Advances and the Journey to an OSS Kubernetes Distribution");
    REQUIRE(kops);
    CHECK(speakers(ds, *kops)
          == QStringList{QStringLiteral("Peter Rifel (DataDog)"), QStringLiteral("Ciprian Hacman (eyeo)"),
                         QStringLiteral("John Gardiner Myers (Proofpoint)"),
                         QStringLiteral("Ole Markus With (Sportradar)")});
    // ... and keep a role made of several parts with the person it belongs to.
    const Talk *update = findTalk(ds, u"Kubernetes Project Update");
    REQUIRE(update);
    REQUIRE(update->speakers.size() == 1);
    CHECK(ds.str(update->speakers[0].name) == u"Stephen Augustus");
    CHECK(ds.str(update->speakers[0].role)
          == u"KubeCon + CloudNativeCon Europe 2021 Co-Chair & Head of Open Source, Emerging Technologies & "
             u"Incubation Division");
    CHECK(ds.str(update->speakers[0].affiliation) == u"Cisco");

    int badges = 0;
    for (const Talk &t : ds.talks) {
        if (t.title == u"Badge Pick-Up") {
            ++badges;
            CHECK(t.kind == TalkKind::Logistics);
        }
    }
    CHECK(badges == 30);
}

TEST_CASE("Session notes: broken notes are reported, the rest of the folder is kept",
          "[schedules][notes][broken]")
{
    const QString dir = TestSupport::testData(QStringLiteral("schedules/notes"));
    const auto result = DatasetLoader::load({dir});
    QStringList messages;
    for (const Problem &p : result.problems)
        messages << p.toString();
    CHECK(messages
          == QStringList{dir + QStringLiteral("/broken.md:3: error: unterminated quoted string"),
                         dir + QStringLiteral("/no-heading.md:6: error: no '# Title - Speakers' heading")});
    const Dataset &ds = *result.dataset;
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"kubecon-eu-2030");
    REQUIRE(ds.talks.size() == 4);
    int badges = 0;
    for (const Talk &t : ds.talks)
        badges += t.title == u"Badge Pick-Up" && t.kind == TalkKind::Logistics;
    CHECK(badges == 2); // two notes, two sessions
    const Talk *talk = findTalk(ds, u"Hardening Clusters Together");
    REQUIRE(talk);
    CHECK(speakers(ds, *talk)
          == QStringList{QStringLiteral("Ana Silva (Acme)"), QStringLiteral("Rui Costa (Beta Labs)")});
    CHECK(ds.str(talk->track) == u"🚨 Security");
    REQUIRE(talk->links.size() == 3);
    CHECK(talk->links[0].kind == LinkKind::Page);
    CHECK(talk->links[1].kind == LinkKind::Slides);
    CHECK(talk->links[2].kind == LinkKind::Recording);
    CHECK(talk->links[2].url == u"https://www.youtube.com/watch?v=abcdefghijk");
    const Talk *stories = findTalk(ds, u"Stories from the Community");
    REQUIRE(stories);
    CHECK(speakers(ds, *stories) == QStringList{QStringLiteral("Jo Park (Gamma)")});
}

namespace {
QList<const Talk *> talksOf(const Dataset &ds, QStringView eventId)
{
    QList<const Talk *> out;
    for (const Talk &t : ds.talks) {
        if (t.event.isValid() && ds.event(t.event).id == eventId)
            out << &t;
    }
    return out;
}

QStringList sourceFormats(const Dataset &ds, const Talk &t)
{
    QStringList out;
    for (const SourceIndex s : t.sources)
        out << ds.source(s).format;
    out.sort();
    return out;
}
} // namespace

TEST_CASE("Merging: the seeds with hand-written schedules of their events duplicate no talk",
          "[schedules][merge]")
{
    const QString seeds = TestSupport::shared(QStringLiteral("seeds"));
    const auto writeupsOnly = DatasetLoader::load({seeds});
    const auto merged =
        DatasetLoader::load({seeds, TestSupport::testData(QStringLiteral("schedules/kubecon-na-2023.csv")),
                             TestSupport::testData(QStringLiteral("schedules/kubecon-eu-2023-sched.ics"))});
    const Dataset &before = *writeupsOnly.dataset;
    const Dataset &ds = *merged.dataset;

    // KubeCon NA 2023: the post names two talks; the CSV holds five rows, two of them those talks
    // ("Cloud-Native Data on K8s: the Good, the Bad and the Unknown", "Dataside Chat at KubeCon NA 23").
    const auto na = talksOf(ds, u"kubecon-na-2023");
    CHECK(na.size() == talksOf(before, u"kubecon-na-2023").size() + 3);
    const Talk *data = findTalk(ds, u"Cloud Native Data on K8s: The Good, Bad, and the Unknown");
    REQUIRE(data);
    CHECK(sourceFormats(ds, *data) == QStringList{QStringLiteral("csv"), QStringLiteral("markdown")});
    CHECK(ds.str(data->room) == u"West | Room W183");
    CHECK(data->start().time() == QTime(11, 0));
    CHECK_FALSE(findTalk(ds, u"Cloud-Native Data on K8s: the Good, the Bad and the Unknown"));
    const Talk *chat = findTalk(ds, u"Dataside chat at KubeCon NA '23");
    REQUIRE(chat);
    CHECK(sourceFormats(ds, *chat) == QStringList{QStringLiteral("csv"), QStringLiteral("markdown")});
    // Close in words but another session: it stays its own talk.
    const Talk *hours = findTalk(ds, u"Cloud Native Data on K8s: Office Hours");
    REQUIRE(hours);
    CHECK(hours->sources.size() == 1);

    // KubeCon EU 2023: the Sched-style feed names three talks of the post, one with "and" for "&"
    // and one with a "Keynote:" label; the two Badge Pick-Up slots stay two.
    const auto eu = talksOf(ds, u"kubecon-eu-2023");
    CHECK(eu.size() == talksOf(before, u"kubecon-eu-2023").size() + 3);
    for (const QStringView title :
         {QStringView(u"How GitOps Changed Our Lives & Can Change Yours Too!"),
          QStringView(u"Adopting Network Policies in Highly Secure Environments"),
          QStringView(u"Keeping It Simple: Cilium Networking for Multicloud Kubernetes")}) {
        const Talk *t = findTalk(ds, title);
        REQUIRE(t);
        CHECK(sourceFormats(ds, *t).contains(u"icalendar"));
        CHECK(t->hasStart());
    }
    const Talk *gitops = findTalk(ds, u"How GitOps Changed Our Lives & Can Change Yours Too!");
    REQUIRE(gitops);
    CHECK(ds.str(gitops->room) == u"Hall 7 | Room A");
    CHECK(gitops->start()
          == QDateTime(QDate(2023, 4, 19), QTime(11, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))));
    int badges = 0;
    for (const Talk *t : eu)
        badges += t->title == u"Badge Pick-Up";
    CHECK(badges == 2);
    CHECK(findTalk(ds, u"Keeping Secrets Simple in Multicloud Kubernetes"));
}

TEST_CASE("Merging: the seeds' talks become second sources of the kubecon-sessions notes",
          "[schedules][merge]")
{
    const auto result = DatasetLoader::load({TestSupport::shared(QStringLiteral("seeds")),
                                             TestSupport::shared(QStringLiteral("data/kubecon-sessions"))});
    const Dataset &ds = *result.dataset;
    int fromNotes = 0;
    for (const Talk &t : ds.talks) {
        fromNotes += std::any_of(t.sources.begin(), t.sources.end(),
                                 [&](SourceIndex s) { return ds.source(s).format == u"session-note"; });
    }
    // Every note is still one talk: merging adds sources, never splits or duplicates a session.
    CHECK(fromNotes == 3124);
    for (const auto &[eventId, title] :
         {std::pair{
              u"kubecon-na-2023",
              u"A Practical Guide to eBPF Licensing: Or How I Learned to Stop Worrying and Love the GPL"},
          std::pair{u"kubecon-na-2023",
                    u"Sidecar Containers Are Built-in to Kubernetes: What, How, and Why Now?"},
          std::pair{u"kubecon-na-2024", u"Multicluster Batch Jobs Dispatching with Kueue"},
          std::pair{u"kubecon-eu-2023", u"Paved Paths Leading the Way to Compliance"}}) {
        const auto talks = talksOf(ds, eventId);
        const auto named = std::count_if(talks.begin(), talks.end(), [&](const Talk *t) {
            return TextKey::title(t->title) == TextKey::title(title);
        });
        CHECK(named == 1);
        const auto it = std::find_if(talks.begin(), talks.end(), [&](const Talk *t) {
            return TextKey::title(t->title) == TextKey::title(title);
        });
        REQUIRE(it != talks.end());
        const QStringList formats = sourceFormats(ds, **it);
        CHECK(formats.contains(u"session-note"));
        CHECK(formats.size() == 2);
    }
}

TEST_CASE("Schedule readers are chosen by content, not by suffix", "[schedules][sniff]")
{
    const ReaderRegistry &registry = ReaderRegistry::instance();
    const auto format = [&](const char *name, QByteArrayView head) {
        const Reader *r = registry.readerFor(QString::fromLatin1(name), head);
        return r ? r->formatName() : QString();
    };
    CHECK(format("feed.txt", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") == u"icalendar");
    CHECK(format("schedule.txt", "<?xml version=\"1.0\"?>\n<schedule>\n  <conference>") == u"frab-xml");
    CHECK(format("export.txt", "Title;Speakers;Room;Start\nA;B;C;2024-01-01 10:00\n") == u"csv");
    CHECK(format("schedule.json", "{\"schedule\": {\"version\": \"1\", \"conference\": {") == u"c3voc-json");
    CHECK(format("note.md",
                 "---\ntype: kubecon-session\nevent_id: kccnceu2024\n---\n\n# Title - Jo Park, Acme\n")
          == u"session-note");
    // A sentence with commas is no CSV header, even with words a header might hold.
    CHECK(format("post.txt", "In this session, we start with the title, then the speakers.\nMore text.\n")
          != u"csv");
    // A table of other things: no title column.
    CHECK(format("SOURCES.tsv", "filename\trepo\tpath\tcommit\tformat\tconference\n") != u"csv");
}

TEST_CASE("Folders given by relative paths with '..' are read whole; hidden entries below them are not",
          "[schedules][loader]")
{
    // A relative input that climbs twice ("../../" holds "/."), seen from the notes folder itself.
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(TestSupport::testData(QStringLiteral("schedules/notes"))));
    QList<Problem> problems;
    const auto inputs = DatasetLoader::expandInputs({QStringLiteral("../../schedules/notes")}, &problems);
    QDir::setCurrent(before);
    CHECK(problems.isEmpty());
    CHECK(inputs.size() == 5);
}

TEST_CASE("CSV: Sessionize's export columns", "[schedules][csv]")
{
    const ReadResult r = DatasetLoader::readFile(TestSupport::testData(QStringLiteral("schedules/sessionize.csv")));
    CHECK(problems(r).isEmpty());
    REQUIRE(r.dataset.talks.size() == 1);
    const Talk &t = r.dataset.talks[0];
    CHECK(t.title == u"Observability at Scale");
    CHECK(t.abstractText() == u"How we scale metrics & logs");
    CHECK(r.dataset.str(t.room) == u"Room A");
    CHECK(r.dataset.str(t.track) == u"Observability");
    CHECK(speakers(r.dataset, t) == QStringList{QStringLiteral("Lee Chen (Acme)")});
    CHECK(t.start().time() == QTime(10, 0));
    CHECK(t.endUtc - t.startUtc == 40 * 60);
}

TEST_CASE("Wrong encodings: frab XML and c3voc JSON with Windows-1252 bytes", "[schedules][broken]")
{
    const QString xml = TestSupport::testData(QStringLiteral("schedules/latin1-frab.xml"));
    const ReadResult x = DatasetLoader::readFile(xml);
    CHECK(problems(x) == QStringList{xml + QStringLiteral(":7: warning: not valid UTF-8 (byte 0xe9); read as Windows-1252")});
    REQUIRE(x.dataset.talks.size() == 2);
    CHECK(x.dataset.talks[1].title == u"Café");

    const QString json = TestSupport::testData(QStringLiteral("schedules/cp1252-c3voc.json"));
    const ReadResult j = DatasetLoader::readFile(json);
    CHECK(problems(j) == QStringList{json + QStringLiteral(":7: warning: not valid UTF-8 (byte 0xf1); read as Windows-1252")});
    REQUIRE(j.dataset.talks.size() == 1);
    CHECK(j.dataset.talks[0].title == u"Señor Kubernetes");
}
