#include "textkey.h"

namespace TextKey {

QString foldDiacritics(QStringView text)
{
    bool plain = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.toString();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        // Letters that do not decompose but people write without their stroke.
        switch (c.unicode()) {
        case 0x00F8: out += u'o'; break; // ø
        case 0x00D8: out += u'O'; break;
        case 0x0142: out += u'l'; break; // ł
        case 0x0141: out += u'L'; break;
        case 0x00DF: out += u"ss"; break; // ß
        default: out += c;
        }
    }
    return out;
}

static QString wordsOnly(QStringView text)
{
    const QString folded = foldDiacritics(text).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c;
        } else if (c != u'\'' && c != u'\u2019') {
            space = true;
        }
    }
    return out;
}

QString person(QStringView name)
{
    return wordsOnly(name);
}

QString title(QStringView title)
{
    QString key = wordsOnly(title);
    for (const auto prefix : {QStringView(u"keynote "), QStringView(u"panel "), QStringView(u"lightning talk ")}) {
        if (key.startsWith(prefix)) {
            key.remove(0, prefix.size());
            break;
        }
    }
    return key;
}

QString slug(QStringView text)
{
    QString key = wordsOnly(text);
    key.replace(u' ', u'-');
    return key;
}

} // namespace TextKey
