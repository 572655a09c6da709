#include "htmlconverter.h"

#include "htmlboilerplate.h"
#include "htmldocument.h"
#include "htmlmarkdownwriter.h"
#include "markuptext.h"

#include <QRegularExpression>
#include <QUrl>
#include <vector>

namespace {
using Converted = MarkupConverter::Converted;

bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Class or id words that name the post itself ("post-content", "entry", "article-body").
bool namesContent(const HtmlDocument &doc, int node)
{
    static const QRegularExpression words(
        QStringLiteral(
            R"((?:^|[\s_-])(?:post|entry|article|content|story|blog-?post|post-?body)(?:$|[\s_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(doc.attribute(node, u"class")).hasMatch() ||
           words.match(doc.attribute(node, u"id")).hasMatch();
}

struct Metadata
{
    QString ogTitle, title, author, date, base;
    QStringList tags;
};

void readMeta(const HtmlDocument &doc, int node, Metadata &meta)
{
    const QString key =
        (doc.attribute(node, u"property") + doc.attribute(node, u"name") + doc.attribute(node, u"itemprop"))
            .toLower();
    const QString content = doc.attribute(node, u"content").trimmed();
    if (content.isEmpty()) return;
    if (key == u"og:title" && meta.ogTitle.isEmpty())
        meta.ogTitle = content.simplified();
    else if (key == u"author")
        meta.author = content.simplified(); // the page's own statement wins over links and JSON-LD
    // article:author is often a profile address; only a name is an author.
    else if ((key == u"dc.creator" || key == u"article:author") && meta.author.isEmpty() &&
             !content.contains(u"://"))
        meta.author = content.simplified();
    else if (isOneOf(key,
                     {u"article:published_time", u"datepublished", u"date", u"dc.date", u"dc.date.issued"}) &&
             meta.date.isEmpty())
        meta.date = MarkupText::isoDate(content);
    else if (key == u"keywords" && meta.tags.isEmpty())
        meta.tags = MarkupText::splitTags(content);
    else if (key == u"article:tag")
        meta.tags.append(content);
    else if (key == u"og:url" && meta.base.isEmpty())
        meta.base = content;
}

// JSON-LD is how Medium, dev.to and many themes state author and date; three fields do not need a
// JSON parser, and a broken block must not fail the page.
void readJsonLd(QStringView json, Metadata &meta)
{
    static const QRegularExpression published(QStringLiteral(R"re("datePublished"\s*:\s*"([^"]+)")re"));
    static const QRegularExpression author(
        QStringLiteral(R"re("author"\s*:\s*\[?\s*\{[^{}]*?"name"\s*:\s*"([^"]+)")re"));
    if (const auto m = published.match(json); m.hasMatch() && meta.date.isEmpty())
        meta.date = MarkupText::isoDate(m.capturedView(1));
    if (const auto m = author.match(json); m.hasMatch() && meta.author.isEmpty())
        meta.author = m.captured(1).simplified();
}

// The article: <article>, else <main>, else the deepest post-named element that holds nearly as much
// text as the best one, else <body>. A stage wins only if its element holds a fair share of the page's
// text, so a small <article> card beside the real post does not hide it.
int findArticle(const HtmlDocument &doc, std::vector<qsizetype> &textSize, std::vector<char> &dropped)
{
    const int n = doc.size();
    std::vector<char> holdsPost(size_t(n), 0);
    for (int i = n - 1; i > 0; --i) {
        const HtmlDocument::Node &node = doc.node(i);
        if (isOneOf(node.tag, {u"article", u"main"}) || namesContent(doc, i)) holdsPost[size_t(i)] = 1;
        if (holdsPost[size_t(i)]) holdsPost[size_t(node.parent)] = 1;
    }
    // Boilerplate is judged top-down; a wrapper that holds the post ("content-sidebar-wrap") is not.
    for (int i = 1; i < n; ++i) {
        const HtmlDocument::Node &node = doc.node(i);
        dropped[size_t(i)] = dropped[size_t(node.parent)] ||
                             (HtmlBoilerplate::isBoilerplate(doc, i) && !holdsPost[size_t(i)]) ||
                             (!node.isText() && isOneOf(node.tag, {u"script", u"style", u"head", u"title"}));
    }
    for (int i = n - 1; i > 0; --i) {
        const HtmlDocument::Node &node = doc.node(i);
        if (dropped[size_t(i)]) continue;
        if (node.isText()) textSize[size_t(i)] = doc.rawText(i).trimmed().size();
        textSize[size_t(node.parent)] += textSize[size_t(i)];
    }
    int body = doc.root();
    for (int i = 1; i < n; ++i) {
        if (doc.node(i).tag == u"body") {
            body = i;
            break;
        }
    }
    const qsizetype enough = textSize[size_t(body)] / 4;
    const auto best = [&](auto &&accept, bool deepest) {
        int found = -1;
        qsizetype most = 0;
        for (int i = 1; i < n; ++i) {
            if (!dropped[size_t(i)] && accept(i) && textSize[size_t(i)] > most) {
                most = textSize[size_t(i)];
                found = i;
            }
        }
        if (found >= 0 && deepest) {
            for (int i = found + 1; i < n; ++i) {
                if (!dropped[size_t(i)] && accept(i) && textSize[size_t(i)] * 5 >= most * 4) found = i;
            }
        }
        return found >= 0 && textSize[size_t(found)] >= enough ? found : -1;
    };
    if (const int a = best([&](int i) { return doc.node(i).tag == u"article"; }, false); a >= 0) return a;
    if (const int m = best(
            [&](int i) { return doc.node(i).tag == u"main" || doc.attribute(i, u"role") == u"main"; }, false);
        m >= 0)
        return m;
    if (const int c = best([&](int i) { return !doc.node(i).isText() && namesContent(doc, i); }, true);
        c >= 0)
        return c;
    return body;
}

int firstH1(const HtmlDocument &doc, int article, const std::vector<char> &dropped)
{
    // Nodes of a subtree are numbered after their root and before the next sibling's subtree.
    int end = doc.size();
    for (int a = article; a >= 0; a = doc.node(a).parent) {
        if (doc.node(a).next >= 0) {
            end = doc.node(a).next;
            break;
        }
    }
    for (int i = article; i < end; ++i) {
        if (doc.node(i).tag == u"h1" && !dropped[size_t(i)]) return i;
    }
    return -1;
}

// "Post title | Site" -> "Post title" when the article's own h1 says so.
QString pageTitle(const QString &stated, const QString &h1)
{
    if (stated.isEmpty()) return h1;
    if (h1.isEmpty() || stated.compare(h1, Qt::CaseInsensitive) == 0) return stated;
    for (const QStringView sep : {u" | ", u" - ", u" – ", u" — ", u" · ", u" :: ", u" » ", u" : "}) {
        const qsizetype at = stated.lastIndexOf(sep);
        if (at > 0 && QStringView(stated).first(at).trimmed().compare(h1, Qt::CaseInsensitive) == 0)
            return h1;
        const qsizetype first = stated.indexOf(sep);
        if (first > 0 &&
            QStringView(stated).sliced(first + sep.size()).trimmed().compare(h1, Qt::CaseInsensitive) == 0)
            return h1;
    }
    return stated;
}
} // namespace

MarkupConverter::Converted HtmlConverter::convert(const QString &html)
{
    Converted out;
    if (html.size() > MaxHtmlSize) {
        out.markdown = stripTags(html);
        return out;
    }
    const HtmlDocument doc = HtmlDocument::parse(html);
    if (!doc.isComplete()) {
        out.markdown = stripTags(html);
        return out;
    }
    Metadata meta;
    for (int i = 1; i < doc.size(); ++i) {
        const HtmlDocument::Node &node = doc.node(i);
        if (node.tag == u"meta")
            readMeta(doc, i, meta);
        else if (node.tag == u"title" && meta.title.isEmpty() && doc.node(node.parent).tag != u"svg")
            meta.title = doc.text(i);
        else if ((node.tag == u"base" || (node.tag == u"link" && doc.attribute(i, u"rel") == u"canonical")) &&
                 meta.base.isEmpty())
            meta.base = doc.attribute(i, u"href");
        else if (node.tag == u"script" && doc.attribute(i, u"type") == u"application/ld+json" &&
                 node.firstChild >= 0)
            readJsonLd(doc.rawText(node.firstChild), meta);
        else if (node.tag == u"a" && doc.attribute(i, u"rel").split(u' ').contains(u"author") &&
                 meta.author.isEmpty())
            meta.author = doc.text(i);
    }
    std::vector<qsizetype> textSize(size_t(doc.size()), 0);
    std::vector<char> dropped(size_t(doc.size()), 0);
    const int article = findArticle(doc, textSize, dropped);
    const int h1 = firstH1(doc, article, dropped);
    out.title =
        pageTitle(meta.ogTitle.isEmpty() ? meta.title : meta.ogTitle, h1 >= 0 ? doc.text(h1) : QString());
    out.author = meta.author;
    out.tags = meta.tags;
    out.date = meta.date;
    if (out.date.isEmpty()) {
        for (int i = article; i < doc.size() && out.date.isEmpty(); ++i) {
            if (doc.node(i).tag == u"time" && doc.hasAttribute(i, u"datetime"))
                out.date = MarkupText::isoDate(doc.attribute(i, u"datetime"));
        }
    }
    out.markdown = HtmlMarkdownWriter(doc, QUrl(meta.base)).write(article);
    return out;
}

QString HtmlConverter::stripTags(QStringView html)
{
    QString text;
    text.reserve(html.size() / 2);
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        text += html.sliced(i, (lt < 0 ? html.size() : lt) - i);
        if (lt < 0) break;
        const qsizetype gt = html.indexOf(u'>', lt);
        if (gt < 0) break;
        const QStringView tag = html.sliced(lt + 1, gt - lt - 1);
        i = gt + 1;
        for (const QStringView raw : {u"script", u"style"}) {
            if (tag.startsWith(raw, Qt::CaseInsensitive)) {
                const qsizetype end = html.indexOf(QString(u"</" % raw), i, Qt::CaseInsensitive);
                i = end < 0 ? html.size() : end;
            }
        }
        // Block-level tags end a paragraph; inline ones only separate words.
        QStringView name = tag.startsWith(u'/') ? tag.sliced(1) : tag;
        qsizetype end = 0;
        while (end < name.size() && name[end].isLetterOrNumber())
            ++end;
        name = name.first(end);
        static const QStringView blocks[] = {u"p",  u"div", u"h1",      u"h2",      u"h3",    u"h4",
                                             u"h5", u"h6",  u"li",      u"tr",      u"br",    u"ul",
                                             u"ol", u"pre", u"section", u"article", u"table", u"blockquote"};
        const bool block = std::any_of(std::begin(blocks), std::end(blocks), [&](QStringView b) {
            return name.compare(b, Qt::CaseInsensitive) == 0;
        });
        text += block ? QStringLiteral("\n\n") : QStringLiteral(" ");
    }
    QString out;
    out.reserve(text.size());
    bool blank = true;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        const QString simple = HtmlDocument::decodeEntities(line).simplified();
        if (simple.isEmpty()) {
            if (!blank) out += u'\n';
            blank = true;
            continue;
        }
        out += simple % u'\n';
        blank = false;
    }
    return out;
}
