#include "analysis/projectdictionary.h"
#include "read/writeup/talkassembler.h"

#include <catch2/catch.hpp>

namespace {
TalkDraft draft(const char *title, QList<ParsedSpeaker> speakers = {})
{
    TalkDraft d;
    d.title = QString::fromUtf8(title);
    d.speakers = std::move(speakers);
    return d;
}

ParsedSpeaker person(const char *name, const char *affiliation = "")
{
    ParsedSpeaker sp;
    sp.name = QString::fromUtf8(name);
    sp.affiliation = QString::fromUtf8(affiliation);
    return sp;
}
} // namespace

TEST_CASE("A talk named twice is one talk; the same title by other people is another", "[talkassembler]")
{
    std::vector<TalkDraft> drafts;
    drafts.push_back(draft("Scaling Widgets"));
    drafts.back().links.push_back({LinkKind::Recording, QStringLiteral("https://example.org/v")});
    drafts.push_back(draft("Opening Remarks", {person("Ann Example")}));
    TalkDraft again = draft("Scaling widgets!", {person("Jane Roe")});
    again.day = QDate(2031, 11, 12);
    again.kind = TalkKind::Keynote;
    again.abstract = QStringLiteral("A longer abstract than none.");
    again.links.push_back({LinkKind::Recording, QStringLiteral("https://example.org/v")});
    again.links.push_back({LinkKind::Slides, QStringLiteral("https://example.org/s.pdf")});
    drafts.push_back(again);
    drafts.push_back(draft("Opening Remarks", {person("Bo Example")}));

    const std::vector<TalkDraft> merged = TalkAssembler::merge(std::move(drafts));
    REQUIRE(merged.size() == 3);
    CHECK(merged[0].title == u"Scaling Widgets");
    CHECK(merged[0].day == QDate(2031, 11, 12));
    REQUIRE(merged[0].speakers.size() == 1);
    CHECK(merged[0].speakers[0].name == u"Jane Roe");
    CHECK(merged[0].kind == TalkKind::Keynote);
    CHECK(merged[0].abstract == u"A longer abstract than none.");
    CHECK(merged[0].links.size() == 2);
    CHECK(merged[1].speakers[0].name == u"Ann Example");
    CHECK(merged[2].speakers[0].name == u"Bo Example");
}

TEST_CASE("Drafts become the dataset's talks under the event and the post", "[talkassembler]")
{
    Event event;
    event.id = QStringLiteral("examplecon-2031");
    event.name = QStringLiteral("Examplecon 2031");
    Source source;
    source.id = QStringLiteral("s1");
    source.file = QStringLiteral("post.md");

    std::vector<TalkDraft> drafts;
    drafts.push_back(draft("The Future of Widgets", {person("Jane Roe", "Acme"), person("Ann Example")}));
    drafts.back().abstract = QStringLiteral("A panel of widget maintainers.");
    drafts.back().section = QStringLiteral("Widget Summit");
    drafts.push_back(draft("Tiny Widgets"));
    drafts.back().kind = TalkKind::Lightning;

    WriteupBlock block;
    block.text = QStringLiteral("We ran Kubernetes all week.");
    Dataset ds;
    TalkAssembler::assemble(
        ds, event, source, {block}, std::move(drafts),
        {{QStringLiteral("Widget Summit"), QStringLiteral("We ran Kubernetes all week.")}},
        ProjectDictionary::instance());

    REQUIRE(ds.events.size() == 1);
    CHECK(ds.events[0].id == u"examplecon-2031");
    REQUIRE(ds.sources.size() == 1);
    CHECK(ds.sources[0].file == u"post.md");
    REQUIRE(ds.talks.size() == 2);
    const Talk &panel = ds.talks[0];
    CHECK(panel.id == u"examplecon-2031/w-the-future-of-widgets");
    CHECK(panel.kind == TalkKind::Panel); // from its abstract
    CHECK(ds.str(panel.section) == u"Widget Summit");
    REQUIRE(panel.speakers.size() == 2);
    CHECK(ds.str(panel.speakers[0].name) == u"Jane Roe");
    REQUIRE(panel.organizations.size() == 1);
    CHECK(ds.str(panel.organizations[0]) == u"Acme");
    CHECK(ds.talks[1].kind == TalkKind::Lightning);
    REQUIRE(ds.mentions.size() == 1);
    CHECK(ds.mentions[0].name == u"Kubernetes");
    CHECK(ds.mentions[0].count == 1);
    REQUIRE(ds.paragraphs.size() == 1);
    CHECK(ds.str(ds.paragraphs[0].heading) == u"Widget Summit");
}
