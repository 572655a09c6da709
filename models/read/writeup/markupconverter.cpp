#include "markupconverter.h"

#include "asciidocconverter.h"
#include "htmlconverter.h"
#include "rstconverter.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {
using Markup = MarkupConverter::Markup;

// The shape of a post is plain in its first lines; reading further only costs time on big files.
constexpr qsizetype DetectWindow = 64 * 1024;

bool looksLikeHtml(QStringView head)
{
    qsizetype i = 0;
    while (i < head.size() && (head[i].isSpace() || head[i] == QChar(0xFEFF)))
        ++i;
    const QStringView start = head.mid(i, 512);
    // A browser's "Save page" leaves a "saved from url" comment before the doctype.
    return start.startsWith(u"<!doctype html", Qt::CaseInsensitive) ||
           start.startsWith(u"<html", Qt::CaseInsensitive) ||
           start.startsWith(u"<!-- saved from url", Qt::CaseInsensitive) ||
           (start.startsWith(u"<?xml") && start.contains(u"<html", Qt::CaseInsensitive)) ||
           start.startsWith(u"<head", Qt::CaseInsensitive);
}

bool isUnderline(QStringView line)
{
    static const QString marks = QStringLiteral("=-~^\"'`#*+:._,");
    if (line.size() < 3 || !marks.contains(line.front())) return false;
    return std::all_of(line.begin(), line.end(), [&](QChar c) { return c == line.front(); });
}

// Counts the marks only one of the two formats has; Markdown's setext headings ("Title" over "=====")
// look like rst titles, so those alone decide nothing.
Markup fromShape(QStringView head)
{
    static const QRegularExpression rstSigns(
        QStringLiteral(R"(^\.\. (?:[\w-]+::|_[^:]+:|(?:title|slug|date|tags): )|`[^`]+ <[^>]+>`__?)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression adocSection(QStringLiteral(R"(^={2,6} \S)"),
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression adocSigns(
        QStringLiteral(
            R"(^(?::[\w-]+:(?: |$)|\|===$|\[source[,\]]|(?:image|video|include)::\S|link:\S+\[|----$))"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression adocTitle(QStringLiteral(R"(^(?://[^\n]*\n|\s*\n)*= \S)"));

    int rst = 0;
    for (auto it = rstSigns.globalMatch(head); it.hasNext() && rst < 3; it.next())
        ++rst;
    const QList<QStringView> lines = head.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringView line = lines[i].trimmed();
        // An underline Markdown has no use for, or a title with a line over it as well.
        // rst wants the underline at least as long as the title: a short "***" after a line is a rule.
        if (isUnderline(line) && !lines[i - 1].trimmed().isEmpty() && !isUnderline(lines[i - 1].trimmed()) &&
            line.size() >= lines[i - 1].trimmed().size() &&
            ((line.front() != u'=' && line.front() != u'-') || (i >= 2 && lines[i - 2].trimmed() == line)))
            ++rst;
    }
    int adoc = 0;
    for (auto it = adocSection.globalMatch(head); it.hasNext() && adoc < 3; it.next())
        ++adoc;
    const bool adocDocTitle = adocTitle.match(head).hasMatch();
    int adocMarks = 0;
    for (auto it = adocSigns.globalMatch(head); it.hasNext() && adocMarks < 3; it.next())
        ++adocMarks;
    if ((adocDocTitle && (adoc > 0 || adocMarks > 0)) || adoc >= 2 || (adoc >= 1 && adocMarks >= 1))
        return Markup::AsciiDoc;
    if (rst >= 1) return Markup::ReStructuredText;
    static const QRegularExpression markdown(
        QStringLiteral(R"(^#{1,6} \S|\]\([^)\s]+\)|^\S[^\n]*\n(?:={3,}|-{3,})[ \t]*$)"),
        QRegularExpression::MultilineOption);
    return markdown.match(head).hasMatch() ? Markup::Markdown : Markup::PlainText;
}
} // namespace

MarkupConverter::Markup MarkupConverter::detect(const QString &fileName, QStringView text)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml") return Markup::Html;
    if (suffix == u"adoc" || suffix == u"asciidoc" || suffix == u"asc") return Markup::AsciiDoc;
    if (suffix == u"rst" || suffix == u"rest") return Markup::ReStructuredText;
    if (suffix == u"md" || suffix == u"markdown") return Markup::Markdown;
    const QStringView head = text.first(std::min(text.size(), DetectWindow));
    if (looksLikeHtml(head)) return Markup::Html;
    // YAML or TOML front matter opens a Markdown or text post ("+++" also looks like an rst underline).
    const QStringView first = head.left(head.indexOf(u'\n')).trimmed();
    if (first == u"---" || first == u"+++") return Markup::Markdown;
    return fromShape(head);
}

MarkupConverter::Converted MarkupConverter::convert(const QString &text, Markup markup)
{
    switch (markup) {
    case Markup::Html:
        return HtmlConverter::convert(text);
    case Markup::AsciiDoc:
        return AsciiDocConverter::convert(text);
    case Markup::ReStructuredText:
        return RstConverter::convert(text);
    case Markup::Markdown:
    case Markup::PlainText:
        break;
    }
    Converted out;
    out.markdown = text;
    return out;
}
