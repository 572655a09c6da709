#include "htmlmarkdownwriter.h"

#include "htmlboilerplate.h"
#include "markuptext.h"

#include <algorithm>

namespace {
bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

int headingLevel(QStringView tag)
{
    if (tag.size() == 2 && tag[0] == u'h' && tag[1] >= u'1' && tag[1] <= u'6') return tag[1].unicode() - '0';
    return 0;
}

bool isBlock(QStringView tag)
{
    return isOneOf(tag, {u"p",          u"div",     u"section", u"article", u"main",     u"header",
                         u"footer",     u"address", u"dl",      u"dt",      u"dd",       u"figure",
                         u"figcaption", u"details", u"summary", u"center",  u"fieldset", u"hgroup",
                         u"body",       u"html",    u"#root",   u"caption"});
}

// Markdown's own characters in page text, escaped so md4c gives back the words and not markup.
void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case '\\':
    case '*':
    case '_':
    case '`':
    case '[':
    case ']':
    case '<':
    case '|':
    case '~':
        out += u'\\';
        break;
    default:
        break;
    }
    out += c;
}

} // namespace

QString HtmlMarkdownWriter::write(int article)
{
    const QString &tag = m_doc.node(article).tag;
    // A <body> chosen for want of an article still has the site's header and footer in it.
    m_articleDepth = isOneOf(tag, {u"body", u"html", u"#root"}) ? 0 : 1;
    element(article);
    flush();
    if (!m_out.isEmpty()) m_out += u'\n';
    return m_out;
}

void HtmlMarkdownWriter::children(int node)
{
    for (int c = m_doc.node(node).firstChild; c >= 0; c = m_doc.node(c).next)
        element(c);
}

void HtmlMarkdownWriter::element(int node)
{
    const HtmlDocument::Node &n = m_doc.node(node);
    if (n.isText()) {
        text(m_doc.rawText(node));
        return;
    }
    const QString &tag = n.tag;
    if (tag == u"iframe") {
        const QString video = MarkupText::videoLinkFromEmbed(m_doc.attribute(node, u"src"));
        if (!video.isEmpty() && !m_inCell) {
            flush();
            emitLine(video);
        }
        return;
    }
    if ((tag == u"header" || tag == u"footer") && m_articleDepth == 0) return;
    if (HtmlBoilerplate::isBoilerplate(m_doc, node)) return;
    if (const int level = headingLevel(tag)) {
        flush();
        m_heading = level;
        children(node);
        flush();
        m_heading = 0;
    } else if (tag == u"article" || tag == u"main") {
        flush();
        ++m_articleDepth;
        children(node);
        flush();
        --m_articleDepth;
    } else if (isBlock(tag)) {
        flush();
        children(node);
        flush();
    } else if (tag == u"br") {
        flush();
    } else if (tag == u"hr") {
        flush();
        if (!m_inCell) emitLine(QStringLiteral("***"));
    } else if (tag == u"ul" || tag == u"ol") {
        flush();
        const int start = tag == u"ol" ? std::max(0, m_doc.attribute(node, u"start").toInt()) : -1;
        m_counters.push_back(tag == u"ol" && start == 0 ? 1 : start);
        children(node);
        flush();
        m_counters.pop_back();
        if (m_counters.empty()) m_lastWasList = false; // the next list is another list
    } else if (tag == u"li") {
        listItem(node);
    } else if (tag == u"blockquote") {
        flush();
        m_containers.push_back({QStringLiteral("> "), QStringLiteral("> ")});
        children(node);
        flush();
        m_containers.pop_back();
    } else if (tag == u"pre") {
        preformatted(node);
    } else if (tag == u"table") {
        table(node);
    } else if (tag == u"img") {
        image(node);
    } else if (tag == u"a") {
        const QString target = linkTarget(m_doc.attribute(node, u"href"));
        if (target.isEmpty()) {
            children(node);
            return;
        }
        openMark(QStringLiteral("["), u"](" % target % u')');
        children(node);
        closeMark();
    } else if (tag == u"strong" || tag == u"b") {
        openMark(QStringLiteral("**"), QStringLiteral("**"));
        children(node);
        closeMark();
    } else if (tag == u"em" || tag == u"i" || tag == u"cite") {
        openMark(QStringLiteral("*"), QStringLiteral("*"));
        children(node);
        closeMark();
    } else if (tag == u"code" || tag == u"kbd" || tag == u"samp" || tag == u"tt") {
        const QString code = m_doc.text(node);
        if (!code.isEmpty())
            writeVisible(code.contains(u'`') ? QString(u"`` " % code % u" ``") : QString(u'`' % code % u'`'));
    } else {
        children(node);
    }
}

void HtmlMarkdownWriter::text(QStringView raw)
{
    const QString decoded = HtmlDocument::decodeEntities(raw);
    QString word;
    for (const QChar c : decoded) {
        if (c.isSpace()) {
            if (!word.isEmpty()) writeVisible(word);
            word.clear();
            m_space = true;
        } else {
            appendEscaped(word, c);
        }
    }
    if (!word.isEmpty()) writeVisible(word);
}

void HtmlMarkdownWriter::writeVisible(QStringView escaped)
{
    if (m_space && !m_line.isEmpty()) m_line += u' ';
    m_space = false;
    // Marks open only once there is something to mark: "<b> </b>" leaves no stray "****".
    for (Mark &m : m_marks) {
        if (!m.written) {
            m_line += m.open;
            m.written = true;
        }
    }
    m_line += escaped;
}

void HtmlMarkdownWriter::openMark(const QString &open, const QString &close)
{
    m_marks.push_back({open, close, false});
}

void HtmlMarkdownWriter::closeMark()
{
    if (m_marks.back().written) m_line += m_marks.back().close;
    m_marks.pop_back();
}

void HtmlMarkdownWriter::flush()
{
    if (m_inCell) {
        m_space = true;
        return;
    }
    // A block boundary inside a link or bold: close it here and open it again on the next words.
    for (auto it = m_marks.rbegin(); it != m_marks.rend(); ++it) {
        if (it->written) m_line += it->close;
        it->written = false;
    }
    QString line = m_line.trimmed();
    m_line.clear();
    m_space = false;
    if (line.isEmpty()) return;
    if (m_heading > 0) {
        line = QString(m_heading, u'#') % u' ' % line;
    } else if (QStringView(u"#>+-=").contains(line.front())) {
        line.prepend(u'\\');
    } else if (line.front().isDigit()) {
        qsizetype d = 0;
        while (d < line.size() && line[d].isDigit())
            ++d;
        if (d < line.size() && (line[d] == u'.' || line[d] == u')') &&
            (d + 1 == line.size() || line[d + 1] == u' '))
            line.insert(d, u'\\');
    }
    emitLine(line);
}

QString HtmlMarkdownWriter::prefix(bool first)
{
    QString p;
    for (Container &c : m_containers) {
        if (first && c.markerPending) {
            p += c.marker;
            c.markerPending = false;
        } else {
            p += c.continuation;
        }
    }
    return p;
}

void HtmlMarkdownWriter::emitLine(const QString &line)
{
    const bool item = std::any_of(m_containers.begin(), m_containers.end(),
                                  [](const Container &c) { return c.markerPending; });
    const bool inList = std::any_of(m_containers.begin(), m_containers.end(),
                                    [](const Container &c) { return c.marker != u"> "; });
    if (!m_out.isEmpty()) {
        m_out += u'\n';
        // Items of one list stay together; other blocks get a blank line that keeps their quote marks.
        if (!(item && m_lastWasList)) {
            QString blank;
            for (const Container &c : m_containers)
                blank += c.started ? c.continuation : QString();
            while (blank.endsWith(u' '))
                blank.chop(1);
            m_out += blank % u'\n';
        }
    }
    m_out += prefix(true);
    const QString cont = prefix(false);
    for (const QChar c : line) {
        m_out += c;
        if (c == u'\n') m_out += cont;
    }
    m_lastWasList = inList;
    for (Container &c : m_containers)
        c.started = true;
}

void HtmlMarkdownWriter::listItem(int node)
{
    flush();
    QString marker = QStringLiteral("- ");
    if (!m_counters.empty() && m_counters.back() >= 0) marker = QString::number(m_counters.back()++) % u". ";
    m_containers.push_back({marker, QString(marker.size(), u' '), true});
    children(node);
    flush();
    m_containers.pop_back();
}

void HtmlMarkdownWriter::image(int node)
{
    QString src = m_doc.attribute(node, u"src");
    if (src.isEmpty() || src.startsWith(u"data:")) src = m_doc.attribute(node, u"data-src");
    const QString target = linkTarget(src);
    if (target.isEmpty() || src.startsWith(u"data:")) return;
    QString alt;
    for (const QChar c : m_doc.attribute(node, u"alt").simplified())
        appendEscaped(alt, c);
    writeVisible(QString(u"![" % alt % u"](" % target % u')'));
}

QString HtmlMarkdownWriter::linkTarget(const QString &href) const
{
    const QString h = href.trimmed();
    if (h.isEmpty() || h.startsWith(u'#') || h.startsWith(u"javascript:", Qt::CaseInsensitive)) return {};
    QUrl url(h);
    if (url.isRelative() && m_base.isValid()) url = m_base.resolved(url);
    QString out = url.isValid() ? url.toString(QUrl::FullyEncoded) : h;
    // Parentheses and spaces would end a Markdown link target early.
    out.replace(u'(', QStringLiteral("%28"))
        .replace(u')', QStringLiteral("%29"))
        .replace(u' ', QStringLiteral("%20"));
    return out;
}

// A table of data becomes a Markdown table; a table used for layout (it holds headings, lists or other
// tables) is read as the blocks it holds.
void HtmlMarkdownWriter::table(int node)
{
    flush();
    std::vector<int> rows;
    bool layout = false;
    // The table's own rows, through thead/tbody/tfoot; anything block-shaped in a cell means layout.
    const auto scan = [&](auto &&self, int parent, bool rowsHere) -> void {
        for (int c = m_doc.node(parent).firstChild; c >= 0 && !layout; c = m_doc.node(c).next) {
            const QString &tag = m_doc.node(c).tag;
            if (tag == u"tr" && rowsHere) rows.push_back(c);
            if (tag == u"table" || headingLevel(tag) || isOneOf(tag, {u"ul", u"ol", u"pre", u"blockquote"}))
                layout = true;
            else if (!m_doc.node(c).isText())
                self(self, c, rowsHere && isOneOf(tag, {u"thead", u"tbody", u"tfoot"}));
        }
    };
    scan(scan, node, true);
    std::vector<QStringList> cells;
    bool header = false;
    qsizetype columns = 0;
    if (!layout) {
        for (const int row : rows) {
            QStringList texts;
            for (int c = m_doc.node(row).firstChild; c >= 0; c = m_doc.node(c).next) {
                const QString &tag = m_doc.node(c).tag;
                if (tag != u"td" && tag != u"th") continue;
                if (cells.empty() && (tag == u"th" || m_doc.node(m_doc.node(row).parent).tag == u"thead"))
                    header = true;
                ++m_inCell;
                m_line.clear();
                m_space = false;
                children(c);
                --m_inCell;
                texts.append(m_line.trimmed());
                m_line.clear();
                m_space = false;
            }
            columns = std::max(columns, texts.size());
            cells.push_back(texts);
        }
    }
    // One row or one column is a box drawn around text, not a table of anything.
    if (layout || columns < 2 || cells.size() < 2) {
        if (m_inCell) {
            children(node);
            return;
        }
        for (int c = m_doc.node(node).firstChild; c >= 0; c = m_doc.node(c).next)
            element(c);
        flush();
        return;
    }
    const auto row = [&](const QStringList &texts) {
        QString line = QStringLiteral("|");
        for (qsizetype i = 0; i < columns; ++i)
            line += u' ' % (i < texts.size() ? texts[i] : QString()) % u" |";
        return line;
    };
    // GitHub tables must start with a header row; a table without one gets an empty header.
    QString md = row(header ? cells.front() : QStringList()) % u'\n' % u'|';
    for (qsizetype i = 0; i < columns; ++i)
        md += QStringLiteral(" --- |");
    for (size_t r = header ? 1 : 0; r < cells.size(); ++r)
        md += u'\n' % row(cells[r]);
    if (m_inCell) {
        m_space = true;
        return;
    }
    emitLine(md);
}

void HtmlMarkdownWriter::preformatted(int node)
{
    QString code;
    const auto collect = [&](auto &&self, int parent) -> void {
        for (int c = m_doc.node(parent).firstChild; c >= 0; c = m_doc.node(c).next) {
            if (m_doc.node(c).isText())
                code += HtmlDocument::decodeEntities(m_doc.rawText(c));
            else if (m_doc.node(c).tag == u"br")
                code += u'\n';
            else
                self(self, c);
        }
    };
    collect(collect, node);
    code.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QChar(0xA0), u' ');
    if (code.startsWith(u'\n')) code.remove(0, 1);
    while (!code.isEmpty() && code.back().isSpace())
        code.chop(1);
    if (code.isEmpty()) return;
    if (m_inCell) {
        writeVisible(QString(u"`` " % code.simplified() % u" ``"));
        return;
    }
    flush();
    QString language;
    const int first = m_doc.node(node).firstChild;
    for (const int n : {node, first}) {
        if (n < 0) continue;
        for (const QStringView cls :
             QStringView(m_doc.attribute(n, u"class")).tokenize(u' ', Qt::SkipEmptyParts)) {
            if (cls.startsWith(u"language-") || cls.startsWith(u"lang-"))
                language = cls.sliced(cls.indexOf(u'-') + 1).toString();
        }
    }
    QString fence = QStringLiteral("```");
    while (code.contains(fence))
        fence += u'`';
    emitLine(fence % language % u'\n' % code % u'\n' % fence);
}
