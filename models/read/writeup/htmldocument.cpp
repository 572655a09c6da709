#include "htmldocument.h"

#include <QHash>
#include <algorithm>

namespace {
bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isVoid(QStringView name)
{
    return isOneOf(name, {u"area", u"base", u"br", u"col", u"embed", u"hr", u"img", u"input", u"link",
                          u"meta", u"param", u"source", u"track", u"wbr"});
}

// Elements whose body is text up to their end tag, never markup.
bool isRawText(QStringView name)
{
    return isOneOf(name, {u"script", u"style", u"textarea", u"title", u"xmp", u"iframe", u"noembed",
                          u"noframes", u"noscript"});
}

// Starting one of these ends an open paragraph, as in a browser.
bool closesParagraph(QStringView name)
{
    return isOneOf(name, {u"address",  u"article",    u"aside",  u"blockquote", u"details", u"div",   u"dl",
                          u"fieldset", u"figcaption", u"figure", u"footer",     u"form",    u"h1",    u"h2",
                          u"h3",       u"h4",         u"h5",     u"h6",         u"header",  u"hr",    u"main",
                          u"nav",      u"ol",         u"p",      u"pre",        u"section", u"table", u"ul",
                          u"li",       u"dd",         u"dt"});
}

// What a post's reader needs from attributes; the rest (style, data-*, event handlers) is dropped early.
bool isKeptAttribute(QStringView name)
{
    return isOneOf(name,
                   {u"class", u"id", u"href", u"src", u"data-src", u"alt", u"name", u"property", u"content",
                    u"datetime", u"rel", u"itemprop", u"role", u"hidden", u"start", u"type"});
}

bool isNameChar(QChar c)
{
    return !c.isSpace() && c != u'>' && c != u'/' && c != u'=';
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities{
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},       {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("ndash"), 0x2013},  {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB},    {QStringLiteral("copy"), 0xA9},
        {QStringLiteral("reg"), 0xAE},      {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("middot"), 0xB7},   {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("times"), 0xD7},    {QStringLiteral("deg"), 0xB0},
        {QStringLiteral("euro"), 0x20AC},   {QStringLiteral("pound"), 0xA3},
        {QStringLiteral("shy"), 0xAD},      {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("zwnj"), 0x200C},   {QStringLiteral("eacute"), 0xE9},
        {QStringLiteral("egrave"), 0xE8},   {QStringLiteral("aacute"), 0xE1},
        {QStringLiteral("agrave"), 0xE0},   {QStringLiteral("iacute"), 0xED},
        {QStringLiteral("oacute"), 0xF3},   {QStringLiteral("uacute"), 0xFA},
        {QStringLiteral("auml"), 0xE4},     {QStringLiteral("ouml"), 0xF6},
        {QStringLiteral("uuml"), 0xFC},     {QStringLiteral("szlig"), 0xDF},
        {QStringLiteral("ccedil"), 0xE7},   {QStringLiteral("ntilde"), 0xF1},
        {QStringLiteral("Eacute"), 0xC9},   {QStringLiteral("Ouml"), 0xD6},
        {QStringLiteral("Uuml"), 0xDC},     {QStringLiteral("Auml"), 0xC4},
        {QStringLiteral("rarr"), 0x2192},   {QStringLiteral("larr"), 0x2190},
        {QStringLiteral("hearts"), 0x2665}, {QStringLiteral("thinsp"), 0x2009},
        {QStringLiteral("ensp"), 0x2002},   {QStringLiteral("emsp"), 0x2003},
    };
    return entities;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp > 0xFFFF) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(char16_t(cp));
    }
}
} // namespace

QString HtmlDocument::decodeEntities(QStringView text)
{
    if (!text.contains(u'&')) return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'&') {
            out += c;
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        // Entity names are short; a far semicolon belongs to something else.
        if (semi < 0 || semi - i > 32) {
            out += c;
            continue;
        }
        const QStringView name = text.sliced(i + 1, semi - i - 1);
        bool ok = false;
        char32_t cp = 0;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            const uint v = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            cp = ok ? char32_t(v) : 0;
        } else if (const auto it = namedEntities().constFind(name.toString()); it != namedEntities().cend()) {
            ok = true;
            cp = *it;
        }
        if (!ok) {
            out += c;
            continue;
        }
        if (cp != 0xAD) // a soft hyphen is a hint for line breaking, not a letter
            appendCodePoint(out, cp);
        i = semi;
    }
    return out;
}

HtmlDocument HtmlDocument::parse(const QString &html)
{
    HtmlDocument d;
    d.m_source = html;
    d.m_nodes.push_back(Node{QStringLiteral("#root")});
    d.m_open.push_back(0);
    const QStringView s = d.m_source;
    const qsizetype n = s.size();
    std::vector<Attribute> attrs;
    qsizetype i = 0;
    while (i < n && d.m_complete) {
        const qsizetype lt = s.indexOf(u'<', i);
        if (lt < 0) {
            d.appendText(i, n);
            break;
        }
        if (lt > i) d.appendText(i, lt);
        const QStringView rest = s.sliced(lt);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = s.indexOf(u"-->", lt + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (rest.size() > 1 && (rest[1] == u'!' || rest[1] == u'?')) {
            const qsizetype end = s.indexOf(u'>', lt + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = rest.size() > 2 && rest[1] == u'/';
        const qsizetype nameStart = lt + (closing ? 2 : 1);
        if (nameStart >= n || !s[nameStart].isLetter()) {
            d.appendText(lt, lt + 1); // a lone '<' is text
            i = lt + 1;
            continue;
        }
        qsizetype p = nameStart;
        while (p < n && isNameChar(s[p]))
            ++p;
        const QString name = s.sliced(nameStart, p - nameStart).toString().toLower();
        attrs.clear();
        bool selfClosing = false;
        // Attributes: name, optional = and a quoted or bare value; every step moves forward.
        while (p < n && s[p] != u'>') {
            if (s[p].isSpace() || s[p] == u'/') {
                selfClosing = s[p] == u'/';
                ++p;
                continue;
            }
            selfClosing = false;
            const qsizetype a = p;
            while (p < n && isNameChar(s[p]))
                ++p;
            if (p == a) ++p; // a stray '=': skip it
            const QStringView attrName = s.sliced(a, p - a);
            while (p < n && s[p].isSpace())
                ++p;
            QStringView value;
            if (p < n && s[p] == u'=') {
                ++p;
                while (p < n && s[p].isSpace())
                    ++p;
                if (p < n && (s[p] == u'"' || s[p] == u'\'')) {
                    const qsizetype close = s.indexOf(s[p], p + 1);
                    const qsizetype end = close < 0 ? n : close;
                    value = s.sliced(p + 1, end - p - 1);
                    p = close < 0 ? n : close + 1;
                } else {
                    const qsizetype v = p;
                    while (p < n && !s[p].isSpace() && s[p] != u'>')
                        ++p;
                    value = s.sliced(v, p - v);
                }
            }
            if (!closing && !attrName.isEmpty()) {
                const QString lower = attrName.toString().toLower();
                if (isKeptAttribute(lower)) attrs.push_back({lower, decodeEntities(value)});
            }
        }
        i = p < n ? p + 1 : n;
        if (closing) {
            d.closeElement(name);
            continue;
        }
        d.openElement(name, attrs, selfClosing);
        if (isRawText(name) && !selfClosing) {
            const qsizetype end = s.indexOf(QString(u"</" % name), i, Qt::CaseInsensitive);
            const qsizetype stop = end < 0 ? n : end;
            d.appendText(i, stop);
            d.closeElement(name);
            i = end < 0 ? n : std::max(stop + 1, s.indexOf(u'>', stop) + 1);
            if (i <= stop) i = n;
        }
    }
    return d;
}

void HtmlDocument::appendText(qsizetype from, qsizetype to)
{
    Node &parent = m_nodes[size_t(m_open.back())];
    // "a < b" arrives in pieces; one node keeps the walk and the node count small.
    if (parent.lastChild >= 0) {
        Node &last = m_nodes[size_t(parent.lastChild)];
        if (last.isText() && last.textStart + last.textSize == from) {
            last.textSize = to - last.textStart;
            return;
        }
    }
    std::vector<Attribute> none;
    const int t = appendElement({}, none);
    if (t >= 0) {
        m_nodes[size_t(t)].textStart = from;
        m_nodes[size_t(t)].textSize = to - from;
    }
}

int HtmlDocument::appendElement(QStringView name, std::vector<Attribute> &attrs)
{
    if (m_nodes.size() >= size_t(MaxNodes)) {
        m_complete = false;
        return -1;
    }
    Node node;
    if (!name.isEmpty()) node.tag = *m_names.insert(name.toString());
    node.parent = m_open.back();
    node.attrBegin = int(m_attrs.size());
    node.attrCount = int(attrs.size());
    for (Attribute &a : attrs)
        m_attrs.push_back(std::move(a));
    const int index = int(m_nodes.size());
    m_nodes.push_back(std::move(node));
    Node &parent = m_nodes[size_t(m_nodes.back().parent)];
    if (parent.lastChild >= 0)
        m_nodes[size_t(parent.lastChild)].next = index;
    else
        parent.firstChild = index;
    parent.lastChild = index;
    return index;
}

bool HtmlDocument::closeUpTo(std::initializer_list<QStringView> names,
                             std::initializer_list<QStringView> stopAt)
{
    for (size_t k = m_open.size() - 1; k > 0; --k) {
        const QString &tag = m_nodes[size_t(m_open[k])].tag;
        if (isOneOf(tag, names)) {
            m_open.resize(k);
            return true;
        }
        if (isOneOf(tag, stopAt)) return false;
    }
    return false;
}

void HtmlDocument::openElement(QStringView name, std::vector<Attribute> &attrs, bool selfClosing)
{
    if (closesParagraph(name))
        closeUpTo({u"p"}, {u"table", u"td", u"th", u"button", u"li", u"blockquote", u"div"});
    if (name == u"li")
        closeUpTo({u"li"}, {u"ul", u"ol", u"table"});
    else if (name == u"dd" || name == u"dt")
        closeUpTo({u"dd", u"dt"}, {u"dl", u"table"});
    else if (name == u"tr")
        closeUpTo({u"tr"}, {u"table"});
    else if (name == u"td" || name == u"th")
        closeUpTo({u"td", u"th"}, {u"tr", u"table"});
    else if (name == u"thead" || name == u"tbody" || name == u"tfoot")
        closeUpTo({u"thead", u"tbody", u"tfoot"}, {u"table"});
    else if (name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6')
        closeUpTo({u"h1", u"h2", u"h3", u"h4", u"h5", u"h6"}, {u"div", u"section", u"article", u"table"});
    else if (name == u"a")
        closeUpTo({u"a"}, {u"div", u"p", u"li", u"td", u"th", u"table"});
    const bool leaf = isVoid(name) || (selfClosing && !isRawText(name));
    if (!leaf && int(m_open.size()) >= MaxDepth) {
        ++m_overflow; // too deep: its content joins the deepest element
        return;
    }
    const int index = appendElement(name, attrs);
    if (index >= 0 && !leaf) m_open.push_back(index);
}

void HtmlDocument::closeElement(QStringView name)
{
    if (m_overflow > 0) {
        --m_overflow;
        return;
    }
    for (size_t k = m_open.size() - 1; k > 0; --k) {
        if (m_nodes[size_t(m_open[k])].tag == name) {
            m_open.resize(k);
            return;
        }
    }
}

QString HtmlDocument::attribute(int node, QStringView name) const
{
    const Node &n = m_nodes[size_t(node)];
    for (int a = n.attrBegin; a < n.attrBegin + n.attrCount; ++a) {
        if (m_attrs[size_t(a)].name == name) return m_attrs[size_t(a)].value;
    }
    return {};
}

bool HtmlDocument::hasAttribute(int node, QStringView name) const
{
    const Node &n = m_nodes[size_t(node)];
    for (int a = n.attrBegin; a < n.attrBegin + n.attrCount; ++a) {
        if (m_attrs[size_t(a)].name == name) return true;
    }
    return false;
}

QStringView HtmlDocument::rawText(int node) const
{
    const Node &n = m_nodes[size_t(node)];
    return QStringView(m_source).sliced(n.textStart, n.textSize);
}

void HtmlDocument::collectText(int node, QString &out) const
{
    const Node &n = m_nodes[size_t(node)];
    if (n.isText()) {
        out += rawText(node);
        return;
    }
    if (n.tag == u"script" || n.tag == u"style") return;
    if (n.tag == u"br" || n.tag == u"p" || n.tag == u"li") out += u' ';
    for (int c = n.firstChild; c >= 0; c = m_nodes[size_t(c)].next)
        collectText(c, out);
}

QString HtmlDocument::text(int node) const
{
    QString raw;
    collectText(node, raw);
    return decodeEntities(raw).replace(QChar(0xA0), u' ').simplified();
}
