#pragma once

#include "data/dataset.h"
#include "data/readresult.h"

#include <QStringView>
#include <QTimeZone>

// What every schedule reader (frab XML, c3voc JSON, iCalendar, CSV, session notes) does the same way:
// one Schedule source per file, talks attached to it, session types and logistics entries turned into
// kinds, times placed in the conference's zone, links sorted into recordings, slides and pages. Keeps
// each reader down to walking its own syntax.
class ScheduleBuilder
{
public:
    ScheduleBuilder(Dataset &dataset, const QString &fileName, const QString &format);

    Dataset &dataset() { return m_ds; }
    SourceIndex source() const { return m_source; }
    void setSourceTitle(const QString &title);

    EventIndex addEvent(const Event &event) { return m_ds.addEvent(event); }
    // A new talk of this file's source; the reference is valid until the next addTalk().
    Talk &addTalk(EventIndex event);

    // Times: the zone all talks of the file are shown in ("Europe/Brussels"); invalid ids are ignored.
    void setTimeZone(const QByteArray &ianaId);
    const QTimeZone &timeZone() const { return m_zone; }
    // Sets start (and end when valid) in the file's zone, and the day when the talk has none.
    void setTimes(Talk &talk, const QDateTime &start, const QDateTime &end);

    void addSpeaker(Talk &talk, const QString &name, const QString &affiliation = {},
                    const QString &role = {});
    // Sorts a link by its URL and label; the first link added stays the main one.
    void addLink(Talk &talk, const QString &url, QStringView label = {});
    void setKind(Talk &talk, QStringView type, QStringView track);

    // The event a schedule names, by its fields: an id such as "kccnceu2022" (Sched's) or a label such
    // as "KubeCon + CloudNativeCon Europe 2022 - Valencia, Spain"; KubeCon editions get the catalog's
    // ids ("kubecon-eu-2022") so write-ups about them merge with their schedules.
    static Event eventFromFields(const QString &id, const QString &label, int year = 0,
                                 const QString &city = {}, const QString &country = {},
                                 const QString &region = {}, const QString &dates = {});
    // The IANA zone of an event's city ("Europe/Paris"), empty when unknown or virtual.
    static QByteArray zoneOf(const Event &event);

    // Kind from a schedule's session type ("Lightning Talk", "keynote", "Workshop 2h"), its track
    // ("Keynote Sessions", "REGISTRATION") and its title ("Badge Pick-Up", "Coffee Break").
    static TalkKind kindOf(QStringView type, QStringView track, QStringView title);
    // Sched appends labels after " | ": "Title | Project Lightning Talk" names the kind,
    // "Title | ALL ACCESS PASS REQUIRED" is a notice. Both leave the title; a kind label sets `kind`.
    static QString stripTrailingLabel(const QString &title, TalkKind *kind);
    static bool isLogistics(QStringView title);
    static bool isLogisticsTrack(QStringView track);
    static LinkKind linkKindOf(QStringView url, QStringView label);
    // HTML of an abstract as plain text: tags dropped, paragraphs kept as blank lines, entities decoded.
    static QString plainText(QStringView html);
    // The text of a file through TextDecoder; a file that is not UTF-8 is reported (as a warning: its
    // text is still read, as Windows-1252) with the line of its first byte that is not UTF-8.
    static QString decode(const QByteArray &content, const QString &fileName, ReadResult &result);
    // Offset of the first byte that is not part of valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    // "00:25", "01:30:00", "PT1H30M", "40" (minutes) as seconds; -1 when not a duration.
    static int durationSeconds(QStringView text);

private:
    Dataset &m_ds;
    SourceIndex m_source;
    QTimeZone m_zone;
    StringId m_zoneId;
};
