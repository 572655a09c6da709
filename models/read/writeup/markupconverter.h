#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// What a write-up is written in, and how to turn it into the Markdown the write-up reader parses.
// Saved web pages, AsciiDoc and reStructuredText posts become Markdown here so the rest of the reader
// sees one shape. AsciiDoc and reStructuredText keep their lines (output line N is input line N wherever
// a construct allows it), so a problem found later still names the file's line. HTML has no useful lines
// to keep: only its article survives, as Markdown.
// Needs no QGuiApplication: plain QtCore text work, safe on any thread.
class MarkupConverter
{
public:
    enum class Markup { Markdown, PlainText, Html, AsciiDoc, ReStructuredText };
    struct Converted
    {
        QString markdown; // the body as Markdown
        QString title;    // document title if the markup states one, else empty
        QString author;   // if stated, else empty
        QString date;     // ISO date text (yyyy-MM-dd) if stated, else empty
        QStringList tags; // if stated
    };
    // From the file's suffix first (.html .htm .xhtml / .adoc .asciidoc .asc / .rst .rest / .md
    // .markdown), else from the content's shape. Returns Markdown or PlainText when it is neither of the
    // three (the caller keeps its own Markdown/plain-text decision for those).
    static Markup detect(const QString &fileName, QStringView text);
    // For Html, AsciiDoc, ReStructuredText; Markdown and PlainText come back unchanged.
    static Converted convert(const QString &text, Markup markup);
};
