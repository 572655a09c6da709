#include "frontmatter.h"

#include <QRegularExpression>
#include <algorithm>

namespace {
int indentOf(QStringView line)
{
    int n = 0;
    while (n < line.size() && (line[n] == u' ' || line[n] == u'\t'))
        ++n;
    return n;
}

bool isDelimiter(QStringView line, QStringView delimiter)
{
    return line.trimmed() == delimiter;
}

// A quoted or plain scalar. `error` is set when a quote is not closed.
QString scalar(QStringView v, QString *error)
{
    v = v.trimmed();
    if (v.isEmpty()) return {};
    const QChar q = v.front();
    if (q == u'"') {
        QString out;
        out.reserve(v.size());
        for (qsizetype i = 1; i < v.size(); ++i) {
            const QChar c = v[i];
            if (c == u'"') return out;
            if (c == u'\\' && i + 1 < v.size()) {
                const QChar e = v[++i];
                switch (e.unicode()) {
                case 'n':
                    out += u'\n';
                    break;
                case 't':
                    out += u'\t';
                    break;
                case 'u':
                    if (i + 4 < v.size()) {
                        bool ok = false;
                        const uint code = v.mid(i + 1, 4).toUInt(&ok, 16);
                        if (ok) {
                            out += QChar(char16_t(code));
                            i += 4;
                            break;
                        }
                    }
                    out += e;
                    break;
                default:
                    out += e;
                    break;
                }
                continue;
            }
            out += c;
        }
        *error = QStringLiteral("unterminated quoted string");
        return out;
    }
    if (q == u'\'') {
        QString out;
        for (qsizetype i = 1; i < v.size(); ++i) {
            if (v[i] == u'\'') {
                if (i + 1 < v.size() && v[i + 1] == u'\'') {
                    out += u'\'';
                    ++i;
                    continue;
                }
                return out;
            }
            out += v[i];
        }
        *error = QStringLiteral("unterminated quoted string");
        return out;
    }
    // Plain scalar: " #" starts a comment.
    const qsizetype hash = v.indexOf(QLatin1StringView(" #"));
    if (hash >= 0) v = v.first(hash).trimmed();
    return v.toString();
}

// Items of an inline list's inside ("a, 'b, c', d"); commas inside quotes belong to the item.
QStringList inlineItems(QStringView inner, QString *error)
{
    QStringList items;
    QChar quote;
    qsizetype start = 0;
    const auto flush = [&](qsizetype end) {
        const QStringView item = inner.sliced(start, end - start).trimmed();
        if (!item.isEmpty()) items << scalar(item, error);
    };
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u',') {
            flush(i);
            start = i + 1;
        }
    }
    if (!quote.isNull()) *error = QStringLiteral("unterminated quoted string in list");
    flush(inner.size());
    return items;
}

// Where a YAML key ends: the first ':' followed by a space or the end of the line, outside quotes.
qsizetype yamlColon(QStringView line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote) quote = QChar();
        } else if ((c == u'"' || c == u'\'') && i == 0) {
            quote = c;
        } else if (c == u':' && (i + 1 == line.size() || line[i + 1] == u' ' || line[i + 1] == u'\t')) {
            return i;
        }
    }
    return -1;
}

QString keyText(QStringView key)
{
    key = key.trimmed();
    if (key.size() >= 2 && (key.front() == u'"' || key.front() == u'\'') && key.back() == key.front())
        key = key.sliced(1, key.size() - 2);
    return key.toString();
}

// Counts brackets outside quotes, so a flow list can continue over several lines.
int bracketDepth(QStringView text)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            --depth;
        } else if (c == u'#' && (i == 0 || text[i - 1] == u' ') && depth > 0) {
            break; // comment after an item of a multi-line list
        }
    }
    return depth;
}
} // namespace

FrontMatter FrontMatter::parse(QStringView text)
{
    FrontMatter fm;
    qsizetype pos = 0;
    if (text.startsWith(QChar(0xFEFF))) pos = 1;
    fm.m_bodyOffset = pos;

    const auto lineEnd = [&](qsizetype from) {
        const qsizetype nl = text.indexOf(u'\n', from);
        return nl < 0 ? text.size() : nl;
    };
    const auto lineAt = [&](qsizetype from, qsizetype end) {
        QStringView l = text.sliced(from, end - from);
        if (l.endsWith(u'\r')) l.chop(1);
        return l;
    };

    qsizetype end = lineEnd(pos);
    const QStringView first = lineAt(pos, end);
    QStringView delimiter;
    if (isDelimiter(first, u"---"))
        delimiter = u"---";
    else if (isDelimiter(first, u"+++"))
        delimiter = u"+++";
    else
        return parseMetadataLines(text, pos);

    QList<QStringView> lines;
    int lineNo = 1;
    bool closed = false;
    while (end < text.size()) {
        pos = end + 1;
        end = lineEnd(pos);
        ++lineNo;
        const QStringView line = lineAt(pos, end);
        // YAML may also end its document with "...".
        if (isDelimiter(line, delimiter) || (delimiter == u"---" && isDelimiter(line, u"..."))) {
            closed = true;
            break;
        }
        lines << line;
    }
    if (!closed) {
        // Without a closing line there is no telling metadata from text: treat it all as body.
        fm.error(1, QStringLiteral("front matter opened with '%1' is never closed").arg(delimiter));
        return fm;
    }
    fm.m_bodyLine = lineNo + 1;
    fm.m_bodyOffset = std::min(end + 1, text.size());
    if (delimiter == u"---") {
        fm.m_format = Format::Yaml;
        fm.parseYaml(lines, 2);
    } else {
        fm.m_format = Format::Toml;
        fm.parseToml(lines, 2);
    }
    return fm;
}

FrontMatter FrontMatter::parseMetadataLines(QStringView text, qsizetype pos)
{
    // Pelican and MultiMarkdown metadata: "Title: ..." lines up to the first blank line, opened by a
    // key such posts always have. A first line like "Note: ..." is prose and stays body.
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z][\\w-]{0,20}):\\s+(\\S.*)$"));
    static const QStringList opening = {QStringLiteral("title"), QStringLiteral("date"),
                                        QStringLiteral("author"), QStringLiteral("authors")};
    FrontMatter fm;
    fm.m_bodyOffset = pos;
    int lineNo = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0) end = text.size();
        QStringView line = text.sliced(pos, end - pos);
        if (line.endsWith(u'\r')) line.chop(1);
        const auto m = keyLine.match(line);
        if (!m.hasMatch() || (lineNo == 0 && !opening.contains(m.captured(1).toLower()))) {
            if (!line.trimmed().isEmpty())
                return FrontMatter(); // not a metadata block after all: no blank line ends it
            break;
        }
        ++lineNo;
        const QString key = m.captured(1).toLower();
        Entry &e = fm.set(key, lineNo);
        if (key == u"tags" || key == u"keywords" || key == u"authors") {
            for (const QString &v : m.captured(2).split(u',', Qt::SkipEmptyParts))
                e.values << v.trimmed();
            e.isList = true;
        } else {
            e.values << m.captured(2).trimmed();
        }
        pos = end + 1;
    }
    if (lineNo == 0) return FrontMatter();
    fm.m_format = Format::Metadata;
    fm.m_bodyLine = lineNo + 1;
    fm.m_bodyOffset = std::min(pos, text.size());
    return fm;
}

void FrontMatter::parseYaml(const QList<QStringView> &lines, int firstLine)
{
    QString openKey; // key written with an empty value: block list items or nested keys may follow
    int openIndent = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = firstLine + int(i);
        const QStringView raw = lines[i];
        const QStringView t = raw.trimmed();
        if (t.isEmpty() || t.startsWith(u'#')) continue;
        const int indent = indentOf(raw);
        QString err;

        if (t == u"-" || t.startsWith(QLatin1StringView("- "))) {
            if (openKey.isEmpty()) {
                error(lineNo, QStringLiteral("list item without a key"));
                continue;
            }
            Entry &e = set(openKey, 0);
            e.isList = true;
            const QStringView item = t.sliced(1).trimmed();
            if (!item.isEmpty()) e.values << scalar(item, &err);
            if (!err.isEmpty()) error(lineNo, err);
            continue;
        }

        const qsizetype colon = yamlColon(t);
        if (colon <= 0 && !openKey.isEmpty() && indent > openIndent && find(openKey)->values.isEmpty()) {
            // "description:\n  "Text that goes on"": a scalar on the lines under its key.
            QString joined = t.toString();
            while (i + 1 < lines.size() && !lines[i + 1].trimmed().isEmpty() &&
                   indentOf(lines[i + 1]) > openIndent)
                joined += u' ' + lines[++i].trimmed().toString();
            set(openKey, 0).values = QStringList{scalar(joined, &err)};
            if (!err.isEmpty()) error(lineNo, err);
            openKey.clear();
            openIndent = -1;
            continue;
        }
        if (colon <= 0) {
            error(lineNo, QStringLiteral("expected 'key: value'"));
            continue;
        }
        QString key = keyText(t.first(colon));
        if (indent > 0 && !openKey.isEmpty() && indent > openIndent) {
            key = openKey.section(u'.', 0, 0) + u'.' + key;
        } else {
            openKey.clear();
            openIndent = -1;
        }
        QStringView value = t.sliced(colon + 1).trimmed();
        Entry &e = set(key, lineNo);

        if (value.isEmpty() || value.startsWith(u'#')) {
            if (!key.contains(u'.')) {
                openKey = key;
                openIndent = indent;
            }
            continue;
        }
        if (value.startsWith(u'[')) {
            // A flow list may run over several lines until its brackets balance; an unindented line
            // is the next key, so an unclosed list does not swallow the rest.
            QString joined = value.toString();
            while (bracketDepth(joined) > 0 && i + 1 < lines.size() &&
                   (indentOf(lines[i + 1]) > indent || lines[i + 1].trimmed().startsWith(u']')))
                joined += u' ' + lines[++i].trimmed().toString();
            const qsizetype close = joined.lastIndexOf(u']');
            if (bracketDepth(joined) != 0 || close < 0) {
                error(lineNo, QStringLiteral("list of '%1' is not closed with ']'").arg(key));
                e.values = inlineItems(QStringView(joined).sliced(1), &err);
            } else {
                e.values = inlineItems(QStringView(joined).sliced(1, close - 1), &err);
            }
            e.isList = true;
        } else if (value.startsWith(u'|') || value.startsWith(u'>')) {
            // Block scalar: the following lines indented deeper than the key.
            const bool literal = value.startsWith(u'|');
            QStringList parts;
            while (i + 1 < lines.size() &&
                   (lines[i + 1].trimmed().isEmpty() || indentOf(lines[i + 1]) > indent)) {
                parts << lines[++i].trimmed().toString();
            }
            while (!parts.isEmpty() && parts.back().isEmpty())
                parts.removeLast();
            e.values = QStringList{parts.join(literal ? u'\n' : u' ')};
        } else {
            e.values = QStringList{scalar(value, &err)};
        }
        if (!err.isEmpty()) error(lineNo, err);
    }
}

void FrontMatter::parseToml(const QList<QStringView> &lines, int firstLine)
{
    QString table;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = firstLine + int(i);
        const QStringView t = lines[i].trimmed();
        if (t.isEmpty() || t.startsWith(u'#')) continue;
        if (t.startsWith(u'[')) {
            const qsizetype close = t.indexOf(u']');
            if (close < 0) {
                error(lineNo, QStringLiteral("table header is not closed with ']'"));
                continue;
            }
            table = keyText(t.sliced(1, close - 1).trimmed().toString().remove(u'['));
            continue;
        }
        const qsizetype eq = t.indexOf(u'=');
        if (eq <= 0) {
            error(lineNo, QStringLiteral("expected 'key = value'"));
            continue;
        }
        QString key = keyText(t.first(eq));
        if (!table.isEmpty()) key = table + u'.' + key;
        const QStringView value = t.sliced(eq + 1).trimmed();
        Entry &e = set(key, lineNo);
        QString err;
        if (value.startsWith(u'[')) {
            // Items may follow on further lines; a "key = value" line ends an unclosed array.
            QString joined = value.toString();
            while (bracketDepth(joined) > 0 && i + 1 < lines.size() && !lines[i + 1].contains(u'='))
                joined += u' ' + lines[++i].trimmed().toString();
            const qsizetype close = joined.lastIndexOf(u']');
            if (bracketDepth(joined) != 0 || close < 0) {
                error(lineNo, QStringLiteral("array '%1' is not closed with ']'").arg(key));
                e.values = inlineItems(QStringView(joined).sliced(1), &err);
            } else {
                e.values = inlineItems(QStringView(joined).sliced(1, close - 1), &err);
            }
            e.isList = true;
        } else if (value.startsWith(QLatin1StringView("\"\"\"")) ||
                   value.startsWith(QLatin1StringView("'''"))) {
            // Multi-line string: up to the line holding the closing triple quote.
            const QStringView quote = value.first(3);
            QString text = value.sliced(3).toString();
            bool closed = text.contains(quote);
            while (!closed && i + 1 < lines.size()) {
                text += u'\n' + lines[++i].toString();
                closed = text.contains(quote);
            }
            if (!closed) error(lineNo, QStringLiteral("multi-line string is not closed"));
            e.values = QStringList{text.left(text.indexOf(quote)).trimmed()};
        } else {
            // TOML comments start with '#' after the value; the YAML scalar rule needs " #".
            e.values = QStringList{scalar(value, &err)};
        }
        if (!err.isEmpty()) error(lineNo, err);
    }
}

const FrontMatter::Entry *FrontMatter::find(QStringView key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key) return &e;
    }
    return nullptr;
}

FrontMatter::Entry &FrontMatter::set(const QString &key, int line)
{
    for (Entry &e : m_entries) {
        if (e.key == key) {
            if (line) {
                // A repeated key: the later one wins, as in most YAML loaders.
                e.values.clear();
                e.isList = false;
                e.line = line;
            }
            return e;
        }
    }
    m_entries.append({key, {}, false, line});
    return m_entries.back();
}

QString FrontMatter::value(QStringView key) const
{
    const Entry *e = find(key);
    return e ? e->values.join(QLatin1StringView(", ")) : QString();
}

QStringList FrontMatter::list(QStringView key) const
{
    const Entry *e = find(key);
    if (!e) return {};
    QStringList out;
    for (const QString &v : e->values) {
        if (!v.isEmpty()) out << v;
    }
    return out;
}

int FrontMatter::line(QStringView key) const
{
    const Entry *e = find(key);
    return e ? e->line : 0;
}

QStringList FrontMatter::keys() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.key;
    return out;
}
