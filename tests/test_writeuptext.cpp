#include "analysis/eventcatalog.h"
#include "read/writeup/writeuptext.h"

#include <catch2/catch.hpp>

TEST_CASE("Text helpers of the write-up reader", "[writeuptext]")
{
    using namespace WriteupText;
    CHECK(stripDecoration(u"🌳 Day 1 ✨") == u"Day 1");
    CHECK(stripDecoration(u"  Plain   ASCII ") == u"Plain ASCII");
    CHECK(stripDecoration(u"Zürich — 𝐁old") == u"Zürich — 𝐁old");
    CHECK(firstLine(u"  first \nsecond") == u"first");
    CHECK(wordCount(u"  two   words ") == 2);
    CHECK(wordCount(u"") == 0);
    CHECK(plausibleTitle(QStringLiteral("Widgets")));
    CHECK_FALSE(plausibleTitle(QStringLiteral("ab")));
    CHECK_FALSE(plausibleTitle(QStringLiteral("12 - 34")));
    CHECK(containsPair(u"see [x](y)", u']', u"("));
    CHECK_FALSE(containsPair(u"see [x] (y)", u']', u"("));
}

TEST_CASE("Link texts that name no talk", "[writeuptext]")
{
    using WriteupText::genericLinkText;
    const EventCatalog &catalog = EventCatalog::instance();
    CHECK(genericLinkText(QStringLiteral("Video"), catalog));
    CHECK(genericLinkText(QStringLiteral("Watch the video"), catalog));
    CHECK(genericLinkText(QStringLiteral("Keynote by Jane Roe"), catalog));
    CHECK(genericLinkText(QStringLiteral("Check out our new product"), catalog));
    CHECK(genericLinkText(QStringLiteral("Widgetcon trailer"), catalog));
    CHECK_FALSE(genericLinkText(QStringLiteral("Scaling Widgets at Acme"), catalog));
}
