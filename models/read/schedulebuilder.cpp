#include "schedulebuilder.h"

#include "analysis/textkey.h"

#include <QFileInfo>
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

void ScheduleBuilder::addSpeaker(Talk &talk, const QString &name, const QString &affiliation, const QString &role)
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
        && std::find(talk.organizations.begin(), talk.organizations.end(), s.affiliation) == talk.organizations.end())
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

bool ScheduleBuilder::isLogistics(QStringView title)
{
    const QString key = TextKey::title(title);
    // Long titles are talks that merely mention lunch or registration.
    if (key.count(u' ') > 8)
        return false;
    static const QStringList prefixes = {
        QStringLiteral("registration"),       QStringLiteral("attendee registration"),
        QStringLiteral("speaker registration"), QStringLiteral("badge pick up"),
        QStringLiteral("badge pickup"),       QStringLiteral("coat bag check"),
        QStringLiteral("cloakroom"),          QStringLiteral("coffee"),
        QStringLiteral("lunch"),              QStringLiteral("breakfast"),
        QStringLiteral("break"),              QStringLiteral("expo hall"),
        QStringLiteral("solutions showcase"), QStringLiteral("on site covid 19 test kit pick up"),
        QStringLiteral("covid 19 test kit pick up")};
    for (const QString &p : prefixes) {
        if (key.startsWith(p) && (key.size() == p.size() || key[p.size()] == u' '))
            return true;
    }
    return key.endsWith(QLatin1StringView(" break")) || key.endsWith(QLatin1StringView(" lunch"));
}

TalkKind ScheduleBuilder::kindOf(QStringView type, QStringView track, QStringView title)
{
    if (isLogistics(title) || isLogistics(track) || isLogistics(type))
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
    const auto has = [](QStringView text, const char *word) {
        return text.contains(QLatin1StringView(word), Qt::CaseInsensitive);
    };
    if (has(label, "video") || has(label, "recording") || has(url, "youtube.com/watch") || has(url, "youtu.be/")
        || has(url, "video.fosdem.org") || has(url, "media.ccc.de/v/") || url.endsWith(u".webm")
        || url.endsWith(u".mp4"))
        return LinkKind::Recording;
    if (has(label, "slides") || has(label, "presentation") || url.endsWith(u".pdf", Qt::CaseInsensitive)
        || has(url, "speakerdeck.com") || has(url, "slideshare.net") || has(url, "docs.google.com/presentation"))
        return LinkKind::Slides;
    return LinkKind::Page;
}

QString ScheduleBuilder::plainText(QStringView html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.trimmed().toString();
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0) {
                out += c;
                continue;
            }
            const QStringView tag = html.sliced(i + 1, close - i - 1);
            if (tag.startsWith(u"/p") || tag.startsWith(u"br") || tag.startsWith(u"li") || tag.startsWith(u"/h"))
                out += u'\n';
            i = close;
        } else if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i);
            const QStringView entity = semi > i && semi - i < 10 ? html.sliced(i + 1, semi - i - 1) : QStringView();
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
                const uint code = entity.startsWith(u"#x") ? entity.sliced(2).toUInt(&ok, 16)
                                                           : entity.sliced(1).toUInt(&ok);
                if (ok && code > 0 && code < 0x10000)
                    decoded = QChar(char16_t(code));
            }
            if (decoded.isNull()) {
                out += c;
            } else {
                out += decoded;
                i = semi;
            }
        } else {
            out += c;
        }
    }
    // Paragraph ends plus the source's own line breaks leave runs of blank lines.
    static const QRegularExpression blankRuns(QStringLiteral("\\n\\s*\\n\\s*"));
    return out.replace(blankRuns, QStringLiteral("\n\n")).trimmed();
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
    if (parts.size() < 2 || parts.size() > 3)
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
