#include "rstinline.h"

#include "writeuptext.h"

#include <QRegularExpression>

QString RstInline::targetKey(QStringView name)
{
    QString key = name.toString().simplified().toLower();
    if (key.startsWith(u'`') && key.endsWith(u'`') && key.size() >= 2) key = key.mid(1, key.size() - 2);
    return key;
}

namespace {
bool isStartContext(QStringView s, qsizetype i)
{
    return i == 0 || s[i - 1].isSpace() || QStringView(u"-:/'\"<([{").contains(s[i - 1]);
}

bool isEndContext(QStringView s, qsizetype j)
{
    return j >= s.size() || s[j].isSpace() || QStringView(u"-.,:;!?\\/'\")]}>").contains(s[j]);
}

// The end of inline markup opened at `from` by `mark`: non-space before it, a word boundary after. Only a
// window is searched, so a paragraph of unmatched asterisks costs linear time.
qsizetype findEnd(QStringView s, qsizetype from, QStringView mark)
{
    const qsizetype limit = std::min(s.size(), from + 4096);
    for (qsizetype j = s.indexOf(mark, from); j >= 0 && j < limit; j = s.indexOf(mark, j + 1)) {
        if (j > from && !s[j - 1].isSpace() && (mark != u"*" || (j + 1 >= s.size() || s[j + 1] != u'*')))
            return j;
    }
    return -1;
}

QString markdownLink(QStringView text, QStringView url)
{
    // Whitespace in an rst URL (it may be wrapped) is not part of it; the line breaks stay after the link
    // so that the lines below keep their numbers.
    QString clean;
    int breaks = 0;
    for (const QChar c : url) {
        if (c == u'\n')
            ++breaks;
        else if (!c.isSpace())
            clean += c;
    }
    clean.replace(u'(', QStringLiteral("%28")).replace(u')', QStringLiteral("%29"));
    const QString link =
        text.trimmed().isEmpty() ? QString(u'<' % clean % u'>') : QString(u'[' % text % u"](" % clean % u')');
    return link + QString(breaks, u'\n');
}
} // namespace

QString RstInline::convert(QStringView s, const QHash<QString, QString> &targets, QStringList &anonymous)
{
    static const QRegularExpression role(QStringLiteral(R"(\G:[A-Za-z][\w.+-]*:(?=`))"));
    static const QRegularExpression footnote(
        QStringLiteral(R"(\G ?\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]_(?!\w))"));
    static const QRegularExpression simpleRef(
        QStringLiteral(R"(\G([A-Za-z0-9]+(?:[-_.+:][A-Za-z0-9]+)*)(__?)(?!\w))"));
    // PCRE2 checks the subject is valid UTF-16 from the offset on each match: checked once here, or
    // every word of a long paragraph would check the rest of it again.
    const auto check = WriteupText::checkOnce(s);
    const auto anchored = QRegularExpression::AnchorAtOffsetMatchOption | check;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s[i];
        const bool start = isStartContext(s, i);
        if (c == u'\\' && i + 1 < s.size()) {
            const QChar e = s[i + 1];
            if (e == u'\n')
                out += e;
            else if (!e.isSpace())
                out += (e.unicode() < 0x80 && e.isPunct()) ? u'\\' % QString(e) : QString(e);
            i += 2;
            continue;
        }
        if (c == u'`' && start && s.sliced(i).startsWith(u"``")) {
            const qsizetype end = findEnd(s, i + 2, u"``");
            if (end > i + 2 && isEndContext(s, end + 2)) {
                const QStringView code = s.sliced(i + 2, end - i - 2);
                out += code.contains(u'`') ? QString(u"`` " % code % u" ``") : QString(u'`' % code % u'`');
                i = end + 2;
                continue;
            }
        }
        if (c == u':' && start) {
            if (const auto m = role.match(s, i, QRegularExpression::NormalMatch, anchored); m.hasMatch()) {
                const qsizetype open = m.capturedEnd();
                const qsizetype end = s.indexOf(u'`', open + 1);
                if (end > open) {
                    QStringView body = s.sliced(open + 1, end - open - 1);
                    if (const qsizetype lt = body.lastIndexOf(u" <"); lt > 0 && body.endsWith(u'>'))
                        body = body.first(lt); // :doc:`text <target>`: the text
                    const QStringView name = m.capturedView().sliced(1).chopped(1);
                    if (name == u"code" || name == u"literal" || name == u"file" || name == u"command")
                        out += u'`' % body % u'`';
                    else if (name == u"strong")
                        out += u"**" % body % u"**";
                    else if (name == u"emphasis")
                        out += u'*' % body % u'*';
                    else
                        out += body;
                    i = end + 1;
                    continue;
                }
            }
        }
        if (c == u'`' && start && i + 1 < s.size() && !s[i + 1].isSpace()) {
            const qsizetype end = s.indexOf(u'`', i + 1);
            if (end > i + 1 && end - i < 4096) {
                const QStringView body = s.sliced(i + 1, end - i - 1);
                const bool anon = s.sliced(end).startsWith(u"`__");
                const bool named = !anon && s.sliced(end).startsWith(u"`_");
                const qsizetype after = end + 1 + (anon ? 2 : named ? 1 : 0);
                if (named || anon) {
                    const qsizetype lt = body.lastIndexOf(u'<');
                    if (lt >= 0 && body.endsWith(u'>') && (lt == 0 || body[lt - 1].isSpace())) {
                        QStringView text = body.first(lt);
                        // Spaces before "<url>" go, unless they indent the link's second line.
                        QStringView trimmed = text;
                        while (!trimmed.isEmpty() && trimmed.back() == u' ')
                            trimmed.chop(1);
                        if (!trimmed.endsWith(u'\n')) text = trimmed;
                        QString url = body.sliced(lt + 1).chopped(1).toString();
                        if (url.endsWith(u'_')) // an embedded reference to a target by name
                            url = targets.value(RstInline::targetKey(QStringView(url).chopped(1)), url);
                        out += markdownLink(text, url);
                    } else {
                        const QString url = anon ? (anonymous.isEmpty() ? QString() : anonymous.takeFirst())
                                                 : targets.value(RstInline::targetKey(body));
                        out += url.isEmpty() ? body.toString() : markdownLink(body, url);
                    }
                } else {
                    out += u'*' % body % u'*'; // the default role is a title reference, set in italics
                }
                i = after;
                continue;
            }
        }
        if (c == u'*' && start && i + 1 < s.size() && !s[i + 1].isSpace()) {
            const bool strong = s[i + 1] == u'*';
            const QStringView mark = strong ? QStringView(u"**") : QStringView(u"*");
            const qsizetype end = findEnd(s, i + mark.size(), mark);
            if (end > i + mark.size() && isEndContext(s, end + mark.size())) {
                out += mark % s.sliced(i + mark.size(), end - i - mark.size()) % mark;
                i = end + mark.size();
                continue;
            }
        }
        if (c == u'[' || (c == u' ' && i + 1 < s.size() && s[i + 1] == u'[')) {
            if (const auto m = footnote.match(s, i, QRegularExpression::NormalMatch, anchored);
                m.hasMatch()) {
                i = m.capturedEnd();
                continue;
            }
        }
        if (c.isLetterOrNumber() && (i == 0 || !s[i - 1].isLetterOrNumber())) {
            // A reference ends in "_" within the next few words ("name_", "multi-part.name__"): only
            // then is the pattern tried.
            qsizetype probe = i;
            while (probe < s.size() && probe - i < 256 &&
                   (s[probe].isLetterOrNumber() || QStringView(u"-.+:").contains(s[probe])))
                ++probe;
            const bool maybeRef = probe < s.size() && s[probe] == u'_';
            const auto m = maybeRef ? simpleRef.match(s, i, QRegularExpression::NormalMatch, anchored)
                                    : QRegularExpressionMatch();
            if (m.hasMatch()) {
                const QString url = m.capturedView(2).size() == 2
                                        ? (anonymous.isEmpty() ? QString() : anonymous.takeFirst())
                                        : targets.value(RstInline::targetKey(m.capturedView(1)));
                if (!url.isEmpty()) {
                    out += markdownLink(m.capturedView(1), url);
                    i = m.capturedEnd();
                    continue;
                }
            }
            // Copy the whole word: a later letter of it never starts a reference.
            qsizetype w = i;
            while (w < s.size() && s[w].isLetterOrNumber())
                ++w;
            out += s.sliced(i, w - i);
            i = w;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}
