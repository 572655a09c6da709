#include "writeuptext.h"

#include "analysis/eventcatalog.h"

#include <algorithm>

namespace WriteupText {
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

bool genericLinkText(const QString &text, const EventCatalog &catalog)
{
    const QString t = text.toCaseFolded().simplified();
    // "Keynote by Name", "Keynoten av Name": a session named by its kind and speaker has no title.
    static const QRegularExpression kindBy(
        QStringLiteral("^(keynote|talk|session|presentation|panel|lightning "
                       "talk|workshop)\\w{0,3}\\s+(by|av|von|par|de|di|door)\\s"));
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
           catalog.recognise(text).has_value();
}

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

QRegularExpression::MatchOptions checkOnce(QStringView text)
{
    return text.isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption
                               : QRegularExpression::NoMatchOption;
}

bool containsPair(QStringView text, QChar first, QStringView next)
{
    for (qsizetype i = text.indexOf(first); i >= 0 && i + 1 < text.size(); i = text.indexOf(first, i + 1)) {
        if (next.contains(text[i + 1])) return true;
    }
    return false;
}
} // namespace WriteupText
