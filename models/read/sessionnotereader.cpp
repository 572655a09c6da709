#include "sessionnotereader.h"

#include "analysis/talklineparser.h"
#include "frontmatter.h"
#include "schedulebuilder.h"

#include <QFileInfo>

namespace {
// "- YouTube: https://..." under "## YouTube enrichment", with the "- Match score: 0.93" the note's
// tool gave it; below 0.8 the matches are often another session's video.
QString recording(QStringView body)
{
    const qsizetype at = body.indexOf(QLatin1StringView("\n- YouTube: https://"));
    if (at < 0)
        return {};
    const qsizetype from = at + 12; // after "\n- YouTube: "
    const qsizetype end = body.indexOf(u'\n', from);
    const QStringView url = body.sliced(from, (end < 0 ? body.size() : end) - from).trimmed();
    const qsizetype scoreAt = body.indexOf(QLatin1StringView("\n- Match score: "), from);
    if (scoreAt < 0)
        return {};
    const qsizetype scoreEnd = body.indexOf(u'\n', scoreAt + 1);
    bool ok = false;
    const double score = body.sliced(scoreAt + 16, (scoreEnd < 0 ? body.size() : scoreEnd) - scoreAt - 16)
                             .trimmed()
                             .toDouble(&ok);
    return ok && score >= 0.8 ? url.toString() : QString();
}
} // namespace

int SessionNoteReader::sniff(const QString &fileName, QByteArrayView head) const
{
    if (!head.startsWith("---") && !head.startsWith("\xEF\xBB\xBF---"))
        return 0;
    const qsizetype close = head.indexOf("\n---", 3);
    const QByteArrayView front = close < 0 ? head : head.first(close);
    if (front.contains("\ntype: kubecon-session") || front.contains("\ntype: \"kubecon-session\""))
        return 98;
    // Another generator's notes: event fields up front and a "# Title - Speakers" heading.
    const bool eventFields = front.contains("\nevent:") || front.contains("\nevent_id:");
    const bool sessionFields = front.contains("\ntrack:") || front.contains("\nspeakers:");
    const qsizetype h1 = close < 0 ? -1 : head.indexOf("\n# ", close);
    const bool titleLine = h1 >= 0 && head.indexOf(" - ", h1) > h1
                           && head.indexOf(" - ", h1) < std::max(head.indexOf('\n', h1 + 1), h1);
    if (eventFields && sessionFields && titleLine)
        return 80;
    Q_UNUSED(fileName);
    return 0;
}

ReadResult SessionNoteReader::read(const QString &fileName, const QByteArray &content) const
{
    ReadResult result;
    const QString text = ScheduleBuilder::decode(content, fileName, result);
    const FrontMatter fm = FrontMatter::parse(text);
    for (const auto &e : fm.errors())
        result.error(fileName, e.line, e.message);
    if (fm.isEmpty()) {
        result.error(fileName, 1, QStringLiteral("no front matter with the session's event"));
        return result;
    }

    ScheduleBuilder b(result.dataset, fileName, formatName());
    const Event event = ScheduleBuilder::eventFromFields(
        fm.value(u"event_id"), fm.value(u"event"), fm.value(u"year").toInt(), fm.value(u"city"),
        fm.value(u"country"), fm.value(u"region"), fm.value(u"event_date"));
    const EventIndex eventIndex = b.addEvent(event);
    b.setTimeZone(ScheduleBuilder::zoneOf(event));

    // The first level-one heading of the body.
    const QStringView body = fm.body(text);
    QStringView heading;
    for (qsizetype pos = 0; pos < body.size();) {
        qsizetype end = body.indexOf(u'\n', pos);
        if (end < 0)
            end = body.size();
        const QStringView l = body.sliced(pos, end - pos).trimmed();
        if (l.startsWith(QLatin1StringView("# "))) {
            heading = l.sliced(2).trimmed();
            break;
        }
        pos = end + 1;
    }

    Talk &talk = b.addTalk(eventIndex);
    talk.id = event.id + u'-' + QFileInfo(fileName).completeBaseName().right(8);
    ParsedTalkLine parsed;
    if (!heading.isEmpty()) {
        // The front matter's flattened list says which words of the heading are the speakers.
        parsed = TalkLineParser::parse(heading, fm.list(u"speakers"));
    } else {
        parsed.title = fm.value(u"title");
        if (parsed.title.isEmpty()) {
            result.error(fileName, fm.bodyLine(), QStringLiteral("no '# Title - Speakers' heading"));
            result.dataset = Dataset(); // a note without its session says nothing of the event either
            return result;
        }
    }
    TalkKind labelKind = TalkKind::Talk;
    talk.title = ScheduleBuilder::stripTrailingLabel(parsed.title.simplified(), &labelKind);
    for (const ParsedSpeaker &s : parsed.speakers)
        b.addSpeaker(talk, s.name, s.affiliation, s.role);
    if (talk.speakers.empty()) {
        // Without a heading's speakers, the flattened list is the next best thing.
        for (const ParsedSpeaker &s : TalkLineParser::parseSpeakers(fm.list(u"speakers").join(u", ")))
            b.addSpeaker(talk, s.name, s.affiliation, s.role);
    }
    const QString track = fm.value(u"track");
    talk.track = b.dataset().intern(track);
    b.setKind(talk, fm.value(u"session_type"), track);
    if (parsed.kind && talk.kind == TalkKind::Talk)
        talk.kind = *parsed.kind;
    if (talk.kind == TalkKind::Talk)
        talk.kind = labelKind;
    b.setSourceTitle(talk.title);

    b.addLink(talk, fm.value(u"sched_url"));
    for (const QString &s : fm.list(u"slides"))
        b.addLink(talk, s, u"slides");
    b.addLink(talk, recording(body), u"recording");
    return result;
}
