#include "writeupreader.h"

#include "analysis/eventcatalog.h"
#include "analysis/projectdictionary.h"
#include "analysis/talklineparser.h"
#include "analysis/textkey.h"
#include "frontmatter.h"
#include "textdecoder.h"
#include "writeup/eventnamer.h"
#include "writeup/linkevidence.h"
#include "writeup/markupconverter.h"
#include "writeup/prosetitles.h"
#include "writeupblocks.h"
#include "writeupfacts.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <span>

namespace {
using Type = WriteupBlock::Type;

// What a heading says about the blocks under it.
enum class Role {
    Title,        // the post's own title
    Section,      // a named section ("Networking", "ArgoCon"): kept as the talks' section
    Generic,      // "Sessions", "Highlights", a day: structure without a name worth keeping
    Keynote,      // talks under it are keynotes
    Announcement, // items under it are announcements
    Mixed,        // "Keynotes & Announcements"
    Skip,         // takeaways, trends, tips, booths: lists of things that are not talks
    Toc,          // a table of contents: its items repeat the post's headings
};

struct Heading
{
    int level = 0;
    QString text;
    Role role = Role::Section;
    QDate day;
};

struct Draft
{
    QString title;
    QList<ParsedSpeaker> speakers;
    std::optional<TalkKind> kind;
    QDate day;
    QString section;
    std::vector<Link> links;
    QStringList organizations;
    QString abstract;
    QString description; // text beside the talk in the same block
    int line = 0;
};

QString stripDecoration(QStringView text)
{
    // Emoji and symbols that decorate headings and bullets ("🌳", "🪷") are not part of names.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toString().simplified();
    // Written into a buffer of the full size: appending character by character was most of the cost.
    // ASCII has no Symbol_Other, so only other characters need their category looked up.
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x80) {
            *dst++ = c;
            continue;
        }
        if (c.isSurrogate()) {
            if (c.isHighSurrogate() && i + 1 < text.size()) {
                const char32_t cp = QChar::surrogateToUcs4(c, text[i + 1]);
                ++i;
                if (QChar::isLetterOrNumber(cp)) {
                    *dst++ = c;
                    *dst++ = text[i];
                }
            }
            continue;
        }
        if (c.category() == QChar::Symbol_Other || c.unicode() == 0xFE0F || c.unicode() == 0x200D) continue;
        *dst++ = c;
    }
    out.truncate(dst - out.constData());
    return std::move(out).simplified();
}

QString firstLine(QStringView text)
{
    const qsizetype nl = text.indexOf(u'\n');
    return (nl < 0 ? text : text.left(nl)).trimmed().toString();
}

Role roleOf(const QString &heading)
{
    const QString h = heading.toCaseFolded();
    static const QRegularExpression toc(
        QStringLiteral("^(table of contents|contents|toc|in this (post|article))$"));
    if (toc.match(h).hasMatch()) return Role::Toc;
    const bool talkish = h.contains(u"session") || h.contains(u"talk") || h.contains(u"keynote") ||
                         h.contains(u"presentation");
    const bool announce = h.contains(u"announcement") || h.contains(u"news") || h.contains(u"release");
    if (h.contains(u"keynote") && announce) return Role::Mixed;
    if (h.contains(u"keynote")) return Role::Keynote;
    if (announce) return Role::Announcement;
    static const QRegularExpression skip(QStringLiteral(
        "takeaway|trend|\\btips?\\b|booth|meetup|lessons|resources|further "
        "reading|\\blinks\\b|swag|part(y|ies)|"
        "\\bfood\\b|sponsor|\\bexpo\\b|reflection|conclusion|summing|wrap|final thoughts|about me|photos|"
        "what i learned|learnings|\\bstats\\b|statistics|numbers|by the numbers|\\btools\\b|projects to "
        "watch|"
        "products|vendors|companies|startups|hiring|\\bjobs\\b|books|podcasts|shout-?outs|thank"));
    if (!talkish && skip.match(h).hasMatch()) return Role::Skip;
    static const QRegularExpression generic(QStringLiteral(
        "^(sessions?|talks?|highlights?|key events|overview|schedule|agenda|recap|summary|keynotes?|"
        "announcements?|trends and session highlights|session highlights|my sessions|the talks)$"));
    if (generic.match(h).hasMatch()) return Role::Generic;
    return Role::Section;
}

int dayNumber(QStringView word)
{
    static const QStringList words = {QStringLiteral("zero"), QStringLiteral("one"),
                                      QStringLiteral("two"),  QStringLiteral("three"),
                                      QStringLiteral("four"), QStringLiteral("five")};
    bool ok = false;
    const int n = word.toInt(&ok);
    if (ok) return n;
    return int(words.indexOf(word.toString().toCaseFolded()));
}

int monthNumber(QStringView name)
{
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toString().toCaseFolded())) + 1;
}

// The date a day heading stands for: "## Day 1 (Nov 13, 2024)", "Day Two - Wednesday", "Tuesday".
QDate dayOfHeading(const QString &text, const Event &event)
{
    static const QRegularExpression dayWord(
        QStringLiteral("^(?:day\\s+(\\d|zero|one|two|three|four|five)\\b|(monday|tuesday|wednesday|thursday|"
                       "friday|saturday|sunday)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyDay(QStringLiteral("\\bday\\s+(\\d|zero|one|two|three|four|five)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekday(
        QStringLiteral("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDay(
        QStringLiteral("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|"
                       "rd|th)?(?:,?\\s+(20\\d\\d))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayMonth(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                       "nov|dec)[a-z]*(?:,?\\s+(20\\d\\d))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression iso(QStringLiteral("\\b(20\\d\\d)-(\\d\\d)-(\\d\\d)\\b"));
    const QString t = stripDecoration(text);
    if (t.size() > 60 || !(t.contains(QLatin1StringView("day"), Qt::CaseInsensitive) ||
                           std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); })))
        return {};
    const bool dayLike = dayWord.match(t).hasMatch() || anyDay.match(t).hasMatch();
    const int year = event.year ? event.year : QDate::currentDate().year();
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = monthDay.match(t); m.hasMatch() && (dayLike || t.size() < 25)) {
        const QDate d(m.captured(3).isEmpty() ? year : m.captured(3).toInt(), monthNumber(m.captured(1)),
                      m.captured(2).toInt());
        if (d.isValid()) return d;
    }
    if (const auto m = dayMonth.match(t); m.hasMatch() && (dayLike || t.size() < 25)) {
        const QDate d(m.captured(3).isEmpty() ? year : m.captured(3).toInt(), monthNumber(m.captured(2)),
                      m.captured(1).toInt());
        if (d.isValid()) return d;
    }
    if (!dayLike) return {};
    if (const auto m = weekday.match(t); m.hasMatch() && event.start.isValid()) {
        static const QStringList names = {QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                          QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                          QStringLiteral("friday"),    QStringLiteral("saturday"),
                                          QStringLiteral("sunday")};
        const int wd = int(names.indexOf(m.captured(1).toCaseFolded())) + 1;
        for (QDate d = event.start.addDays(-2); d <= event.end; d = d.addDays(1)) {
            if (d.dayOfWeek() == wd) return d;
        }
    }
    if (const auto m = anyDay.match(t); m.hasMatch() && event.start.isValid()) {
        const int n = dayNumber(m.captured(1));
        if (n >= 0) return EventCatalog::instance().mainConferenceDay(event, n);
    }
    return {};
}

bool announcementLike(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(released?|releases|launch(es|ed)?|announc\\w*|joins|graduat\\w*|generally available|now ga|"
            "v\\d+(\\.\\d+)*|welcomes|introduces|unveil\\w*)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(title).hasMatch();
}

std::optional<TalkKind> kindFromWords(const QString &title)
{
    static const QRegularExpression panel(QStringLiteral("\\bpanel\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lightning(QStringLiteral("\\blightning talk"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression interview(QStringLiteral("\\b(chat|interview|podcast|fireside)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression film(QStringLiteral("\\b(documentary|film)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    // Most titles name no kind: one match of all four patterns settles them.
    static const QRegularExpression any(
        QStringLiteral(
            "\\b(?:panel\\b|lightning talk|(?:chat|interview|podcast|fireside)\\b|(?:documentary|film)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!any.match(title).hasMatch()) return std::nullopt;
    if (panel.match(title).hasMatch()) return TalkKind::Panel;
    if (lightning.match(title).hasMatch()) return TalkKind::Lightning;
    if (interview.match(title).hasMatch()) return TalkKind::Interview;
    if (film.match(title).hasMatch()) return TalkKind::Film;
    return std::nullopt;
}

// Link texts that point at a video without naming a talk.
bool genericLinkText(const QString &text)
{
    const QString t = text.toCaseFolded().simplified();
    // "Keynote by Name", "Keynoten av Name": a session named by its kind and speaker has no title.
    static const QRegularExpression kindBy(QStringLiteral(
        "^(keynote|talk|session|presentation|panel|lightning talk|workshop)\\w{0,3}\\s+(by|av|von|par|de|di|door)\\s"));
    if (kindBy.match(t).hasMatch()) return true;
    static const QRegularExpression re(QStringLiteral(
        "^(video|videos|here|this|link|recording|recordings|watch|watch it|youtube|playlist|the recording|"
        "the video|full video|watch the video|watch here|click here|slides|presentation|read more|learn "
        "more)$"));
    if (t.size() < 8 || re.match(t).hasMatch()) return true;
    // Videos that sell something rather than record a talk.
    static const QRegularExpression marketing(
        QStringLiteral("^(watch|check out|see|our|sign "
                       "up|register|subscribe|get|try|download|join|book)\\b|trailer|promo|teaser|"
                       "sizzle|highlight reel|product demo|webinar|advert|commercial|unboxing|booth tour"));
    if (marketing.match(t).hasMatch()) return true;
    // A playlist or channel named after the conference.
    return (t.startsWith(u"kubecon") || t.startsWith(u"cloudnativecon")) && !t.contains(u':') &&
           EventCatalog::instance().recognise(text).has_value();
}

// The words between spaces, counted without splitting: this runs for every plain-text line.
int wordCount(QStringView text)
{
    int n = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (c == u' ')
            inWord = false;
        else if (!inWord) {
            inWord = true;
            ++n;
        }
    }
    return n;
}

bool plausibleTitle(const QString &title)
{
    if (title.size() < 3 || title.size() > 200) return false;
    int letters = 0;
    for (const QChar c : title) {
        if (c.isLetter()) ++letters;
    }
    return letters >= 3;
}

// PCRE2 checks the subject is valid UTF-16 on every match, from the match's start to the end of the
// text: a global match over a post checked it again for each hit. Checked once here instead; text
// that fails keeps the check, so it still matches nothing as before.
QRegularExpression::MatchOptions checkOnce(QStringView text)
{
    return text.isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption
                               : QRegularExpression::NoMatchOption;
}

// Whether `first` occurs followed by one of `next`: the single-character search is vectorised, where
// searching a whole post for a string needle costs several instructions per character.
bool containsPair(QStringView text, QChar first, QStringView next)
{
    for (qsizetype i = text.indexOf(first); i >= 0 && i + 1 < text.size(); i = text.indexOf(first, i + 1)) {
        if (next.contains(text[i + 1])) return true;
    }
    return false;
}

// What a Hugo, Liquid or Hashnode embed shows: "{{< youtube ID >}}", "{% embed URL %}",
// "{% youtube ID %}", "%[URL]". The video stays as a link: under a talk's heading it is the recording.
QString embeddedLink(QStringView markup)
{
    static const QRegularExpression video(QStringLiteral("embed|youtu|vimeo|video"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!video.match(markup).hasMatch()) return {}; // a figure, a tweet, a gist: not a recording
    static const QRegularExpression url(QStringLiteral("https?://[^\\s\"'%}>\\]]+"));
    if (const auto m = url.match(markup); m.hasMatch())
        return QStringLiteral("[Video](") + m.captured() + u')';
    static const QRegularExpression youtube(QStringLiteral("\\byoutube\\s+(?:id=)?[\"']?([\\w-]{6,})"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = youtube.match(markup); m.hasMatch())
        return QStringLiteral("[Video](https://www.youtube.com/watch?v=") + m.captured(1) + u')';
    static const QRegularExpression vimeo(QStringLiteral("\\bvimeo\\s+(?:id=)?[\"']?(\\d+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = vimeo.match(markup); m.hasMatch())
        return QStringLiteral("[Video](https://vimeo.com/") + m.captured(1) + u')';
    return {};
}

// Hugo and Liquid shortcodes, kramdown attribute lists ("{:target="_blank"}") and HTML comments are
// markup of the site, not of the post; an embedded video becomes a link. Lines stay (as blank) so
// line numbers still match the file.
QString stripTemplates(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{[<%].*?[%>]\\}\\}|\\{%.*?%\\}|\\{\\{.*?\\}\\}|<!"
                                                      "--.*?-->|\\{:[^}\\n]*\\}|^%\\[https?://[^\\]\\s]+\\]"),
                                       QRegularExpression::DotMatchesEverythingOption |
                                           QRegularExpression::MultilineOption);
    if (!containsPair(text, u'{', u"{%:") && !containsPair(text, u'<', u"!") &&
        !containsPair(text, u'%', u"["))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        if (!m.capturedView().startsWith(u"<!--")) out += embeddedLink(m.capturedView());
        out += QString(m.capturedView().count(u'\n'), u'\n');
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

bool looksLikeMarkdown(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^#{1,6}\\s|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|^\\s*[-*+]"
                                                      "\\s+\\*\\*|^\\|.*\\|\\s*$|\\*\\*[^*\\n]+\\*\\*|^```"),
                                       QRegularExpression::MultilineOption);
    const QStringView head = text.left(200000);
    // Every alternative needs one of these marks; a plain-text post usually has none.
    if (!head.contains(u'#') && !head.contains(u'|') && !containsPair(head, u']', u"(") &&
        !containsPair(head, u'*', u"*") && !containsPair(head, u'`', u"`"))
        return false;
    return re.match(head, 0, QRegularExpression::NormalMatch, checkOnce(head)).hasMatch();
}

int mostFrequentYear(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("\\b(20[12]\\d)\\b"));
    QHash<int, int> counts;
    const QStringView head = text.left(500000);
    for (auto it = re.globalMatch(head, 0, QRegularExpression::NormalMatch, checkOnce(head)); it.hasNext();)
        ++counts[it.next().captured(1).toInt()];
    int best = 0, n = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > n || (it.value() == n && it.key() > best)) {
            best = it.key();
            n = it.value();
        }
    }
    return best;
}

class Extractor
{
public:
    Extractor(const Event &event, bool plainText) : m_event(event), m_plain(plainText) {}

    void run(const QList<WriteupBlock> &blocks);
    std::vector<Draft> takeDrafts();
    const QList<std::pair<QString, QString>> &paragraphs() const { return m_paragraphs; }

private:
    QString section() const;
    Role kindRole() const;
    QDate day() const;
    // Whether a heading above names talks, sessions or a day of the conference.
    bool talkContext() const
    {
        static const QRegularExpression re(
            QStringLiteral("session|talk|keynote|presentation|track|agenda|schedule|\\bday\\b"),
            QRegularExpression::CaseInsensitiveOption);
        return std::any_of(m_headings.begin(), m_headings.end(),
                           [](const Heading &h) { return h.day.isValid() || re.match(h.text).hasMatch(); });
    }
    bool skipping() const
    {
        const Role r = kindRole();
        return r == Role::Skip || r == Role::Toc;
    }
    void heading(const WriteupBlock &b, int index);
    Draft &addTalk(const QString &title, const QList<ParsedSpeaker> &speakers, std::optional<TalkKind> kind,
                   int line);
    void addLink(Draft &d, const WriteupLink &l);
    void prose(const QString &text);
    bool strongLine(const WriteupBlock &b);
    int headingTalk(const WriteupBlock &heading, std::span<const WriteupBlock> after);
    static constexpr int PseudoLevel = 7; // below every Markdown heading level
    bool linkTalks(const WriteupBlock &b);
    void proseTalks(const WriteupBlock &b);
    bool leadTalk(const WriteupBlock &b);
    void tableRow(const WriteupBlock &b);
    // Returns how many following blocks it used as well.
    int plainBlock(const WriteupBlock &b, std::span<const WriteupBlock> after);

    const Event &m_event;
    bool m_plain;
    std::vector<Heading> m_headings;
    QString m_pseudoSection;
    QDate m_plainDay;
    QString m_plainSection;
    bool m_toc = false;
    int m_listBase = -1;
    int m_lastTalk = -1;
    bool m_lastFromItem = false;
    bool m_lastFromHeading =
        false; // the last talk is a heading: links on lines of their own below it are its
    bool m_abstractOpen = false;
    bool m_seenTitle = false;
    std::vector<Draft> m_drafts;
    QList<std::pair<QString, QString>> m_paragraphs; // heading, text
};

QString Extractor::section() const
{
    if (m_plain) return m_plainSection;
    if (!m_pseudoSection.isEmpty()) return m_pseudoSection;
    for (auto it = m_headings.rbegin(); it != m_headings.rend(); ++it) {
        if (it->role == Role::Section && !it->day.isValid()) return it->text;
    }
    return {};
}

Role Extractor::kindRole() const
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

QDate Extractor::day() const
{
    if (m_plain) return m_plainDay;
    for (auto it = m_headings.rbegin(); it != m_headings.rend(); ++it) {
        if (it->day.isValid()) return it->day;
    }
    return {};
}

Draft &Extractor::addTalk(const QString &title, const QList<ParsedSpeaker> &speakers,
                          std::optional<TalkKind> kind, int line)
{
    m_lastFromHeading = false;
    Draft d;
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

void Extractor::addLink(Draft &d, const WriteupLink &l)
{
    if (l.image || l.url.isEmpty() || LinkEvidence::isInPage(l.url)) return;
    const QString url = LinkEvidence::clean(l.url);
    const LinkKind kind = LinkEvidence::kindOf(url, l.text);
    // A page's section ("https://blog.example/post#session"): a table of contents or a heading's own
    // anchor, not the talk's page.
    if (kind == LinkKind::Page && url.contains(u'#') && !LinkEvidence::isSchedulePage(url))
        return;
    if (std::any_of(d.links.begin(), d.links.end(), [&](const Link &x) { return x.url == url; })) return;
    d.links.push_back({kind, url});
}

void Extractor::prose(const QString &text)
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

void Extractor::heading(const WriteupBlock &b, int index)
{
    const QString text = stripDecoration(b.text);
    while (!m_headings.empty() && m_headings.back().level >= b.level)
        m_headings.pop_back();
    Heading h;
    h.level = b.level;
    h.text = text;
    h.day = dayOfHeading(text, m_event);
    h.role = roleOf(text);
    if (!m_seenTitle && index == 0 && b.level == 1)
        h.role = Role::Title;
    else if (h.day.isValid() || ((text.contains(QLatin1StringView("kubecon"), Qt::CaseInsensitive) ||
                                  text.contains(QLatin1StringView("cloudnativecon"), Qt::CaseInsensitive)) &&
                                 EventCatalog::instance().recognise(text).has_value()))
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

// A line that is a talk by itself: "Title - Name, Org", "Keynote: Title - Name".
bool Extractor::strongLine(const WriteupBlock &b)
{
    QString line = stripDecoration(firstLine(b.text));
    // "Title by Name (Org) – [video](...) | [slides](...)": the links' words are not part of the line.
    bool linkWords = false;
    for (const auto &l : b.links) {
        const QString words = stripDecoration(l.text);
        if (!l.image && !words.isEmpty() && genericLinkText(words) && line.endsWith(words)) {
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
    Draft &d = addTalk(p.title, p.speakers, p.kind, b.line);
    for (const auto &l : b.links)
        addLink(d, l);
    m_lastFromItem = b.type == Type::ListItem;
    return true;
}

// Whether a link points at a recording or a session's schedule page without naming the talk itself:
// "[Video](...)", "[here](...)", an embed, a bare URL.
bool evidenceLink(const WriteupLink &l)
{
    if (l.image || !(LinkEvidence::isRecording(l.url) || LinkEvidence::isSchedulePage(l.url))) return false;
    const QString text = l.text.trimmed();
    return text.startsWith(u"http") || genericLinkText(text);
}

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

// "### Title" followed by "Speakers: Name (Org), Name (Org)" or by a line of names, and/or by a
// recording or the session's schedule page on a line of its own ("[Video](...)", an embed, a bare URL).
// Returns how many of the blocks after the heading were part of the talk, or -1 when it is no talk.
int Extractor::headingTalk(const WriteupBlock &h, std::span<const WriteupBlock> after)
{
    if (after.empty() || after.front().type == Type::Heading || skipping()) return -1;
    const QString title = stripDecoration(h.text);
    static const QRegularExpression listHeading(
        QStringLiteral("\\b(talks|sessions|keynotes|highlights|favou?rites?|recordings|videos)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // "Opening Keynote": a session named only by its kind has no title to give.
    if (!plausibleTitle(title) || dayOfHeading(title, m_event).isValid() || roleOf(title) != Role::Section ||
        listHeading.match(title).hasMatch() || TalkLineParser::kindFromLabel(title))
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
        const bool own = std::any_of(b.links.begin(), b.links.end(), evidenceLink);
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
    Draft &d = addTalk(p.title.isEmpty() ? title : p.title, speakers.isEmpty() ? p.speakers : speakers,
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

// Whether text starts the way a title does: not with an ordinary lower-case word ("a more thorough
// talk", "first of these"). A lower-case first word that is a project's name or written like one
// ("etcd", "eBPF", "n-Place", "incident.io") still starts a title.
bool startsLikeTitle(QStringView text)
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
    return !ProjectDictionary::instance().count(word).isEmpty();
}

// The people named right after a talk's link: "[Title](...) by Name", "[Title](...) - Name from Org
// provides ...", "[Title](...) av Name". Prose after the names ends them: the first lower-case word
// that is not part of a name or an affiliation.
QList<ParsedSpeaker> speakersAfter(QStringView rest, bool byWordOnly = false)
{
    static const QRegularExpression lead(
        QStringLiteral(
            "^[\\s)\\]\"”'’*_]*(?:((?:[-–—:,]\\s*)?(?:presented by|by|with|from|av|von|par)\\s+)|[-–—]\\s+)"),
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

// Links whose text names a talk with its speakers, recordings with a title, and pages of sessions in a
// schedule.
// Titles in quotes or after a kind label inside the prose.
void Extractor::proseTalks(const WriteupBlock &b)
{
    const bool marks = b.text.contains(u':') || std::any_of(b.text.begin(), b.text.end(), [](QChar c) {
                           return c == u'"' || c == u'“' || c == u'«' || c == u'„';
                       });
    if (skipping() || !marks) return;
    for (const auto &f : ProseTitles::find(b.text)) {
        if (plausibleTitle(f.title)) addTalk(f.title, f.speakers, f.kind, b.line);
    }
}

bool Extractor::linkTalks(const WriteupBlock &b)
{
    bool any = false;
    QString description = b.text;
    for (const auto &l : b.links) {
        if (l.image || l.url.isEmpty() || LinkEvidence::isInPage(l.url)) continue;
        const QString text = stripDecoration(l.text);
        const ParsedTalkLine p = TalkLineParser::parse(text);
        const bool withSpeakers = !p.speakers.isEmpty() && plausibleTitle(p.title);
        const bool evidence = LinkEvidence::isRecording(l.url) || LinkEvidence::isSchedulePage(l.url);
        const bool titled = evidence && !genericLinkText(text) && !skipping() && plausibleTitle(p.title) &&
                            text.size() <= 200 && startsLikeTitle(text) && !text.startsWith(u"http");
        QList<ParsedSpeaker> speakers = p.speakers;
        const qsizetype at = b.text.indexOf(l.text);
        if (speakers.isEmpty() && at >= 0 &&
            (titled || (!evidence && !skipping() && plausibleTitle(p.title) && startsLikeTitle(text) &&
                        !genericLinkText(text) && ProseTitles::mentionsTalk(b.text)))) {
            // Any link, to slides or a page, followed by "by Name" in a paragraph about talks.
            speakers = speakersAfter(QStringView(b.text).mid(at + l.text.size()), !titled);
            if (!titled && !std::all_of(speakers.begin(), speakers.end(),
                                        [](const ParsedSpeaker &sp) { return sp.name.contains(u' '); }))
                speakers.clear();
        }
        if (!withSpeakers && !titled && speakers.isEmpty()) continue;
        Draft &d = addTalk(p.title, speakers, p.kind, b.line);
        addLink(d, l);
        description.remove(l.text.trimmed());
        any = true;
    }
    if (!any) return false;
    description = stripDecoration(description);
    static const QRegularExpression onlyPunct(QStringLiteral("^[\\s\\p{P}]*$"));
    if (!onlyPunct.match(description).hasMatch()) {
        Draft &last = m_drafts.back();
        last.description = description;
        if (description.size() >= 30) last.abstract = description;
    }
    m_lastFromItem = b.type == Type::ListItem;
    // The text around a link describes it; the next paragraph is the post moving on.
    m_abstractOpen = false;
    return true;
}

// "- **Title**: description" under a heading that lists talks.
bool Extractor::leadTalk(const WriteupBlock &b)
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
        QStringLiteral(
            "^(note|tip|update|bonus|edit|disclaimer|tl;?dr|summary|key benefits|pros|cons|why|how|what)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (genericLead.match(lead).hasMatch()) return false;
    // A bullet that only names a project or a topic ("**Cilium**: everywhere", "**Observability**")
    // is a trend, not a talk, unless the heading above says it lists keynotes or announcements.
    const Role role = kindRole();
    const bool listsTalks = role == Role::Keynote || role == Role::Announcement || role == Role::Mixed;
    if (!listsTalks) {
        const int words = wordCount(lead);
        const auto named = ProjectDictionary::instance().count(lead);
        const bool onlyProject =
            named.size() == 1 && TextKey::title(named.begin().key()) == TextKey::title(lead);
        if (onlyProject || (words < 2 && !talkContext())) return false;
    }
    while (!rest.isEmpty() && (rest.front() == u':' || rest.front() == u'-' || rest.front() == u'–' ||
                               rest.front() == u'—' || rest.front().isSpace()))
        rest.remove(0, 1);
    ParsedTalkLine p = TalkLineParser::parse(lead);
    Draft &d = addTalk(p.title.isEmpty() ? lead : p.title, p.speakers, p.kind, b.line);
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

void Extractor::tableRow(const WriteupBlock &b)
{
    if (b.headerRow || b.cells.isEmpty()) return;
    const QString first = stripDecoration(b.cells.front());
    if (first.isEmpty() || first == u"-") return;
    const ParsedTalkLine p = TalkLineParser::parse(first);
    bool hasLink = false;
    for (const auto &cell : b.cellLinks)
        hasLink = hasLink || !cell.isEmpty();
    if (!plausibleTitle(p.title) || (p.speakers.isEmpty() && !hasLink)) return;
    Draft &d = addTalk(p.title, p.speakers, p.kind, b.line);
    for (const auto &cell : b.cellLinks) {
        for (const auto &l : cell)
            addLink(d, l);
    }
    m_lastFromItem = false;
}

int Extractor::plainBlock(const WriteupBlock &b, std::span<const WriteupBlock> after)
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
    if (const QDate d = dayOfHeading(text, m_event); d.isValid()) {
        m_plainDay = d;
        m_plainSection.clear();
        m_lastTalk = -1;
        m_abstractOpen = false;
        return 0;
    }
    if (strongLine(b)) return 0;
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

void Extractor::run(const QList<WriteupBlock> &blocks)
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

std::vector<Draft> Extractor::takeDrafts()
{
    // A talk named twice (a table of contents, a recap at the end) is one talk.
    std::vector<Draft> out;
    QHash<QString, size_t> byKey;
    for (auto &d : m_drafts) {
        const QString key = TextKey::title(d.title);
        const auto it = byKey.constFind(key);
        // Same title, different people ("Opening Remarks" on two days): two talks.
        const bool otherPeople =
            it != byKey.constEnd() && !d.speakers.isEmpty() && !out[*it].speakers.isEmpty() &&
            std::none_of(d.speakers.begin(), d.speakers.end(), [&](const ParsedSpeaker &a) {
                return std::any_of(out[*it].speakers.begin(), out[*it].speakers.end(),
                                   [&](const ParsedSpeaker &b) {
                                       return TextKey::person(a.name) == TextKey::person(b.name);
                                   });
            });
        if (it == byKey.constEnd() || otherPeople) {
            if (it == byKey.constEnd()) byKey.insert(key, out.size());
            out.push_back(std::move(d));
            continue;
        }
        Draft &known = out[*it];
        if (!known.day.isValid()) known.day = d.day;
        if (known.speakers.isEmpty()) known.speakers = d.speakers;
        if (known.abstract.size() < d.abstract.size()) known.abstract = d.abstract;
        for (const auto &l : d.links) {
            if (std::none_of(known.links.begin(), known.links.end(),
                             [&](const Link &x) { return x.url == l.url; }))
                known.links.push_back(l);
        }
        if (!known.kind) known.kind = d.kind;
    }
    return out;
}
} // namespace

int WriteupReader::sniff(const QString &fileName, QByteArrayView head) const
{
    const QByteArrayView t = head.trimmed();
    if (t.isEmpty() || head.contains('\0')) return 0;
    if (t.startsWith('{') || t.startsWith('[') || t.startsWith("<?xml") || t.startsWith("BEGIN:VCALENDAR"))
        return 0;
    int score = 10;
    if (head.startsWith("---") || head.startsWith("+++") || head.startsWith("\xEF\xBB\xBF---"))
        score = 30;
    else if (looksLikeMarkdown(QString::fromUtf8(head.first(std::min<qsizetype>(head.size(), 16384)))))
        score = 25;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        score += 5;
    else if (suffix == u"txt" || suffix == u"text")
        score += 2;
    return score;
}

ReadResult WriteupReader::read(const QString &fileName, const QByteArray &content) const
{
    ReadResult result;
    if (content.trimmed().isEmpty()) {
        result.error(fileName, 0, QStringLiteral("file is empty"));
        return result;
    }
    const QByteArrayView head = QByteArrayView(content).first(std::min<qsizetype>(content.size(), 8192));
    if (head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF")) {
        result.error(fileName, 0, QStringLiteral("not a text file (binary data)"));
        return result;
    }
    const TextDecoder::Decoded decoded = TextDecoder::decode(content);
    QString text = decoded.text;
    if (text.contains(u'\r')) {
        text.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
        text.replace(u'\r', u'\n');
    }
    // Saved web pages, AsciiDoc and reStructuredText are read as the Markdown they convert to.
    using Markup = MarkupConverter::Markup;
    const Markup markup = MarkupConverter::detect(fileName, text);
    const bool converted =
        markup == Markup::Html || markup == Markup::AsciiDoc || markup == Markup::ReStructuredText;
    MarkupConverter::Converted conversion;
    if (converted) {
        conversion = MarkupConverter::convert(text, markup);
        text = conversion.markdown;
    }
    const FrontMatter fm = FrontMatter::parse(converted ? QString() : text);
    for (const auto &e : fm.errors())
        result.warning(fileName, e.line, e.message);
    const QString body = stripTemplates(converted ? text : fm.body(text).toString());
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool markdown = converted || fm.format() != FrontMatter::Format::None || suffix == u"md" ||
                          suffix == u"markdown" || looksLikeMarkdown(body);
    const QList<WriteupBlock> blocks = markdown ? WriteupBlocks::parseMarkdown(body, fm.bodyLine())
                                                : WriteupBlocks::parsePlainText(body, fm.bodyLine());

    // The post: title from the front matter, else its first heading, else its first line.
    Source source;
    source.id = QStringLiteral("s1");
    source.file = fileName;
    source.kind = SourceKind::Writeup;
    source.format = markup == Markup::Html               ? QStringLiteral("html")
                    : markup == Markup::AsciiDoc         ? QStringLiteral("asciidoc")
                    : markup == Markup::ReStructuredText ? QStringLiteral("rst")
                    : markdown                           ? QStringLiteral("markdown")
                                                         : QStringLiteral("text");
    source.title = converted ? conversion.title : fm.value(u"title");
    source.author = converted ? conversion.author : fm.value(u"author");
    if (source.author.isEmpty()) source.author = fm.list(u"authors").value(0);
    const QString date = converted ? conversion.date : fm.value(u"date");
    source.published = QDate::fromString(date.left(10), Qt::ISODate);
    if (source.title.isEmpty()) {
        for (const auto &b : blocks) {
            static const QRegularExpression toc(QStringLiteral("^(table of contents|contents)$"),
                                                QRegularExpression::CaseInsensitiveOption);
            if (!markdown && toc.match(b.text).hasMatch()) continue;
            if (b.type == Type::Heading || (!markdown && b.text.size() <= 150)) {
                source.title = stripDecoration(b.text);
                break;
            }
            if (markdown) break;
        }
    }

    // The event: what the title and front matter name weighs most, then the body.
    const auto &catalog = EventCatalog::instance();
    const QString about = source.title + u'\n' + fm.value(u"description") + u'\n' +
                          (converted ? conversion.tags : fm.list(u"tags")).join(u' ') + u'\n' +
                          fm.list(u"categories").join(u' ');
    int yearHint = source.published.isValid() ? source.published.year() : mostFrequentYear(about);
    if (!yearHint) yearHint = mostFrequentYear(body);
    QHash<int, int> votes = catalog.mentions(about, yearHint);
    for (auto it = votes.begin(); it != votes.end(); ++it)
        it.value() *= 5;
    // A post names its event early; the first megabyte decides, so a huge file costs no more.
    const QHash<int, int> bodyVotes = catalog.mentions(QStringView(body).left(1 << 20), yearHint);
    for (auto it = bodyVotes.begin(); it != bodyVotes.end(); ++it)
        votes[it.key()] += it.value();
    int best = -1, bestVotes = 0;
    for (auto it = votes.begin(); it != votes.end(); ++it) {
        if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < best)) {
            best = it.key();
            bestVotes = it.value();
        }
    }
    const auto &editions = catalog.events();
    if (best >= 0 && source.published.isValid() && editions[size_t(best)].start > source.published) {
        // A post cannot be about an edition that had not begun: "KubeCon NA recap" published in January
        // is about the previous year's edition of that region.
        for (size_t i = 0; i < editions.size(); ++i) {
            if (editions[i].region == editions[size_t(best)].region &&
                editions[i].start <= source.published &&
                editions[i].year >= editions[size_t(best)].year - 1 && int(i) != best)
                best = int(i);
        }
    }
    if (best < 0 && source.published.isValid() &&
        (about.contains(QLatin1StringView("kubecon"), Qt::CaseInsensitive) ||
         about.contains(QLatin1StringView("cloudnativecon"), Qt::CaseInsensitive))) {
        // "KubeCon recap" with a date: the latest edition that had ended a month before the post at most.
        for (size_t i = 0; i < editions.size(); ++i) {
            if (editions[i].end <= source.published && editions[i].end.daysTo(source.published) <= 45)
                best = int(i);
        }
    }
    if (best < 0) {
        // Nothing in the post names a known edition: people name the file after the conference
        // ("kubecon-2019-sandiego-notes.md").
        QString name = QFileInfo(fileName).completeBaseName();
        name.replace(u'-', u' ').replace(u'_', u' ');
        const QHash<int, int> fileVotes = catalog.mentions(name, yearHint);
        for (auto it = fileVotes.begin(); it != fileVotes.end(); ++it) {
            if (it.value() > bestVotes) {
                best = it.key();
                bestVotes = it.value();
            }
        }
    }
    Event event = best >= 0 ? editions[size_t(best)]
                            : EventNamer::name(source.title.isEmpty() ? QFileInfo(fileName).completeBaseName()
                                                                      : source.title,
                                               body, yearHint);

    Extractor extractor(event, !markdown);
    extractor.run(blocks);
    std::vector<Draft> drafts = extractor.takeDrafts();

    Dataset &ds = result.dataset;
    QString allText;
    for (const auto &b : blocks) {
        // A bold lead keeps one mark: a name set in bold is a name even where a sentence starts.
        if (!b.lead.isEmpty()) allText += u'*';
        allText += b.text;
        allText += u'\n';
    }
    for (const Stat &s : WriteupFacts::stats(allText))
        event.stats.append(s);
    const EventIndex ev = ds.addEvent(event);
    ds.sources.push_back(source);
    const SourceIndex src(0u);

    for (auto &d : drafts) {
        Talk t;
        t.title = d.title;
        t.id = event.id + u"/w-" + TextKey::slug(d.title).left(60);
        t.event = ev;
        TalkKind kind = d.kind.value_or(TalkKind::Talk);
        if (kind == TalkKind::Talk) {
            static const QRegularExpression panel(QStringLiteral("\\bpanel\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
            if (panel.match(QStringView(d.abstract).left(200)).hasMatch() ||
                panel.match(QStringView(d.description).left(200)).hasMatch())
                kind = TalkKind::Panel;
        }
        t.kind = kind;
        t.day = d.day;
        t.section = ds.intern(d.section);
        t.setAbstract(d.abstract);
        QStringList orgs;
        for (const auto &sp : d.speakers) {
            t.speakers.push_back(
                {ds.intern(sp.name), ds.intern(sp.role), ds.intern(sp.affiliation), PersonIndex()});
            if (!sp.affiliation.isEmpty() && !orgs.contains(sp.affiliation)) orgs << sp.affiliation;
        }
        for (const QString &o :
             WriteupFacts::presenters(d.description.isEmpty() ? d.abstract : d.description)) {
            if (!orgs.contains(o)) orgs << o;
        }
        for (const auto &o : std::as_const(orgs))
            t.organizations.push_back(ds.intern(o));
        t.links = std::move(d.links);
        t.sources = {src};
        ds.talks.push_back(std::move(t));
    }

    const QHash<QString, int> counts = ProjectDictionary::instance().count(allText);
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names))
        ds.mentions.push_back({name, ev, src, counts.value(name)});

    for (const auto &[heading, text] : extractor.paragraphs())
        ds.paragraphs.push_back({ev, src, ds.intern(heading), text.toUtf8(), {}});
    return result;
}
