#include "analysis/eventcatalog.h"
#include "read/writeup/headingroles.h"

#include <catch2/catch.hpp>

namespace {
// Tuesday to Friday: a four-day edition whose main conference is its last three days.
Event exampleEvent()
{
    Event e;
    e.id = QStringLiteral("examplecon-2031");
    e.name = QStringLiteral("Examplecon 2031");
    e.year = 2031;
    e.start = QDate(2031, 11, 11);
    e.end = QDate(2031, 11, 14);
    return e;
}
} // namespace

TEST_CASE("A heading's role: section, structure, keynotes, announcements, lists that are not talks",
          "[headingroles]")
{
    using HeadingRoles::Role;
    using HeadingRoles::roleOf;
    CHECK(roleOf(QStringLiteral("Table of Contents")) == Role::Toc);
    CHECK(roleOf(QStringLiteral("In this post")) == Role::Toc);
    CHECK(roleOf(QStringLiteral("Keynotes & Announcements")) == Role::Mixed);
    CHECK(roleOf(QStringLiteral("Wednesday Keynotes")) == Role::Keynote);
    CHECK(roleOf(QStringLiteral("Product News")) == Role::Announcement);
    CHECK(roleOf(QStringLiteral("My Key Takeaways")) == Role::Skip);
    CHECK(roleOf(QStringLiteral("Booth Crawl")) == Role::Skip);
    CHECK(roleOf(QStringLiteral("Final thoughts")) == Role::Skip);
    // A word for talks keeps a heading from being skipped.
    CHECK(roleOf(QStringLiteral("Talks from our sponsors")) == Role::Section);
    CHECK(roleOf(QStringLiteral("Sessions")) == Role::Generic);
    CHECK(roleOf(QStringLiteral("Session Highlights")) == Role::Generic);
    CHECK(roleOf(QStringLiteral("Storage Day")) == Role::Section);
    CHECK(roleOf(QStringLiteral("Widget Summit")) == Role::Section);
}

TEST_CASE("The day a heading stands for", "[headingroles]")
{
    using HeadingRoles::dayOfHeading;
    const Event e = exampleEvent();
    const EventCatalog &catalog = EventCatalog::instance();
    CHECK(dayOfHeading(QStringLiteral("Day 2 (Nov 13, 2031)"), e, catalog) == QDate(2031, 11, 13));
    // A weekday is the first such day from just before the event to its end.
    CHECK(dayOfHeading(QStringLiteral("Wednesday"), e, catalog) == QDate(2031, 11, 12));
    CHECK(dayOfHeading(QStringLiteral("🗓️ Thursday"), e, catalog) == QDate(2031, 11, 13));
    // Day numbers count from the main conference.
    CHECK(dayOfHeading(QStringLiteral("Day Two"), e, catalog) == QDate(2031, 11, 13));
    CHECK(dayOfHeading(QStringLiteral("Day 1 - the big one"), e, catalog) == QDate(2031, 11, 12));
    CHECK(dayOfHeading(QStringLiteral("2031-11-14 recap"), e, catalog) == QDate(2031, 11, 14));
    CHECK(dayOfHeading(QStringLiteral("14th November"), e, catalog) == QDate(2031, 11, 14));
    CHECK_FALSE(dayOfHeading(QStringLiteral("Networking"), e, catalog).isValid());
    CHECK_FALSE(dayOfHeading(QStringLiteral("Top 10 talks"), e, catalog).isValid());
    // Without the event's dates a weekday names no date.
    CHECK_FALSE(dayOfHeading(QStringLiteral("Wednesday"), Event(), catalog).isValid());
}

TEST_CASE("Day and month words", "[headingroles]")
{
    CHECK(HeadingRoles::dayNumber(u"two") == 2);
    CHECK(HeadingRoles::dayNumber(u"Three") == 3);
    CHECK(HeadingRoles::dayNumber(u"4") == 4);
    CHECK(HeadingRoles::dayNumber(u"six") == -1);
    CHECK(HeadingRoles::monthNumber(u"November") == 11);
    CHECK(HeadingRoles::monthNumber(u"sept") == 9);
    CHECK(HeadingRoles::monthNumber(u"Widget") == 0);
}

TEST_CASE("The kind a title's words give a talk", "[headingroles]")
{
    using HeadingRoles::kindFromWords;
    CHECK(kindFromWords(QStringLiteral("Panel: The Future of Widgets")) == TalkKind::Panel);
    CHECK(kindFromWords(QStringLiteral("Lightning talk: Tiny Widgets")) == TalkKind::Lightning);
    CHECK(kindFromWords(QStringLiteral("A Fireside Chat with the Maintainers")) == TalkKind::Interview);
    CHECK(kindFromWords(QStringLiteral("Widgets: the Documentary")) == TalkKind::Film);
    CHECK_FALSE(kindFromWords(QStringLiteral("Scaling Widgets to the Moon")).has_value());
    CHECK_FALSE(kindFromWords(QStringLiteral("Panelling the Office")).has_value());
    CHECK(HeadingRoles::announcementLike(QStringLiteral("Widgetd v3.1 released")));
    CHECK(HeadingRoles::announcementLike(QStringLiteral("Widgetd joins the foundation")));
    CHECK_FALSE(HeadingRoles::announcementLike(QStringLiteral("Scaling Widgets to the Moon")));
}
