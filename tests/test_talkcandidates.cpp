#include "analysis/eventcatalog.h"
#include "analysis/projectdictionary.h"
#include "read/writeup/talkcandidates.h"

#include <catch2/catch.hpp>

namespace {
Event exampleEvent()
{
    Event e;
    e.id = QStringLiteral("examplecon-2031");
    e.year = 2031;
    e.start = QDate(2031, 11, 11);
    e.end = QDate(2031, 11, 14);
    return e;
}

std::vector<TalkDraft> candidates(const char *markdown, bool plain = false)
{
    const Event event = exampleEvent();
    const QString text = QString::fromUtf8(markdown);
    TalkCandidates c(event, plain, EventCatalog::instance(), ProjectDictionary::instance());
    c.run(plain ? WriteupBlocks::parsePlainText(text) : WriteupBlocks::parseMarkdown(text));
    return c.takeDrafts();
}
} // namespace

TEST_CASE("Talks by cue: a talk line, a heading with its speakers, a link to a recording", "[talkcandidates]")
{
    const auto drafts =
        candidates("# Examplecon 2031 recap\n"
                   "\n"
                   "## Day 2 (Nov 13, 2031)\n"
                   "\n"
                   "### Keynotes\n"
                   "\n"
                   "- Widgets Everywhere - Jane Roe, Acme\n"
                   "\n"
                   "### Storage Track\n"
                   "\n"
                   "#### Tiny Widgets at Scale\n"
                   "\n"
                   "Speakers: Ann Example (Widgetco), Bo Example (Widgetco)\n"
                   "\n"
                   "They showed how small widgets add up.\n"
                   "\n"
                   "### More\n"
                   "\n"
                   "- [Widgets in Orbit](https://www.youtube.com/watch?v=abc123) by Jane Roe\n");
    REQUIRE(drafts.size() == 3);
    CHECK(drafts[0].title == u"Widgets Everywhere");
    CHECK(drafts[0].kind == TalkKind::Keynote);
    CHECK(drafts[0].day == QDate(2031, 11, 13));
    REQUIRE(drafts[0].speakers.size() == 1);
    CHECK(drafts[0].speakers[0].affiliation == u"Acme");

    CHECK(drafts[1].title == u"Tiny Widgets at Scale");
    CHECK_FALSE(drafts[1].kind.has_value());
    CHECK(drafts[1].section == u"Storage Track");
    CHECK(drafts[1].speakers.size() == 2);
    CHECK(drafts[1].abstract == u"They showed how small widgets add up.");

    CHECK(drafts[2].title == u"Widgets in Orbit");
    CHECK(drafts[2].section == u"More");
    REQUIRE(drafts[2].speakers.size() == 1);
    CHECK(drafts[2].speakers[0].name == u"Jane Roe");
    REQUIRE(drafts[2].links.size() == 1);
    CHECK(drafts[2].links[0].kind == LinkKind::Recording);
}

TEST_CASE("A plain-text post: day lines and talk lines", "[talkcandidates]")
{
    const auto drafts = candidates("Examplecon notes\n"
                                   "Wednesday\n"
                                   "Widgets Everywhere - Jane Roe, Acme\n"
                                   "A talk about widgets in every corner.\n",
                                   true);
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0].title == u"Widgets Everywhere");
    CHECK(drafts[0].day == QDate(2031, 11, 12));
    CHECK(drafts[0].abstract == u"A talk about widgets in every corner.");
}
