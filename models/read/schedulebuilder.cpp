#include "schedulebuilder.h"

#include "linkevidence.h"

#include "analysis/eventcatalog.h"
#include "analysis/talklineparser.h"
#include "analysis/textkey.h"
#include "textdecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

ScheduleBuilder::ScheduleBuilder(Dataset &dataset, const QString &fileName, const QString &format)
    : m_ds(dataset)
{
    Source s;
    s.id = QStringLiteral("s1");
    s.file = fileName;
    s.title = QFileInfo(fileName).fileName();
    s.format = format;
    s.kind = SourceKind::Schedule;
    m_ds.sources.push_back(s);
    m_source = SourceIndex(m_ds.sources.size() - 1);
}

void ScheduleBuilder::setSourceTitle(const QString &title)
{
    if (!title.isEmpty())
        m_ds.sources[m_source.value].title = title;
}

Talk &ScheduleBuilder::addTalk(EventIndex event)
{
    Talk &t = m_ds.talks.emplace_back();
    t.event = event;
    t.sources.push_back(m_source);
    return t;
}

void ScheduleBuilder::setTimeZone(const QByteArray &ianaId)
{
    if (ianaId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(ianaId))
        return;
    m_zone = QTimeZone(ianaId);
    m_zoneId = m_ds.intern(QString::fromLatin1(ianaId));
}

void ScheduleBuilder::setTimes(Talk &talk, const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return;
    // Readers give times with an offset or in UTC; the talk shows them in the conference's zone.
    const QDateTime local = m_zone.isValid() ? start.toTimeZone(m_zone) : start;
    talk.setStart(local);
    if (end.isValid() && end >= start)
        talk.setEnd(end);
    if (m_zoneId.isValid())
        talk.timeZone = m_zoneId;
    if (!talk.day.isValid())
        talk.day = local.date();
}

void ScheduleBuilder::addSpeaker(Talk &talk, const QString &name, const QString &affiliation,
                                 const QString &role)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return;
    Speaker s;
    s.name = m_ds.intern(n);
    s.role = m_ds.intern(role.simplified());
    s.affiliation = m_ds.intern(affiliation.simplified());
    talk.speakers.push_back(s);
    if (!affiliation.isEmpty()
        && std::find(talk.organizations.begin(), talk.organizations.end(), s.affiliation)
               == talk.organizations.end())
        talk.organizations.push_back(s.affiliation);
}

void ScheduleBuilder::addLink(Talk &talk, const QString &url, QStringView label)
{
    const QString u = url.trimmed();
    if (u.isEmpty())
        return;
    for (const Link &l : talk.links) {
        if (l.url == u)
            return;
    }
    talk.links.push_back({linkKindOf(u, label), u});
}

void ScheduleBuilder::setKind(Talk &talk, QStringView type, QStringView track)
{
    talk.kind = kindOf(type, track, talk.title);
}

QString ScheduleBuilder::stripTrailingLabel(const QString &title, TalkKind *kind)
{
    const qsizetype bar = title.lastIndexOf(QLatin1StringView(" | "));
    if (bar <= 0)
        return title;
    const QString label = title.mid(bar + 3).trimmed();
    const QString key = TextKey::title(label);
    std::optional<TalkKind> labelKind = TalkLineParser::kindFromLabel(label);
    if (!labelKind && key.endsWith(QLatin1StringView("lightning talk")))
        labelKind = TalkKind::Lightning; // "Project Lightning Talk", "TAG Lightning Talk"
    // A notice in capitals ("ALL ACCESS PASS REQUIRED", "SEPARATE REGISTRATION REQUIRED").
    const bool notice = key.contains(u' ') && label == label.toUpper() && label != label.toLower();
    if (!labelKind && !notice)
        return title;
    if (labelKind)
        *kind = *labelKind;
    return title.left(bar).trimmed();
}

bool ScheduleBuilder::isLogistics(QStringView title)
{
    const QString key = TextKey::title(title);
    const auto startsWith = [&](QLatin1StringView p) {
        return key.startsWith(p) && (key.size() == p.size() || key[p.size()] == u' ');
    };
    // These never name a talk, however long the entry ("Badge Pick-Up + Vaccine ... Verification").
    static const QLatin1StringView always[] = {QLatin1StringView("badge pick up"),
                                               QLatin1StringView("badge pickup"),
                                               QLatin1StringView("coat bag check"),
                                               QLatin1StringView("cloakroom"),
                                               QLatin1StringView("on site covid 19 test kit"),
                                               QLatin1StringView("covid 19 test kit")};
    for (const auto p : always) {
        if (startsWith(p))
            return true;
    }
    // These only as short entries: "Lunch" is logistics, "Lunch and Learn: eBPF at scale" is not.
    if (key.count(u' ') >= 4)
        return false;
    static const QLatin1StringView shortOnly[] = {QLatin1StringView("registration"),
                                                  QLatin1StringView("attendee registration"),
                                                  QLatin1StringView("speaker registration"),
                                                  QLatin1StringView("coffee"),
                                                  QLatin1StringView("lunch"),
                                                  QLatin1StringView("breakfast"),
                                                  QLatin1StringView("break"),
                                                  QLatin1StringView("breaks"),
                                                  QLatin1StringView("expo hall"),
                                                  QLatin1StringView("solutions showcase"),
                                                  QLatin1StringView("project pavilion"),
                                                  QLatin1StringView("networking break")};
    for (const auto p : shortOnly) {
        if (startsWith(p))
            return true;
    }
    return key.endsWith(QLatin1StringView(" break")) || key.endsWith(QLatin1StringView(" lunch"));
}

bool ScheduleBuilder::isLogisticsTrack(QStringView track)
{
    // Whole tracks of logistics; a "Solutions Showcase" track holds sponsor demos, so it is not one.
    static const QStringList tracks = {QStringLiteral("registration"),
                                       QStringLiteral("breaks"),
                                       QStringLiteral("break"),
                                       QStringLiteral("badge pick up"),
                                       QStringLiteral("logistics"),
                                       QStringLiteral("meals"),
                                       QStringLiteral("covid 19 test kit pick up")};
    return !track.isEmpty() && tracks.contains(TextKey::title(track));
}

TalkKind ScheduleBuilder::kindOf(QStringView type, QStringView track, QStringView title)
{
    if (isLogistics(title) || isLogisticsTrack(track) || isLogisticsTrack(type))
        return TalkKind::Logistics;
    const auto has = [](QStringView text, const char *word) {
        return text.contains(QLatin1StringView(word), Qt::CaseInsensitive);
    };
    // A short title prefix names the session type ("Keynote: ...", "Lightning Talk: ...").
    const qsizetype colon = title.indexOf(u':');
    const QStringView prefix = colon > 0 && colon <= 24 ? title.first(colon) : QStringView();
    for (const QStringView text : {type, prefix, track}) {
        if (text.isEmpty())
            continue;
        if (has(text, "keynote"))
            return TalkKind::Keynote;
        if (has(text, "lightning"))
            return TalkKind::Lightning;
        if (has(text, "workshop"))
            return TalkKind::Workshop;
        if (has(text, "tutorial"))
            return TalkKind::Tutorial;
        if (has(text, "panel"))
            return TalkKind::Panel;
    }
    return TalkKind::Talk;
}

LinkKind ScheduleBuilder::linkKindOf(QStringView url, QStringView label)
{
    // A schedule's labels ("Video", "Slides for the talk") are its own word on a link; what the address
    // says is shared with the write-up reader.
    if (label.contains(u"video", Qt::CaseInsensitive) || label.contains(u"recording", Qt::CaseInsensitive)
        || url.contains(u"video.fosdem.org", Qt::CaseInsensitive))
        return LinkKind::Recording;
    if (label.contains(u"slides", Qt::CaseInsensitive) || label.contains(u"presentation", Qt::CaseInsensitive))
        return LinkKind::Slides;
    return LinkEvidence::kindOf(url.toString(), label);
}

QString ScheduleBuilder::plainText(QStringView html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.trimmed().toString();
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    bool breaks = false; // a paragraph end was written: blank-line runs are tidied at the end
    for (qsizetype i = 0; i < n;) {
        // Copy the plain run up to the next tag or entity in one go: per-character appends were most of
        // the time of reading an abstract-heavy schedule.
        qsizetype j = i;
        while (j < n && html[j] != u'<' && html[j] != u'&')
            ++j;
        out.append(html.sliced(i, j - i));
        if (j == n)
            break;
        i = j;
        if (html[i] == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0) {
                out.append(html.sliced(i));
                break;
            }
            const QStringView tag = html.sliced(i + 1, close - i - 1);
            if (tag.startsWith(u"/p") || tag.startsWith(u"br") || tag.startsWith(u"li")
                || tag.startsWith(u"/h")) {
                out += u'\n';
                breaks = true;
            }
            i = close + 1;
            continue;
        }
        const qsizetype semi = html.indexOf(u';', i);
        const QStringView entity =
            semi > i && semi - i < 10 ? html.sliced(i + 1, semi - i - 1) : QStringView();
        QChar decoded;
        if (entity == u"amp")
            decoded = u'&';
        else if (entity == u"lt")
            decoded = u'<';
        else if (entity == u"gt")
            decoded = u'>';
        else if (entity == u"quot")
            decoded = u'"';
        else if (entity == u"apos" || entity == u"#39")
            decoded = u'\'';
        else if (entity == u"nbsp")
            decoded = u' ';
        else if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint code =
                entity.startsWith(u"#x") ? entity.sliced(2).toUInt(&ok, 16) : entity.sliced(1).toUInt(&ok);
            if (ok && code > 0 && code < 0x10000)
                decoded = QChar(char16_t(code));
        }
        if (decoded.isNull()) {
            out += u'&';
            ++i;
        } else {
            out += decoded;
            i = semi + 1;
        }
    }
    if (breaks) {
        // Paragraph ends plus the source's own line breaks leave runs of blank lines.
        static const QRegularExpression blankRuns(QStringLiteral("\\n\\s*\\n\\s*"));
        out.replace(blankRuns, QStringLiteral("\n\n"));
    }
    return out.trimmed();
}

int ScheduleBuilder::durationSeconds(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return -1;
    if (text.startsWith(u'P')) {
        // ISO 8601 duration, as iCalendar writes it.
        int total = 0, number = 0;
        bool any = false;
        for (const QChar c : text.sliced(1)) {
            if (c.isDigit()) {
                number = number * 10 + c.digitValue();
            } else if (c == u'D' || c == u'H' || c == u'M' || c == u'S') {
                total += number * (c == u'D' ? 86400 : c == u'H' ? 3600 : c == u'M' ? 60 : 1);
                number = 0;
                any = true;
            } else if (c != u'T') {
                return -1;
            }
        }
        return any ? total : -1;
    }
    const auto parts = text.split(u':');
    if (parts.size() == 1) {
        // A bare number, as Sessionize's "Scheduled Duration" writes it, counts minutes.
        bool ok = false;
        const int minutes = text.toInt(&ok);
        return ok && minutes >= 0 ? minutes * 60 : -1;
    }
    if (parts.size() > 3)
        return -1;
    int total = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int n = parts[i].toInt(&ok);
        if (!ok || n < 0)
            return -1;
        total += n * (i == 0 ? 3600 : i == 1 ? 60 : 1);
    }
    return total;
}

qsizetype ScheduleBuilder::firstInvalidUtf8(QByteArrayView bytes)
{
    // Qt's vectorised check first: nearly every file is valid, and only a bad one needs the offset.
    if (bytes.isValidUtf8())
        return -1;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto c = uchar(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
        if (extra < 0 || c == 0xC0 || c == 0xC1)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (uchar(bytes[i + k]) & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

QString ScheduleBuilder::decode(const QByteArray &content, const QString &fileName, ReadResult &result)
{
    TextDecoder::Decoded d = TextDecoder::decode(content);
    if (d.encoding == u"windows-1252") {
        const qsizetype bad = firstInvalidUtf8(content);
        result.warning(fileName, bad < 0 ? 0 : lineAtOffset(content, bad),
                       QStringLiteral("not valid UTF-8 (byte 0x%1); read as Windows-1252")
                           .arg(bad < 0 ? 0 : uchar(content[bad]), 2, 16, QLatin1Char('0')));
    }
    return std::move(d.text);
}

Event ScheduleBuilder::eventFromFields(const QString &id, const QString &label, int year, const QString &city,
                                       const QString &country, const QString &region, const QString &dates)
{
    // The catalog knows the KubeCon editions by sched host and by name; what it says wins.
    const EventCatalog &catalog = EventCatalog::instance();
    std::optional<Event> known = id.isEmpty() ? std::nullopt : catalog.byId(id);
    if (!known && !label.isEmpty())
        known = catalog.recognise(label, year);
    if (known)
        return *known;

    Event e;
    // "KubeCon + CloudNativeCon Europe 2022 - Valencia, Spain": the name, then the place.
    const qsizetype dash = label.indexOf(QLatin1StringView(" - "));
    e.name = (dash > 0 ? label.left(dash) : label).simplified();
    e.city = city;
    e.country = country;
    e.region = region;
    static const QRegularExpression yearRe(QStringLiteral("\\b((?:19|20)\\d\\d)\\b"));
    e.year = year ? year : yearRe.match(e.name).captured(1).toInt();
    if (!dates.isEmpty()) {
        const QStringList range = dates.split(u'/');
        e.start = QDate::fromString(range.front().trimmed(), Qt::ISODate);
        e.end = QDate::fromString(range.back().trimmed(), Qt::ISODate);
    }
    if (e.name.startsWith(QLatin1StringView("KubeCon"), Qt::CaseInsensitive))
        e.series = QStringLiteral("KubeCon + CloudNativeCon");

    // Sched's KubeCon ids: "kccnceu2022", "kccncna2024", "kccncchina2023".
    static const QRegularExpression schedId(QStringLiteral("^kccnc([a-z]+)(\\d{4})$"));
    const auto m = schedId.match(id.trimmed().toLower());
    if (m.hasMatch()) {
        e.id = QStringLiteral("kubecon-") + m.captured(1) + u'-' + m.captured(2);
        if (!e.year)
            e.year = m.captured(2).toInt();
        if (e.series.isEmpty())
            e.series = QStringLiteral("KubeCon + CloudNativeCon");
    } else if (e.series.startsWith(QLatin1StringView("KubeCon")) && e.year) {
        const QString key = TextKey::title(QString(e.name + u' ' + region));
        const QString r = key.contains(QLatin1StringView("europe"))          ? QStringLiteral("eu")
                          : key.contains(QLatin1StringView("north america")) ? QStringLiteral("na")
                          : key.contains(QLatin1StringView("china"))         ? QStringLiteral("china")
                          : key.contains(QLatin1StringView("india"))         ? QStringLiteral("india")
                          : key.contains(QLatin1StringView("japan"))         ? QStringLiteral("japan")
                                                                             : QString();
        if (!r.isEmpty())
            e.id = QStringLiteral("kubecon-") + r + u'-' + QString::number(e.year);
    }
    if (e.id.isEmpty())
        e.id = TextKey::slug(id.isEmpty() ? e.name : id);
    return e;
}

QByteArray ScheduleBuilder::zoneOf(const Event &event)
{
    const QString catalogZone = EventCatalog::instance().timeZone(event.id);
    if (!catalogZone.isEmpty())
        return catalogZone.toLatin1();
    // Beyond the catalog's editions: the cities other conferences of this app's data meet in; an unknown
    // city leaves times as the file gives them.
    static const QHash<QString, QByteArray> zones = {
        {QStringLiteral("amsterdam"), "Europe/Amsterdam"},
        {QStringLiteral("atlanta"), "America/New_York"},
        {QStringLiteral("barcelona"), "Europe/Madrid"},
        {QStringLiteral("berlin"), "Europe/Berlin"},
        {QStringLiteral("boston"), "America/New_York"},
        {QStringLiteral("brussels"), "Europe/Brussels"},
        {QStringLiteral("chicago"), "America/Chicago"},
        {QStringLiteral("copenhagen"), "Europe/Copenhagen"},
        {QStringLiteral("detroit"), "America/Detroit"},
        {QStringLiteral("hamburg"), "Europe/Berlin"},
        {QStringLiteral("hong kong"), "Asia/Hong_Kong"},
        {QStringLiteral("hyderabad"), "Asia/Kolkata"},
        {QStringLiteral("london"), "Europe/London"},
        {QStringLiteral("los angeles"), "America/Los_Angeles"},
        {QStringLiteral("new delhi"), "Asia/Kolkata"},
        {QStringLiteral("paris"), "Europe/Paris"},
        {QStringLiteral("salt lake city"), "America/Denver"},
        {QStringLiteral("san diego"), "America/Los_Angeles"},
        {QStringLiteral("seattle"), "America/Los_Angeles"},
        {QStringLiteral("shanghai"), "Asia/Shanghai"},
        {QStringLiteral("tokyo"), "Asia/Tokyo"},
        {QStringLiteral("valencia"), "Europe/Madrid"},
    };
    return zones.value(TextKey::title(event.city));
}
