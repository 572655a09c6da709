#include "headingroles.h"

#include "analysis/eventcatalog.h"
#include "writeuptext.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace HeadingRoles {
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
    // Headings that say "here come talks" without naming a section: "Sessions", "My favourite talks",
    // "Trends and session highlights", "Overview".
    static const QRegularExpression generic(QStringLiteral(
        "^(?:(?:my|the|key|main|top|favou?rite|notable|best|other)\\s+)*"
        "(?:sessions?|talks?|events?|highlights?|keynotes?|announcements?|trends?|overview|schedule|agenda|"
        "recap|summary)(?:\\s+(?:and|&)\\s+(?:(?:session|talk|keynote)s?\\s+)?(?:highlights?|sessions?|talks?"
        "|"
        "keynotes?|announcements?)|\\s+highlights?)?$"));
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

QDate dayOfHeading(const QString &text, const Event &event, const EventCatalog &catalog)
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
    const QString t = WriteupText::stripDecoration(text);
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
        if (n >= 0) return catalog.mainConferenceDay(event, n);
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
} // namespace HeadingRoles
