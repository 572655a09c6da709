#include "read/writeup/eventnamer.h"

#include <catch2/catch.hpp>

TEST_CASE("A conference the catalog does not know is named from the post's title", "[eventnamer]")
{
    const auto named = [](const char *title, int year = 0, const char *body = "") -> QString {
        const Event e = EventNamer::name(QString::fromUtf8(title), QString::fromUtf8(body), year);
        return e.name + u'|' + QString::number(e.year) + u'|' + e.city;
    };
    CHECK(named("Gophercamp Nordic 2031: impressions") == u"Gophercamp Nordic 2031|2031|");
    CHECK(named("My Crabconf ’31 Experience", 0, "We met in Tromsø, Norway, for three days.") ==
          u"Crabconf 2031|2031|Tromsø");
    CHECK(named("Revisiting Quiet Loop", 2031) == u"Quiet Loop 2031|2031|");
    CHECK(named("DevConfXY2031") == u"DevConfXY 2031|2031|");
    CHECK(named("Metricsfest, Lisbon, EU - Day 1 ", 2031) == u"Metricsfest 2031|2031|Lisbon");
    CHECK(named("#41c3 - ein Rückblick", 2031) == u"41C3 2031|2031|");
    CHECK(named("Notes from PyNorth 2031 - part 2") == u"PyNorth 2031|2031|");
}
