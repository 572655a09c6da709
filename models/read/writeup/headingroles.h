#pragma once

#include "data/dataset.h"
#include "data/talkkind.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

class EventCatalog;

// What a heading says about the blocks under it: its role (a named section, a day, keynotes,
// announcements, a list of things that are not talks, a table of contents) and the date a day heading
// stands for; and the kind a talk's own words or its heading give it.
namespace HeadingRoles {
// What a heading says about the blocks under it.
enum class Role {
    Title,        // the post's own title
    Section,      // a named section ("Networking", "ArgoCon"): kept as the talks' section
    Generic,      // "Sessions", "Highlights", a day: structure without a name worth keeping
    Keynote,      // talks under it are keynotes
    Announcement, // items under it are announcements
    Mixed,        // "Keynotes & Announcements"
    Skip,         // takeaways, trends, tips, booths: lists of things that are not talks
    Toc,          // a table of contents: its items repeat the post's headings
};

Role roleOf(const QString &heading);
// The date a day heading stands for: "## Day 1 (Nov 13, 2024)", "Day Two - Wednesday", "Tuesday".
// Weekdays and day numbers need the event's dates, and the catalog's rule for where its main conference
// starts; invalid when the heading names no day.
QDate dayOfHeading(const QString &text, const Event &event, const EventCatalog &catalog);
// "2" or "two" -> 2; -1 for other words.
int dayNumber(QStringView word);
// "Nov", "november" -> 11; 0 for other words.
int monthNumber(QStringView name);
// A title that announces something ("v2.0 released", "joins the CNCF") rather than names a talk.
bool announcementLike(const QString &title);
// The kind a title's own words name ("panel", "lightning talk", "fireside chat", "documentary").
std::optional<TalkKind> kindFromWords(const QString &title);
} // namespace HeadingRoles
