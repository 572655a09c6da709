#include "linkevidence.h"

#include <QList>
#include <array>

namespace {
// The URL without its scheme and a leading "www." or "m.".
QStringView hostAndPath(QStringView u)
{
    for (const auto scheme : {QStringView(u"https://"), QStringView(u"http://")}) {
        if (u.startsWith(scheme, Qt::CaseInsensitive)) {
            u = u.mid(scheme.size());
            break;
        }
    }
    for (const auto prefix : {QStringView(u"www."), QStringView(u"m.")}) {
        if (u.startsWith(prefix, Qt::CaseInsensitive)) {
            u = u.mid(prefix.size());
            break;
        }
    }
    const qsizetype end = u.indexOf(u'?');
    return end < 0 ? u : u.left(end);
}

// The path segments that name one session in the schedules conference sites are made with; the
// segment after it is the session's id or slug.
constexpr std::array<QStringView, 7> SessionSegments = {
    QStringView(u"/schedule/event/"), QStringView(u"/talk/"),     QStringView(u"/presentation/"),
    QStringView(u"/session/"),        QStringView(u"/sessions/"), QStringView(u"/fahrplan/events/"),
    QStringView(u"/program/event/")};

// Where the session's id or slug starts in hostAndPath(url), or -1.
qsizetype sessionStart(QStringView hp)
{
    const qsizetype slash = hp.indexOf(u'/');
    if (slash < 0) return -1;
    const QStringView host = hp.left(slash);
    if (host.compare(u"sched.co", Qt::CaseInsensitive) == 0) return hp.size() > slash + 1 ? slash + 1 : -1;
    if (host.endsWith(u".sched.com", Qt::CaseInsensitive) ||
        host.compare(u"sched.com", Qt::CaseInsensitive) == 0) {
        const QStringView path = hp.mid(slash);
        return path.startsWith(u"/event/", Qt::CaseInsensitive) && path.size() > 7 ? slash + 7 : -1;
    }
    for (const QStringView seg : SessionSegments) {
        const qsizetype at = hp.indexOf(seg, slash, Qt::CaseInsensitive);
        if (at >= 0 && hp.size() > at + seg.size()) return at + seg.size();
    }
    return -1;
}
} // namespace

namespace LinkEvidence {
bool isRecording(QStringView url)
{
    // Plain string tests: this runs for every link of every post.
    const QStringView u = hostAndPath(url);
    if (u.startsWith(u"youtube.com/", Qt::CaseInsensitive)) {
        const QStringView path = u.mid(12);
        return path.startsWith(u"watch") || path.startsWith(u"live/") || path.startsWith(u"embed/");
    }
    if (u.startsWith(u"youtu.be/", Qt::CaseInsensitive) ||
        u.startsWith(u"media.ccc.de/v/", Qt::CaseInsensitive))
        return true;
    if (u.startsWith(u"vimeo.com/", Qt::CaseInsensitive) && u.size() > 10 && u[10].isDigit()) return true;
    // A video file on a conference's mirror ("https://video.fosdem.org/2018/H.1301/ring.webm").
    for (const auto ext :
         {QStringView(u".webm"), QStringView(u".mp4"), QStringView(u".mkv"), QStringView(u".ogv")}) {
        if (u.endsWith(ext, Qt::CaseInsensitive)) return true;
    }
    return false;
}

bool isSchedulePage(QStringView url)
{
    if (!url.startsWith(u"http", Qt::CaseInsensitive)) return false;
    return sessionStart(hostAndPath(url)) >= 0;
}

QString scheduleSlugWords(QStringView url)
{
    const QStringView hp = hostAndPath(url);
    const qsizetype start = sessionStart(hp);
    if (start < 0) return {};
    // "/event/1YFdf/the-slug" (Sched) or "/event/the_slug/" (frab): the last segment with letters.
    QString best;
    for (const QStringView seg : hp.mid(start).split(u'/', Qt::SkipEmptyParts)) {
        QString s = seg.toString();
        s.replace(u'-', u' ').replace(u'_', u' ');
        if (s.contains(u' ')) best = s;
    }
    return best.simplified();
}

LinkKind kindOf(const QString &url, QStringView text)
{
    if (isRecording(url)) return LinkKind::Recording;
    const qsizetype q = url.indexOf(u'?');
    const QStringView path = QStringView(url).left(q < 0 ? url.size() : q);
    const auto has = [](QStringView s, const char16_t *what) {
        return s.contains(QStringView(what), Qt::CaseInsensitive);
    };
    if (has(path, u"hosted_files") || path.endsWith(u".pdf", Qt::CaseInsensitive) ||
        path.endsWith(u".ppt", Qt::CaseInsensitive) || path.endsWith(u".pptx", Qt::CaseInsensitive) ||
        has(path, u"speakerdeck.com") || has(path, u"slideshare.net") ||
        has(path, u"docs.google.com/presentation") || has(path, u"/slides"))
        return LinkKind::Slides;
    // A session's page, whatever its link says; the link's words say slides only when they are few
    // ("slides", "the presentation"), not in a title ("... the Making of this Presentation").
    if (isSchedulePage(url) || text.count(u' ') > 2) return LinkKind::Page;
    return has(text, u"slides") || has(text, u"presentation") ? LinkKind::Slides : LinkKind::Page;
}

QString clean(const QString &raw)
{
    // Edited as text so the link keeps its own percent-encoding.
    const QString url = raw.trimmed();
    const qsizetype q = url.indexOf(u'?');
    if (q < 0) return url;
    const qsizetype hash = url.indexOf(u'#', q);
    const QStringView query = QStringView(url).mid(q + 1, hash < 0 ? -1 : hash - q - 1);
    // Views into the link, no copies: most queries ("?v=...") keep every item.
    QList<QStringView> kept;
    bool dropped = false;
    for (const QStringView item : query.tokenize(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QStringView key = eq < 0 ? item : item.left(eq);
        if (key != u"_gl" && !key.startsWith(u"utm_") && key != u"fbclid" && key != u"gclid")
            kept << item;
        else
            dropped = true;
    }
    if (!dropped && !query.isEmpty() && !query.startsWith(u'&') && !query.endsWith(u'&') &&
        !query.contains(u"&&"))
        return url;
    QString out = url.left(q);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        out += i == 0 ? u'?' : u'&';
        out += kept[i];
    }
    if (hash >= 0) out += QStringView(url).mid(hash);
    return out;
}
} // namespace LinkEvidence
