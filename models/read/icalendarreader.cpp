#include "icalendarreader.h"

#include "analysis/talklineparser.h"
#include "analysis/textkey.h"
#include "schedulebuilder.h"

#include <QFileInfo>
#include <QHash>
#include <libical/ical.h>
#include <memory>

namespace {
struct Block
{
    QByteArray name;
    int beginLine = 0;
    int endLine = 0; // 0 while open
};

// libical reports no line numbers, so the BEGIN/END structure is checked here first: every VEVENT's
// line, and whatever is left open at the end of a truncated file.
QList<Block> scanBlocks(const QByteArray &content, QList<Block> *unclosed, int *lines)
{
    QList<Block> events;
    QList<Block> stack;
    int line = 0;
    qsizetype pos = 0;
    while (pos < content.size()) {
        qsizetype end = content.indexOf('\n', pos);
        if (end < 0)
            end = content.size();
        ++line;
        QByteArrayView l = QByteArrayView(content).sliced(pos, end - pos);
        if (l.endsWith('\r'))
            l.chop(1);
        if (l.startsWith("BEGIN:")) {
            stack.append({l.sliced(6).trimmed().toByteArray().toUpper(), line, 0});
        } else if (l.startsWith("END:")) {
            const QByteArray name = l.sliced(4).trimmed().toByteArray().toUpper();
            // Close up to the matching BEGIN; anything in between was never closed.
            for (qsizetype i = stack.size() - 1; i >= 0; --i) {
                if (stack[i].name == name) {
                    while (stack.size() > i + 1)
                        unclosed->append(stack.takeLast());
                    Block b = stack.takeLast();
                    b.endLine = line;
                    if (b.name == "VEVENT")
                        events.append(b);
                    break;
                }
            }
        }
        pos = end + 1;
    }
    *lines = line;
    while (!stack.isEmpty())
        unclosed->append(stack.takeLast());
    return events;
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// DTSTART/DTEND as written: "20260323T090000Z", "20260323T100000" with TZID, or a date.
QDateTime dateTime(icalcomponent *event, icalproperty_kind kind, const QTimeZone &fallback)
{
    icalproperty *p = icalcomponent_get_first_property(event, kind);
    if (!p)
        return {};
    const QString value = text(icalproperty_get_value_as_string(p));
    QTimeZone zone = fallback.isValid() ? fallback : QTimeZone::utc();
    if (icalparameter *tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
        const QByteArray id = QByteArray(icalparameter_get_tzid(tz)).trimmed();
        if (QTimeZone::isTimeZoneIdAvailable(id))
            zone = QTimeZone(id);
    }
    if (value.size() == 8)
        return QDateTime(QDate::fromString(value, QStringLiteral("yyyyMMdd")), QTime(0, 0), zone);
    const QDateTime local = QDateTime::fromString(value.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), value.endsWith(u'Z') ? QTimeZone::utc() : zone);
}

QString xProperty(icalcomponent *c, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return text(icalproperty_get_value_as_string(p));
    }
    return {};
}

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
} // namespace

int ICalendarReader::sniff(const QString &fileName, QByteArrayView head) const
{
    QByteArrayView t = head.trimmed();
    if (t.startsWith("\xEF\xBB\xBF"))
        t = t.sliced(3);
    if (t.startsWith("BEGIN:VCALENDAR"))
        return 95;
    if (t.contains("BEGIN:VEVENT"))
        return 60;
    return fileName.endsWith(QLatin1StringView(".ics"), Qt::CaseInsensitive) ? 30 : 0;
}

ReadResult ICalendarReader::read(const QString &fileName, const QByteArray &content) const
{
    ReadResult result;
    QList<Block> unclosed;
    int lines = 0;
    const QList<Block> blocks = scanBlocks(content, &unclosed, &lines);
    QByteArray data = content;
    if (ScheduleBuilder::firstInvalidUtf8(content) >= 0)
        data = ScheduleBuilder::decode(content, fileName, result).toUtf8();
    for (const Block &b : unclosed) {
        if (b.name == "VCALENDAR") {
            result.error(
                fileName, lines,
                QStringLiteral("calendar is not closed: no END:VCALENDAR for BEGIN:VCALENDAR at line %1")
                    .arg(b.beginLine));
        } else {
            result.error(
                fileName, b.beginLine,
                QStringLiteral("BEGIN:%1 is never closed; left out").arg(QString::fromLatin1(b.name)));
        }
    }
    if (!unclosed.isEmpty() && !blocks.isEmpty()) {
        // Cut after the last complete VEVENT and close the calendar there, so every whole event is kept.
        qsizetype cut = 0;
        for (int l = 0; l < blocks.back().endLine && cut >= 0; ++l)
            cut = data.indexOf('\n', cut) + 1;
        data = data.left(cut > 0 ? cut : data.size()) + "END:VCALENDAR\r\n";
    }
    if (blocks.isEmpty()) {
        if (unclosed.isEmpty())
            result.error(fileName, 1, QStringLiteral("no VEVENT in the calendar"));
        return result;
    }
    std::unique_ptr<icalcomponent, ComponentDeleter> root(icalparser_parse_string(data.constData()));
    if (!root) {
        result.error(fileName, 1, QStringLiteral("not an iCalendar file libical can read"));
        return result;
    }
    icalcomponent *calendar = root.get();
    if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT)
        calendar = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
    if (!calendar) {
        result.error(fileName, 1, QStringLiteral("no VCALENDAR in the file"));
        return result;
    }

    ScheduleBuilder b(result.dataset, fileName, formatName());
    // Sched: X-WR-CALNAME "kccnceu2026", PRODID "-//Sched.com KubeCon + CloudNativeCon Europe 2026//EN".
    const QString calName = xProperty(calendar, "X-WR-CALNAME");
    QString label;
    if (icalproperty *p = icalcomponent_get_first_property(calendar, ICAL_PRODID_PROPERTY)) {
        const QString prodId = text(icalproperty_get_prodid(p));
        const QStringList parts = prodId.split(QLatin1StringView("//"));
        if (parts.size() >= 2 && parts[1].startsWith(QLatin1StringView("Sched.com ")))
            label = parts[1].mid(10).trimmed();
    }
    if (label.isEmpty())
        label = calName.isEmpty() ? QFileInfo(fileName).completeBaseName() : calName;

    // The city the most events name in LOCATION ("Hall 7 | Room A, Amsterdam, Netherlands").
    QHash<QString, int> cities;
    QString country;
    for (icalcomponent *ev = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        const QStringList parts = text(icalcomponent_get_location(ev)).split(u',');
        if (parts.size() >= 3) {
            ++cities[parts[parts.size() - 2].trimmed()];
            country = parts.back().trimmed();
        }
    }
    QString city;
    for (auto it = cities.begin(); it != cities.end(); ++it) {
        if (city.isEmpty() || it.value() > cities.value(city))
            city = it.key();
    }
    Event event = ScheduleBuilder::eventFromFields(calName, label, 0, city, country);
    b.setTimeZone(ScheduleBuilder::zoneOf(event));
    if (!b.timeZone().isValid())
        b.setTimeZone(xProperty(calendar, "X-WR-TIMEZONE").toLatin1());
    const EventIndex eventIndex = b.addEvent(event);
    b.setSourceTitle(event.name);

    int n = 0;
    for (icalcomponent *ev = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++n) {
        const int line = n < blocks.size() ? blocks[n].beginLine : 0;
        for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_XLICERROR_PROPERTY)) {
            const QString message = text(icalproperty_get_xlicerror(p)).trimmed();
            // Sched writes "DESCRIPTION:" for events without one; an empty property loses nothing.
            if (!message.startsWith(QLatin1StringView("No value for")))
                result.warning(fileName, line, QStringLiteral("in the VEVENT: %1").arg(message));
        }
        const QString summary = text(icalcomponent_get_summary(ev)).simplified();
        if (summary.isEmpty()) {
            result.warning(fileName, line, QStringLiteral("VEVENT without a SUMMARY left out"));
            continue;
        }
        Talk &talk = b.addTalk(eventIndex);
        const QString uid = text(icalcomponent_get_uid(ev));
        talk.id = event.id + u'-' + (uid.isEmpty() ? QString::number(n + 1) : uid.left(12));
        const ParsedTalkLine parsed = TalkLineParser::parse(summary);
        TalkKind labelKind = TalkKind::Talk;
        talk.title = ScheduleBuilder::stripTrailingLabel(
            parsed.title.isEmpty() ? summary : parsed.title.simplified(), &labelKind);
        for (const ParsedSpeaker &s : parsed.speakers)
            b.addSpeaker(talk, s.name, s.affiliation, s.role);

        QString track;
        if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_CATEGORIES_PROPERTY))
            track = text(icalproperty_get_categories(p)).simplified();
        talk.track = b.dataset().intern(track);
        QStringList location = text(icalcomponent_get_location(ev)).split(u',');
        if (location.size() >= 3 && location[location.size() - 2].trimmed() == city) {
            location.removeLast();
            location.removeLast();
        }
        talk.room = b.dataset().intern(location.join(u',').simplified());
        b.setKind(talk, QString(), track);
        if (parsed.kind && talk.kind == TalkKind::Talk)
            talk.kind = *parsed.kind;
        if (talk.kind == TalkKind::Talk)
            talk.kind = labelKind;
        talk.setAbstract(ScheduleBuilder::plainText(text(icalcomponent_get_description(ev))));
        if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_URL_PROPERTY))
            b.addLink(talk, text(icalproperty_get_url(p)));

        const QDateTime start = dateTime(ev, ICAL_DTSTART_PROPERTY, b.timeZone());
        QDateTime end = dateTime(ev, ICAL_DTEND_PROPERTY, b.timeZone());
        if (!end.isValid() && start.isValid()) {
            if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
                const int seconds =
                    ScheduleBuilder::durationSeconds(text(icalproperty_get_value_as_string(p)));
                if (seconds >= 0)
                    end = start.addSecs(seconds);
            }
        }
        b.setTimes(talk, start, end);
    }
    // A feed's events give the conference's days when its header does not.
    Event &e = result.dataset.events[eventIndex.value];
    for (const Talk &t : result.dataset.talks) {
        if (t.day.isValid() && t.kind != TalkKind::Logistics) {
            if (!e.start.isValid() || t.day < e.start)
                e.start = t.day;
            if (!e.end.isValid() || t.day > e.end)
                e.end = t.day;
        }
    }
    if (!e.year && e.start.isValid())
        e.year = e.start.year();
    return result;
}
