#include "frabxmlreader.h"

#include "analysis/textkey.h"
#include "schedulebuilder.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {
struct Context
{
    ReadResult &result;
    ScheduleBuilder &builder;
    QXmlStreamReader &xml;
    Event event;
    EventIndex eventIndex;
    QDate day;
    QString room;
    QTime dayChange;
};

Event readConference(QXmlStreamReader &xml, ScheduleBuilder &builder, QTime *dayChange)
{
    Event e;
    QString acronym;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"acronym")
            acronym = xml.readElementText().trimmed();
        else if (name == u"title")
            e.name = xml.readElementText().simplified();
        else if (name == u"city")
            e.city = xml.readElementText().simplified();
        else if (name == u"start")
            e.start = QDate::fromString(xml.readElementText().trimmed().left(10), Qt::ISODate);
        else if (name == u"end")
            e.end = QDate::fromString(xml.readElementText().trimmed().left(10), Qt::ISODate);
        else if (name == u"day_change")
            *dayChange = QTime::fromString(xml.readElementText().trimmed().left(5), QStringLiteral("HH:mm"));
        else if (name == u"time_zone_name")
            builder.setTimeZone(xml.readElementText().trimmed().toLatin1());
        else
            xml.skipCurrentElement();
    }
    e.id = TextKey::slug(acronym.isEmpty() ? e.name : acronym);
    e.year = e.start.isValid() ? e.start.year() : 0;
    // "FOSDEM 2025" belongs to the series "FOSDEM".
    static const QRegularExpression trailingYear(QStringLiteral("\\s*\\b(19|20)\\d\\d\\s*$"));
    e.series = QString(e.name).remove(trailingYear);
    return e;
}

void readPersons(QXmlStreamReader &xml, ScheduleBuilder &builder, Talk &talk)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"person")
            builder.addSpeaker(talk, xml.readElementText());
        else
            xml.skipCurrentElement();
    }
}

void readLinks(QXmlStreamReader &xml, ScheduleBuilder &builder, Talk &talk)
{
    while (xml.readNextStartElement()) {
        const QString href = xml.attributes().value(QLatin1StringView("href")).toString();
        const QString label = xml.readElementText();
        builder.addLink(talk, href, label);
    }
}

void readEvent(Context &c, const QString &fileName)
{
    QXmlStreamReader &xml = c.xml;
    ScheduleBuilder &b = c.builder;
    const QString frabId = xml.attributes().value(QLatin1StringView("id")).toString();
    const int line = int(xml.lineNumber());
    Talk &talk = b.addTalk(c.eventIndex);
    talk.id = c.event.id + u'-' + (frabId.isEmpty() ? QString::number(b.dataset().talks.size()) : frabId);
    talk.day = c.day;
    QString room = c.room, track, type, abstract, description, url, dateText, startText;
    int duration = -1;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"title")
            talk.title = xml.readElementText().simplified();
        else if (name == u"date")
            dateText = xml.readElementText().trimmed();
        else if (name == u"start")
            startText = xml.readElementText().trimmed();
        else if (name == u"duration")
            duration = ScheduleBuilder::durationSeconds(xml.readElementText());
        else if (name == u"room")
            room = xml.readElementText().simplified();
        else if (name == u"track")
            track = xml.readElementText().simplified();
        else if (name == u"type")
            type = xml.readElementText().simplified();
        else if (name == u"abstract")
            abstract = ScheduleBuilder::plainText(xml.readElementText());
        else if (name == u"description")
            description = ScheduleBuilder::plainText(xml.readElementText());
        else if (name == u"url")
            url = xml.readElementText().trimmed();
        else if (name == u"video_download_url" || name == u"recording_url")
            b.addLink(talk, xml.readElementText(), u"recording");
        else if (name == u"persons")
            readPersons(xml, b, talk);
        else if (name == u"links" || name == u"attachments")
            readLinks(xml, b, talk);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        return;
    if (talk.title.isEmpty()) {
        // Keep it: a schedule slot without a title is still a slot, but say so.
        talk.title = QStringLiteral("(untitled)");
        c.result.warning(fileName, line, QStringLiteral("event without a title"));
    }
    // The event's own page is its main link, ahead of the links it lists.
    if (!url.isEmpty()) {
        talk.links.insert(talk.links.begin(), Link{LinkKind::Page, url});
        for (size_t i = 1; i < talk.links.size(); ++i) {
            if (talk.links[i].url == url) {
                talk.links.erase(talk.links.begin() + qsizetype(i));
                break;
            }
        }
    }
    talk.room = b.dataset().intern(room);
    talk.track = b.dataset().intern(track);
    b.setKind(talk, type, track);
    if (!description.isEmpty() && description != abstract)
        abstract += (abstract.isEmpty() ? QString() : QStringLiteral("\n\n")) + description;
    talk.setAbstract(abstract);

    QDateTime start;
    if (!dateText.isEmpty())
        start = QDateTime::fromString(dateText, Qt::ISODate);
    if (!start.isValid() && c.day.isValid() && !startText.isEmpty()) {
        const QTime time = QTime::fromString(startText.left(5), QStringLiteral("HH:mm"));
        if (time.isValid()) {
            // Before the day change the slot belongs to the night after the schedule day.
            const QDate date = c.dayChange.isValid() && time < c.dayChange ? c.day.addDays(1) : c.day;
            const QTimeZone &zone = b.timeZone();
            start = zone.isValid() ? QDateTime(date, time, zone) : QDateTime(date, time, QTimeZone::utc());
        }
    }
    if (start.isValid()) {
        b.setTimes(talk, start, duration >= 0 ? start.addSecs(duration) : QDateTime());
    } else if (!dateText.isEmpty() || !startText.isEmpty()) {
        // The talk still counts, without a slot.
        c.result.warning(fileName, line,
                         QStringLiteral("event '%1': unreadable time '%2'")
                             .arg(talk.title, dateText.isEmpty() ? startText : dateText));
    }
}
} // namespace

int FrabXmlReader::sniff(const QString &fileName, QByteArrayView head) const
{
    if (!head.trimmed().startsWith('<'))
        return 0;
    if (!head.contains(QByteArrayView("<schedule")))
        return 0;
    if (head.contains(QByteArrayView("<conference")) || head.contains(QByteArrayView("<day")))
        return 95;
    return fileName.endsWith(QLatin1StringView(".xml"), Qt::CaseInsensitive) ? 50 : 30;
}

ReadResult FrabXmlReader::read(const QString &fileName, const QByteArray &content) const
{
    ReadResult result;
    ScheduleBuilder builder(result.dataset, fileName, formatName());
    // Bytes that are not UTF-8 in a file that says (or, without a declaration, means) UTF-8 would stop
    // QXmlStreamReader at line 1; read them as Windows-1252 instead and say where they start.
    QXmlStreamReader xml;
    QString decoded;
    const QByteArray declaration = content.left(content.indexOf('>') + 1).toLower();
    const bool otherEncoding = declaration.contains("encoding=") && !declaration.contains("utf-8");
    if (!otherEncoding && ScheduleBuilder::firstInvalidUtf8(content) >= 0) {
        decoded = ScheduleBuilder::decode(content, fileName, result);
        xml.addData(decoded);
    } else {
        xml.addData(content);
    }
    Context c{result, builder, xml, {}, {}, {}, {}, {}};
    bool sawSchedule = false;
    const auto ensureEvent = [&] {
        if (c.eventIndex.isValid())
            return;
        if (c.event.id.isEmpty()) {
            // No <conference>: the file's name is all there is to tell the event.
            c.event.id = TextKey::slug(QFileInfo(fileName).completeBaseName());
            c.event.name = QFileInfo(fileName).completeBaseName();
        }
        c.eventIndex = builder.addEvent(c.event);
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"schedule") {
            sawSchedule = true;
        } else if (name == u"conference") {
            c.event = readConference(xml, builder, &c.dayChange);
            builder.setSourceTitle(c.event.name);
            ensureEvent();
        } else if (name == u"day") {
            c.day =
                QDate::fromString(xml.attributes().value(QLatin1StringView("date")).toString(), Qt::ISODate);
            c.room.clear();
        } else if (name == u"room") {
            c.room = xml.attributes().value(QLatin1StringView("name")).toString().simplified();
        } else if (name == u"event") {
            ensureEvent();
            readEvent(c, fileName);
            if (xml.hasError() && !result.dataset.talks.empty())
                result.dataset.talks.pop_back(); // half an event is not a talk
        } else if (name == u"tracks") {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        result.error(fileName, int(xml.lineNumber()),
                     QStringLiteral("malformed XML: %1 (%2 talks before it kept)")
                         .arg(xml.errorString())
                         .arg(result.dataset.talks.size()));
    } else if (!sawSchedule) {
        result.error(fileName, 1, QStringLiteral("not a frab schedule: no <schedule> element"));
    }
    return result;
}
