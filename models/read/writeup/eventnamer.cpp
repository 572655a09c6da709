#include "eventnamer.h"

#include "analysis/textkey.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {
// Words a post's title puts around the conference's name.
bool aroundName(const QString &word)
{
    static const QSet<QString> words = {QStringLiteral("my"),          QStringLiteral("our"),
                                        QStringLiteral("the"),         QStringLiteral("a"),
                                        QStringLiteral("recap"),       QStringLiteral("notes"),
                                        QStringLiteral("takeaways"),   QStringLiteral("thoughts"),
                                        QStringLiteral("from"),        QStringLiteral("at"),
                                        QStringLiteral("on"),          QStringLiteral("about"),
                                        QStringLiteral("highlights"),  QStringLiteral("summary"),
                                        QStringLiteral("report"),      QStringLiteral("review"),
                                        QStringLiteral("experience"),  QStringLiteral("experiences"),
                                        QStringLiteral("impressions"), QStringLiteral("wrap-up"),
                                        QStringLiteral("wrapup"),      QStringLiteral("retrospective"),
                                        QStringLiteral("rückblick"),   QStringLiteral("bericht"),
                                        QStringLiteral("edition"),     QStringLiteral("trip"),
                                        QStringLiteral("day"),         QStringLiteral("days"),
                                        QStringLiteral("part"),        QStringLiteral("and"),
                                        QStringLiteral("of"),          QStringLiteral("in"),
                                        QStringLiteral("to"),          QStringLiteral("ein"),
                                        QStringLiteral("eine"),        QStringLiteral("der"),
                                        QStringLiteral("die"),         QStringLiteral("das"),
                                        QStringLiteral("mon"),         QStringLiteral("ma"),
                                        QStringLiteral("le"),          QStringLiteral("la"),
                                        QStringLiteral("lessons"),     QStringLiteral("learned"),
                                        QStringLiteral("learnings"),   QStringLiteral("week"),
                                        QStringLiteral("attending"),   QStringLiteral("visiting")};
    const QString w = word.toCaseFolded();
    // "Digesting", "Attending", "Revisiting": a verb in "-ing" before the name.
    const bool number = std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit() || c == u'.'; });
    return words.contains(w) || (w.endsWith(QLatin1StringView("ing")) && w.size() > 5) || number ||
           !w.front().isLetterOrNumber();
}

int fullYear(QStringView digits)
{
    const int n = digits.toInt();
    return digits.size() == 2 ? 2000 + n : n;
}
} // namespace

namespace EventNamer {
QString cleanName(const QString &title)
{
    // Separators end the name: "FOSDEM 2018 - notes", "Monitorama, Berlin, EU - Day 1", "X: impressions".
    QString t = title;
    t.replace(u'#', u' ');
    static const QRegularExpression yearWord(
        QStringLiteral("(?:^|\\s)(?:'|‘|’)?(?:19|20)?\\d\\d(?=\\s|$|[:,!?])"));
    t.remove(yearWord);
    static const QRegularExpression glued(QStringLiteral("(?<=[A-Za-z])(?:19|20)\\d\\d\\b"));
    t.remove(glued);
    QStringList words;
    for (const QString &w : t.simplified().split(u' ', Qt::SkipEmptyParts)) {
        QString word = w;
        while (!word.isEmpty() && QStringView(u":;!?,()[]\"“”").contains(word.back()))
            word.chop(1);
        while (!word.isEmpty() && QStringView(u"()[]\"“”").contains(word.front()))
            word.remove(0, 1);
        if (!word.isEmpty()) words << word;
        if (w.endsWith(u':') || w.endsWith(u',') || w == u"-" || w == u"–" || w == u"—" || w == u"|")
            words << QStringLiteral("|");
    }
    // The longest run of words that are not around the name; the first such run wins ties.
    QStringList best, run;
    const auto close = [&] {
        while (!run.isEmpty() && aroundName(run.back()))
            run.removeLast();
        if (run.size() > best.size()) best = run;
        run.clear();
    };
    for (const QString &w : std::as_const(words)) {
        if (w == u"|") {
            close();
            if (!best.isEmpty()) break; // the name comes before what the post says about it
            continue;
        }
        if (run.isEmpty() && aroundName(w)) continue;
        if (w.front().isLower() && !aroundName(w) && !w.contains(QRegularExpression(QStringLiteral("\\d")))) {
            close();
            continue;
        }
        run << w;
    }
    close();
    return best.join(u' ');
}

Event name(const QString &title, QStringView body, int year)
{
    Event e;
    // A year written in the title ("2017", "'17", "QConSF2016") is the edition's.
    static const QRegularExpression titleYear(
        QStringLiteral("(?:(?<=[A-Za-z])|\\b|['‘’])((?:19|20)\\d\\d|(?<=['‘’])\\d\\d)\\b"));
    if (const auto m = titleYear.match(title); m.hasMatch()) year = fullYear(m.capturedView(1));
    QString name = cleanName(title);
    if (name.isEmpty() || name.size() > 60)
        name = title.isEmpty() ? QStringLiteral("Unknown event") : title.left(60).trimmed();
    // The catalog's own spelling aside, a conference written in capitals stays so ("FOSDEM", "30c3" ->
    // "30C3").
    static const QRegularExpression hackerCongress(QStringLiteral("^\\d+c\\d$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    if (hackerCongress.match(name).hasMatch()) name = name.toUpper();
    e.series = name;
    e.year = year;
    e.name = year ? name + u' ' + QString::number(year) : name;

    // The city: "Name, City, Region" in the title, else "in City, State" / "in City" in the body's start.
    static const QRegularExpression titleCity(
        QStringLiteral("^[^,]+,\\s*(\\p{Lu}[\\p{L}.'-]+(?:\\s\\p{Lu}[\\p{L}.'-]+)?)\\s*(?:,|$|\\s-)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = titleCity.match(title); m.hasMatch() && !name.contains(m.captured(1)))
        e.city = m.captured(1);
    if (e.city.isEmpty()) {
        static const QRegularExpression inCity(
            QStringLiteral(
                "\\bin\\s+((?:St\\.\\s)?\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?),\\s+(\\p{Lu}\\p{L}+)"),
            QRegularExpression::UseUnicodePropertiesOption);
        QHash<QString, int> votes;
        const QStringView head = body.left(20000);
        for (auto it = inCity.globalMatch(head); it.hasNext();) {
            const auto m = it.next();
            if (!name.contains(m.captured(1))) ++votes[m.captured(1)];
        }
        int n = 0;
        for (auto it = votes.begin(); it != votes.end(); ++it) {
            if (it.value() > n) {
                n = it.value();
                e.city = it.key();
            }
        }
    }
    e.id = TextKey::slug(e.name);
    if (e.id.isEmpty()) e.id = QStringLiteral("unknown-event");
    return e;
}
} // namespace EventNamer
