#include "c3vocjsonreader.h"

#include "analysis/textkey.h"
#include "data/jsonlocator.h"
#include "schedulebuilder.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// The text cut after the last complete object inside an array before `errorOffset`, with the
// containers still open closed again: a truncated export then parses with all its whole events.
QByteArray salvage(const QByteArray &text, qsizetype errorOffset)
{
    std::vector<char> open;
    std::vector<char> openAtCut;
    qsizetype cut = -1;
    bool inString = false;
    for (qsizetype i = 0; i < std::min(errorOffset, text.size()); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '{':
        case '[': open.push_back(c); break;
        case '}':
        case ']':
            if (open.empty())
                return {};
            open.pop_back();
            if (c == '}' && !open.empty() && open.back() == '[') {
                cut = i + 1;
                openAtCut = open;
            }
            break;
        default: break;
        }
    }
    if (cut < 0)
        return {};
    QByteArray fixed = text.left(cut);
    for (auto it = openAtCut.rbegin(); it != openAtCut.rend(); ++it)
        fixed += *it == '[' ? ']' : '}';
    return fixed;
}

QString personName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    for (const auto key : {u"public_name", u"full_public_name", u"name"}) {
        const QString name = o.value(QStringView(key)).toString();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

void readLinks(const QJsonValue &v, ScheduleBuilder &b, Talk &talk)
{
    for (const QJsonValue item : v.toArray()) {
        if (item.isString()) {
            b.addLink(talk, item.toString());
        } else {
            const QJsonObject o = item.toObject();
            b.addLink(talk, o.value(u"url").toString(o.value(u"href").toString()),
                      o.value(u"title").toString());
        }
    }
}

void readTalk(const QJsonObject &o, const QDate &day, const QString &roomName, const Event &event,
              EventIndex eventIndex, ScheduleBuilder &b)
{
    Talk &talk = b.addTalk(eventIndex);
    const QJsonValue id = o.value(u"id");
    talk.id = event.id + u'-' + (id.isDouble() ? QString::number(id.toInteger()) : id.toString());
    talk.title = o.value(u"title").toString().simplified();
    talk.day = day;
    const QString room = o.value(u"room").toString(roomName).simplified();
    const QString track = o.value(u"track").toString().simplified();
    talk.room = b.dataset().intern(room);
    talk.track = b.dataset().intern(track);
    b.setKind(talk, o.value(u"type").toString(), track);

    QString abstract = ScheduleBuilder::plainText(o.value(u"abstract").toString());
    const QString description = ScheduleBuilder::plainText(o.value(u"description").toString());
    if (!description.isEmpty() && description != abstract)
        abstract += (abstract.isEmpty() ? QString() : QStringLiteral("\n\n")) + description;
    talk.setAbstract(abstract);

    for (const QJsonValue p : o.value(u"persons").toArray())
        b.addSpeaker(talk, personName(p));
    const QString url = o.value(u"url").toString();
    if (!url.isEmpty())
        talk.links.push_back({LinkKind::Page, url});
    for (const auto key : {u"video_download_url", u"recording_url"}) {
        const QString rec = o.value(QStringView(key)).toString();
        if (!rec.isEmpty())
            b.addLink(talk, rec, u"recording");
    }
    readLinks(o.value(u"links"), b, talk);
    readLinks(o.value(u"attachments"), b, talk);

    const QDateTime start = QDateTime::fromString(o.value(u"date").toString(), Qt::ISODate);
    const int duration = ScheduleBuilder::durationSeconds(o.value(u"duration").toString());
    if (start.isValid())
        b.setTimes(talk, start, duration >= 0 ? start.addSecs(duration) : QDateTime());
}
} // namespace

int C3vocJsonReader::sniff(const QString &fileName, QByteArrayView head) const
{
    if (!head.trimmed().startsWith('{'))
        return 0;
    if (head.contains(QByteArrayView("\"schedule\"")) && head.contains(QByteArrayView("\"conference\"")))
        return 95;
    return head.contains(QByteArrayView("\"schedule\"")) && fileName.endsWith(u".json") ? 40 : 0;
}

ReadResult C3vocJsonReader::read(const QString &fileName, const QByteArray &content) const
{
    ReadResult result;
    // JSON must be UTF-8; a file with stray Windows-1252 bytes is read as such, with a warning.
    QByteArray text = content;
    if (ScheduleBuilder::firstInvalidUtf8(content) >= 0)
        text = ScheduleBuilder::decode(content, fileName, result).toUtf8();
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error(fileName, lineAtOffset(text, error.offset),
                     QStringLiteral("malformed JSON: %1").arg(error.errorString()));
        text = salvage(text, error.offset);
        doc = QJsonDocument::fromJson(text);
        if (doc.isNull())
            return result;
    }
    const QJsonObject conference = doc.object().value(u"schedule").toObject().value(u"conference").toObject();
    if (conference.isEmpty()) {
        result.error(fileName, JsonLocator::lineOf(text, {QStringLiteral("schedule")}),
                     QStringLiteral("not a c3voc schedule: no schedule.conference object"));
        return result;
    }
    ScheduleBuilder b(result.dataset, fileName, formatName());
    b.setTimeZone(conference.value(u"time_zone_name").toString().toLatin1());
    Event event;
    const QString acronym = conference.value(u"acronym").toString();
    event.name = conference.value(u"title").toString().simplified();
    event.id = TextKey::slug(acronym.isEmpty() ? event.name : acronym);
    if (event.id.isEmpty())
        event.id = TextKey::slug(QFileInfo(fileName).completeBaseName());
    event.start = QDate::fromString(conference.value(u"start").toString().left(10), Qt::ISODate);
    event.end = QDate::fromString(conference.value(u"end").toString().left(10), Qt::ISODate);
    event.year = event.start.isValid() ? event.start.year() : 0;
    static const QRegularExpression trailingYear(QStringLiteral("\\s*\\b(19|20)\\d\\d\\s*$"));
    event.series = QString(event.name).remove(trailingYear);
    const EventIndex eventIndex = b.addEvent(event);
    b.setSourceTitle(event.name);

    const QJsonArray days = conference.value(u"days").toArray();
    for (qsizetype d = 0; d < days.size(); ++d) {
        const QJsonObject day = days[d].toObject();
        const QDate date = QDate::fromString(day.value(u"date").toString(), Qt::ISODate);
        const QJsonObject rooms = day.value(u"rooms").toObject();
        for (auto room = rooms.begin(); room != rooms.end(); ++room) {
            if (!room.value().isArray()) {
                const JsonLocator::Path path{QStringLiteral("schedule"), QStringLiteral("conference"),
                                             QStringLiteral("days"),     d,
                                             QStringLiteral("rooms"),    room.key()};
                result.error(
                    fileName, JsonLocator::lineOf(text, path),
                    QStringLiteral("%1: expected a list of events").arg(JsonLocator::toString(path)));
                continue;
            }
            for (const QJsonValue ev : room.value().toArray())
                readTalk(ev.toObject(), date, room.key(), event, eventIndex, b);
        }
    }
    return result;
}
