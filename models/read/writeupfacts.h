#pragma once

#include "data/dataset.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class ProjectDictionary;

// Facts a write-up states in prose: numbers about the event ("10,000+ onsite attendees and 5,000+
// virtually", "58% of attendees were first-timers") and the companies a talk's description says
// presented it ("Google and Microsoft presented ...").
class WriteupFacts
{
public:
    // Metrics: attendees_in_person, attendees_virtual, attendees_registered, first_timer_percent,
    // parallel_tracks. The first value stated for a metric wins.
    static QList<Stat> stats(QStringView text);
    // "Adobe and Autodesk shared ...", "Industry leaders from SUSE, Oracle, and Intel shared ...". A name
    // the dictionary knows is a project introducing something, not a company presenting.
    static QStringList presenters(QStringView description, const ProjectDictionary &dictionary);
    // "10,000+" -> 10000, "5K" -> 5000; negative when not a number.
    static double number(QStringView text);
};
