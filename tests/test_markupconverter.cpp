#include "read/writeup/htmlconverter.h"
#include "read/writeup/markupconverter.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

// Snippets written for these tests; each one shows one shape of a post.
namespace {
using Markup = MarkupConverter::Markup;

QString lines(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *l : list)
        out.append(QString::fromUtf8(l));
    return out.join(u'\n');
}
} // namespace

TEST_CASE("MarkupConverter detects the markup by suffix, then by shape", "[markup]")
{
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html><body><p>x</p></body></html>");
    CHECK(MarkupConverter::detect(QStringLiteral("post.html"), u"") == Markup::Html);
    CHECK(MarkupConverter::detect(QStringLiteral("POST.HTM"), u"") == Markup::Html);
    CHECK(MarkupConverter::detect(QStringLiteral("a/b.xhtml"), u"") == Markup::Html);
    CHECK(MarkupConverter::detect(QStringLiteral("trip.adoc"), u"") == Markup::AsciiDoc);
    CHECK(MarkupConverter::detect(QStringLiteral("trip.asciidoc"), u"") == Markup::AsciiDoc);
    CHECK(MarkupConverter::detect(QStringLiteral("trip.asc"), u"") == Markup::AsciiDoc);
    CHECK(MarkupConverter::detect(QStringLiteral("notes.rst"), u"") == Markup::ReStructuredText);
    CHECK(MarkupConverter::detect(QStringLiteral("notes.rest"), u"") == Markup::ReStructuredText);
    CHECK(MarkupConverter::detect(QStringLiteral("notes.md"), html) == Markup::Markdown); // the suffix wins

    CHECK(MarkupConverter::detect(QStringLiteral("saved.txt"), html) == Markup::Html);
    CHECK(MarkupConverter::detect(QString(), u"  \n<HTML lang=\"en\"><p>x") == Markup::Html);
    CHECK(MarkupConverter::detect(QString(), u"<!-- saved from url=(0023)https://a.example/ -->\n<html>") ==
          Markup::Html);
    CHECK(MarkupConverter::detect(QString(), u"= My Trip\n:author: Kim\n\nText\n") == Markup::AsciiDoc);
    CHECK(MarkupConverter::detect(QString(), u"Intro\n\n== Day one\n\nA\n\n== Day two\n\nB\n") ==
          Markup::AsciiDoc);
    CHECK(MarkupConverter::detect(QString(), u".. title: Trip\n.. date: 2031-01-02\n\nText\n") ==
          Markup::ReStructuredText);
    CHECK(MarkupConverter::detect(QString(), u"Trip\n====\n\n.. image:: a.png\n") ==
          Markup::ReStructuredText);
    CHECK(MarkupConverter::detect(QString(), u"Trip\n~~~~\n\nText\n") == Markup::ReStructuredText);
    CHECK(MarkupConverter::detect(QString(), u"See `the site <https://a.example/>`_.\n") ==
          Markup::ReStructuredText);
    CHECK(MarkupConverter::detect(QString(), u"Trip\n====\n\nText\n") ==
          Markup::Markdown); // a setext heading
    CHECK(MarkupConverter::detect(QString(), u"# Trip\n\nText\n") == Markup::Markdown);
    CHECK(MarkupConverter::detect(QString(), u"Trip notes\nDay one: talks\n") == Markup::PlainText);
    CHECK(MarkupConverter::detect(QStringLiteral("a.txt"), u"") == Markup::PlainText);
}

TEST_CASE("MarkupConverter leaves Markdown and plain text as they are", "[markup]")
{
    const QString text = QStringLiteral("# A\n\n*b*\n");
    CHECK(MarkupConverter::convert(text, Markup::Markdown).markdown == text);
    CHECK(MarkupConverter::convert(text, Markup::PlainText).markdown == text);
}

TEST_CASE("reStructuredText becomes Markdown line for line, with Nikola metadata", "[markup]")
{
    const QString rst = lines({
        ".. title: Notes from Example Conf 2031",
        ".. slug: example-conf-notes",
        ".. date: 2031-05-04 10:30",
        ".. tags: conf, python, notes",
        ".. author: Pat Writer",
        "",
        "This was my first visit to `Example Conf <https://conf.example.org/>`_ and",
        "I took **lots** of *notes* about ``asyncio``.",
        "",
        ".. TEASER_END",
        "",
        "Day one",
        "=======",
        "",
        "Keynote: Tiny Parsers",
        "---------------------",
        "",
        "Sam Speaker",
        "",
        ".. youtube:: abcDEF12345",
        "",
        "https://slides.example.org/tiny-parsers",
        "",
        "* first point with a `named link`_",
        "* second point, see `the video",
        "  <https://video.example.org/1>`__",
        "",
        "#. one",
        "#. two",
        "",
        ".. _named link: https://named.example.org/",
        "",
        "Example::",
        "",
        "    def f():",
        "        return 1",
        "",
        "Done, thanks to anonymous__ help.",
        "",
        "__ https://anon.example.org/",
        "",
    });
    const MarkupConverter::Converted c = MarkupConverter::convert(rst, Markup::ReStructuredText);
    CHECK(c.title == u"Notes from Example Conf 2031");
    CHECK(c.date == u"2031-05-04");
    CHECK(c.author == u"Pat Writer");
    CHECK(c.tags == QStringList{QStringLiteral("conf"), QStringLiteral("python"), QStringLiteral("notes")});
    const QStringList expected =
        lines({
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "This was my first visit to [Example Conf](https://conf.example.org/) and",
                  "I took **lots** of *notes* about `asyncio`.",
                  "",
                  "",
                  "",
                  "## Day one", // the title is stated in metadata, so sections start one level down
                  "",
                  "",
                  "### Keynote: Tiny Parsers",
                  "",
                  "",
                  "Sam Speaker",
                  "",
                  "[Video](https://www.youtube.com/watch?v=abcDEF12345)",
                  "",
                  "<https://slides.example.org/tiny-parsers>",
                  "",
                  "* first point with a [named link](https://named.example.org/)",
                  "* second point, see [the video",
                  "  ](https://video.example.org/1)",
                  "",
                  "1. one",
                  "2. two",
                  "",
                  "",
                  "",
                  "Example:",
                  "```",
                  "def f():",
                  "    return 1",
                  "```",
                  "Done, thanks to [anonymous](https://anon.example.org/) help.",
                  "",
                  "",
                  "",
              })
            .split(u'\n');
    CHECK(c.markdown.split(u'\n') == expected);
    CHECK(c.markdown.count(u'\n') == rst.count(u'\n'));
}

TEST_CASE("reStructuredText document title, docinfo, quotes, admonitions and comments", "[markup]")
{
    const QString rst = lines({
        "====================",
        " A Day at PyExample",
        "====================",
        "",
        ":Author: Lee Writer",
        ":Date: 2031-09-10",
        "",
        "Morning",
        "~~~~~~~",
        "",
        "Talk on parsers",
        "^^^^^^^^^^^^^^^",
        "",
        "    A quoted remark.",
        "",
        "    -- Someone",
        "",
        "Afternoon",
        "~~~~~~~~~",
        "",
        ".. note::",
        "",
        "   Bring *coffee*.",
        "",
        "..",
        "   a comment block",
        "   spanning lines",
        "",
        "----",
        "",
        "The end.",
    });
    const MarkupConverter::Converted c = MarkupConverter::convert(rst, Markup::ReStructuredText);
    CHECK(c.title == u"A Day at PyExample");
    CHECK(c.author == u"Lee Writer");
    CHECK(c.date == u"2031-09-10");
    CHECK(c.tags.isEmpty());
    const QStringList expected = lines({
                                           "",
                                           "# A Day at PyExample",
                                           "",
                                           "",
                                           "",
                                           "",
                                           "",
                                           "## Morning",
                                           "",
                                           "",
                                           "### Talk on parsers",
                                           "",
                                           "",
                                           "> A quoted remark.",
                                           "",
                                           "> -- Someone",
                                           "",
                                           "## Afternoon",
                                           "",
                                           "",
                                           "",
                                           "",
                                           "Bring *coffee*.",
                                           "",
                                           "",
                                           "",
                                           "",
                                           "",
                                           "***",
                                           "",
                                           "The end.",
                                       })
                                     .split(u'\n');
    CHECK(c.markdown.split(u'\n') == expected);
}

TEST_CASE("reStructuredText inline markup keeps words that only look like markup", "[markup]")
{
    const QString rst =
        QStringLiteral("Use snake_case and 2*3*4, a `title`, :code:`x()` and :doc:`the guide <guide>`.");
    CHECK(MarkupConverter::convert(rst, Markup::ReStructuredText).markdown ==
          u"Use snake_case and 2*3*4, a *title*, `x()` and the guide.");
}

TEST_CASE("AsciiDoc becomes Markdown line for line", "[markup]")
{
    const QString adoc = lines({
        "= Trip Report: AsciiConf 2032",
        "Robin Writer <robin@example.org>",
        "v1.0, 2032-03-14: first draft",
        ":keywords: conf, asciidoc",
        ":event: AsciiConf",
        "",
        "// a private note",
        "",
        "== Day one",
        "",
        "The *opening* talk was _great_, see https://conf.example.org/talks[the talks] and "
        "link:notes.html[my notes].",
        "",
        "* First talk by Ann",
        "** a detail",
        "* Second talk",
        "",
        "Steps:",
        "",
        ". step one",
        ". step two",
        "",
        "video::XyZ123abc45[youtube]",
        "",
        "image::stage.jpg[Main stage]",
        "",
        "[source,python]",
        "----",
        "print(\"*hi*\")",
        "----",
        "",
        "[quote, Ann]",
        "____",
        "Parsers are everywhere.",
        "____",
        "",
        "[cols=\"2,1\"]",
        "|===",
        "|Talk |Speaker",
        "",
        "|Tiny parsers",
        "|Ann",
        "",
        "|Big parsers",
        "|Bob",
        "|===",
        "",
        "////",
        "hidden",
        "////",
        "See you at {event}. +",
        "Bye.",
    });
    const MarkupConverter::Converted c = MarkupConverter::convert(adoc, Markup::AsciiDoc);
    CHECK(c.title == u"Trip Report: AsciiConf 2032");
    CHECK(c.author == u"Robin Writer");
    CHECK(c.date == u"2032-03-14");
    CHECK(c.tags == QStringList{QStringLiteral("conf"), QStringLiteral("asciidoc")});
    const QStringList expected =
        lines({
                  "# Trip Report: AsciiConf 2032",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "## Day one",
                  "",
                  "The **opening** talk was *great*, see [the talks](https://conf.example.org/talks) and [my "
                  "notes](notes.html).",
                  "",
                  "- First talk by Ann",
                  "  - a detail",
                  "- Second talk",
                  "",
                  "Steps:",
                  "",
                  "1. step one",
                  "2. step two",
                  "",
                  "[Video](https://www.youtube.com/watch?v=XyZ123abc45)",
                  "",
                  "![Main stage](stage.jpg)",
                  "",
                  "",
                  "```python",
                  "print(\"*hi*\")",
                  "```",
                  "",
                  "",
                  "",
                  "> Parsers are everywhere.",
                  "> — Ann",
                  "",
                  "",
                  "| Talk | Speaker |", // the table's rows move up into its opening lines
                  "| --- | --- |",
                  "| Tiny parsers | Ann |",
                  "| Big parsers | Bob |",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "See you at AsciiConf.\\",
                  "Bye.",
              })
            .split(u'\n');
    CHECK(c.markdown.split(u'\n') == expected);
    CHECK(c.markdown.count(u'\n') == adoc.count(u'\n'));
}

TEST_CASE("AsciiDoc tables without a header row get an empty one", "[markup]")
{
    const QString adoc = QStringLiteral("|===\n|a |b\n|c |d\n|===\nAfter");
    CHECK(MarkupConverter::convert(adoc, Markup::AsciiDoc).markdown ==
          u"|  |  |\n| --- | --- |\n| a | b |\n| c | d |\nAfter");
}

TEST_CASE("A saved blog page keeps only its article, as Markdown", "[markup]")
{
    const QString page = lines({
        "<!DOCTYPE html>",
        "<html lang=\"en\">",
        "<head>",
        "<meta charset=\"utf-8\">",
        "<title>Notes from HTMLConf 2033 | Jo's Blog</title>",
        "<meta name=\"author\" content=\"Jo Writer\">",
        "<meta property=\"article:published_time\" content=\"2033-06-07T09:00:00+02:00\">",
        "<meta name=\"keywords\" content=\"conf, web\">",
        "<link rel=\"canonical\" href=\"https://blog.example.net/2033/htmlconf/\">",
        "<style>body { color: red }</style>",
        "<script>var x = \"<p>not text</p>\";</script>",
        "</head>",
        "<body>",
        "<div id=\"cookie-banner\">We use cookies. <button>OK</button></div>",
        "<header class=\"site-header\"><a href=\"/\">Jo's Blog</a><nav><ul><li><a "
        "href=\"/about\">About</a></li></ul></nav></header>",
        "<div class=\"wrap\">",
        "<article class=\"post\">",
        "<h1>Notes from HTMLConf 2033</h1>",
        "<p class=\"meta\">Posted on <time datetime=\"2033-06-08\">June 8</time></p>",
        "<p>Two days of talks &amp; <em>hallway</em> chats. Slides are <a href=\"slides/\">here</a>.</p>",
        "<h2><a href=\"https://htmlconf.example.org/talks/1\">Parsing the Web</a></h2>",
        "<p>By <strong>Ann Example </strong>, a talk about&nbsp;parsers<b> </b>in [brackets].</p>",
        "<iframe src=\"https://www.youtube.com/embed/AbC_dEf-123?rel=0\" width=\"560\"></iframe>",
        "<ul>",
        "<li>First point",
        "<ul><li>nested detail</li></ul>",
        "<li>Second point with <code>a_b</code>",
        "</ul>",
        "<ol start=\"3\"><li><p>Third</p><p>continued</p></li></ol>",
        "<table>",
        "<tr><th>Time</th><th>Talk</th></tr>",
        "<tr><td>10:00</td><td><a href=\"https://htmlconf.example.org/talks/2\">Streams</a></td></tr>",
        "</table>",
        "<blockquote><p>Quote of the day</p></blockquote>",
        "<pre><code class=\"language-js\">let a = 1 &lt; 2;",
        "console.log(a);</code></pre>",
        "<p>1. not a list</p>",
        "<div class=\"sharedaddy share-buttons\"><a href=\"https://twitter.com/share\">Share on X</a></div>",
        "<div class=\"jp-relatedposts\"><h3>Related</h3><p>Other post</p></div>",
        "</article>",
        "<aside class=\"widget-area\"><h2>Archives</h2><ul><li>2032</li></ul></aside>",
        "<div class=\"sidebar\"><p>Subscribe to my newsletter for more notes</p></div>",
        "</div>",
        "<div id=\"comments\" class=\"comments-area\"><h2>3 comments</h2><p>Nice!</p></div>",
        "<footer class=\"site-footer\"><p>&copy; Jo</p></footer>",
        "<script>document.write(\"x\")</script>",
        "</body>",
        "</html>",
    });
    CHECK(MarkupConverter::detect(QStringLiteral("saved.html"), page) == Markup::Html);
    const MarkupConverter::Converted c = MarkupConverter::convert(page, Markup::Html);
    CHECK(c.title == u"Notes from HTMLConf 2033");
    CHECK(c.author == u"Jo Writer");
    CHECK(c.date == u"2033-06-07");
    CHECK(c.tags == QStringList{QStringLiteral("conf"), QStringLiteral("web")});
    const QString expected = lines({
        "# Notes from HTMLConf 2033",
        "",
        "Posted on June 8",
        "",
        "Two days of talks & *hallway* chats. Slides are "
        "[here](https://blog.example.net/2033/htmlconf/slides/).",
        "",
        "## [Parsing the Web](https://htmlconf.example.org/talks/1)",
        "",
        "By **Ann Example** , a talk about parsers in \\[brackets\\].",
        "",
        "[Video](https://www.youtube.com/watch?v=AbC_dEf-123)",
        "",
        "- First point",
        "  - nested detail",
        "- Second point with `a_b`",
        "",
        "3. Third",
        "",
        "   continued",
        "",
        "| Time | Talk |",
        "| --- | --- |",
        "| 10:00 | [Streams](https://htmlconf.example.org/talks/2) |",
        "",
        "> Quote of the day",
        "",
        "```js",
        "let a = 1 < 2;",
        "console.log(a);",
        "```",
        "",
        "1\\. not a list",
        "",
    });
    CHECK(c.markdown == expected);
}

TEST_CASE("A page without <article> is read from its post-named element", "[markup]")
{
    const QString page = QStringLiteral(
        "<html><head><meta property=\"og:title\" content=\"What I learned at DevConf - Max's notes\">"
        "<script "
        "type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2034-01-02T10:00:00Z\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Max Poster\"}}</script></head>"
        "<body><div class=\"site\"><div id=\"content\"><div class=\"post-body entry-content\">"
        "<h1>What I learned at DevConf</h1><p>Hello there.<br>Second line.</p></div>"
        "<div class=\"sidebar\"><p>Lots of sidebar text, longer than the post itself by far, and "
        "more.</p></div>"
        "</div></div></body></html>");
    const MarkupConverter::Converted c = MarkupConverter::convert(page, Markup::Html);
    CHECK(c.title == u"What I learned at DevConf");
    CHECK(c.author == u"Max Poster");
    CHECK(c.date == u"2034-01-02");
    CHECK(c.markdown == u"# What I learned at DevConf\n\nHello there.\n\nSecond line.\n");
}

TEST_CASE("Hostile HTML returns quickly with what text it has", "[markup]")
{
    const auto html = [](const QString &text) { return MarkupConverter::convert(text, Markup::Html); };
    CHECK(html(QString()).markdown.isEmpty());
    CHECK(html(QStringLiteral("<div><p>Hello <b>world")).markdown == u"Hello **world**\n");
    CHECK(html(QStringLiteral("<p>a</p><!-- never closed <p>b</p>")).markdown == u"a\n");
    CHECK(html(QStringLiteral("<p>a</p><script>var x = '<p>b</p>'")).markdown == u"a\n");
    CHECK(html(QStringLiteral("<p>a < b > c</p><a href=\"x")).markdown == u"a \\< b > c\n");
    CHECK(html(QStringLiteral("<<<>>> </ <a <b")).markdown == u"\\<\\<\\<>>> \\</\n");

    // Far deeper than any page: nesting stops deepening, the text is kept.
    QString deep;
    for (int i = 0; i < 300000; ++i)
        deep += u"<div><span>";
    deep += u"deep text";
    CHECK(html(deep).markdown == u"deep text\n");

    // Over the size limit the page is only stripped of its tags.
    QString huge;
    huge.reserve(HtmlConverter::MaxHtmlSize + 64);
    while (huge.size() <= HtmlConverter::MaxHtmlSize)
        huge += u"<div><b>";
    huge += u"<script>x()</script>end &amp; done";
    CHECK(html(huge).markdown == u"end & done\n");

    // Bytes that were never text.
    QByteArray junk(200000, '\0');
    QRandomGenerator random(42);
    for (char &b : junk)
        b = char(random.bounded(256));
    const QString text = QString::fromLatin1(junk);
    CHECK_NOTHROW(html(text));
    CHECK_NOTHROW(MarkupConverter::convert(text, Markup::AsciiDoc));
    CHECK_NOTHROW(MarkupConverter::convert(text, Markup::ReStructuredText));
    CHECK(MarkupConverter::convert(QString(), Markup::AsciiDoc).markdown.isEmpty());
    CHECK(MarkupConverter::convert(QString(), Markup::ReStructuredText).markdown.isEmpty());
    const QString stars = QStringLiteral("*a ").repeated(20000); // emphasis opened 20000 times, never closed
    CHECK(MarkupConverter::convert(stars, Markup::ReStructuredText).markdown == stars);
}

TEST_CASE("AsciiDoc link text keeps its commas unless named attributes follow", "[markup]")
{
    const QString md = MarkupConverter::convert(
                           QStringLiteral("* https://example.org/a[Queues, Streams, and Logs] by Ana Lima\n"
                                          "* https://example.org/b[Hot Paths, Cold Caches,window=_blank]\n"),
                           MarkupConverter::Markup::AsciiDoc)
                           .markdown;
    CHECK(md.contains(QStringLiteral("[Queues, Streams, and Logs](https://example.org/a) by Ana Lima")));
    CHECK(md.contains(QStringLiteral("[Hot Paths, Cold Caches](https://example.org/b)")));
}
