#include "writeupfacts.h"

#include "analysis/projectdictionary.h"

#include <QRegularExpression>
#include <algorithm>

double WriteupFacts::number(QStringView text)
{
    QString s = text.trimmed().toString();
    s.remove(u',');
    s.remove(u'+');
    double factor = 1;
    if (s.endsWith(u'k') || s.endsWith(u'K')) {
        factor = 1000;
        s.chop(1);
    }
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    return ok ? v * factor : -1;
}

QList<Stat> WriteupFacts::stats(QStringView all)
{
    // Only lines with a number and a word about people or tracks can state a figure; the patterns run
    // on those alone, so a long post costs one scan.
    static const QRegularExpression keyword(
        QStringLiteral("attendee|participant|people|visitor|registra|registered|folks|developer|first[- "
                       "]tim|track|percent|%"),
        QRegularExpression::CaseInsensitiveOption);
    QString text;
    for (const QStringView line : all.split(u'\n')) {
        if (std::any_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); }) &&
            keyword.match(line).hasMatch()) {
            text += line;
            text += u'\n';
        }
    }
    if (text.isEmpty()) return {};
    // PCRE2 would check the text is valid UTF-16 on each of the nine matches below; once is enough.
    // Text that fails keeps the check (and so, as before, matches nothing).
    const QRegularExpression::MatchOptions check = text.isValidUtf16()
                                                       ? QRegularExpression::DontCheckSubjectStringMatchOption
                                                       : QRegularExpression::NoMatchOption;
    const auto find = [&](const QRegularExpression &re) {
        return re.match(text, 0, QRegularExpression::NormalMatch, check);
    };
    QList<Stat> out;
    const auto put = [&](const QString &metric, double value) {
        if (value <= 0) return;
        for (const auto &s : out) {
            if (s.metric == metric) return;
        }
        out.append({metric, value});
    };
    const QString num = QStringLiteral("(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s?[kK]?)\\s?\\+?");
    const QString lead =
        QStringLiteral("(?:more than |over |nearly |almost |around |about |roughly |some |~)?");
    const QString people =
        QStringLiteral("(?:attendees|participants|people|visitors|registrants|folks|developers)");
    static const QRegularExpression inPerson(
        lead + num + QStringLiteral("\\s+(?:in-person|in person|onsite|on-site|on site|physical)\\s+") +
            people,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inPersonAfter(
        lead + num + QStringLiteral("\\s+") + people +
            QStringLiteral("\\s+(?:in-person|in person|onsite|on-site|on site)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression virtualAtt(
        lead + num + QStringLiteral("\\s+(?:(?:online|virtual|remote)\\s+") + people + QStringLiteral("|") +
            people + QStringLiteral("\\s+(?:online|virtually|remotely)|(?:online|virtually|remotely)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression registered(
        lead + num + QStringLiteral("\\s+(?:registered|registrations|registrants)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression firstTimers(
        QStringLiteral("(\\d{1,3}(?:\\.\\d+)?)\\s?(?:%|percent)\\s+(?:of\\s+(?:the\\s+)?(?:attendees|"
                       "participants|people)\\s+(?:were|was)\\s+(?:\\w+\\s+)?)?first[- ]tim"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tracks(QStringLiteral("(\\d{1,3})\\s+parall?ell?\\s+tracks"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attendedInPerson(
        lead + num + QStringLiteral("\\s+") + people +
            QStringLiteral("\\s+(?:attended|joined|came|showed up)\\s+(?:in[- ]person|onsite|on[- ]site)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attendanceOf(
        QStringLiteral("(?:in[- ]person|onsite|on[- ]site) attendance (?:of|was|reached|hit) ") + lead + num,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression firstTimersAfter(
        QStringLiteral("first[- ]tim\\w*[^.\\d]{0,40}?(\\d{1,3}(?:\\.\\d+)?)\\s?(?:%|percent)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = find(attendedInPerson); m.hasMatch())
        put(QStringLiteral("attendees_in_person"), number(m.captured(1)));
    if (const auto m = find(attendanceOf); m.hasMatch())
        put(QStringLiteral("attendees_in_person"), number(m.captured(1)));
    if (const auto m = find(inPerson); m.hasMatch())
        put(QStringLiteral("attendees_in_person"), number(m.captured(1)));
    if (const auto m = find(inPersonAfter); m.hasMatch())
        put(QStringLiteral("attendees_in_person"), number(m.captured(1)));
    if (const auto m = find(virtualAtt); m.hasMatch())
        put(QStringLiteral("attendees_virtual"), number(m.captured(1)));
    if (const auto m = find(registered); m.hasMatch())
        put(QStringLiteral("attendees_registered"), number(m.captured(1)));
    if (const auto m = find(firstTimers); m.hasMatch()) {
        const double v = number(m.captured(1));
        if (v <= 100) put(QStringLiteral("first_timer_percent"), v);
    }
    if (const auto m = find(firstTimersAfter); m.hasMatch()) {
        const double v = number(m.captured(1));
        if (v <= 100) put(QStringLiteral("first_timer_percent"), v);
    }
    if (const auto m = find(tracks); m.hasMatch())
        put(QStringLiteral("parallel_tracks"), number(m.captured(1)));
    return out;
}

QStringList WriteupFacts::presenters(QStringView description, const ProjectDictionary &dictionary)
{
    // The first sentence only: later ones talk about anything.
    QStringView first = description.trimmed();
    if (const qsizetype dot = first.indexOf(QLatin1StringView(". ")); dot > 0) first = first.left(dot);
    static const QString org = QStringLiteral("[A-Z][\\w.&'-]*(?: [A-Z][\\w.&'-]*){0,2}");
    static const QRegularExpression re(
        QStringLiteral("^(?:.{0,40}?\\bfrom )?(") + org + QStringLiteral("(?:(?:, | and |, and )") + org +
        QStringLiteral(")*) (?:presented|shared|demonstrated|demoed|discussed|introduced|showcased|announced|"
                       "explained|talked|gave|walked|unveiled|highlighted|described|showed|detailed)\\b"));
    const auto m = re.match(first);
    if (!m.hasMatch()) return {};
    QString list = m.captured(1);
    list.replace(QLatin1StringView(", and "), QLatin1StringView(", "));
    list.replace(QLatin1StringView(" and "), QLatin1StringView(", "));
    QStringList out;
    static const QStringList notCompanies = {
        QStringLiteral("The"),  QStringLiteral("This"),     QStringLiteral("It"),
        QStringLiteral("They"), QStringLiteral("We"),       QStringLiteral("He"),
        QStringLiteral("She"),  QStringLiteral("Speakers"), QStringLiteral("Industry")};
    for (const QString &part : list.split(QLatin1StringView(", "), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        // A project introducing a feature is not a company presenting.
        if (name.isEmpty() || notCompanies.contains(name.section(u' ', 0, 0)) ||
            !dictionary.count(name).isEmpty())
            return {};
        out << name;
    }
    return out;
}
