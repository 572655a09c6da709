#include "asciidocinline.h"

#include <QRegularExpression>
#include <functional>

namespace {
struct Segment
{
    QString text;
    bool done = false; // already Markdown: later rules leave it alone
};

// Applies `rule` to the parts of the line no earlier rule produced, so the underscores of a converted
// link's URL are never read as emphasis.
void apply(QList<Segment> &segments, const QRegularExpression &rule,
           const std::function<QString(const QRegularExpressionMatch &)> &replace, bool done = true)
{
    QList<Segment> result;
    for (const Segment &s : segments) {
        if (s.done) {
            result.append(s);
            continue;
        }
        qsizetype at = 0;
        for (auto it = rule.globalMatch(s.text); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedStart() > at) result.append({s.text.mid(at, m.capturedStart() - at), false});
            result.append({replace(m), done});
            at = m.capturedEnd();
        }
        if (at < s.text.size()) result.append({s.text.mid(at), false});
    }
    segments = result;
}

} // namespace

// The link text, without attributes or the "^" that asks for a new window.
QString AsciiDocInline::macroText(QStringView attrs)
{
    QString text;
    if (attrs.startsWith(u'"')) {
        const qsizetype end = attrs.indexOf(u'"', 1);
        text = attrs.sliced(1, (end < 0 ? attrs.size() : end) - 1).toString();
    } else {
        // As Asciidoctor reads it: a comma ends the text only when named attributes ("window=_blank")
        // follow; "Title, With Commas" is all text.
        static const QRegularExpression named(QStringLiteral(R"(,\s*\w[\w-]*=)"));
        const qsizetype comma = attrs.indexOf(named);
        text = (comma < 0 ? attrs : attrs.first(comma)).toString();
        if (text.contains(u'=') && comma < 0 && !text.contains(u' ')) text.clear();
    }
    text = text.trimmed();
    if (text.endsWith(u'^')) text.chop(1);
    return text;
}

QString AsciiDocInline::convert(const QString &line, const QHash<QString, QString> &attributes)
{
    static const QRegularExpression code(QStringLiteral(R"(`[^`]+`)"));
    static const QRegularExpression url(
        QStringLiteral(R"((?:link:)?((?:https?|ftp|mailto|irc):[^\s\[]+|(?<=link:)[^\s\[]+)\[([^\]]*)\])"));
    static const QRegularExpression image(QStringLiteral(R"(image:([^\s\[:][^\s\[]*)\[([^\]]*)\])"));
    static const QRegularExpression xref(
        QStringLiteral(R"(<<([^,>]+)(?:,\s*([^>]+))?>>|xref:\S+?\[([^\]]*)\])"));
    static const QRegularExpression macro(
        QStringLiteral(R"((footnote|kbd|btn|pass|menu):[^\s\[]*\[([^\]]*)\])"));
    static const QRegularExpression strong2(QStringLiteral(R"(\*\*(.+?)\*\*)"));
    static const QRegularExpression strong(QStringLiteral(R"((?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*]))"));
    static const QRegularExpression emph2(QStringLiteral(R"(__(.+?)__)"));
    static const QRegularExpression emph(QStringLiteral(R"((?<![\w_])_(?=\S)(.+?)(?<=\S)_(?!\w))"));
    static const QRegularExpression mark(
        QStringLiteral(R"((?:\[[^\]]*\])?(?<![\w#])#(?=\S)(.+?)(?<=\S)#(?!\w))"));
    static const QRegularExpression attribute(QStringLiteral(R"((?<!\\)\{([\w-]+)\})"));

    QList<Segment> segments{{line, false}};
    apply(segments, code, [](const QRegularExpressionMatch &m) -> QString { return m.captured(); });
    apply(segments, url, [](const QRegularExpressionMatch &m) -> QString {
        QString target = m.captured(1);
        target.replace(u'(', QStringLiteral("%28")).replace(u')', QStringLiteral("%29"));
        QString text = macroText(m.capturedView(2));
        if (text.isEmpty() && target.startsWith(u"mailto:")) text = target.mid(7);
        if (text.isEmpty()) return u'<' % target % u'>';
        return u'[' % text % u"](" % target % u')';
    });
    apply(segments, image, [](const QRegularExpressionMatch &m) -> QString {
        return u"![" % macroText(m.capturedView(2)) % u"](" % m.captured(1) % u')';
    });
    apply(
        segments, xref,
        [](const QRegularExpressionMatch &m) -> QString {
            return m.hasCaptured(3) ? m.captured(3) : m.hasCaptured(2) ? m.captured(2) : m.captured(1);
        },
        false);
    apply(segments, macro, [](const QRegularExpressionMatch &m) -> QString {
        if (m.capturedView(1) == u"footnote") return QString();
        return m.capturedView(1) == u"kbd" ? QString(u'`' % m.captured(2) % u'`') : m.captured(2);
    });
    apply(segments, strong2,
          [](const QRegularExpressionMatch &m) -> QString { return u"**" % m.captured(1) % u"**"; });
    apply(segments, strong,
          [](const QRegularExpressionMatch &m) -> QString { return u"**" % m.captured(1) % u"**"; });
    apply(segments, emph2,
          [](const QRegularExpressionMatch &m) -> QString { return u'*' % m.captured(1) % u'*'; });
    apply(segments, emph,
          [](const QRegularExpressionMatch &m) -> QString { return u'*' % m.captured(1) % u'*'; });
    apply(
        segments, mark, [](const QRegularExpressionMatch &m) -> QString { return m.captured(1); }, false);
    apply(segments, attribute, [&](const QRegularExpressionMatch &m) -> QString {
        return attributes.value(m.captured(1), m.captured());
    });
    QString out;
    for (const Segment &s : segments)
        out += s.text;
    return out;
}
