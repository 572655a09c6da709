#include "eventcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString regionFromWord(QStringView word)
{
    const QString w = word.toString().toCaseFolded();
    if (w == u"europe" || w == u"eu")
        return QStringLiteral("Europe");
    if (w == u"north america" || w == u"na" || w == u"us" || w == u"usa" || w == u"americas")
        return QStringLiteral("North America");
    if (w == u"china" || w == u"hong kong")
        return QStringLiteral("China");
    if (w == u"japan")
        return QStringLiteral("Japan");
    if (w == u"india")
        return QStringLiteral("India");
    return {};
}

// sched.com host codes: kccnceu2023, kccncna19, kccncchina2019, kccncjp2025, kccncind2024.
QString regionFromHostCode(QStringView code)
{
    if (code.startsWith(u"eu"))
        return QStringLiteral("Europe");
    if (code.startsWith(u"na"))
        return QStringLiteral("North America");
    if (code.startsWith(u"cn") || code.startsWith(u"china") || code.contains(u"chn") || code.startsWith(u"hk"))
        return QStringLiteral("China");
    if (code.startsWith(u"jp") || code.startsWith(u"japan"))
        return QStringLiteral("Japan");
    if (code.startsWith(u"in"))
        return QStringLiteral("India");
    return {};
}

// Whether `word` occurs in `text` with no letter or digit right before or after it ("LA", not "Lab").
bool containsWord(QStringView text, QStringView word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !text[at - 1].isLetterOrNumber()) && (end >= text.size() || !text[end].isLetterOrNumber()))
            return true;
    }
    return false;
}

int fullYear(QStringView digits)
{
    const int y = digits.toInt();
    return y < 100 ? 2000 + y : y;
}

int monthFromName(QStringView name)
{
    static const char16_t *months[] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                       u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    const QString n = name.left(3).toString().toCaseFolded();
    for (int i = 0; i < 12; ++i) {
        if (n == QStringView(months[i]))
            return i + 1;
    }
    return 0;
}
} // namespace

const EventCatalog &EventCatalog::instance()
{
    static const EventCatalog catalog(QStringLiteral(":/kubecon-events.json"));
    return catalog;
}

EventCatalog::EventCatalog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject cities = root.value(QLatin1StringView("cityAliases")).toObject();
    for (auto it = cities.begin(); it != cities.end(); ++it)
        m_cityAliases.insert(it.key(), it.value().toString());
    for (const auto &v : root.value(QLatin1StringView("events")).toArray()) {
        const QJsonObject o = v.toObject();
        Event e;
        e.id = o.value(QLatin1StringView("id")).toString();
        e.name = o.value(QLatin1StringView("name")).toString();
        e.series = o.value(QLatin1StringView("series")).toString();
        e.region = o.value(QLatin1StringView("region")).toString();
        e.city = o.value(QLatin1StringView("city")).toString();
        e.country = o.value(QLatin1StringView("country")).toString();
        e.start = QDate::fromString(o.value(QLatin1StringView("start")).toString(), Qt::ISODate);
        e.end = QDate::fromString(o.value(QLatin1StringView("end")).toString(), Qt::ISODate);
        e.year = e.start.isValid() ? e.start.year() : 0;
        if (e.id.isEmpty())
            continue;
        const int index = int(m_events.size());
        m_byAlias.insert(e.id.toCaseFolded(), index);
        for (const auto &a : o.value(QLatin1StringView("aliases")).toArray())
            m_byAlias.insert(a.toString().toCaseFolded(), index);
        m_timeZones << o.value(QLatin1StringView("timeZone")).toString();
        m_events.push_back(std::move(e));
    }
}

int EventCatalog::find(const QString &region, int year) const
{
    for (size_t i = 0; i < m_events.size(); ++i) {
        if (m_events[i].region == region && m_events[i].year == year)
            return int(i);
    }
    return -1;
}

std::optional<Event> EventCatalog::byId(QStringView idOrAlias) const
{
    const QString key = idOrAlias.trimmed().toString().toCaseFolded();
    if (const auto it = m_byAlias.constFind(key); it != m_byAlias.constEnd())
        return m_events[size_t(*it)];
    // Hosts of years the catalog lists under another spelling ("kccnceu20").
    static const QRegularExpression host(QStringLiteral("^kccnc([a-z]+?)(\\d{2}|\\d{4})$"));
    if (const auto m = host.match(key); m.hasMatch()) {
        const int i = find(regionFromHostCode(m.captured(1)), fullYear(m.captured(2)));
        if (i >= 0)
            return m_events[size_t(i)];
    }
    return std::nullopt;
}

QString EventCatalog::timeZone(QStringView id) const
{
    const auto it = m_byAlias.constFind(id.toString().toCaseFolded());
    return it == m_byAlias.constEnd() ? QString() : m_timeZones.value(*it);
}

QDate EventCatalog::mainConferenceDay(const Event &event, int dayNumber) const
{
    if (!event.start.isValid() || !event.end.isValid())
        return {};
    // Editions of four days or more open with co-located events; the main conference is the last three.
    const QDate first = event.start.daysTo(event.end) >= 3 ? event.end.addDays(-2) : event.start;
    const QDate day = first.addDays(dayNumber - 1);
    return day >= event.start.addDays(-1) && day <= event.end ? day : QDate();
}

QHash<int, int> EventCatalog::mentions(QStringView text, int yearHint) const
{
    QHash<int, int> votes;
    const QString s = text.toString();
    // PCRE2 would check the whole subject's UTF-16 again on every match; check it once.
    const QRegularExpression::MatchOptions check = s.isValidUtf16()
                                                       ? QRegularExpression::DontCheckSubjectStringMatchOption
                                                       : QRegularExpression::NoMatchOption;
    const auto vote = [&](int index, int weight) {
        if (index >= 0)
            votes[index] += weight;
    };

    static const QRegularExpression hosts(QStringLiteral("\\b(kccnc[a-z]+\\d{2,4}|kubecon-[a-z]{2}-\\d{4})\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (auto it = hosts.globalMatch(s, 0, QRegularExpression::NormalMatch, check); it.hasNext();) {
        const auto m = it.next();
        if (const auto e = byId(m.captured(1)))
            vote(int(std::find_if(m_events.begin(), m_events.end(), [&](const Event &x) { return x.id == e->id; }) -
                     m_events.begin()),
                 3);
    }

    static const QRegularExpression names(QStringLiteral("\\b(?:kubecon|cloudnativecon)s?\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression regionWords(
        QStringLiteral("\\b(Europe|EU|North America|NA|USA|US|Americas|China|Hong Kong|Japan|India)\\b"));
    static const QRegularExpression years(QStringLiteral("\\b(20[12]\\d)\\b|['’](\\d\\d)\\b"));
    qsizetype covered = -1;
    for (auto it = names.globalMatch(s, 0, QRegularExpression::NormalMatch, check); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() < covered)
            continue;
        // What follows the name up to the end of the sentence or line: "KubeCon + CloudNativeCon Europe
        // 2023", "KubeCon NA '23", "KubeCon San Diego in 2019".
        QStringView window = QStringView(s).mid(m.capturedEnd(), 70);
        for (const auto stop : {QStringView(u"\n"), QStringView(u". "), QStringView(u", ")}) {
            const qsizetype at = window.indexOf(stop);
            if (at >= 0)
                window = window.left(at);
        }
        covered = m.capturedEnd() + window.size();
        QString region;
        if (const auto r = regionWords.match(window, 0, QRegularExpression::NormalMatch, check); r.hasMatch())
            region = regionFromWord(r.captured(1));
        int year = 0;
        if (const auto y = years.match(window, 0, QRegularExpression::NormalMatch, check); y.hasMatch())
            year = fullYear(y.captured(1).isEmpty() ? y.captured(2) : y.captured(1));
        QList<int> cityHits;
        for (size_t i = 0; i < m_events.size(); ++i) {
            const QString &city = m_events[i].city;
            if (!city.isEmpty() && city != u"Virtual" && window.contains(city))
                cityHits << int(i);
        }
        for (auto a = m_cityAliases.begin(); a != m_cityAliases.end(); ++a) {
            if (containsWord(window, a.key())) {
                for (size_t i = 0; i < m_events.size(); ++i) {
                    if (m_events[i].city == a.value())
                        cityHits << int(i);
                }
            }
        }
        int found = -1;
        if (!region.isEmpty() && year)
            found = find(region, year);
        if (found < 0 && !cityHits.isEmpty()) {
            QList<int> pick;
            for (int i : cityHits) {
                if (!year || m_events[size_t(i)].year == year)
                    pick << i;
            }
            if (pick.size() > 1 && !year && yearHint) {
                QList<int> hinted;
                for (int i : pick) {
                    if (m_events[size_t(i)].year == yearHint)
                        hinted << i;
                }
                pick = hinted;
            }
            if (pick.size() == 1)
                found = pick.front();
        }
        if (found < 0 && !region.isEmpty() && !year && yearHint)
            found = find(region, yearHint);
        vote(found, 2);
    }

    // Dates inside an edition: "Nov 13, 2024", "November 6-9, 2023", "13 November 2024", "2024-11-13".
    static const QRegularExpression mdY(QStringLiteral(
        "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?,? (20\\d\\d)\\b"));
    static const QRegularExpression dMY(QStringLiteral(
        "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)? (?:of )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,? (20\\d\\d)\\b"));
    static const QRegularExpression iso(QStringLiteral("\\b(20\\d\\d)-(\\d\\d)-(\\d\\d)\\b"));
    const auto voteDate = [&](const QDate &d) {
        if (!d.isValid())
            return;
        for (size_t i = 0; i < m_events.size(); ++i) {
            if (d >= m_events[i].start.addDays(-1) && d <= m_events[i].end.addDays(1))
                vote(int(i), 1);
        }
    };
    for (auto it = mdY.globalMatch(s, 0, QRegularExpression::NormalMatch, check); it.hasNext();) {
        const auto m = it.next();
        voteDate(QDate(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt()));
    }
    for (auto it = dMY.globalMatch(s, 0, QRegularExpression::NormalMatch, check); it.hasNext();) {
        const auto m = it.next();
        voteDate(QDate(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt()));
    }
    for (auto it = iso.globalMatch(s, 0, QRegularExpression::NormalMatch, check); it.hasNext();) {
        const auto m = it.next();
        voteDate(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    return votes;
}

std::optional<Event> EventCatalog::recognise(QStringView text, int yearHint) const
{
    const QHash<int, int> votes = mentions(text, yearHint);
    int best = -1, bestVotes = 0;
    for (auto it = votes.begin(); it != votes.end(); ++it) {
        // Ties go to the earlier edition in the catalog, so the answer does not depend on hash order.
        if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < best)) {
            best = it.key();
            bestVotes = it.value();
        }
    }
    if (best < 0)
        return std::nullopt;
    return m_events[size_t(best)];
}
