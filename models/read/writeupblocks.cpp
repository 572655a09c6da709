#include "writeupblocks.h"

#include <QRegularExpression>
#include <algorithm>
#include <md4c.h>
#include <vector>

namespace {
// "Title (https://...) - Name": an address in parentheses right after the words that open a block
// names them, as a Markdown link's text would; the address leaves the text.
void nameBareAddress(WriteupBlock &b)
{
    for (WriteupLink &l : b.links) {
        if (l.image || l.text != l.url) continue;
        const QString wrapped = QStringLiteral(" (") + l.url + u')';
        const qsizetype at = b.text.indexOf(wrapped);
        if (at < 3 || at > 150) continue;
        const QString words = b.text.left(at).trimmed();
        if (words.contains(u'(') || words.contains(u'\n') || words.contains(QLatin1StringView("http")))
            continue;
        l.text = words;
        b.text.remove(at, wrapped.size());
        return;
    }
}

QString decodeEntity(QStringView e)
{
    static const QList<std::pair<QString, QString>> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},   {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},    {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},  {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
        {QStringLiteral("&ndash;"), QStringLiteral("–")}, {QStringLiteral("&mdash;"), QStringLiteral("—")},
        {QStringLiteral("&rsquo;"), QStringLiteral("’")}, {QStringLiteral("&lsquo;"), QStringLiteral("‘")},
        {QStringLiteral("&rdquo;"), QStringLiteral("”")}, {QStringLiteral("&ldquo;"), QStringLiteral("“")},
        {QStringLiteral("&hellip;"), QStringLiteral("…")}};
    for (const auto &[k, v] : named) {
        if (e == k) return v;
    }
    if (e.startsWith(u"&#")) {
        bool ok = false;
        const QStringView num = e.mid(2, e.size() - 3);
        const uint cp =
            num.startsWith(u'x') || num.startsWith(u'X') ? num.mid(1).toUInt(&ok, 16) : num.toUInt(&ok);
        if (ok && cp > 0 && cp <= 0x10FFFF) {
            const char32_t c = cp;
            return QString::fromUcs4(&c, 1);
        }
    }
    return e.toString();
}

struct Builder
{
    QList<WriteupBlock> blocks;
    std::vector<int> targets;   // blocks that text goes to, innermost last (-1: text ignored)
    std::vector<int> openItems; // list items whose first paragraph is their text
    std::vector<size_t> links;  // open link spans: index into the target block's links
    int listDepth = 0;
    int quoteDepth = 0;
    int skipDepth = 0; // code and raw HTML blocks
    int strongDepth = 0;
    int emDepth = 0;
    bool leadOpen = false;
    int tableRow = -1;
    bool inHead = false;
    int letters = 0, emphasisedLetters = 0;
    const char *base = nullptr;
    std::vector<qsizetype> lineStarts;
    int firstLine = 1;

    int lineOf(const char *p) const
    {
        const auto offset = qsizetype(p - base);
        const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
        return firstLine + int(it - lineStarts.begin()) - 1;
    }
    int target() const { return targets.empty() ? -1 : targets.back(); }
    int open(WriteupBlock::Type type, int level)
    {
        WriteupBlock b;
        b.type = type;
        b.level = level;
        b.quoted = quoteDepth > 0;
        blocks.append(b);
        letters = emphasisedLetters = 0;
        leadOpen = false;
        return int(blocks.size() - 1);
    }
    void finish(int index)
    {
        if (index < 0 || index >= blocks.size()) return;
        WriteupBlock &b = blocks[index];
        b.text = b.text.trimmed();
        b.lead = b.lead.trimmed();
        b.emphasised = letters > 0 && emphasisedLetters == letters;
    }
    void append(const QString &s)
    {
        const int t = target();
        if (t < 0) return;
        WriteupBlock &b = blocks[t];
        bool inImage = false;
        for (const size_t l : links) {
            if (l < size_t(b.links.size())) {
                b.links[qsizetype(l)].text += s;
                inImage = inImage || b.links[qsizetype(l)].image;
            }
        }
        if (inImage) return; // alt text names the picture, it is not part of the prose
        if (tableRow >= 0 && t == tableRow && !b.cells.isEmpty()) b.cells.back() += s;
        if (leadOpen && strongDepth > 0) b.lead += s;
        b.text += s;
        for (const QChar c : s) {
            if (c.isLetterOrNumber()) {
                ++letters;
                if (strongDepth > 0 || emDepth > 0) ++emphasisedLetters;
            }
        }
    }
};

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto &b = *static_cast<Builder *>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        ++b.quoteDepth;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        ++b.listDepth;
        break;
    case MD_BLOCK_LI: {
        const int i = b.open(WriteupBlock::Type::ListItem, b.listDepth);
        b.targets.push_back(i);
        b.openItems.push_back(i);
        break;
    }
    case MD_BLOCK_H:
        b.targets.push_back(
            b.open(WriteupBlock::Type::Heading, int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level)));
        break;
    case MD_BLOCK_P: {
        // The first paragraph of a loose list item is the item's own text.
        const int t = b.target();
        if (t >= 0 && !b.openItems.empty() && b.openItems.back() == t &&
            b.blocks[t].text.trimmed().isEmpty()) {
            b.targets.push_back(t);
        } else {
            b.finish(t);
            b.targets.push_back(b.open(WriteupBlock::Type::Paragraph, b.listDepth));
        }
        break;
    }
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
        ++b.skipDepth;
        b.targets.push_back(-1);
        break;
    case MD_BLOCK_THEAD:
        b.inHead = true;
        break;
    case MD_BLOCK_TR: {
        const int i = b.open(WriteupBlock::Type::TableRow, 0);
        b.blocks[i].headerRow = b.inHead;
        b.tableRow = i;
        b.targets.push_back(i);
        break;
    }
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        if (b.tableRow >= 0) {
            b.blocks[b.tableRow].cells.append(QString());
            b.blocks[b.tableRow].cellLinks.append(QList<WriteupLink>());
            if (!b.blocks[b.tableRow].text.isEmpty()) b.blocks[b.tableRow].text += QStringLiteral(" | ");
        }
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto &b = *static_cast<Builder *>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        --b.quoteDepth;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        --b.listDepth;
        break;
    case MD_BLOCK_LI:
        b.finish(b.openItems.back());
        b.openItems.pop_back();
        b.targets.pop_back();
        break;
    case MD_BLOCK_H:
    case MD_BLOCK_P:
        b.finish(b.target());
        b.targets.pop_back();
        b.leadOpen = false;
        break;
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
        --b.skipDepth;
        b.targets.pop_back();
        break;
    case MD_BLOCK_THEAD:
        b.inHead = false;
        break;
    case MD_BLOCK_TR:
        for (auto &c : b.blocks[b.tableRow].cells)
            c = c.trimmed();
        b.finish(b.tableRow);
        b.tableRow = -1;
        b.targets.pop_back();
        break;
    default:
        break;
    }
    return 0;
}

QString attribute(const MD_ATTRIBUTE &a)
{
    return QString::fromUtf8(a.text, qsizetype(a.size)).trimmed();
}

int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto &b = *static_cast<Builder *>(userdata);
    const int t = b.target();
    switch (type) {
    case MD_SPAN_STRONG:
        if (t >= 0 && b.strongDepth == 0 && b.blocks[t].text.trimmed().isEmpty() &&
            b.blocks[t].lead.isEmpty())
            b.leadOpen = true;
        ++b.strongDepth;
        break;
    case MD_SPAN_EM:
        ++b.emDepth;
        break;
    case MD_SPAN_A:
    case MD_SPAN_IMG:
        if (t >= 0) {
            WriteupLink link;
            if (type == MD_SPAN_A) {
                link.url = attribute(static_cast<MD_SPAN_A_DETAIL *>(detail)->href);
            } else {
                link.url = attribute(static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src);
                link.image = true;
            }
            b.blocks[t].links.append(link);
            b.links.push_back(size_t(b.blocks[t].links.size() - 1));
            if (b.tableRow == t && !b.blocks[t].cellLinks.isEmpty())
                b.blocks[t].cellLinks.back().append(link);
        }
        break;
    default:
        break;
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto &b = *static_cast<Builder *>(userdata);
    const int t = b.target();
    switch (type) {
    case MD_SPAN_STRONG:
        if (--b.strongDepth == 0) b.leadOpen = false;
        break;
    case MD_SPAN_EM:
        --b.emDepth;
        break;
    case MD_SPAN_A:
    case MD_SPAN_IMG:
        if (!b.links.empty()) {
            if (t >= 0 && b.tableRow == t && !b.blocks[t].cellLinks.isEmpty() &&
                !b.blocks[t].cellLinks.back().isEmpty())
                b.blocks[t].cellLinks.back().back().text =
                    b.blocks[t].links[qsizetype(b.links.back())].text.trimmed();
            b.links.pop_back();
        }
        break;
    default:
        break;
    }
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto &b = *static_cast<Builder *>(userdata);
    if (b.skipDepth > 0 || b.target() < 0) return 0;
    WriteupBlock &block = b.blocks[b.target()];
    if (block.line == 0) block.line = b.lineOf(text);
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        b.append(QString::fromUtf8(text, qsizetype(size)));
        break;
    case MD_TEXT_ENTITY:
        b.append(decodeEntity(QString::fromUtf8(text, qsizetype(size))));
        break;
    case MD_TEXT_BR:
        b.append(QStringLiteral("\n"));
        break;
    case MD_TEXT_SOFTBR:
        b.append(QStringLiteral(" "));
        break;
    case MD_TEXT_NULLCHAR:
        break;
    case MD_TEXT_HTML:
        break; // inline raw HTML is markup, not text
    }
    return 0;
}
} // namespace

QList<WriteupBlock> WriteupBlocks::parseMarkdown(const QString &markdown, int firstLine)
{
    const QByteArray utf8 = markdown.toUtf8();
    Builder b;
    b.base = utf8.constData();
    b.firstLine = firstLine;
    b.lineStarts.push_back(0);
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '\n') b.lineStarts.push_back(i + 1);
    }
    MD_PARSER parser{};
    parser.abi_version = 0;
    // Posts indent freely; indented code blocks would swallow their text, fenced code is enough.
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &b);
    QList<WriteupBlock> out;
    out.reserve(b.blocks.size());
    for (auto &block : b.blocks) {
        if (!block.text.trimmed().isEmpty() || !block.links.isEmpty()) {
            nameBareAddress(block);
            out.append(std::move(block));
        }
    }
    return out;
}

QList<WriteupBlock> WriteupBlocks::parsePlainText(const QString &text, int firstLine)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-*•‣◦]|\\d{1,3}[.)])\\s+"));
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"')\\]]+"));
    QList<WriteupBlock> out;
    int line = firstLine - 1;
    for (const QStringView raw : QStringView(text).split(u'\n')) {
        ++line;
        QString s = raw.toString().trimmed();
        if (s.isEmpty()) continue;
        WriteupBlock b;
        b.line = line;
        b.type = WriteupBlock::Type::Paragraph;
        // The patterns run only on lines that can match them: a bullet starts with its mark or a digit.
        const QChar first = s.front();
        const bool bulletLike = first == u'-' || first == u'*' || first == u'•' || first == u'‣' ||
                                first == u'◦' || first.isDigit();
        if (const auto m = bulletLike ? bullet.match(s) : QRegularExpressionMatch(); m.hasMatch()) {
            b.type = WriteupBlock::Type::ListItem;
            const QStringView mark = m.capturedView(0);
            const auto nonSpace =
                std::find_if(mark.begin(), mark.end(), [](QChar c) { return !c.isSpace(); });
            b.level = 1 + int((nonSpace == mark.end() ? -1 : nonSpace - mark.begin()) / 2);
            s = s.mid(m.capturedLength());
        }
        // "Title (https://...)", "Title: https://...", "Title - https://..." at the start of a line or
        // item: the words before the address are its text, as a Markdown link's would be, and the address
        // leaves the text. Anywhere else an address is a link of its own.
        static const QRegularExpression titled(
            QStringLiteral("^([^()\\n]{3,150}?)(?:\\s+\\((https?://"
                           "[^\\s()<>\"]+)\\)|\\s*(?::|\\s[-–—|])\\s+(https?://[^\\s<>\"]+)$)"));
        if (const auto m = s.contains(u"http") ? titled.match(s) : QRegularExpressionMatch(); m.hasMatch()) {
            const QString address = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
            b.links.append({m.captured(1).trimmed(), address, false});
            s = m.captured(1).trimmed() + s.mid(m.capturedEnd());
        }
        for (auto it = s.contains(u"http") ? url.globalMatch(s) : QRegularExpressionMatchIterator();
             it.hasNext();) {
            const auto m = it.next();
            b.links.append({m.captured(0), m.captured(0), false});
        }
        b.text = s;
        out.append(std::move(b));
    }
    return out;
}
