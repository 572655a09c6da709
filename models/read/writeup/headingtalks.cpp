#include "read/linkevidence.h"
#include "talkcandidates.h"
#include "writeuptext.h"

#include <QRegularExpression>
#include <algorithm>

namespace {
using Type = WriteupBlock::Type;
using HeadingRoles::dayOfHeading;
using HeadingRoles::roleOf;
using WriteupText::firstLine;
using WriteupText::genericLinkText;
using WriteupText::plausibleTitle;
using WriteupText::stripDecoration;

// "Title, Name & Name" in a heading that has a recording below it: a comma is the only separator.
ParsedTalkLine splitAtComma(const QString &title)
{
    for (qsizetype at = title.indexOf(QLatin1StringView(", ")); at > 0;
         at = title.indexOf(QLatin1StringView(", "), at + 1)) {
        const auto speakers = TalkLineParser::parseSpeakers(QStringView(title).mid(at + 2));
        if (!speakers.isEmpty() && std::all_of(speakers.begin(), speakers.end(), [](const ParsedSpeaker &sp) {
                return sp.name.contains(u' ') && sp.role.isEmpty();
            }))
            return {title.left(at).trimmed(), speakers, std::nullopt};
    }
    return {title, {}, std::nullopt};
}
} // namespace

// A line that is a talk by itself: "Title - Name, Org", "Keynote: Title - Name".
bool TalkCandidates::strongLine(const WriteupBlock &b)
{
    // Most blocks are prose: a first line longer than a talk line with all its link words is none.
    const qsizetype nl = b.text.indexOf(u'\n');
    qsizetype linkChars = 0;
    for (const auto &l : b.links)
        linkChars += l.text.size();
    if ((nl < 0 ? b.text.size() : nl) > 320 + linkChars) return false;
    QString line = stripDecoration(firstLine(b.text));
    // "Title by Name (Org) – [video](...) | [slides](...)": the links' words are not part of the line.
    bool linkWords = false;
    for (const auto &l : b.links) {
        if (l.image || l.text.isEmpty()) continue;
        const QString words = stripDecoration(l.text);
        if (!words.isEmpty() && line.endsWith(words) && genericLinkText(words, m_catalog)) {
            line.chop(words.size());
            linkWords = true;
        }
        static const QRegularExpression trailing(
            QStringLiteral("(?:[\\s\\-–—|·•,:;]|\\(\\s*\\)|\\[\\s*\\])+$"));
        if (linkWords) line.remove(trailing);
    }
    if (line.size() > 300 || line.endsWith(u'.') || line.isEmpty()) return false;
    const ParsedTalkLine p = TalkLineParser::parse(line);
    if (p.speakers.isEmpty() || !plausibleTitle(p.title)) return false;
    TalkDraft &d = addTalk(p.title, p.speakers, p.kind, b.line);
    for (const auto &l : b.links)
        addLink(d, l);
    m_lastFromItem = b.type == Type::ListItem;
    return true;
}

// Whether a link points at a recording or a session's schedule page without naming the talk itself:
// "[Video](...)", "[here](...)", an embed, a bare URL.
bool TalkCandidates::evidenceLink(const WriteupLink &l) const
{
    if (l.image || !(LinkEvidence::isRecording(l.url) || LinkEvidence::isSchedulePage(l.url))) return false;
    const QString text = l.text.trimmed();
    return text.startsWith(u"http") || genericLinkText(text, m_catalog);
}

// "### Title" followed by "Speakers: Name (Org), Name (Org)" or by a line of names, and/or by a
// recording or the session's schedule page on a line of its own ("[Video](...)", an embed, a bare URL).
// Returns how many of the blocks after the heading were part of the talk, or -1 when it is no talk.
int TalkCandidates::headingTalk(const WriteupBlock &h, std::span<const WriteupBlock> after)
{
    if (after.empty() || after.front().type == Type::Heading || skipping()) return -1;
    const QString title = stripDecoration(h.text);
    static const QRegularExpression listHeading(
        QStringLiteral("\\b(talks|sessions|keynotes|highlights|favou?rites?|recordings|videos)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // "Opening Keynote": a session named only by its kind has no title to give.
    if (!plausibleTitle(title) || dayOfHeading(title, m_event, m_catalog).isValid() ||
        roleOf(title) != Role::Section || listHeading.match(title).hasMatch() ||
        TalkLineParser::kindFromLabel(title))
        return -1;
    static const QRegularExpression speakerLine(
        QStringLiteral("^(?:speakers?|presenters?|presented by|panelists|hosts?|hosted "
                       "by|by|with)\\s*[:\\-–—]?\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const WriteupBlock &first = after.front();
    QList<ParsedSpeaker> speakers;
    int used = 0;
    const QString line = stripDecoration(firstLine(first.text));
    if (const auto m = speakerLine.match(line); m.hasMatch()) {
        speakers = TalkLineParser::parseSpeakers(m.captured(1));
        used = speakers.isEmpty() ? 0 : 1;
    } else if (first.type == Type::Paragraph && first.text.size() <= 200) {
        // A paragraph of nothing but people's full names ("Name, Name and Name.").
        const auto names = TalkLineParser::parseSpeakers(stripDecoration(first.text));
        if (!names.isEmpty() && std::all_of(names.begin(), names.end(), [](const ParsedSpeaker &sp) {
                return sp.name.contains(u' ') && sp.role.isEmpty();
            })) {
            speakers = names;
            used = 1;
        }
    }
    // The recording or the schedule page: on a line of its own in the next few blocks, or as a "here"
    // link in the first paragraph when a heading above says it lists talks.
    bool evidence = false;
    std::vector<const WriteupBlock *> linkBlocks;
    for (size_t k = 0; k < std::min<size_t>(after.size(), 3); ++k) {
        const WriteupBlock &b = after[k];
        if (b.type == Type::Heading) break;
        const bool own = std::any_of(b.links.begin(), b.links.end(),
                                     [this](const WriteupLink &l) { return evidenceLink(l); });
        if (own && (b.text.size() <= 80 || (k == 0 && talkContext()))) {
            evidence = true;
            linkBlocks.push_back(&b);
            if (b.text.size() <= 80 && int(k) == used) used = int(k) + 1;
        }
    }
    if (speakers.isEmpty() && !evidence) return -1;
    if (speakers.isEmpty() && used == 0 && first.type != Type::Paragraph)
        return -1; // a heading above a list is the list's name
    while (!m_headings.empty() && m_headings.back().level >= h.level)
        m_headings.pop_back();
    m_pseudoSection.clear();
    ParsedTalkLine p = TalkLineParser::parse(title);
    if (p.speakers.isEmpty() && speakers.isEmpty() && evidence) {
        const ParsedTalkLine split = splitAtComma(p.title.isEmpty() ? title : p.title);
        p.title = split.title;
        p.speakers = split.speakers;
    }
    TalkDraft &d = addTalk(p.title.isEmpty() ? title : p.title, speakers.isEmpty() ? p.speakers : speakers,
                           p.kind, h.line);
    for (const auto &l : h.links)
        addLink(d, l);
    for (const WriteupBlock *b : linkBlocks) {
        for (const auto &l : b->links) {
            if (evidenceLink(l) || LinkEvidence::kindOf(l.url, l.text) == LinkKind::Slides) addLink(d, l);
        }
    }
    m_lastFromItem = false;
    m_lastFromHeading = true;
    m_abstractOpen = true;
    return used;
}

void TalkCandidates::tableRow(const WriteupBlock &b)
{
    if (b.headerRow || b.cells.isEmpty()) return;
    const QString first = stripDecoration(b.cells.front());
    if (first.isEmpty() || first == u"-") return;
    const ParsedTalkLine p = TalkLineParser::parse(first);
    bool hasLink = false;
    for (const auto &cell : b.cellLinks)
        hasLink = hasLink || !cell.isEmpty();
    if (!plausibleTitle(p.title) || (p.speakers.isEmpty() && !hasLink)) return;
    TalkDraft &d = addTalk(p.title, p.speakers, p.kind, b.line);
    for (const auto &cell : b.cellLinks) {
        for (const auto &l : cell)
            addLink(d, l);
    }
    m_lastFromItem = false;
}
