#include "prosetitles.h"

#include "writeuptext.h"

#include <QRegularExpression>

namespace ProseTitles {
bool mentionsTalk(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(talks?|keynotes?|sessions?|presentations?|panels?|lectures?|workshops?|tutorials?|"
            "vortr(a|ä)g\\w*|foredrag\\w*|föredrag\\w*|conf(é|e)rences?|pr(é|e)sentations?|charlas?|"
            "ponencias?|palestras?|interventions?|speakers?|sprecher\\w*|redner\\w*)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text, 0, QRegularExpression::NormalMatch, WriteupText::checkOnce(text)).hasMatch();
}

bool titleCase(QStringView phrase)
{
    int words = 0, longWords = 0, capitalised = 0;
    bool first = true;
    for (const QStringView w : phrase.split(u' ', Qt::SkipEmptyParts)) {
        ++words;
        if (first && w.front().isLower() &&
            !std::any_of(w.begin() + 1, w.end(), [](QChar c) { return c.isUpper() || c.isDigit(); }))
            return false;
        first = false;
        if (w.size() > 3) {
            ++longWords;
            if (w.front().isUpper() || w.front().isDigit()) ++capitalised;
        }
    }
    return words >= 2 && words <= 20 && longWords > 0 && capitalised * 3 >= longWords * 2;
}

QList<Found> find(QStringView text)
{
    QList<Found> out;
    if (text.size() > 5000) return out;
    const auto opts = WriteupText::checkOnce(text);
    // "(Keynote: Title)", "Keynote: Title – Name & Name." inside a sentence.
    static const QRegularExpression labelled(
        QStringLiteral(
            "\\b(Keynote|Lightning Talk|Panel|Talk|Session|Workshop|Tutorial):\\s+(\\p{Lu}[^()\\n]{5,200}?)"
            "(?=\\)|\\.\\s|\\.$|$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = labelled.globalMatch(text, 0, QRegularExpression::NormalMatch, opts); it.hasNext();) {
        const auto m = it.next();
        const ParsedTalkLine p = TalkLineParser::parse(m.capturedView(2));
        if (titleCase(p.title))
            out.append({p.title, p.speakers, TalkLineParser::kindFromLabel(m.capturedView(1))});
    }
    // A title in quotes with a word for a talk right before or after it.
    static const QRegularExpression quoted(QStringLiteral("[“\"«„]\\s?([^“”\"«»„\\n]{8,150}?)\\s?[”\"»“]"));
    for (auto it = quoted.globalMatch(text, 0, QRegularExpression::NormalMatch, opts); it.hasNext();) {
        const auto m = it.next();
        const QString title = m.captured(1).trimmed();
        if (!titleCase(title) || title.endsWith(u'.') || title.endsWith(u',')) continue;
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 40);
        const QStringView around =
            text.mid(from, std::min<qsizetype>(text.size(), m.capturedEnd() + 40) - from);
        if (!mentionsTalk(around)) continue;
        // "“Title” by Name": the people right after it.
        QList<ParsedSpeaker> speakers;
        static const QRegularExpression by(
            QStringLiteral("^\\s+(?:by|von|av|par)\\s+((?:\\p{Lu}[\\w'’.-]*\\s?){2,4})"),
            QRegularExpression::UseUnicodePropertiesOption);
        if (const auto b = by.match(text.mid(m.capturedEnd())); b.hasMatch())
            speakers = TalkLineParser::parseSpeakers(b.capturedView(1));
        out.append({title, speakers, std::nullopt});
    }
    return out;
}
} // namespace ProseTitles
