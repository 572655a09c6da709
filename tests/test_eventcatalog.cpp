#include "analysis/eventcatalog.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

TEST_CASE("The catalog lists KubeCon editions from 2016 on with facts", "[eventcatalog]")
{
    const auto &catalog = EventCatalog::instance();
    REQUIRE(catalog.events().size() == 31);
    const auto e = catalog.byId(u"kubecon-eu-2023");
    REQUIRE(e.has_value());
    CHECK(e->name == u"KubeCon + CloudNativeCon Europe 2023");
    CHECK(e->series == u"KubeCon + CloudNativeCon");
    CHECK(e->city == u"Amsterdam");
    CHECK(e->country == u"Netherlands");
    CHECK(e->start == QDate(2023, 4, 18));
    CHECK(e->end == QDate(2023, 4, 21));
    CHECK(e->year == 2023);
    CHECK(catalog.byId(u"kubecon-eu-2021")->city == u"Virtual");
    CHECK(catalog.byId(u"kubecon-na-2020")->city == u"Virtual");
    CHECK(catalog.timeZone(u"kubecon-na-2024") == u"America/Denver");
    CHECK_FALSE(catalog.byId(u"kubecon-eu-2015").has_value());
}

TEST_CASE("sched.com hosts map to catalog events", "[eventcatalog]")
{
    const auto &catalog = EventCatalog::instance();
    CHECK(catalog.byId(u"kccncna2024")->id == u"kubecon-na-2024");
    CHECK(catalog.byId(u"KCCNCEU2022")->id == u"kubecon-eu-2022");
    CHECK(catalog.byId(u"kccnceu20")->id == u"kubecon-eu-2020");
    CHECK(catalog.byId(u"kccncchina2019")->id == u"kubecon-cn-2019");
    CHECK_FALSE(catalog.byId(u"kccncxx2024").has_value());
}

TEST_CASE("Texts name editions in many ways", "[eventcatalog]")
{
    const auto &catalog = EventCatalog::instance();
    const auto id = [&](QStringView text, int hint = 0) {
        const auto e = catalog.recognise(text, hint);
        return e ? e->id : QString();
    };
    CHECK(id(u"My notes from KubeCon NA '22") == u"kubecon-na-2022");
    CHECK(id(u"Back from KubeCon+CloudNativeCon Europe 2024!") == u"kubecon-eu-2024");
    CHECK(id(u"We met at KubeCon San Diego in 2019.") == u"kubecon-na-2019");
    CHECK(id(u"KubeCon Detroit was fun") == u"kubecon-na-2022");
    CHECK(id(u"KubeCon Amsterdam was fun", 2026) == u"kubecon-eu-2026");
    CHECK(id(u"KubeCon Amsterdam was fun").isEmpty());
    CHECK(id(u"# KubeCon 2024\n## Day 1 (Nov 13, 2024)") == u"kubecon-na-2024");
    CHECK(id(u"slides at https://static.sched.com/hosted_files/kccnceu2025/ab/x.pdf") == u"kubecon-eu-2025");
    CHECK(id(u"KubeCon Japan 2025 in Tokyo") == u"kubecon-jp-2025");
    CHECK(id(u"A post about gardening in 2023").isEmpty());
    // The edition named most often wins over one named in passing.
    CHECK(id(u"KubeCon Chicago was great. Unlike KubeCon Paris, KubeCon Chicago had deep dish.") ==
          u"kubecon-na-2023");
}

TEST_CASE("Day numbers count from the main conference", "[eventcatalog]")
{
    const auto &catalog = EventCatalog::instance();
    const Event na23 = *catalog.byId(u"kubecon-na-2023");
    CHECK(catalog.mainConferenceDay(na23, 1) == QDate(2023, 11, 7));
    CHECK(catalog.mainConferenceDay(na23, 0) == QDate(2023, 11, 6));
    CHECK_FALSE(catalog.mainConferenceDay(na23, 9).isValid());
    const Event jp = *catalog.byId(u"kubecon-jp-2025");
    CHECK(catalog.mainConferenceDay(jp, 1) == QDate(2025, 6, 16));
}
