#include "analysis/projectdictionary.h"
#include "analysis/textkey.h"
#include "read/linkevidence.h"
#include "prosetitles.h"
#include "talkcandidates.h"
#include "writeuptext.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace {
using Type = WriteupBlock::Type;
using WriteupText::genericLinkText;
using WriteupText::plausibleTitle;
using WriteupText::stripDecoration;
using WriteupText::wordCount;

// Whether text starts the way a title does: not with an ordinary lower-case word ("a more thorough
// talk", "first of these"). A lower-case first word that is a project's name or written like one
// ("etcd", "eBPF", "n-Place", "incident.io") still starts a title.
bool startsLikeTitle(QStringView text, const ProjectDictionary &dictionary)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || !t.front().isLower()) return true;
    qsizetype end = 0;
    while (end < t.size() && !t[end].isSpace())
        ++end;
    const QStringView word = t.left(end);
    if (std::any_of(word.begin() + 1, word.end(),
                    [](QChar c) { return c.isUpper() || c.isDigit() || c == u'.' || c == u'-'; }))
        return true;
    return !dictionary.count(word).isEmpty();
}

// The people named right after a talk's link: "[Title](...) by Name", "[Title](...) - Name from Org
// provides ...", "[Title](...) av Name". Prose after the names ends them: the first lower-case word
// that is not part of a name or an affiliation.
// "... facilitating Name Surname's [Title]": a possessive name right before a title is its speaker.
QList<ParsedSpeaker> speakerBefore(QStringView before)
{
    static const QRegularExpression possessive(
        QStringLiteral("((?:\\p{Lu}[\\p{L}.-]+\\s){1,3}\\p{Lu}[\\p{L}-]+)['’]s\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto m = possessive.match(before.right(120));
    if (!m.hasMatch() || !TalkLineParser::looksLikeName(m.capturedView(1))) return {};
    return {ParsedSpeaker{m.captured(1), {}, {}}};
}

QList<ParsedSpeaker> speakersAfter(QStringView rest, bool byWordOnly = false)
{
    static const QRegularExpression lead(
        QStringLiteral(
            "^[\\s)\\]\"”'’*_]*(?:((?:[-–—:,]\\s*)?(?:(?:talk|keynote|session|presentation|panel)\\s+)?"
            "(?:presented by|by|with|from|av|von|par)\\s+)|[-–—]\\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = lead.match(rest);
    if (!m.hasMatch() || (byWordOnly && !m.hasCaptured(1))) return {};
    QStringView cand = rest.mid(m.capturedEnd());
    static const QRegularExpression stop(QStringLiteral("[.;!?:()\\n]\\s|[;!?:()\\n]|\\.$"));
    if (const auto e = stop.match(cand); e.hasMatch()) cand = cand.left(e.capturedStart());
    static const QSet<QString> joins = {QStringLiteral("and"), QStringLiteral("from"), QStringLiteral("of"),
                                        QStringLiteral("at")};
    QStringList words;
    for (const QStringView w : cand.split(u' ', Qt::SkipEmptyParts)) {
        const QString folded = w.toString().toCaseFolded();
        if (w.front().isLower() && !joins.contains(folded) && !TalkLineParser::looksLikeName(w, true) &&
            !std::any_of(w.begin() + 1, w.end(), [](QChar c) { return c.isUpper(); }))
            break;
        words << w.toString();
        if (words.size() > 14) return {};
    }
    while (!words.isEmpty() && joins.contains(words.back().toCaseFolded()))
        words.removeLast();
    return words.isEmpty() ? QList<ParsedSpeaker>() : TalkLineParser::parseSpeakers(words.join(u' '));
}
} // namespace

// Titles in quotes or after a kind label inside the prose.
void TalkCandidates::proseTalks(const WriteupBlock &b)
{
    const bool marks = b.text.contains(u':') || std::any_of(b.text.begin(), b.text.end(), [](QChar c) {
                           return c == u'"' || c == u'“' || c == u'«' || c == u'„';
                       });
    if (skipping() || !marks) return;
    for (const auto &f : ProseTitles::find(b.text)) {
        if (plausibleTitle(f.title)) addTalk(f.title, f.speakers, f.kind, b.line);
    }
}

// Links whose text names a talk with its speakers, recordings with a title, and pages of sessions in a
// schedule.
bool TalkCandidates::linkTalks(const WriteupBlock &b)
{
    bool any = false;
    QString description = b.text;
    for (const auto &l : b.links) {
        if (l.image || l.url.isEmpty() || LinkEvidence::isInPage(l.url)) continue;
        const QString text = stripDecoration(l.text);
        const ParsedTalkLine p = TalkLineParser::parse(text);
        const bool withSpeakers = !p.speakers.isEmpty() && plausibleTitle(p.title);
        const bool evidence = LinkEvidence::isRecording(l.url) || LinkEvidence::isSchedulePage(l.url);
        const bool titled = evidence && !genericLinkText(text, m_catalog) && !skipping() &&
                            plausibleTitle(p.title) && text.size() <= 200 &&
                            startsLikeTitle(text, m_dictionary) && !text.startsWith(u"http");
        QList<ParsedSpeaker> speakers = p.speakers;
        const qsizetype at = b.text.indexOf(l.text);
        if (speakers.isEmpty() && at >= 0 &&
            (titled ||
             (!evidence && !skipping() && plausibleTitle(p.title) && startsLikeTitle(text, m_dictionary) &&
              !genericLinkText(text, m_catalog) && ProseTitles::mentionsTalk(b.text)))) {
            // Any link, to slides or a page, followed by "by Name" in a paragraph about talks.
            speakers = speakersAfter(QStringView(b.text).mid(at + l.text.size()), !titled);
            // "Name's [Title](...)": the speaker named just before the title.
            if (speakers.isEmpty() && titled) speakers = speakerBefore(QStringView(b.text).left(at));
            if (!titled && !std::all_of(speakers.begin(), speakers.end(),
                                        [](const ParsedSpeaker &sp) { return sp.name.contains(u' '); }))
                speakers.clear();
        }
        if (!withSpeakers && !titled && speakers.isEmpty()) continue;
        TalkDraft &d = addTalk(p.title, speakers, p.kind, b.line);
        addLink(d, l);
        description.remove(l.text.trimmed());
        any = true;
    }
    if (!any) return false;
    description = stripDecoration(description);
    static const QRegularExpression onlyPunct(QStringLiteral("^[\\s\\p{P}]*$"));
    if (!onlyPunct.match(description).hasMatch()) {
        TalkDraft &last = m_drafts.back();
        last.description = description;
        if (description.size() >= 30) last.abstract = description;
    }
    m_lastFromItem = b.type == Type::ListItem;
    // The text around a link describes it; the next paragraph is the post moving on.
    m_abstractOpen = false;
    return true;
}

// "- **Title**: description" under a heading that lists talks.
bool TalkCandidates::leadTalk(const WriteupBlock &b)
{
    if (b.lead.isEmpty() || skipping()) return false;
    QString lead = stripDecoration(b.lead);
    const QString text = stripDecoration(b.text);
    const qsizetype leadEnd = text.indexOf(lead) >= 0 ? text.indexOf(lead) + lead.size() : lead.size();
    QString rest = text.mid(leadEnd).trimmed();
    const bool colonInLead = lead.endsWith(u':');
    if (colonInLead) lead.chop(1);
    const bool separated = rest.isEmpty() || colonInLead || rest.startsWith(u':') || rest.startsWith(u'-') ||
                           rest.startsWith(u'–') || rest.startsWith(u'—') || rest.startsWith(u'\n');
    if (!separated || lead.size() > 150 || lead.endsWith(u'.') || !plausibleTitle(lead)) return false;
    static const QRegularExpression genericLead(
        QStringLiteral("^(note|tip|update|bonus|edit|disclaimer|tl;?dr|summary|(key |main "
                       ")?(benefits|advantages|drawbacks|features)|pros|cons|why|how|what)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (genericLead.match(lead).hasMatch()) return false;
    // A bullet that only names a project or a topic ("**Cilium**: everywhere", "**Observability**")
    // is a trend, not a talk, unless the heading above says it lists keynotes or announcements.
    const Role role = kindRole();
    const bool listsTalks = role == Role::Keynote || role == Role::Announcement || role == Role::Mixed;
    if (!listsTalks) {
        const int words = wordCount(lead);
        const auto named = m_dictionary.count(lead);
        const bool onlyProject =
            named.size() == 1 && TextKey::title(named.begin().key()) == TextKey::title(lead);
        if (onlyProject || (words < 2 && !talkContext())) return false;
    }
    while (!rest.isEmpty() && (rest.front() == u':' || rest.front() == u'-' || rest.front() == u'–' ||
                               rest.front() == u'—' || rest.front().isSpace()))
        rest.remove(0, 1);
    ParsedTalkLine p = TalkLineParser::parse(lead);
    TalkDraft &d = addTalk(p.title.isEmpty() ? lead : p.title, p.speakers, p.kind, b.line);
    // Links inside the bold title come first: they are the talk's own page.
    for (const auto &l : b.links) {
        if (lead.contains(stripDecoration(l.text))) addLink(d, l);
    }
    for (const auto &l : b.links)
        addLink(d, l);
    d.description = rest;
    if (rest.size() >= 10) d.abstract = rest;
    m_lastFromItem = b.type == Type::ListItem;
    m_abstractOpen = d.abstract.isEmpty();
    return true;
}
