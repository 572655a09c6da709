#pragma once

#include "data/talkkind.h"

#include <QString>
#include <QStringView>

// What a link in a write-up or a schedule says about the text it is attached to. A link to a recording (YouTube,
// Vimeo, media.ccc.de) or to a session's page in a schedule (Sched, pretalx, frab/FOSDEM, USENIX, a
// conference site's /presentation/ or /session/ page) is evidence that its text, or the heading above
// it, names a talk; a link to a speaker's profile or a track page is not.
namespace LinkEvidence {
bool isRecording(QStringView url);
// A page of one session in a conference schedule: "https://kccnceu2024.sched.com/event/1YFdf/...",
// "https://sched.co/1HyYW", "https://pretalx.com/conf/talk/ABCDEF/",
// "https://fosdem.org/2018/schedule/event/slug/", "https://www.usenix.org/conference/x/presentation/name",
// ".../Fahrplan/events/5377.html".
bool isSchedulePage(QStringView url);
// The slug of a schedule page, as words ("the-hackers-guide-to-kubernetes" -> "the hackers guide to
// kubernetes"); empty when the page has none (sched.co short links, numeric ids).
QString scheduleSlugWords(QStringView url);
LinkKind kindOf(const QString &url, QStringView text);
// Tracking parameters ("?_gl=...", "utm_source") are not part of where a link points.
QString clean(const QString &url);
// A link that only points inside the page itself ("#session"): a table of contents, not a talk's link.
inline bool isInPage(QStringView url)
{
    return url.startsWith(u'#');
}
} // namespace LinkEvidence
