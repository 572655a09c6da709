#include "read/frontmatter.h"
#include "testsupport.h"

#include <QFile>

TEST_CASE("FrontMatter reads the YAML of a real session note", "[frontmatter]")
{
    QFile file(
        TestSupport::shared(QStringLiteral("data/kubecon-sessions/2022-europe-valencia/community/Sessions/"
                                           "been-there-done-that-tales-of-burnout-from-the-open-source-world-"
                                           "-been-there-done-that-tal-d78db16e.md")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const FrontMatter fm = FrontMatter::parse(text);
    CHECK(fm.errors().isEmpty());
    CHECK(fm.format() == FrontMatter::Format::Yaml);
    CHECK(fm.value(u"type") == u"kubecon-session");
    CHECK(fm.value(u"event") == u"KubeCon + CloudNativeCon Europe 2022 - Valencia, Spain");
    CHECK(fm.value(u"event_id") == u"kccnceu2022");
    CHECK(fm.value(u"year") == u"2022");
    CHECK(fm.list(u"speakers") == QStringList{QStringLiteral("Savitha Raghunathan"), QStringLiteral("RedHat"),
                                              QStringLiteral("Divya Mohan"), QStringLiteral("SUSE")});
    CHECK(fm.list(u"slides").isEmpty());
    CHECK(fm.contains(u"slides"));
    CHECK_FALSE(fm.contains(u"author"));
    CHECK(fm.value(u"sched_url").startsWith(u"https://kccnceu2022.sched.com/event/ytmK/"));
    CHECK(fm.line(u"track") == 10);
    CHECK(fm.bodyLine() == 18);
    CHECK(fm.body(text).trimmed().startsWith(u"# Been There, Done That"));
}

TEST_CASE("FrontMatter reads block lists, quotes, nesting and block scalars", "[frontmatter]")
{
    const QString text = QStringLiteral("---\r\n"
                                        "title: 'It''s: a \"post\"'\r\n"
                                        "author: Jane Doe # the writer\r\n"
                                        "date: 2024-03-22\r\n"
                                        "tags:\r\n"
                                        "  - kubecon\r\n"
                                        "  - \"cloud, native\"\r\n"
                                        "params:\r\n"
                                        "  city: Paris\r\n"
                                        "summary: >\r\n"
                                        "  two lines\r\n"
                                        "  folded\r\n"
                                        "multi: [a,\r\n"
                                        "  'b, c']\r\n"
                                        "---\r\n"
                                        "Body\r\n");
    const FrontMatter fm = FrontMatter::parse(text);
    CHECK(fm.errors().isEmpty());
    CHECK(fm.value(u"title") == u"It's: a \"post\"");
    CHECK(fm.value(u"author") == u"Jane Doe");
    CHECK(fm.value(u"date") == u"2024-03-22");
    CHECK(fm.list(u"tags") == QStringList{QStringLiteral("kubecon"), QStringLiteral("cloud, native")});
    CHECK(fm.value(u"params.city") == u"Paris");
    CHECK(fm.value(u"summary") == u"two lines folded");
    CHECK(fm.list(u"multi") == QStringList{QStringLiteral("a"), QStringLiteral("b, c")});
    CHECK(fm.bodyLine() == 16);
    CHECK(fm.body(text) == u"Body\r\n");
}

TEST_CASE("FrontMatter reads TOML between +++ lines", "[frontmatter]")
{
    const QString text = QStringLiteral("+++\n"
                                        "title = \"Recap\"\n"
                                        "date = 2023-11-10T09:00:00Z\n"
                                        "tags = [\"ai\", 'ebpf']\n"
                                        "[author]\n"
                                        "name = \"Ana\"\n"
                                        "+++\n"
                                        "text\n");
    const FrontMatter fm = FrontMatter::parse(text);
    CHECK(fm.errors().isEmpty());
    CHECK(fm.format() == FrontMatter::Format::Toml);
    CHECK(fm.value(u"title") == u"Recap");
    CHECK(fm.value(u"date") == u"2023-11-10T09:00:00Z");
    CHECK(fm.list(u"tags") == QStringList{QStringLiteral("ai"), QStringLiteral("ebpf")});
    CHECK(fm.value(u"author.name") == u"Ana");
    CHECK(fm.bodyLine() == 8);
}

TEST_CASE("FrontMatter reports broken lines with their numbers and keeps the rest", "[frontmatter]")
{
    SECTION("no front matter")
    {
        const FrontMatter fm = FrontMatter::parse(u"# Title\n---\n");
        CHECK(fm.format() == FrontMatter::Format::None);
        CHECK(fm.isEmpty());
        CHECK(fm.bodyLine() == 1);
        CHECK(fm.bodyOffset() == 0);
    }
    SECTION("bad lines")
    {
        const FrontMatter fm = FrontMatter::parse(u"---\n"
                                                  "title: \"open\n"
                                                  "just words\n"
                                                  "- stray\n"
                                                  "tags: [a, b\n"
                                                  "city: Paris\n"
                                                  "---\n");
        REQUIRE(fm.errors().size() == 4);
        CHECK(fm.errors()[0].line == 2);
        CHECK(fm.errors()[0].message == u"unterminated quoted string");
        CHECK(fm.errors()[1].line == 3);
        CHECK(fm.errors()[1].message == u"expected 'key: value'");
        CHECK(fm.errors()[2].line == 4);
        CHECK(fm.errors()[2].message == u"list item without a key");
        CHECK(fm.errors()[3].line == 5);
        CHECK(fm.errors()[3].message == u"list of 'tags' is not closed with ']'");
        CHECK(fm.value(u"title") == u"open");
        CHECK(fm.value(u"city") == u"Paris");
        CHECK(fm.bodyLine() == 8);
    }
    SECTION("never closed")
    {
        const FrontMatter fm = FrontMatter::parse(u"---\ntitle: x\n\n# Heading\n");
        REQUIRE(fm.errors().size() == 1);
        CHECK(fm.errors()[0].line == 1);
        CHECK(fm.errors()[0].message == u"front matter opened with '---' is never closed");
        CHECK(fm.isEmpty());
        CHECK(fm.bodyLine() == 1);
    }
}

TEST_CASE("Pelican and MultiMarkdown metadata lines up to a blank line", "[frontmatter]")
{
    const QString text = QStringLiteral("Title: Forty-one\nDate: 2031-12-30\nTags: a, b ,c\n\n# Body\n");
    const FrontMatter fm = FrontMatter::parse(text);
    CHECK(fm.format() == FrontMatter::Format::Metadata);
    CHECK(fm.value(u"title") == u"Forty-one");
    CHECK(fm.value(u"date") == u"2031-12-30");
    CHECK(fm.list(u"tags") == QStringList{u"a"_qs, u"b"_qs, u"c"_qs});
    CHECK(fm.bodyLine() == 4);
    CHECK(fm.body(text) == u"\n# Body\n");
    // Prose that happens to start with a key-like word is body.
    CHECK(FrontMatter::parse(u"Note: this is prose\nand more.\n").format() == FrontMatter::Format::None);
    CHECK(FrontMatter::parse(u"Title: x\nno blank line here\n").format() == FrontMatter::Format::None);
}

TEST_CASE("A YAML scalar on the lines under its key", "[frontmatter]")
{
    const FrontMatter fm = FrontMatter::parse(u"---\ntitle: x\ndescription:\n  \"Notes from a long\n  "
                                              u"conference week\"\ntags:\n  - a\n---\nBody\n");
    CHECK(fm.errors().isEmpty());
    CHECK(fm.value(u"description") == u"Notes from a long conference week");
    CHECK(fm.list(u"tags") == QStringList{u"a"_qs});
}
