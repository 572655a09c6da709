#include "asciidocconverter.h"

#include "asciidocinline.h"
#include "markuptext.h"

#include <QRegularExpression>

namespace {
using Converted = MarkupConverter::Converted;

QString escapeCell(const QString &cell)
{
    return QString(cell).replace(u'|', QStringLiteral("\\|"));
}

int countOf(QStringView s, QChar c)
{
    return int(s.count(c));
}
struct Table
{
    int open = 0;
    QString attributes;
    QList<int> lines;
};

// Cells in order from the lines of a |=== table; "2+|" style specifiers before a bar are dropped.
QStringList tableCells(const QList<QStringView> &lines, const Table &t, qsizetype *firstLineCells,
                       bool *blankAfterFirst)
{
    static const QRegularExpression spec(QStringLiteral(R"(^\s*[\d.+*<^>]*[adehlmsv]?\s*$)"));
    QStringList cells;
    *firstLineCells = 0;
    *blankAfterFirst = false;
    int seen = 0;
    for (const int l : t.lines) {
        const QStringView line = lines[l];
        if (line.trimmed().isEmpty()) {
            if (seen == 1) *blankAfterFirst = true;
            continue;
        }
        ++seen;
        const QList<QStringView> parts = line.split(u'|');
        qsizetype count = 0;
        for (qsizetype p = 0; p < parts.size(); ++p) {
            if (p == 0) {
                // Text before the first bar continues the cell above, unless it is the next cell's spec.
                if (!parts[0].trimmed().isEmpty() && !(parts.size() > 1 && spec.match(parts[0]).hasMatch()) &&
                    !cells.isEmpty())
                    cells.last() += u' ' % parts[0].trimmed();
                continue;
            }
            QStringView cell = parts[p];
            if (p + 1 < parts.size()) { // the spec of the next cell sits at this cell's end
                const qsizetype space = cell.lastIndexOf(u' ');
                const QStringView tail = cell.sliced(space + 1);
                if (!tail.isEmpty() && spec.match(tail).hasMatch() && tail.trimmed() != cell.trimmed())
                    cell = cell.first(space + 1);
            }
            cells.append(cell.trimmed().toString());
            ++count;
        }
        if (seen == 1) *firstLineCells = count;
    }
    return cells;
}
} // namespace

MarkupConverter::Converted AsciiDocConverter::convert(const QString &text)
{
    Converted converted;
    QList<QStringView> lines;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.endsWith(u'\r')) line.chop(1);
        lines.append(line);
    }
    const int n = int(lines.size());
    QStringList out(n);
    QHash<QString, QString> attributes;

    static const QRegularExpression attributeEntry(QStringLiteral(R"(^:([\w-]+)!?:(?:\s+(.*))?$)"));
    static const QRegularExpression section(QStringLiteral(R"(^(={1,6}|#{1,6})\s+(\S.*?)(?:\s+=+)?\s*$)"));
    static const QRegularExpression blockMacro(
        QStringLiteral(R"(^(image|video|include|toc|audio)::(\S*?)\[(.*)\]\s*$)"));
    static const QRegularExpression listItem(QStringLiteral(R"(^\s*(\*{1,5}|-|\.{1,5}|\d+\.)\s+(.*)$)"));
    static const QRegularExpression labeled(QStringLiteral(R"(^(\S.*?)(?::{2,4}|;;)(?:\s+(.*))?$)"));
    static const QRegularExpression revision(QStringLiteral(R"(^v?[\d.]+,\s*([^:]+)|^(\d{4}-\d\d-\d\d))"));

    QString verbatim; // the delimiter of the listing, literal, comment or passthrough block we are in
    QString quote;    // the delimiter of the quote block we are in
    QString attribution;
    QString blockAttributes; // the last [..] line: language of a listing, table options, quote attribution
    std::optional<Table> table;
    QStringList listMarkers; // open list levels, outermost first, by the marker that opened them
    QList<int> numbers;
    bool header = true;
    for (int i = 0; i < n; ++i) {
        const QStringView line = lines[i];
        QStringView t = line;
        while (!t.isEmpty() && t.back().isSpace())
            t.chop(1);
        if (!verbatim.isEmpty()) {
            if (t == verbatim) {
                out[i] = verbatim.startsWith(u'-') || verbatim.startsWith(u'.') || verbatim.startsWith(u'`')
                             ? QStringLiteral("```")
                             : QString();
                verbatim.clear();
            } else if (verbatim.startsWith(u'-') || verbatim.startsWith(u'.') || verbatim.startsWith(u'`')) {
                out[i] = line.toString();
            } else if (verbatim.startsWith(u'+')) {
                static const QRegularExpression src(QStringLiteral(R"(src\s*=\s*["']([^"']+))"));
                if (const auto m = src.match(line); m.hasMatch())
                    out[i] = MarkupText::videoLinkFromEmbed(m.capturedView(1));
            }
            continue;
        }
        if (table) {
            if (t != u"|===") {
                table->lines.append(i);
                continue;
            }
            qsizetype firstCells = 0;
            bool blankAfterFirst = false;
            const QStringList cells = tableCells(lines, *table, &firstCells, &blankAfterFirst);
            static const QRegularExpression cols(
                QStringLiteral(R"re(cols\s*=\s*"?([^",\]]*(?:,[^",\]]*)*)"?)re"));
            qsizetype columns = firstCells;
            if (const auto m = cols.match(table->attributes); m.hasMatch()) {
                const QString spec = m.captured(1);
                columns = spec.contains(u',') ? spec.count(u',') + 1
                                              : std::max(1, spec.section(u'*', 0, 0).toInt());
            }
            columns = std::max<qsizetype>(columns, 1);
            const bool hasHeader =
                table->attributes.contains(u"header") ||
                (blankAfterFirst && firstCells == columns && !table->attributes.contains(u"noheader"));
            QStringList rows;
            const auto row = [&](qsizetype from) {
                QString r = QStringLiteral("|");
                for (qsizetype c = from; c < from + columns; ++c)
                    r += u' ' %
                         (c < cells.size() ? escapeCell(AsciiDocInline::convert(cells[c], attributes))
                                           : QString()) %
                         u" |";
                return r;
            };
            rows.append(hasHeader ? row(0) : row(cells.size()));
            QString delimiter = QStringLiteral("|");
            for (qsizetype c = 0; c < columns; ++c)
                delimiter += QStringLiteral(" --- |");
            rows.append(delimiter);
            for (qsizetype c = hasHeader ? columns : 0; c < cells.size(); c += columns)
                rows.append(row(c));
            // The table's rows go on the lines the table took, from its opening line down.
            const int span = i - table->open + 1;
            for (int k = 0; k < span; ++k)
                out[table->open + k] = k < rows.size() ? rows[k] : QString();
            for (qsizetype k = span; k < rows.size(); ++k)
                out[i] += u'\n' % rows[k];
            table.reset();
            blockAttributes.clear();
            continue;
        }
        if (t.isEmpty()) {
            header = false;
            continue;
        }
        if (t.startsWith(u"////") && countOf(t, u'/') == t.size()) {
            verbatim = t.toString();
            continue;
        }
        if (t.startsWith(u"//")) continue;
        if (t.size() >= 4 &&
            (countOf(t, u'-') == t.size() || countOf(t, u'.') == t.size() || countOf(t, u'+') == t.size())) {
            verbatim = t.toString();
            if (t.front() != u'+') {
                static const QRegularExpression language(QStringLiteral(R"(^\[(?:source)?,\s*([\w+#-]+))"));
                const auto m = language.match(blockAttributes);
                out[i] = u"```" % (m.hasMatch() ? m.captured(1) : QString());
            }
            blockAttributes.clear();
            continue;
        }
        if (t.startsWith(u"```")) {
            verbatim = QStringLiteral("```");
            out[i] = t.toString();
            continue;
        }
        if (t == u"|===") {
            table = Table{i, blockAttributes, {}};
            continue;
        }
        if (t.size() >= 4 && countOf(t, u'_') == t.size()) {
            if (quote == t) {
                out[i] = attribution.isEmpty() ? QString() : u"> — " % attribution;
                quote.clear();
            } else {
                quote = t.toString();
                const QStringList parts = blockAttributes.mid(1).chopped(1).split(u',');
                attribution =
                    parts.size() > 1 && parts[0].trimmed() == u"quote" ? parts[1].trimmed() : QString();
            }
            blockAttributes.clear();
            continue;
        }
        if (t == u"--" || (t.size() >= 4 && (countOf(t, u'=') == t.size() || countOf(t, u'*') == t.size())))
            continue; // open, example and sidebar blocks: their content is the post's text
        if (const auto m = attributeEntry.match(t); m.hasMatch()) {
            const QString name = m.captured(1).toLower();
            const QString value = m.captured(2).trimmed();
            attributes.insert(name, value);
            if (name == u"author")
                converted.author = value;
            else if (name == u"revdate" || name == u"date")
                converted.date = MarkupText::isoDate(value);
            else if (name == u"keywords" || name == u"tags")
                converted.tags = MarkupText::splitTags(value);
            continue;
        }
        if (t.startsWith(u'[') && t.endsWith(u']')) {
            blockAttributes = t.toString();
            continue;
        }
        if (t.size() > 1 && t[0] == u'.' && t[1] != u'.' && !t[1].isSpace())
            continue; // a block title: a caption, not text of the post
        if (const auto m = section.match(t); m.hasMatch()) {
            const qsizetype level = m.capturedView(1).size();
            out[i] = QString(level, u'#') % u' ' % AsciiDocInline::convert(m.captured(2), attributes);
            if (level == 1 && converted.title.isEmpty() && header) {
                converted.title = m.captured(2);
                // The header's author and revision lines follow the title directly.
                if (i + 1 < n && !lines[i + 1].trimmed().isEmpty() && !lines[i + 1].startsWith(u':')) {
                    QStringList names;
                    for (const QStringView a : lines[i + 1].split(u';')) {
                        const qsizetype lt = a.indexOf(u'<');
                        names.append((lt < 0 ? a : a.first(lt)).trimmed().toString());
                    }
                    if (converted.author.isEmpty()) converted.author = names.join(QStringLiteral(", "));
                    ++i;
                    if (i + 1 < n) {
                        if (const auto r = revision.match(lines[i + 1]); r.hasMatch()) {
                            converted.date =
                                MarkupText::isoDate(r.hasCaptured(1) ? r.capturedView(1) : r.capturedView(2));
                            ++i;
                        }
                    }
                }
            }
            listMarkers.clear();
            numbers.clear();
            continue;
        }
        header = false;
        if (const auto m = blockMacro.match(t); m.hasMatch()) {
            const QStringView kind = m.capturedView(1);
            const QString target = m.captured(2);
            if (kind == u"image") {
                out[i] = u"![" % AsciiDocInline::macroText(m.capturedView(3)) % u"](" % target % u')';
            } else if (kind == u"video") {
                const QString attrs = m.captured(3);
                out[i] = attrs.contains(u"youtube") ? MarkupText::videoLink(u"youtube", target)
                         : attrs.contains(u"vimeo") ? MarkupText::videoLink(u"vimeo", target)
                                                    : QString(u"[Video](" % target % u')');
            }
            continue;
        }
        if (t == u"'''") {
            out[i] = QStringLiteral("***");
            continue;
        }
        if (t == u"+" || t == u"<<<") continue;
        if (MarkupText::isBareUrl(t) && !t.contains(u'[')) {
            out[i] = u'<' % t.trimmed() % u'>';
            continue;
        }
        QString body;
        if (const auto m = listItem.match(t); m.hasMatch()) {
            QString marker = m.captured(1);
            if (marker.front().isDigit()) marker = QStringLiteral(".");
            if (const qsizetype at = listMarkers.indexOf(marker); at >= 0) {
                listMarkers.resize(at + 1);
                numbers.resize(at + 1);
            } else {
                listMarkers.append(marker);
                numbers.append(0);
            }
            // Markdown nests by indentation: each level starts at the text column of the one above.
            QString indent;
            for (qsizetype k = 0; k + 1 < listMarkers.size(); ++k)
                indent += QString(listMarkers[k].startsWith(u'.') ? 3 : 2, u' ');
            const bool ordered = marker.startsWith(u'.');
            body = indent % (ordered ? QString::number(++numbers.last()) % u". " : QStringLiteral("- ")) %
                   AsciiDocInline::convert(m.captured(2), attributes);
        } else if (const auto l = labeled.match(t); l.hasMatch() && !t.contains(u"://")) {
            body = u"- **" % l.captured(1).trimmed() % u"**" %
                   (l.captured(2).isEmpty() ? QString()
                                            : u": " % AsciiDocInline::convert(l.captured(2), attributes));
        } else {
            if (!lines[i].startsWith(u' ') && (i == 0 || lines[i - 1].trimmed().isEmpty()))
                listMarkers.clear();
            numbers.clear();
            body = AsciiDocInline::convert(line.trimmed().toString(), attributes);
            if (body.endsWith(u" +")) { // a hard line break
                body.chop(2);
                body += u'\\';
            }
        }
        out[i] = quote.isEmpty() ? body : u"> " % body;
    }
    converted.markdown = out.join(u'\n');
    return converted;
}
