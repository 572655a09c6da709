#include "analysis/projectdictionary.h"
#include "read/writeupfacts.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

TEST_CASE("Event numbers stated in prose", "[writeup][facts]")
{
    CHECK(WriteupFacts::stats(u"We had 10,000+ onsite attendees and 5,000+ virtually.") ==
          QList<Stat>{{QStringLiteral("attendees_in_person"), 10000},
                      {QStringLiteral("attendees_virtual"), 5000}});
    CHECK(
        WriteupFacts::stats(u"Around 7K people attended in person; first-timers made up 45% of the crowd.") ==
        QList<Stat>{{QStringLiteral("attendees_in_person"), 7000},
                    {QStringLiteral("first_timer_percent"), 45}});
    CHECK(
        WriteupFacts::stats(u"It had 8,000 to 9,000 registered, with 12 parallel tracks.") ==
        QList<Stat>{{QStringLiteral("attendees_registered"), 9000}, {QStringLiteral("parallel_tracks"), 12}});
    CHECK(WriteupFacts::stats(u"Version 1.29 shipped 30 enhancements.").isEmpty());
    CHECK(WriteupFacts::number(u"12.5k") == 12500);
    CHECK(WriteupFacts::number(u"many") < 0);
}

TEST_CASE("Companies that presented a talk", "[writeup][facts]")
{
    ProjectDictionary projects;
    projects.add(QStringLiteral("Falco"));
    CHECK(WriteupFacts::presenters(u"Acme and Globex presented their platform. Later more.", projects) ==
          QStringList{u"Acme"_qs, u"Globex"_qs});
    CHECK(WriteupFacts::presenters(u"Speakers from Initech, Umbrella Labs, and Hooli shared stories.",
                                   projects) == QStringList{u"Initech"_qs, u"Umbrella Labs"_qs, u"Hooli"_qs});
    CHECK(WriteupFacts::presenters(u"Falco introduced new rules.", projects)
              .isEmpty()); // a project, not a company
    CHECK(WriteupFacts::presenters(u"The talk was fun.", projects).isEmpty());
}
