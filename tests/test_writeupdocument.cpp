#include "read/writeup/writeupdocument.h"

#include <catch2/catch.hpp>

namespace {
WriteupDocument read(const char *text, const char *name = "post.md")
{
    return WriteupDocument::read(QString::fromUtf8(name), QByteArray(text));
}
} // namespace

TEST_CASE("A post with YAML front matter", "[writeupdocument]")
{
    const WriteupDocument doc = read("---\n"
                                     "title: \"Notes from Examplecon 2031\"\n"
                                     "author: Jane Roe\n"
                                     "date: 2031-05-02T10:00:00Z\n"
                                     "description: What I saw\n"
                                     "tags: [examplecon, widgets]\n"
                                     "---\n"
                                     "# Heading\n"
                                     "\n"
                                     "Text.\n");
    CHECK(doc.error.isEmpty());
    CHECK(doc.warnings.isEmpty());
    CHECK(doc.markdown);
    CHECK(doc.bodyLine == 8);
    CHECK(doc.body.startsWith(u"# Heading\n"));
    CHECK(doc.source.id == u"s1");
    CHECK(doc.source.file == u"post.md");
    CHECK(doc.source.format == u"markdown");
    CHECK(doc.source.title == u"Notes from Examplecon 2031");
    CHECK(doc.source.author == u"Jane Roe");
    CHECK(doc.source.published == QDate(2031, 5, 2));
    CHECK(doc.description == u"What I saw");
    CHECK(doc.tags == QStringList{QStringLiteral("examplecon"), QStringLiteral("widgets")});
}

TEST_CASE("A post with TOML front matter", "[writeupdocument]")
{
    const WriteupDocument doc = read("+++\n"
                                     "title = \"Examplecon recap\"\n"
                                     "date = \"2031-06-01\"\n"
                                     "authors = [\"Ann Example\", \"Bo Example\"]\n"
                                     "categories = [\"conferences\"]\n"
                                     "+++\n"
                                     "Some text\n",
                                     "recap.md");
    CHECK(doc.markdown);
    CHECK(doc.source.format == u"markdown");
    CHECK(doc.bodyLine == 7);
    CHECK(doc.body == u"Some text\n");
    CHECK(doc.source.title == u"Examplecon recap");
    CHECK(doc.source.author == u"Ann Example");
    CHECK(doc.source.published == QDate(2031, 6, 1));
    CHECK(doc.categories == QStringList{QStringLiteral("conferences")});
}

TEST_CASE("Site templates are removed, embedded videos become links, lines are kept", "[writeupdocument]")
{
    const WriteupDocument doc = read("## Scaling Widgets\n"
                                     "\n"
                                     "{{< youtube abcDEF123 >}}\n"
                                     "{{< figure src=\"widget.png\" >}}\n"
                                     "<!-- a comment\nover two lines -->\n"
                                     "{% embed https://vimeo.com/12345 %}\n"
                                     "End.\n");
    CHECK(doc.body == u"## Scaling Widgets\n"
                      "\n"
                      "[Video](https://www.youtube.com/watch?v=abcDEF123)\n"
                      "\n"
                      "\n"
                      "\n"
                      "[Video](https://vimeo.com/12345)\n"
                      "End.\n");
}

TEST_CASE("Kramdown attribute lists are not part of the post", "[writeupdocument]")
{
    const WriteupDocument doc =
        read("- [Scaling Widgets](https://example.org/a){:target=\"_blank\"} by Jane Roe\n"
             "- [Tiny Widgets](https://example.org/b){:target=\"_blank\"}\n");
    CHECK(doc.body == u"- [Scaling Widgets](https://example.org/a) by Jane Roe\n"
                      "- [Tiny Widgets](https://example.org/b)\n");
    CHECK(WriteupDocument::stripTemplates(QStringLiteral("no templates {here}")) == u"no templates {here}");
}

TEST_CASE("A plain-text post: its title is its first short line", "[writeupdocument]")
{
    WriteupDocument doc = read("Contents\n"
                               "Examplecon 2031 notes\r\n"
                               "\r\n"
                               "Day 1\r"
                               "Scaling Widgets - Jane Roe, Acme\n",
                               "notes.txt");
    CHECK_FALSE(doc.markdown);
    CHECK(doc.source.format == u"text");
    CHECK(doc.body == u"Contents\nExamplecon 2031 notes\n\nDay 1\nScaling Widgets - Jane Roe, Acme\n");
    CHECK(doc.source.title.isEmpty());
    doc.takeTitleFrom(WriteupBlocks::parsePlainText(doc.body, doc.bodyLine));
    CHECK(doc.source.title == u"Examplecon 2031 notes");
}

TEST_CASE("A Markdown post without front matter takes its first heading as title", "[writeupdocument]")
{
    WriteupDocument doc = read("# 🎉 My Examplecon\n\nText.\n", "post.txt");
    CHECK(doc.markdown);
    doc.takeTitleFrom(WriteupBlocks::parseMarkdown(doc.body, doc.bodyLine));
    CHECK(doc.source.title == u"My Examplecon");

    // A post that opens with prose has no title to take.
    WriteupDocument prose = read("Some words first.\n\n# Later heading\n");
    prose.takeTitleFrom(WriteupBlocks::parseMarkdown(prose.body, prose.bodyLine));
    CHECK(prose.source.title.isEmpty());
}

TEST_CASE("Files that are no write-up, and front matter that cannot be read", "[writeupdocument]")
{
    CHECK(read(" \n\n").error == u"file is empty");
    CHECK(WriteupDocument::read(QStringLiteral("x.md"), QByteArray("abc\0def", 7)).error ==
          u"not a text file (binary data)");
    const WriteupDocument doc = read("---\ntitle: Fine\nthis line is odd\n---\nText\n");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings.front().line == 3);
    CHECK(doc.source.title == u"Fine");
}

TEST_CASE("What looks like Markdown", "[writeupdocument]")
{
    CHECK(WriteupDocument::looksLikeMarkdown(u"# Heading\ntext"));
    CHECK(WriteupDocument::looksLikeMarkdown(u"Some **bold** words"));
    CHECK(WriteupDocument::looksLikeMarkdown(u"see [this](https://example.org)"));
    CHECK_FALSE(WriteupDocument::looksLikeMarkdown(u"Plain words, and a C# mention."));
    CHECK_FALSE(WriteupDocument::looksLikeMarkdown(u"Nothing here at all"));
}
