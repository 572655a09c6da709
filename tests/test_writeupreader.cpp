#include "analysis/textkey.h"
#include "read/writeupreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
ReadResult readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return WriteupReader().read(path, f.readAll());
}

ReadResult readText(const QByteArray &content, const QString &name = QStringLiteral("post.md"))
{
    return WriteupReader().read(name, content);
}

const Talk *findTalk(const Dataset &ds, QStringView title)
{
    for (const auto &t : ds.talks) {
        if (t.title == title) return &t;
    }
    return nullptr;
}

QStringList speakers(const Dataset &ds, const Talk &t)
{
    QStringList out;
    for (const auto &s : t.speakers)
        out << ds.str(s.name) + u'|' + ds.str(s.role) + u'|' + ds.str(s.affiliation);
    return out;
}

QStringList titles(const Dataset &ds)
{
    QStringList out;
    for (const auto &t : ds.talks)
        out << t.title;
    return out;
}
} // namespace

TEST_CASE("Markdown write-up: front matter, days, keynotes, sessions, links, tables", "[writeup]")
{
    const ReadResult r = readFile(TestSupport::testData(QStringLiteral("writeup/shapes.md")));
    const Dataset &ds = r.dataset;
    CHECK(r.problems.isEmpty());
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"kubecon-eu-2024");
    CHECK(ds.events[0].city == u"Paris");
    CHECK(ds.events[0].stats == QList<Stat>{{QStringLiteral("attendees_in_person"), 12000},
                                            {QStringLiteral("attendees_virtual"), 4000},
                                            {QStringLiteral("first_timer_percent"), 60}});
    REQUIRE(ds.sources.size() == 1);
    CHECK(ds.sources[0].title == u"Notes from KubeCon + CloudNativeCon Europe 2024");
    CHECK(ds.sources[0].author == u"Test Author");
    CHECK(ds.sources[0].published == QDate(2024, 3, 25));
    CHECK(ds.sources[0].format == u"markdown");
    // Images, iframes, tweets, the table of contents, takeaways, trends and playlists are not talks.
    CHECK(titles(ds) == QStringList{u"Opening the Platform Playbook"_qs, u"Keynote Panel of Maintainers"_qs,
                                    u"Scaling Queues with Kueue"_qs, u"Eco-Friendly Clusters"_qs,
                                    u"Flux 3.0 Released"_qs, u"Wasm on the Edge"_qs,
                                    u"Faster Builds with Buildpacks"_qs, u"Mesh Lessons from Production"_qs,
                                    u"Tiny Operators"_qs, u"Policy as Code Made Simple"_qs});

    const Talk *opening = findTalk(ds, u"Opening the Platform Playbook");
    REQUIRE(opening);
    CHECK(opening->kind == TalkKind::Keynote);
    CHECK(opening->day == QDate(2024, 3, 20));
    QStringList orgs;
    for (auto o : opening->organizations)
        orgs << ds.str(o);
    CHECK(orgs == QStringList{u"Bytewise"_qs, u"Globex"_qs});
    CHECK(opening->abstractText() ==
          u"Bytewise and Globex presented how their platform teams run Backstage at scale.");

    const Talk *kueue = findTalk(ds, u"Scaling Queues with Kueue");
    REQUIRE(kueue);
    CHECK(kueue->kind == TalkKind::Talk);
    REQUIRE(kueue->links.size() == 1);
    CHECK(kueue->links[0].kind == LinkKind::Slides);
    CHECK(kueue->links[0].url == u"https://static.sched.com/hosted_files/kccnceu2024/aa/kueue.pdf");

    CHECK(findTalk(ds, u"Flux 3.0 Released")->kind == TalkKind::Announcement);
    CHECK(findTalk(ds, u"Flux 3.0 Released")->day == QDate(2024, 3, 21));
    CHECK(ds.str(findTalk(ds, u"Wasm on the Edge")->section) == u"Co-located: WasmDay");

    const Talk *builds = findTalk(ds, u"Faster Builds with Buildpacks");
    REQUIRE(builds);
    CHECK(ds.str(builds->section) == u"Networking");
    CHECK(speakers(ds, *builds) == QStringList{u"Lena Holt||Quickbuild"_qs});
    CHECK(builds->url() == u"https://youtu.be/AAAAAAAAAAA");
    CHECK(builds->links[0].kind == LinkKind::Recording);

    const Talk *mesh = findTalk(ds, u"Mesh Lessons from Production");
    REQUIRE(mesh);
    CHECK(mesh->kind == TalkKind::Keynote);
    CHECK(speakers(ds, *mesh) == QStringList{u"Rosa Diaz|Staff Engineer|Nimbus"_qs});

    const Talk *tiny = findTalk(ds, u"Tiny Operators");
    REQUIRE(tiny);
    CHECK(tiny->kind == TalkKind::Lightning);
    CHECK(ds.str(tiny->section) == u"Recordings");
    REQUIRE(tiny->links.size() == 2);
    CHECK(tiny->links[0].kind == LinkKind::Recording);
    CHECK(tiny->links[1].kind == LinkKind::Slides);
    CHECK(speakers(ds, *findTalk(ds, u"Policy as Code Made Simple")) ==
          QStringList{u"Ivan Petrov||Kyvos"_qs, u"Eva Lind||Kyvos"_qs});

    QStringList mentions;
    for (const auto &m : ds.mentions)
        mentions << m.name + u'=' + QString::number(m.count);
    CHECK(mentions == QStringList{u"Backstage=1"_qs, u"Buildpacks=2"_qs, u"Flux=1"_qs, u"Kepler=2"_qs,
                                  u"Kubernetes=1"_qs, u"Kueue=2"_qs, u"WebAssembly=2"_qs});
    CHECK_FALSE(ds.paragraphs.empty());
}

TEST_CASE("Plain-text write-up: table of contents, day headings, talk lines, film, panels", "[writeup]")
{
    const ReadResult r = readFile(TestSupport::testData(QStringLiteral("writeup/plain.txt")));
    const Dataset &ds = r.dataset;
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"kubecon-na-2023");
    CHECK(ds.events[0].stats == QList<Stat>{{QStringLiteral("attendees_registered"), 9000}});
    CHECK(ds.sources[0].title == u"KubeCon Chicago wrap-up");
    CHECK(ds.sources[0].format == u"text");
    CHECK(titles(ds) == QStringList{u"Tracing the Kernel"_qs, u"Mesh Wars: Opinions Collide"_qs,
                                    u"Kernel Stories: The Movie"_qs, u"Policy as Code Made Simple"_qs,
                                    u"Ten Years of Operators"_qs});
    const Talk *tracing = findTalk(ds, u"Tracing the Kernel");
    CHECK(tracing->day == QDate(2023, 11, 7));
    CHECK(tracing->abstractText() == u"A deep look at eBPF tracing tools and how they find slow syscalls.");
    CHECK(speakers(ds, *tracing) == QStringList{u"Mia Sato||Packetworks"_qs, u"Lars Olsen||Packetworks"_qs});
    const Talk *mesh = findTalk(ds, u"Mesh Wars: Opinions Collide");
    CHECK(mesh->kind == TalkKind::Panel);
    CHECK(mesh->speakers.size() == 3);
    const Talk *film = findTalk(ds, u"Kernel Stories: The Movie");
    CHECK(film->kind == TalkKind::Film);
    CHECK(film->day == QDate(2023, 11, 8));
    CHECK(speakers(ds, *findTalk(ds, u"Ten Years of Operators")) == QStringList{u"Hana Kim||Bytewise"_qs});
}

TEST_CASE("TOML front matter and an unknown conference named from the post", "[writeup]")
{
    const ReadResult r = readFile(TestSupport::testData(QStringLiteral("writeup/toml-unknown.md")));
    const Dataset &ds = r.dataset;
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"srecon-americas-2025");
    CHECK(ds.events[0].name == u"SREcon Americas 2025");
    CHECK(ds.events[0].year == 2025);
    CHECK(ds.sources[0].author == u"Ana Author");
    CHECK(titles(ds) == QStringList{u"Error Budgets in Practice"_qs, u"Pager Fatigue Is Real"_qs});
    CHECK(findTalk(ds, u"Pager Fatigue Is Real")->url() == u"https://vimeo.com/123456");
}

TEST_CASE("Mojibake in a post is repaired in talks and names", "[writeup]")
{
    // A post saved as UTF-8 after being read as Windows-1252 ("â€™") and one read as Mac Roman ("√∂").
    const QString cp1252 = QStringLiteral(
        "# KubeCon EU 2023\n\n- [Jaegerâ€™s Future - Jörg Müller, Acme](https://youtu.be/XXXXXXXXXXX)\n");
    const ReadResult a = readText(cp1252.toUtf8());
    REQUIRE(a.dataset.talks.size() == 1);
    CHECK(a.dataset.talks[0].title == u"Jaeger’s Future");
    const QString mac =
        QStringLiteral("# KubeCon EU 2023\n\n- [Green Pods - Max K\u221A\u2202rb\u221A\u00A7cher, "
                       "Acme](https://youtu.be/YYYYYYYYYYY)\n");
    const ReadResult b = readText(mac.toUtf8());
    REQUIRE(b.dataset.talks.size() == 1);
    CHECK(b.dataset.str(b.dataset.talks[0].speakers[0].name) == u"Max Körbächer");
}

TEST_CASE("Bad input: empty, binary, no talks, huge", "[writeup]")
{
    const WriteupReader reader;
    const ReadResult empty = reader.read(QStringLiteral("empty.md"), QByteArray("  \n\n"));
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems[0].toString() == u"empty.md: error: file is empty");
    CHECK(empty.dataset.talks.empty());

    QFile bin(TestSupport::testData(QStringLiteral("bad/random.bin")));
    REQUIRE(bin.open(QIODevice::ReadOnly));
    const ReadResult binary = reader.read(bin.fileName(), bin.readAll());
    CHECK(binary.dataset.talks.empty());
    CHECK(binary.problems.size() == 1);

    const ReadResult none = readFile(TestSupport::testData(QStringLiteral("writeup/no-talks.txt")));
    CHECK(none.problems.isEmpty());
    CHECK(none.dataset.talks.empty());
    CHECK(none.dataset.events.size() == 1);
    CHECK(reader.sniff(QStringLiteral("x.bin"), QByteArrayView("\x01\x00\x02", 3)) == 0);

    // 100 MB of text: read in one go, nothing quadratic.
    QByteArray chunk("## Day 1\n\n- **A Talk About Things**: with some words about it, and more words.\n"
                     "Just prose that goes on - and on, like Some Person, Org said.\n\n");
    QByteArray huge;
    huge.reserve(100 << 20);
    while (huge.size() < (100 << 20))
        huge += chunk;
    const ReadResult big = reader.read(QStringLiteral("huge.md"), huge);
    CHECK(big.dataset.talks.size() == 1); // the same talk over and over is one talk
    CHECK(big.dataset.events.size() == 1);
}

TEST_CASE("Sniffing: write-ups are the fallback for text", "[writeup]")
{
    const WriteupReader reader;
    CHECK(reader.sniff(QStringLiteral("a.txt"), "Some notes") == 12);
    CHECK(reader.sniff(QStringLiteral("a.md"), "---\ntitle: x\n---\n") == 35);
    CHECK(reader.sniff(QStringLiteral("a.md"), "# Heading\n\n- **Talk**: text") == 30);
    CHECK(reader.sniff(QStringLiteral("a.json"), "{\"a\": 1}") == 0);
    CHECK(reader.sniff(QStringLiteral("a.ics"), "BEGIN:VCALENDAR\r\n") == 0);
}

TEST_CASE("Headings as talk titles, speakers on the next line, bold lines as headings", "[writeup]")
{
    const ReadResult r = readFile(TestSupport::testData(QStringLiteral("writeup/headings.md")));
    const Dataset &ds = r.dataset;
    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"kubecon-in-2024");
    CHECK(titles(ds) == QStringList{u"Welcome to the Subcontinent"_qs, u"Sidecars Without Tears"_qs,
                                    u"Batch on a Budget"_qs});
    CHECK(findTalk(ds, u"Welcome to the Subcontinent")->kind == TalkKind::Keynote);
    const Talk *sidecars = findTalk(ds, u"Sidecars Without Tears");
    CHECK(speakers(ds, *sidecars) == QStringList{u"Asha Rao||Meshworks"_qs, u"Vikram Iyer||Meshworks"_qs});
    CHECK(sidecars->abstractText() == u"A clear walk through ambient mode.");
    const Talk *batch = findTalk(ds, u"Batch on a Budget");
    REQUIRE(batch->links.size() == 2);
    CHECK(batch->links[0].kind == LinkKind::Recording);
    CHECK(batch->links[1].kind == LinkKind::Slides);
}

TEST_CASE("A title line with its speakers on the next line", "[writeup]")
{
    const ReadResult plain = readText(QByteArray("KubeCon EU 2025 notes\n"
                                                 "Rust in the Control Plane\n"
                                                 "by Ola Berg (Fjord AS)\n"
                                                 "A tour of operators written in Rust.\n"),
                                      QStringLiteral("notes.txt"));
    REQUIRE(plain.dataset.talks.size() == 1);
    CHECK(plain.dataset.talks[0].title == u"Rust in the Control Plane");
    CHECK(speakers(plain.dataset, plain.dataset.talks[0]) == QStringList{u"Ola Berg||Fjord AS"_qs});
    CHECK(plain.dataset.events[0].id == u"kubecon-eu-2025");

    const ReadResult md =
        readText(QByteArray("# KubeCon EU 2025 notes\n\n**Rust in the Control Plane**\n\n"
                            "Speakers: Ola Berg, Fjord AS & Kim Tran, Hooli\n\nGreat talk.\n"));
    REQUIRE(md.dataset.talks.size() == 1);
    CHECK(speakers(md.dataset, md.dataset.talks[0]) ==
          QStringList{u"Ola Berg||Fjord AS"_qs, u"Kim Tran||Hooli"_qs});
    CHECK(md.dataset.talks[0].abstractText() == u"Great talk.");
}

TEST_CASE("The event follows from the publication date when the post leaves it open", "[writeup]")
{
    // Posted in January: "KubeCon NA" is the edition of the year before.
    const ReadResult a =
        readText(QByteArray("---\ntitle: KubeCon NA recap\ndate: 2024-01-10\n---\n\nIt was good.\n"));
    CHECK(a.dataset.events[0].id == u"kubecon-na-2023");
    // No region at all: the edition that had just ended.
    const ReadResult b =
        readText(QByteArray("---\ntitle: My KubeCon week\ndate: 2025-04-09\n---\n\nIt was good.\n"));
    CHECK(b.dataset.events[0].id == u"kubecon-eu-2025");
}

TEST_CASE("Numbered favourites with link words, booths and sign-offs", "[writeup]")
{
    const ReadResult r = readFile(TestSupport::testData(QStringLiteral("writeup/favourites.md")));
    const Dataset &ds = r.dataset;
    CHECK(ds.events[0].id == u"kubecon-eu-2025");
    // Booths, playlists, a marketing video and a sign-off are not talks.
    CHECK(titles(ds) == QStringList{u"Signing Everything"_qs, u"A Billion Series"_qs,
                                    u"Cloud Native at the Broadcaster"_qs});
    CHECK(speakers(ds, *findTalk(ds, u"Signing Everything")) == QStringList{u"Jane Doe||Chainguard"_qs});
    CHECK(findTalk(ds, u"Signing Everything")->links[0].kind == LinkKind::Recording);
    CHECK(speakers(ds, *findTalk(ds, u"A Billion Series")) == QStringList{u"Sam Lee||Grafana Labs"_qs});
    CHECK(findTalk(ds, u"A Billion Series")->links[0].kind == LinkKind::Slides);
    CHECK(speakers(ds, *findTalk(ds, u"Cloud Native at the Broadcaster")) ==
          QStringList{u"Tom Smith||BBC"_qs, u"Ana Gomez||BBC"_qs});
}

TEST_CASE("Links to schedule pages name talks; the people after the link are their speakers", "[writeup]")
{
    const ReadResult r = readText(
        QByteArray("# Notes from Gophercamp 2031\n\n"
                   "* [Parsing Logs at Line "
                   "Rate](https://gophercamp31.sched.com/event/AB12/"
                   "parsing-logs-at-line-rate){:target=\"_blank\"} by Tove Lindqvist\n"
                   "* [Queues Without Tears](https://pretalx.example.org/gc31/talk/QX7KLM/) - Rafael Ortiz "
                   "from Hooli explains back-pressure.\n"
                   "* [Zero-copy Everything](https://sched.co/9Zq1) av Ingrid Haugen\n"
                   "* [the venue's map](https://gophercamp31.sched.com/event/AB13/venue-map) was handy\n"
                   "* [Rooms of the day](https://fosdem.org/2031/schedule/track/go/)\n\n"
                   "I then went to [Hot Paths in Hash "
                   "Maps](https://www.usenix.org/conference/gc31/presentation/holm), which was great.\n"));
    const Dataset &ds = r.dataset;
    CHECK(titles(ds) == QStringList{u"Parsing Logs at Line Rate"_qs, u"Queues Without Tears"_qs,
                                    u"Zero-copy Everything"_qs, u"Hot Paths in Hash Maps"_qs});
    CHECK(speakers(ds, *findTalk(ds, u"Parsing Logs at Line Rate")) == QStringList{u"Tove Lindqvist||"_qs});
    CHECK(speakers(ds, *findTalk(ds, u"Queues Without Tears")) == QStringList{u"Rafael Ortiz||Hooli"_qs});
    CHECK(speakers(ds, *findTalk(ds, u"Zero-copy Everything")) == QStringList{u"Ingrid Haugen||"_qs});
    CHECK(findTalk(ds, u"Hot Paths in Hash Maps")->speakers.empty());
    CHECK(findTalk(ds, u"Parsing Logs at Line Rate")->links.front().url ==
          u"https://gophercamp31.sched.com/event/AB12/parsing-logs-at-line-rate");
}

TEST_CASE("A recording link in prose is a talk only when its text reads as a title", "[writeup]")
{
    const ReadResult r = readText(
        QByteArray("# Devconf 2031\n\nThere was [a much better "
                   "talk](https://www.youtube.com/watch?v=aaaaaaaaaaa) on that, and "
                   "[Kernels Are People Too](https://www.youtube.com/watch?v=bbbbbbbbbbb) made me laugh; "
                   "[eBPF for the Rest of Us](https://youtu.be/ccccccccccc) too.\n"));
    CHECK(titles(r.dataset) == QStringList{u"Kernels Are People Too"_qs, u"eBPF for the Rest of Us"_qs});
}

TEST_CASE("A heading per talk with the names, then the recording on a line of its own", "[writeup]")
{
    const ReadResult r = readText(QByteArray(
        "# Crabcon 2031 thoughts\n\n"
        "## Opening Keynote\n\nAda Brandt, Olu Okafor.\n\nhttps://www.youtube.com/watch?v=ddddddddddd\n\n"
        "## Borrowing Without Fear\n\nMaren Solberg\n\nhttps://www.youtube.com/watch?v=eeeeeeeeeee\n\nLoved "
        "it.\n\n"
        "## 2. Async in Embedded Land, Piet de Vries & Lin Wei\n\n{{< youtube fffffffffff >}}\n\n"
        "## 3. Fuzzing the Parser - Noor Haddad, Initech - KEYNOTE\n\nShe showed a lot.\n\n"
        "{% embed https://www.youtube.com/watch?v=ggggggggggg %}\n\n"
        "## What I will do next\n\nWrite more Rust.\n"));
    const Dataset &ds = r.dataset;
    CHECK(titles(ds) ==
          QStringList{u"Borrowing Without Fear"_qs, u"Async in Embedded Land"_qs, u"Fuzzing the Parser"_qs});
    const Talk *borrow = findTalk(ds, u"Borrowing Without Fear");
    CHECK(speakers(ds, *borrow) == QStringList{u"Maren Solberg||"_qs});
    CHECK(borrow->links.front().url == u"https://www.youtube.com/watch?v=eeeeeeeeeee");
    CHECK(borrow->abstractText() == u"Loved it.");
    CHECK(speakers(ds, *findTalk(ds, u"Async in Embedded Land")) ==
          QStringList{u"Piet de Vries||"_qs, u"Lin Wei||"_qs});
    CHECK(findTalk(ds, u"Async in Embedded Land")->links.front().url ==
          u"https://www.youtube.com/watch?v=fffffffffff");
    const Talk *fuzz = findTalk(ds, u"Fuzzing the Parser");
    CHECK(fuzz->kind == TalkKind::Keynote);
    CHECK(speakers(ds, *fuzz) == QStringList{u"Noor Haddad||Initech"_qs});
    CHECK(fuzz->links.front().url == u"https://www.youtube.com/watch?v=ggggggggggg");
}

TEST_CASE("A company named after the last of several speakers is everyone's", "[writeup]")
{
    const ReadResult r = readText(QByteArray(
        "# Meshcon 2031\n\n- Sidecars at Sea - Ana Lima, SRE; Tom Berg, Staff Engineer, Oceanic Freight\n"));
    REQUIRE(r.dataset.talks.size() == 1);
    CHECK(speakers(r.dataset, r.dataset.talks[0]) ==
          QStringList{u"Ana Lima|SRE|Oceanic Freight"_qs, u"Tom Berg|Staff Engineer|Oceanic Freight"_qs});
}

TEST_CASE("Saved web pages, AsciiDoc and reStructuredText posts are read as their Markdown", "[writeup]")
{
    const ReadResult html = readText(
        QByteArray(
            "<!DOCTYPE html><html><head><title>Gophercamp 2031 recap | Some Blog</title>"
            "<meta name=\"author\" content=\"Kari Nordmann\"><script>var x = '<h2>Not a talk - Ann "
            "Lee</h2>';</script></head>"
            "<body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav><article><h1>Gophercamp 2031 recap</h1>"
            "<ul><li><a href=\"https://gc31.sched.com/event/X1/queues-without-tears\">Queues Without "
            "Tears</a> by Rafael Ortiz</li></ul>"
            "</article><aside><h3>Related posts</h3><ul><li><a href=\"https://youtu.be/zzzzzzzzzzz\">Our "
            "Product Tour Video</a></li></ul></aside>"
            "</body></html>\n"),
        QStringLiteral("saved.html"));
    CHECK(html.dataset.sources[0].format == u"html");
    CHECK(html.dataset.sources[0].author == u"Kari Nordmann");
    REQUIRE(titles(html.dataset) == QStringList{u"Queues Without Tears"_qs});
    CHECK(speakers(html.dataset, html.dataset.talks[0]) == QStringList{u"Rafael Ortiz||"_qs});

    const ReadResult adoc =
        readText(QByteArray("= Crabcon 2031 notes\nKari Nordmann\n:revdate: 2031-05-02\n\n"
                            "== Borrowing Without Fear\n\nMaren Solberg\n\n"
                            "video::hhhhhhhhhhh[youtube]\n\nLoved it.\n"),
                 QStringLiteral("notes.adoc"));
    CHECK(adoc.dataset.sources[0].format == u"asciidoc");
    REQUIRE(titles(adoc.dataset) == QStringList{u"Borrowing Without Fear"_qs});
    CHECK(speakers(adoc.dataset, adoc.dataset.talks[0]) == QStringList{u"Maren Solberg||"_qs});

    const ReadResult rst =
        readText(QByteArray(".. title: Crabcon 2031 notes\n.. date: 2031-05-02\n\n"
                            "Borrowing Without Fear\n======================\n\nMaren Solberg\n\n"
                            "https://www.youtube.com/watch?v=iiiiiiiiiii\n\nLoved it.\n\n"
                            "Hallway Track\n=============\n\nGood coffee.\n"),
                 QStringLiteral("notes.rst"));
    CHECK(rst.dataset.sources[0].format == u"rst");
    CHECK(rst.dataset.sources[0].published == QDate(2031, 5, 2));
    REQUIRE(titles(rst.dataset) == QStringList{u"Borrowing Without Fear"_qs});
    CHECK(rst.dataset.talks[0].links.front().url == u"https://www.youtube.com/watch?v=iiiiiiiiiii");
}

TEST_CASE("The speaker before a title, after a kind word, and TOML front matter in a .txt file", "[writeup]")
{
    const ReadResult a = readText(
        QByteArray("# Notes from Gophercamp 2031\n\nI facilitated Tove Lindqvist's "
                   "[Parsing Logs at Line Rate](https://gophercamp31.sched.com/event/AB12/parsing-logs) "
                   "session. Then I enjoyed the "
                   "[Hot Paths in Hash Maps](https://www.youtube.com/watch?v=jjjjjjjjjjj) keynote from "
                   "Rafael Ortiz.\n"));
    REQUIRE(titles(a.dataset) == QStringList{u"Parsing Logs at Line Rate"_qs, u"Hot Paths in Hash Maps"_qs});
    CHECK(speakers(a.dataset, a.dataset.talks[0]) == QStringList{u"Tove Lindqvist||"_qs});
    CHECK(speakers(a.dataset, a.dataset.talks[1]) == QStringList{u"Rafael Ortiz||"_qs});

    const ReadResult b = readText(
        QByteArray("+++\ntitle = \"Gophercamp 2031 notes\"\ndate = 2031-05-02\n+++\n\nIt was good.\n"),
        QStringLiteral("notes.txt"));
    CHECK(b.dataset.sources[0].title == u"Gophercamp 2031 notes");
    CHECK(b.dataset.sources[0].format == u"markdown");
}

TEST_CASE("One title on two days with two recordings is two talks; named twice with one link it is one",
          "[writeup]")
{
    const ReadResult r = readText(QByteArray(
        "# Meshcon 2031\n\n## Day 1 (May 5, 2031)\n\n"
        "- [Keynote: Closing Words](https://www.youtube.com/watch?v=kkkkkkkkkkk) - Ana Lima, Host, Acme\n"
        "- [Sidecars at Sea](https://www.youtube.com/watch?v=lllllllllll) - Tom Berg, Globex\n\n"
        "## Day 2 (May 6, 2031)\n\n"
        "- [Keynote: Closing Words](https://www.youtube.com/watch?v=mmmmmmmmmmm) - Ana Lima, Host, Acme & Bo "
        "Chen, Initech\n"
        "- [Sidecars at Sea](https://www.youtube.com/watch?v=lllllllllll) - Tom Berg, Globex\n"));
    CHECK(titles(r.dataset) == QStringList{u"Closing Words"_qs, u"Sidecars at Sea"_qs, u"Closing Words"_qs});
    CHECK(r.dataset.talks[0].day == QDate(2031, 5, 5));
    CHECK(r.dataset.talks[2].day == QDate(2031, 5, 6));
}

TEST_CASE("A title with its address in parentheses, in plain text and in Markdown", "[writeup]")
{
    const QByteArray post("Gophercamp 2031 notes\n\n"
                          "- Parsing Logs at Line Rate (https://www.youtube.com/watch?v=nnnnnnnnnnn) - Tove Lindqvist, Acme\n"
                          "- Queues Without Tears (https://gc31.sched.com/event/X1/queues) by Rafael Ortiz\n"
                          "- I wrote more on my blog (https://blog.example.org/more)\n");
    for (const QString &name : {QStringLiteral("notes.txt"), QStringLiteral("notes.md")}) {
        const ReadResult r = readText(post, name);
        INFO(name.toStdString());
        REQUIRE(titles(r.dataset) == QStringList{u"Parsing Logs at Line Rate"_qs, u"Queues Without Tears"_qs});
        CHECK(speakers(r.dataset, r.dataset.talks[0]) == QStringList{u"Tove Lindqvist||Acme"_qs});
        CHECK(r.dataset.talks[0].links.front().url == u"https://www.youtube.com/watch?v=nnnnnnnnnnn");
        CHECK(speakers(r.dataset, r.dataset.talks[1]) == QStringList{u"Rafael Ortiz||"_qs});
    }
}
