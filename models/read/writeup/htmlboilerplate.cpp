#include "htmlboilerplate.h"

#include <algorithm>

namespace {
bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Words that name what is around a post, not the post; matched inside class and id names
// ("jp-relatedposts", "commentlist") because themes glue them to other words.
bool hasBoilerplateWord(QStringView value)
{
    static const QStringView parts[] = {
        u"sidebar", u"comment",       u"related",    u"share",      u"sharing", u"social",      u"cookie",
        u"consent", u"gdpr",          u"newsletter", u"subscribe",  u"advert",  u"adsbygoogle", u"breadcrumb",
        u"disqus",  u"screen-reader", u"navbar",     u"pagination", u"popup"};
    // Short words only as whole words: "ad" must not drop "header" or "download".
    static const QStringView words[] = {u"ad",     u"ads",       u"nav",      u"menu",      u"footer",
                                        u"widget", u"widgets",   u"sponsor",  u"sponsored", u"promo",
                                        u"modal",  u"banner",    u"masthead", u"skip",      u"sr",
                                        u"hidden", u"navigation"};
    const QString lower = value.toString().toLower();
    for (const QStringView p : parts) {
        if (lower.contains(p)) return true;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i <= lower.size(); ++i) {
        if (i < lower.size() && lower[i].isLetterOrNumber()) continue;
        const QStringView word = QStringView(lower).sliced(start, i - start);
        if (!word.isEmpty() && std::find(std::begin(words), std::end(words), word) != std::end(words))
            return true;
        start = i + 1;
    }
    return false;
}
} // namespace

bool HtmlBoilerplate::isBoilerplate(const HtmlDocument &doc, int node)
{
    const HtmlDocument::Node &n = doc.node(node);
    if (n.isText()) return false;
    if (isOneOf(n.tag,
                {u"script", u"style",  u"noscript", u"template", u"svg",   u"canvas", u"form",   u"button",
                 u"select", u"input",  u"textarea", u"nav",      u"aside", u"object", u"embed",  u"video",
                 u"audio",  u"dialog", u"head",     u"title",    u"meta",  u"link",   u"iframe", u"menu"}))
        return true;
    if (n.attrCount == 0 || isOneOf(n.tag, {u"body", u"html", u"article", u"main"})) return false;
    if (doc.hasAttribute(node, u"hidden")) return true;
    const QString role = doc.attribute(node, u"role");
    if (isOneOf(role, {u"navigation", u"banner", u"complementary", u"contentinfo", u"search", u"dialog"}))
        return true;
    return hasBoilerplateWord(doc.attribute(node, u"class")) ||
           hasBoilerplateWord(doc.attribute(node, u"id"));
}
