#include "rstconverter.h"

#include "markuptext.h"
#include "rstinline.h"

#include <QHash>
#include <QRegularExpression>
#include <map>

namespace {
using Converted = MarkupConverter::Converted;

int indentOf(QStringView line)
{
    int n = 0;
    while (n < line.size() && (line[n] == u' ' || line[n] == u'\t'))
        ++n;
    return n;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// A line of one repeated punctuation character, as rst draws section titles and transitions with.
bool isAdornment(QStringView line)
{
    static const QString marks = QStringLiteral("=-~^\"'`#*+:._,!$%&/;<>?@[]{}|\\");
    while (!line.isEmpty() && line.back().isSpace())
        line.chop(1);
    if (line.size() < 2 || !marks.contains(line.front())) return false;
    return std::all_of(line.begin(), line.end(), [&](QChar c) { return c == line.front(); });
}

struct Title
{
    int textLine = 0;
    int overLine = -1;
    int underLine = 0;
    QString style; // the adornment character, doubled when over- and underlined
};

struct Document
{
    QList<QStringView> lines;
    QStringList out;
    QList<bool> inlineText; // lines whose inline markup still has to be converted
    QHash<QString, QString> targets;
    QStringList anonymous;
    Converted converted;
};

// Titles in reading order, by the rst rules: text under (and maybe over) an adornment at least as long.
std::map<int, Title> findTitles(const QList<QStringView> &lines)
{
    std::map<int, Title> titles;
    const int n = int(lines.size());
    for (int i = 0; i + 1 < n; ++i) {
        const QStringView line = lines[i];
        if (isAdornment(line) && i + 2 < n && !isBlank(lines[i + 1]) && !isAdornment(lines[i + 1]) &&
            isAdornment(lines[i + 2]) && lines[i + 2].front() == line.front() &&
            lines[i + 1].trimmed().size() <= line.trimmed().size()) {
            titles[i + 1] = {i + 1, i, i + 2, QString(2, line.front())};
            i += 2;
            continue;
        }
        const bool afterBreak = i == 0 || isBlank(lines[i - 1]) || titles.count(i - 1) || titles.count(i - 2);
        if (afterBreak && !isBlank(line) && indentOf(line) == 0 && !isAdornment(line) &&
            isAdornment(lines[i + 1])) {
            const qsizetype width = lines[i + 1].trimmed().size();
            if (width >= std::min<qsizetype>(line.trimmed().size(), 4) && width >= 3) {
                titles[i] = {i, -1, i + 1, QString(lines[i + 1].front())};
                ++i;
            }
        }
    }
    return titles;
}

void readField(Converted &c, QStringView key, QStringView value)
{
    const QString k = key.toString().toLower();
    if (k == u"title" && c.title.isEmpty())
        c.title = value.trimmed().toString();
    else if (k == u"author" || k == u"authors")
        c.author = value.trimmed().toString();
    else if (k == u"date" || k == u"published")
        c.date = MarkupText::isoDate(value);
    else if (k == u"tags" || k == u"keywords")
        c.tags = MarkupText::splitTags(value);
}

// The lines a directive or comment owns: those after it that are blank or indented deeper.
int blockEnd(const QList<QStringView> &lines, int start)
{
    const int indent = indentOf(lines[start]);
    int end = start + 1;
    int last = start;
    while (end < lines.size() && (isBlank(lines[end]) || indentOf(lines[end]) > indent)) {
        if (!isBlank(lines[end])) last = end;
        ++end;
    }
    return last + 1;
}

// Fences lines [from, to) as code when there are blank lines to hold the fences, else leaves them out:
// the fences must not move any other line.
void fence(Document &d, int from, int to, int indent, const QString &language)
{
    const QString pad(indent, u' ');
    int common = INT_MAX;
    for (int k = from; k < to; ++k) {
        if (!isBlank(d.lines[k])) common = std::min(common, indentOf(d.lines[k]));
    }
    const bool open = from > 0 && isBlank(d.lines[from - 1]) && d.out[from - 1].isEmpty();
    const bool close = to == d.lines.size() || isBlank(d.lines[to]);
    for (int k = from; k < to; ++k)
        d.out[k] =
            open && close && !isBlank(d.lines[k]) ? pad + d.lines[k].sliced(common).toString() : QString();
    if (!open || !close) return;
    d.out[from - 1] = pad % u"```" % language;
    if (to == d.lines.size()) {
        d.out.append(pad % u"```");
        d.inlineText.append(false);
    } else {
        d.out[to] = pad % u"```";
    }
}

// Handles the directive at line i and returns the first line after it.
int directive(Document &d, int i, QStringView name, QStringView argument)
{
    const int end = blockEnd(d.lines, i);
    int content = i + 1;
    QHash<QString, QString> options;
    static const QRegularExpression option(QStringLiteral(R"(^\s+:([\w-]+):\s*(.*)$)"));
    for (; content < end; ++content) {
        const auto m = option.match(d.lines[content]);
        if (!m.hasMatch()) break;
        options.insert(m.captured(1), m.captured(2).trimmed());
    }
    for (int k = i; k < end; ++k)
        d.out[k].clear();
    const QString pad(indentOf(d.lines[i]), u' ');
    const QString arg = argument.trimmed().toString();
    if (name == u"image" || name == u"figure") {
        const QString image = u"![" % options.value(QStringLiteral("alt")) % u"](" % arg % u')';
        const QString target = options.value(QStringLiteral("target"));
        d.out[i] = pad + (target.isEmpty() ? image : u'[' % image % u"](" % target % u')');
    } else if (name == u"youtube" || name == u"vimeo") {
        d.out[i] = pad + MarkupText::videoLink(name, arg.section(u' ', 0, 0));
    } else if (name == u"code-block" || name == u"code" || name == u"sourcecode") {
        while (content < end && isBlank(d.lines[content]))
            ++content;
        fence(d, content, end, int(pad.size()), arg);
    } else if (name == u"raw") {
        for (int k = content; k < end; ++k) {
            static const QRegularExpression src(QStringLiteral(R"(src\s*=\s*["']([^"']+))"));
            if (const auto m = src.match(d.lines[k]); m.hasMatch())
                d.out[k] = pad + MarkupText::videoLinkFromEmbed(m.capturedView(1));
        }
    } else if (name == u"rubric") {
        d.out[i] = pad % u"**" % arg % u"**";
    } else if (QStringView(
                   u"note warning tip hint important attention caution danger error admonition seealso "
                   u"topic sidebar epigraph pull-quote highlights container compound")
                   .split(u' ')
                   .contains(name)) {
        // The body of an admonition is the post's own text: read on as if it were not indented.
        int first = content;
        while (first < end && isBlank(d.lines[first]))
            ++first;
        const int bodyIndent = first < end ? indentOf(d.lines[first]) : 0;
        for (int k = content; k < end; ++k) {
            const int cut = std::min(bodyIndent, indentOf(d.lines[k]));
            d.lines[k] = d.lines[k].sliced(cut);
        }
        return content;
    }
    return end;
}
} // namespace

MarkupConverter::Converted RstConverter::convert(const QString &text)
{
    Document d;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.endsWith(u'\r')) line.chop(1);
        d.lines.append(line);
    }
    const int n = int(d.lines.size());
    d.out = QStringList(n);
    d.inlineText = QList<bool>(n, false);

    static const QRegularExpression named(QStringLiteral(R"(^\s*\.\. _(`[^`]+`|[^:]+):\s*(\S*)\s*$)"));
    static const QRegularExpression anonymous(QStringLiteral(R"(^\s*(?:\.\. __:|__)\s+(\S+)\s*$)"));
    static const QRegularExpression embedded(QStringLiteral(R"(`([^`<]+?)\s*<([^>`]+)>`_(?!_))"));
    for (int i = 0; i < n; ++i) {
        if (const auto m = named.match(d.lines[i]); m.hasMatch()) {
            QString url = m.captured(2);
            if (url.isEmpty() && i + 1 < n && indentOf(d.lines[i + 1]) > 0)
                url = d.lines[i + 1].trimmed().toString();
            d.targets.insert(RstInline::targetKey(m.capturedView(1)), url);
        } else if (const auto a = anonymous.match(d.lines[i]); a.hasMatch()) {
            d.anonymous.append(a.captured(1));
        }
    }
    for (auto it = embedded.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        d.targets.insert(RstInline::targetKey(m.capturedView(1)), m.captured(2).remove(u'\n').remove(u' '));
    }

    // Levels by order of first appearance; a lone first title of a style used nowhere else is the
    // document's title, as docutils promotes it.
    const std::map<int, Title> titles = findTitles(d.lines);
    static const QRegularExpression metadata(QStringLiteral(R"(^\.\. ([\w-]+): (.*)$)"));
    int firstBody = 0;
    while (firstBody < n && (isBlank(d.lines[firstBody]) || metadata.match(d.lines[firstBody]).hasMatch()))
        ++firstBody;
    QStringList styles;
    const Title *docTitle = nullptr;
    for (const auto &[line, title] : titles) {
        if (!styles.contains(title.style)) styles.append(title.style);
    }
    if (!titles.empty()) {
        const Title &first = titles.begin()->second;
        const int count = int(std::count_if(titles.begin(), titles.end(),
                                            [&](const auto &t) { return t.second.style == first.style; }));
        if (count == 1 && (first.overLine >= 0 ? first.overLine : first.textLine) == firstBody) {
            docTitle = &first;
            styles.removeOne(first.style);
        }
    }
    std::vector<int> adornments;
    for (const auto &[line, title] : titles) {
        adornments.push_back(title.underLine);
        if (title.overLine >= 0) adornments.push_back(title.overLine);
    }
    std::sort(adornments.begin(), adornments.end());

    static const QRegularExpression directiveLine(QStringLiteral(R"(^\s*\.\. ([\w:-]+)::(?:\s+(.*))?$)"));
    static const QRegularExpression comment(QStringLiteral(R"(^\s*\.\.(?:\s|$))"));
    static const QRegularExpression field(QStringLiteral(R"(^:([^:]+):(?:\s+(.*))?$)"));
    static const QRegularExpression bullet(QStringLiteral(R"(^(\s*)([-*+])(\s+))"));
    static const QRegularExpression enumerated(QStringLiteral(R"(^(\s*)\(?(\d+|#)([.)])(\s+))"));
    bool head = true;
    int listContent = -1; // the text column of the list item being read
    int quoteIndent = -1;
    int autoNumber = 1;
    QString metaTitle;
    for (int i = 0; i < n;) {
        const QStringView line = d.lines[i];
        const int indent = indentOf(line);
        // Left as they are: empty, or a closing fence a literal block put there.
        if (isBlank(line) || std::binary_search(adornments.begin(), adornments.end(), i)) {
            ++i;
            continue;
        }
        if (const auto t = titles.find(i); t != titles.end()) {
            const bool isDoc = docTitle == &t->second;
            const int level =
                isDoc ? 1 : int(styles.indexOf(t->second.style)) + 1 + (docTitle || !metaTitle.isEmpty());
            d.out[i] = QString(std::min(level, 6), u'#') % u' ' % line.trimmed();
            d.inlineText[i] = true;
            if (isDoc) d.converted.title = line.trimmed().toString();
            listContent = quoteIndent = -1;
            ++i;
            continue;
        }
        if (const auto m = metadata.match(line); m.hasMatch() && head) {
            readField(d.converted, m.capturedView(1), m.capturedView(2));
            if (m.capturedView(1).compare(u"title", Qt::CaseInsensitive) == 0)
                metaTitle = m.captured(2).trimmed();
            ++i;
            continue;
        }
        if (const auto m = directiveLine.match(line); m.hasMatch()) {
            head = false;
            i = directive(d, i, m.capturedView(1), m.capturedView(2));
            continue;
        }
        if (comment.match(line).hasMatch() || line.startsWith(u"__ ")) {
            i = blockEnd(d.lines, i);
            continue;
        }
        if (const auto m = field.match(line); m.hasMatch() && head) {
            readField(d.converted, m.capturedView(1), m.capturedView(2));
            i = blockEnd(d.lines, i);
            continue;
        }
        head = false;
        if (isAdornment(line) && line.trimmed().size() >= 4) { // a transition
            d.out[i] = QStringLiteral("***");
            ++i;
            continue;
        }
        if (MarkupText::isBareUrl(line)) {
            d.out[i] = QString(indent, u' ') % u'<' % line.trimmed() % u'>';
            ++i;
            continue;
        }
        QString converted;
        if (const auto m = bullet.match(line); m.hasMatch()) {
            listContent = int(m.capturedEnd());
            converted = line.toString();
        } else if (const auto e = enumerated.match(line); e.hasMatch()) {
            listContent = int(e.capturedEnd());
            const int number = e.capturedView(2) == u"#" ? autoNumber : e.capturedView(2).toInt();
            autoNumber = number + 1;
            converted = e.captured(1) % QString::number(number) % e.capturedView(3) % e.capturedView(4) %
                        line.sliced(e.capturedEnd());
        } else if (indent > 0 && listContent >= 0 && indent >= listContent - 1) {
            converted = line.toString(); // the item's own text, continued
        } else if (indent > 0 && i > 0 && !isBlank(d.lines[i - 1]) && indentOf(d.lines[i - 1]) < indent &&
                   quoteIndent < 0) {
            converted = line.sliced(indent).toString(); // a definition under its term
        } else if (indent > 0) {
            if (quoteIndent < 0 || isBlank(d.lines[i - 1])) quoteIndent = indent;
            converted = u"> " % line.sliced(std::min(indent, quoteIndent));
        } else {
            listContent = quoteIndent = -1;
            autoNumber = 1;
            converted = line.toString();
        }
        if (indent == 0 && listContent >= 0 && !bullet.match(line).hasMatch() &&
            !enumerated.match(line).hasMatch())
            listContent = -1;
        if (!converted.startsWith(u"> ")) quoteIndent = -1;
        // "Paragraph::" introduces a literal block: the colon stays single and the block is fenced.
        const bool literal = line.trimmed().endsWith(u"::") && (i + 1 >= n || isBlank(d.lines[i + 1]));
        if (literal) {
            converted.chop(1);
            while (converted.endsWith(u':') && (converted.trimmed() == u":" || converted.endsWith(u" :")))
                converted.chop(1);
            if (converted.trimmed() == u">") converted.clear();
        }
        d.out[i] = converted;
        d.inlineText[i] = true;
        ++i;
        if (literal) {
            int j = i;
            while (j < n && isBlank(d.lines[j]))
                ++j;
            if (j < n && indentOf(d.lines[j]) > indent) {
                int end = j;
                int last = j;
                while (end < n && (isBlank(d.lines[end]) || indentOf(d.lines[end]) > indent)) {
                    if (!isBlank(d.lines[end])) last = end;
                    ++end;
                }
                fence(d, j, last + 1, indent, QString());
                i = last + 1;
            }
        }
    }
    if (d.converted.title.isEmpty()) d.converted.title = metaTitle;

    // Inline markup per paragraph: `links <like this>`_ are often wrapped over two lines.
    for (int i = 0; i < d.out.size();) {
        if (!d.inlineText[i]) {
            ++i;
            continue;
        }
        int j = i;
        while (j < d.out.size() && d.inlineText[j] && !(j > i && d.out[j].startsWith(u'#')))
            ++j;
        const QStringList parts =
            RstInline::convert(d.out.sliced(i, j - i).join(u'\n'), d.targets, d.anonymous).split(u'\n');
        for (int k = i; k < j; ++k)
            d.out[k] = k - i < parts.size() ? parts[k - i] : QString();
        i = j;
    }
    d.converted.markdown = d.out.join(u'\n');
    return d.converted;
}
