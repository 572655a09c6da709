#include "talkcandidates.h"

#include "analysis/eventcatalog.h"
#include "read/linkevidence.h"
#include "writeuptext.h"

#include <QRegularExpression>
#include <algorithm>

namespace {
using Type = WriteupBlock::Type;
using HeadingRoles::announcementLike;
using HeadingRoles::dayOfHeading;
using HeadingRoles::kindFromWords;
using HeadingRoles::roleOf;
using WriteupText::plausibleTitle;
using WriteupText::stripDecoration;
using WriteupText::wordCount;
} // namespace

bool TalkCandidates::talkContext() const
{
    static const QRegularExpression re(
        QStringLiteral("session|talk|keynote|presentation|track|agenda|schedule|\\bday\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return std::any_of(m_headings.begin(), m_headings.end(),
                       [](const Heading &h) { return h.day.isValid() || re.match(h.text).hasMatch(); });
}

QString TalkCandidates::section() const
{
    if (m_plain) return m_plainSection;
    if (!m_pseudoSection.isEmpty()) return m_pseudoSection;
    for (auto it = m_headings.rbegin(); it != m_headings.rend(); ++it) {
        if (it->role == Role::Section && !it->day.isValid()) return it->text;
    }
    return {};
}

TalkCandidates::Role TalkCandidates::kindRole() const
{
    if (m_plain) return m_toc ? Role::Toc : Role::Generic;
    for (auto it = m_headings.rbegin(); it != m_headings.rend(); ++it) {
        if (it->role == Role::Keynote || it->role == Role::Announcement || it->role == Role::Mixed ||
            it->role == Role::Skip || it->role == Role::Toc)
            return it->role;
        if (it->role == Role::Section && !it->day.isValid())
            return Role::Section; // a named section (a co-located event) ends what a wider heading said
    }
    return Role::Generic;
}

QDate TalkCandidates::day() const
{
    if (m_plain) return m_plainDay;
    for (auto it = m_headings.rbegin(); it != m_headings.rend(); ++it) {
        if (it->day.isValid()) return it->day;
    }
    return {};
}

TalkDraft &TalkCandidates::addTalk(const QString &title, const QList<ParsedSpeaker> &speakers,
                                   std::optional<TalkKind> kind, int line)
{
    m_lastFromHeading = false;
    TalkDraft d;
    d.title = title;
    d.speakers = speakers;
    d.day = day();
    d.section = section();
    d.line = line;
    const Role role = kindRole();
    if (!kind && !m_plain) {
        if (role == Role::Keynote)
            kind = TalkKind::Keynote;
        else if (role == Role::Announcement)
            kind = TalkKind::Announcement;
        else if (role == Role::Mixed && announcementLike(title))
            kind = TalkKind::Announcement;
    }
    if (!kind) kind = kindFromWords(title);
    d.kind = kind;
    m_drafts.push_back(std::move(d));
    m_lastTalk = int(m_drafts.size() - 1);
    m_abstractOpen = true;
    return m_drafts.back();
}

void TalkCandidates::addLink(TalkDraft &d, const WriteupLink &l)
{
    if (l.image || l.url.isEmpty() || LinkEvidence::isInPage(l.url)) return;
    const QString url = LinkEvidence::clean(l.url);
    const LinkKind kind = LinkEvidence::kindOf(url, l.text);
    // A page's section ("https://blog.example/post#session"): a table of contents or a heading's own
    // anchor, not the talk's page.
    if (kind == LinkKind::Page && url.contains(u'#') && !LinkEvidence::isSchedulePage(url)) return;
    if (std::any_of(d.links.begin(), d.links.end(), [&](const Link &x) { return x.url == url; })) return;
    d.links.push_back({kind, url});
}

void TalkCandidates::prose(const QString &text)
{
    const QString t = text.simplified();
    if (m_abstractOpen && m_lastTalk >= 0 && m_drafts[size_t(m_lastTalk)].abstract.isEmpty() && t.size() >= 5)
        m_drafts[size_t(m_lastTalk)].abstract = t;
    m_abstractOpen = false;
    if (t.size() < 20) return;
    QString heading = section();
    if (heading.isEmpty() && !m_headings.empty()) heading = m_headings.back().text;
    m_paragraphs.append({heading, t});
}

void TalkCandidates::heading(const WriteupBlock &b, int index)
{
    const QString text = stripDecoration(b.text);
    while (!m_headings.empty() && m_headings.back().level >= b.level)
        m_headings.pop_back();
    Heading h;
    h.level = b.level;
    h.text = text;
    h.day = dayOfHeading(text, m_event, m_catalog);
    h.role = roleOf(text);
    if (!m_seenTitle && index == 0 && b.level == 1)
        h.role = Role::Title;
    else if (h.day.isValid() || ((text.contains(QLatin1StringView("kubecon"), Qt::CaseInsensitive) ||
                                  text.contains(QLatin1StringView("cloudnativecon"), Qt::CaseInsensitive)) &&
                                 m_catalog.recognise(text).has_value()))
        h.role = h.role == Role::Section ? Role::Generic : h.role;
    m_seenTitle = true;
    m_headings.push_back(h);
    m_pseudoSection.clear();
    if (h.role == Role::Section && b.level == PseudoLevel && text.endsWith(u':'))
        m_headings.back().role = Role::Generic;
    m_listBase = -1;
    m_lastTalk = -1;
    m_abstractOpen = false;
}

int TalkCandidates::plainBlock(const WriteupBlock &b, std::span<const WriteupBlock> after)
{
    const QString text = stripDecoration(b.text);
    static const QRegularExpression toc(
        QStringLiteral("^(table of contents|contents|in this (post|article))$"),
        QRegularExpression::CaseInsensitiveOption);
    if (m_toc) {
        if (b.type == Type::ListItem) return 0;
        m_toc = false;
    }
    if (toc.match(text).hasMatch()) {
        m_toc = true;
        return 0;
    }
    if (const QDate d = dayOfHeading(text, m_event, m_catalog); d.isValid()) {
        m_plainDay = d;
        m_plainSection.clear();
        m_lastTalk = -1;
        m_abstractOpen = false;
        return 0;
    }
    if (strongLine(b) || (!b.links.isEmpty() && linkTalks(b))) return 0;
    // "Documentary Film - Title": a labelled line without speakers.
    if (text.size() <= 150 && !text.endsWith(u'.')) {
        const ParsedTalkLine p = TalkLineParser::parse(text);
        if (p.kind && p.kind != TalkKind::Announcement && plausibleTitle(p.title) && p.title != text) {
            addTalk(p.title, {}, p.kind, b.line);
            return 0;
        }
    }
    static const QRegularExpression headingLike(QStringLiteral("^[\\p{Lu}\\d][^.!?:;,]{0,60}$"));
    const int words = wordCount(text);
    if (b.type == Type::Paragraph && words <= 8 && headingLike.match(text).hasMatch()) {
        // A title line with "by Name" or "Speakers: ..." on the next line.
        if (const int used = headingTalk(b, after); used >= 0) return used;
        const Role role = roleOf(text);
        m_plainSection = role == Role::Section ? text : QString();
        m_lastTalk = -1;
        m_abstractOpen = false;
        return 0;
    }
    prose(text);
    return 0;
}

void TalkCandidates::run(const QList<WriteupBlock> &blocks)
{
    // A post with one H1 opens with its own title; in notes with an H1 per talk the first is a talk.
    const bool titleFirst = std::count_if(blocks.begin(), blocks.end(), [](const WriteupBlock &b) {
                                return b.type == Type::Heading && b.level == 1;
                            }) <= 1;
    for (int i = 0; i < blocks.size(); ++i) {
        const WriteupBlock &b = blocks[i];
        const std::span<const WriteupBlock> after(blocks.constData() + i + 1, size_t(blocks.size() - i - 1));
        if (m_plain) {
            i += plainBlock(b, after);
            continue;
        }
        switch (b.type) {
        case Type::Heading:
            if (kindRole() != Role::Toc && !(i == 0 && b.level == 1 && titleFirst) && strongLine(b)) {
                m_lastFromItem = false;
                m_lastFromHeading = true;
                continue;
            }
            if (kindRole() != Role::Toc && !(i == 0 && b.level == 1 && titleFirst)) {
                if (const int used = headingTalk(b, after); used >= 0) {
                    i += used; // the speakers' line and the recording were part of the talk
                    continue;
                }
            }
            heading(b, i);
            break;
        case Type::TableRow:
            if (kindRole() != Role::Toc) tableRow(b);
            break;
        case Type::ListItem: {
            if (kindRole() == Role::Toc) break;
            if (m_listBase < 0 || b.level < m_listBase) m_listBase = b.level;
            if (b.level > m_listBase) {
                // A point under a talk: its links (slides, "read more") belong to that talk.
                if (m_lastTalk >= 0 && m_lastFromItem) {
                    for (const auto &l : b.links)
                        addLink(m_drafts[size_t(m_lastTalk)], l);
                }
                prose(b.text);
                break;
            }
            if (strongLine(b) || linkTalks(b) || leadTalk(b)) break;
            m_lastTalk = -1;
            prose(b.text);
            break;
        }
        case Type::Paragraph:
            if (b.level == 0) m_listBase = -1;
            if (b.emphasised && b.text.size() <= 80 && !b.text.endsWith(u'.') && b.links.isEmpty() &&
                !b.text.contains(u'\n') && !strongLine(b)) {
                // A bold or italic line is a heading written as a paragraph: it names a section, a day
                // or a kind ("**Keynotes**") below the real headings.
                WriteupBlock pseudo = b;
                pseudo.level = PseudoLevel;
                if (const int used = headingTalk(pseudo, after); used >= 0) {
                    i += used;
                    break;
                }
                heading(pseudo, i);
                m_pseudoSection =
                    m_headings.back().role == Role::Section ? m_headings.back().text : QString();
                if (m_pseudoSection.endsWith(u':')) m_pseudoSection.clear();
                break;
            }
            if (m_lastTalk >= 0 && m_lastFromHeading) {
                // The recording or slides of the talk the heading above names, further down its section.
                for (const auto &l : b.links) {
                    if (evidenceLink(l) ||
                        (!l.image && LinkEvidence::kindOf(l.url, l.text) == LinkKind::Slides))
                        addLink(m_drafts[size_t(m_lastTalk)], l);
                }
            }
            if ((b.emphasised && b.text.size() <= 80 && b.links.isEmpty()) || linkTalks(b) || strongLine(b))
                break;
            if (b.level > 0 && m_lastTalk >= 0 && m_lastFromItem &&
                m_drafts[size_t(m_lastTalk)].abstract.isEmpty()) {
                m_abstractOpen = true; // a loose item's second paragraph describes the item's talk
            }
            proseTalks(b);
            prose(b.text);
            break;
        }
    }
}
