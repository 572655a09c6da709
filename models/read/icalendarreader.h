#pragma once

#include "reader.h"

// Reads iCalendar files (libical) as schedules: each VEVENT is a talk. Sched's feeds write the
// speakers into SUMMARY ("Title - Name, Org & Name, Org"), the track into CATEGORIES and the room,
// city and country into LOCATION; VEVENTs of other calendars become talks with what they carry.
class ICalendarReader : public Reader
{
public:
    QString formatName() const override { return QStringLiteral("icalendar"); }
    int sniff(const QString &fileName, QByteArrayView head) const override;
    ReadResult read(const QString &fileName, const QByteArray &content) const override;
};
