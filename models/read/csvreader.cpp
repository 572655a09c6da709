#include "csvreader.h"

#include "analysis/talklineparser.h"
#include "analysis/textkey.h"
#include "schedulebuilder.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace {
enum Column {
    Title,
    Speakers,
    Affiliation,
    Track,
    Type,
    Room,
    Start,
    End,
    Date,
    Duration,
    Description,
    Url,
    Recording,
    Slides,
    EventName,
    Zone,
    ColumnCount
};

// Header names as TextKey::title writes them, per column.
const std::array<QStringList, ColumnCount> &headerNames()
{
    static const std::array<QStringList, ColumnCount> names = {
        QStringList{QStringLiteral("title"), QStringLiteral("session title"), QStringLiteral("session name"),
                    QStringLiteral("name"), QStringLiteral("talk"), QStringLiteral("session"),
                    QStringLiteral("summary"), QStringLiteral("event name")},
        {QStringLiteral("speakers"), QStringLiteral("speaker"), QStringLiteral("speaker names"),
         QStringLiteral("presenters"), QStringLiteral("presenter"), QStringLiteral("speaker s")},
        {QStringLiteral("company"), QStringLiteral("organization"), QStringLiteral("organisation"),
         QStringLiteral("affiliation"), QStringLiteral("speaker company")},
        {QStringLiteral("track"), QStringLiteral("tracks"), QStringLiteral("category"),
         QStringLiteral("categories"), QStringLiteral("topic")},
        {QStringLiteral("type"), QStringLiteral("session type"), QStringLiteral("session format"),
         QStringLiteral("format"), QStringLiteral("kind")},
        {QStringLiteral("room"), QStringLiteral("location"), QStringLiteral("venue"),
         QStringLiteral("stage")},
        {QStringLiteral("start"), QStringLiteral("start time"), QStringLiteral("starts at"),
         QStringLiteral("starts"), QStringLiteral("start date"), QStringLiteral("begin"),
         QStringLiteral("scheduled at"), QStringLiteral("start date time")},
        {QStringLiteral("end"), QStringLiteral("end time"), QStringLiteral("ends at"), QStringLiteral("ends"),
         QStringLiteral("end date")},
        {QStringLiteral("date"), QStringLiteral("day")},
        {QStringLiteral("duration"), QStringLiteral("length"), QStringLiteral("scheduled duration")},
        {QStringLiteral("description"), QStringLiteral("abstract"), QStringLiteral("session description")},
        {QStringLiteral("url"), QStringLiteral("link"), QStringLiteral("session url"),
         QStringLiteral("page")},
        {QStringLiteral("recording"), QStringLiteral("recording url"), QStringLiteral("video"),
         QStringLiteral("youtube")},
        {QStringLiteral("slides"), QStringLiteral("slides url"), QStringLiteral("presentation")},
        {QStringLiteral("event"), QStringLiteral("conference")},
        {QStringLiteral("time zone"), QStringLiteral("timezone"), QStringLiteral("tz")},
    };
    return names;
}

QChar detectSeparator(QStringView firstLine)
{
    int best = 0;
    QChar sep = u',';
    for (const QChar c : {u',', u';', u'\t', u'|'}) {
        int n = 0;
        bool quoted = false;
        for (const QChar x : firstLine) {
            if (x == u'"')
                quoted = !quoted;
            else if (x == c && !quoted)
                ++n;
        }
        if (n > best) {
            best = n;
            sep = c;
        }
    }
    return sep;
}

struct Record
{
    QStringList fields;
    int line = 0;
};

// RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks.
QList<Record> parseRecords(QStringView text, QChar sep, ReadResult &result, const QString &fileName)
{
    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    current.line = 1;
    bool quoted = false, wasQuoted = false;
    int quoteLine = 0;
    const auto endRecord = [&] {
        current.fields << (wasQuoted ? field : field.trimmed());
        const bool blank = current.fields.size() == 1 && current.fields[0].isEmpty();
        if (!blank)
            records << current;
        current = Record();
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = wasQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == sep) {
            current.fields << (wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else if (!wasQuoted) {
            field += c;
        }
    }
    if (quoted) {
        result.error(fileName, quoteLine, QStringLiteral("quoted field is never closed"));
        field.clear();
        current.fields.clear();
        return records; // the open record is lost: where it ends cannot be told
    }
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

QDateTime parseDateTime(QString text, const QTimeZone &zone)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime)
            dt = QDateTime(dt.date(), dt.time(), zone.isValid() ? zone : QTimeZone::utc());
        return dt;
    }
    static const QStringList formats = {
        QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
        QStringLiteral("yyyy-MM-dd h:mm AP"),  QStringLiteral("M/d/yyyy h:mm AP"),
        QStringLiteral("M/d/yyyy H:mm"),       QStringLiteral("M/d/yyyy h:mm:ss AP"),
        QStringLiteral("d.M.yyyy H:mm"),       QStringLiteral("dd/MM/yyyy HH:mm")};
    for (const QString &f : formats) {
        const QDateTime local = QDateTime::fromString(text, f);
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone.isValid() ? zone : QTimeZone::utc());
    }
    return {};
}
} // namespace

int CsvReader::sniff(const QString &fileName, QByteArrayView head) const
{
    const qsizetype nl = head.indexOf('\n');
    const QString header = QString::fromUtf8(nl < 0 ? head : head.first(nl));
    const QChar sep = detectSeparator(header);
    if (!header.contains(sep))
        return 0;
    // Only a header row that names a title column and at least one other known column: a sentence
    // with commas in it, or a table of other things (SOURCES.tsv), is not a schedule.
    bool title = false;
    int others = 0;
    for (const QString &field : header.split(sep)) {
        const QString key = TextKey::title(QString(field).remove(u'"'));
        if (headerNames()[Title].contains(key))
            title = true;
        else if (std::any_of(headerNames().begin() + 1, headerNames().end(),
                             [&](const QStringList &names) { return names.contains(key); }))
            ++others;
    }
    if (!title || others == 0)
        return 0;
    const bool named = fileName.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive)
                       || fileName.endsWith(QLatin1StringView(".tsv"), Qt::CaseInsensitive);
    return named ? 90 : 70;
}

ReadResult CsvReader::read(const QString &fileName, const QByteArray &content) const
{
    ReadResult result;
    const QString text = ScheduleBuilder::decode(content, fileName, result);
    const qsizetype nl = text.indexOf(u'\n');
    const QChar sep = detectSeparator(QStringView(text).first(nl < 0 ? text.size() : nl));
    const QList<Record> records = parseRecords(text, sep, result, fileName);
    if (records.isEmpty()) {
        result.error(fileName, 1, QStringLiteral("no header row"));
        return result;
    }

    std::array<int, ColumnCount> column;
    column.fill(-1);
    const Record &header = records.front();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString key = TextKey::title(header.fields[i]);
        for (int c = 0; c < ColumnCount; ++c) {
            if (column[c] < 0 && headerNames()[c].contains(key)) {
                column[c] = i;
                break;
            }
        }
    }
    if (column[Title] < 0) {
        result.error(fileName, header.line,
                     QStringLiteral("no title column in the header (found: %1)")
                         .arg(header.fields.join(QLatin1StringView(", "))));
        return result;
    }

    ScheduleBuilder b(result.dataset, fileName, formatName());
    const auto field = [&](const Record &r, Column c) {
        return column[c] >= 0 && column[c] < r.fields.size() ? r.fields[column[c]].trimmed() : QString();
    };
    // The event: an Event column, else the file's name ("kubecon-eu-2024-schedule.csv").
    QHash<QString, EventIndex> events;
    const auto eventFor = [&](const QString &name) {
        const QString label = name.isEmpty() ? QFileInfo(fileName).completeBaseName() : name;
        const auto found = events.constFind(label);
        if (found != events.constEnd())
            return *found;
        const Event e = ScheduleBuilder::eventFromFields(QString(), label);
        const EventIndex index = b.addEvent(e);
        events.insert(label, index);
        return index;
    };

    for (qsizetype i = 1; i < records.size(); ++i) {
        const Record &r = records[i];
        if (r.fields.size() != header.fields.size()) {
            result.error(fileName, r.line,
                         QStringLiteral("row has %1 fields, the header has %2; row left out")
                             .arg(r.fields.size())
                             .arg(header.fields.size()));
            continue;
        }
        const QString title = field(r, Title).simplified();
        if (title.isEmpty()) {
            result.warning(fileName, r.line, QStringLiteral("row without a title left out"));
            continue;
        }
        const EventIndex event = eventFor(field(r, EventName));
        b.setTimeZone(field(r, Zone).toLatin1());
        if (!b.timeZone().isValid())
            b.setTimeZone(ScheduleBuilder::zoneOf(result.dataset.event(event)));
        Talk &talk = b.addTalk(event);
        talk.id = result.dataset.event(event).id + u"-r" + QString::number(r.line);
        talk.title = title;
        const QString track = field(r, Track);
        talk.track = b.dataset().intern(track);
        talk.room = b.dataset().intern(field(r, Room));
        b.setKind(talk, field(r, Type), track);
        talk.setAbstract(ScheduleBuilder::plainText(field(r, Description)));

        const QString speakerText = field(r, Speakers);
        const QList<ParsedSpeaker> parsed = TalkLineParser::parseSpeakers(speakerText);
        const QString company = field(r, Affiliation);
        if (!parsed.isEmpty()) {
            for (const ParsedSpeaker &s : parsed)
                b.addSpeaker(talk, s.name, s.affiliation.isEmpty() ? company : s.affiliation, s.role);
        } else {
            // Not written like names (or one per line): split on the usual list separators.
            static const QRegularExpression listSep(QStringLiteral("\\s*(?:;|\\||\\n|,| & | and )\\s*"));
            for (const QString &name : speakerText.split(listSep, Qt::SkipEmptyParts))
                b.addSpeaker(talk, name, company);
        }

        b.addLink(talk, field(r, Url));
        b.addLink(talk, field(r, Recording), u"recording");
        b.addLink(talk, field(r, Slides), u"slides");

        QString startText = field(r, Start);
        const QString date = field(r, Date);
        if (!date.isEmpty() && !startText.isEmpty() && !startText.contains(u'-') && !startText.contains(u'/'))
            startText = date + u' ' + startText;
        QString endText = field(r, End);
        if (!date.isEmpty() && !endText.isEmpty() && !endText.contains(u'-') && !endText.contains(u'/'))
            endText = date + u' ' + endText;
        const QDateTime start = parseDateTime(startText, b.timeZone());
        QDateTime end = parseDateTime(endText, b.timeZone());
        const int duration = ScheduleBuilder::durationSeconds(field(r, Duration));
        if (!end.isValid() && start.isValid() && duration >= 0)
            end = start.addSecs(duration);
        if (!startText.isEmpty() && !start.isValid())
            result.warning(fileName, r.line, QStringLiteral("unreadable start time '%1'").arg(startText));
        b.setTimes(talk, start, end);
        if (!talk.day.isValid() && !date.isEmpty())
            talk.day = QDate::fromString(date, Qt::ISODate);
    }
    return result;
}
