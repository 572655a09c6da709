#include "markuptext.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <algorithm>

namespace MarkupText {

QString videoLink(QStringView host, QStringView id)
{
    if (id.isEmpty()) return {};
    if (host == u"vimeo") return u"[Video](https://vimeo.com/" % id % u')';
    return u"[Video](https://www.youtube.com/watch?v=" % id % u')';
}

QString videoLinkFromEmbed(QStringView src)
{
    // Medium and others wrap the player in an embedly frame whose query names the real address.
    const QString decoded = QUrl::fromPercentEncoding(src.toUtf8());
    static const QRegularExpression youtube(
        QStringLiteral(R"((?:youtube(?:-nocookie)?\.com/(?:embed/|watch\?v=|v/)|youtu\.be/)([\w-]{6,20}))"));
    static const QRegularExpression vimeo(QStringLiteral(R"(vimeo\.com/(?:video/)?(\d{4,12}))"));
    if (const auto m = youtube.match(decoded); m.hasMatch()) return videoLink(u"youtube", m.capturedView(1));
    if (const auto m = vimeo.match(decoded); m.hasMatch()) return videoLink(u"vimeo", m.capturedView(1));
    return {};
}

QString isoDate(QStringView text)
{
    text = text.trimmed();
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d))"));
    const auto m = iso.match(text);
    if (!m.hasMatch()) return text.toString();
    const auto two = [](QStringView s) { return s.size() == 1 ? u'0' % s.toString() : s.toString(); };
    return m.captured(1) % u'-' % two(m.capturedView(2)) % u'-' % two(m.capturedView(3));
}

bool isBareUrl(QStringView line)
{
    line = line.trimmed();
    if (!line.startsWith(u"http://") && !line.startsWith(u"https://")) return false;
    return std::none_of(line.begin(), line.end(),
                        [](QChar c) { return c.isSpace() || c == u'<' || c == u'>'; });
}

QStringList splitTags(QStringView text)
{
    QStringList out;
    for (const QStringView part : text.tokenize(u',', Qt::SkipEmptyParts)) {
        for (const QStringView item : part.tokenize(u';', Qt::SkipEmptyParts)) {
            const QStringView t = item.trimmed();
            if (!t.isEmpty()) out.append(t.toString());
        }
    }
    return out;
}

} // namespace MarkupText
