#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A write-up as a flat list of blocks (headings, paragraphs, list items, table rows) with their plain
// text, leading bold text and links: what the write-up reader looks at. Markdown goes through md4c, so
// emphasis, links, images, tables, raw HTML and code are told apart by a real parser; plain text is
// one block per line, which is how such posts are written.
struct WriteupLink
{
    QString text; // link text; for a linked image, its alt text
    QString url;
    bool image = false; // an image itself (never a talk)
};

struct WriteupBlock
{
    enum class Type { Heading, Paragraph, ListItem, TableRow };
    Type type = Type::Paragraph;
    int level = 0;        // heading level; list depth for items and paragraphs inside lists (1 = top)
    QString text;         // plain text: emphasis and link markup removed, image alt text left out
    QString lead;         // bold text the block starts with ("**Title**: ...")
    bool emphasised = false; // the whole text is bold or italic: a heading written as a paragraph
    bool quoted = false;
    bool headerRow = false;
    QList<WriteupLink> links;
    QStringList cells;                 // table rows
    QList<QList<WriteupLink>> cellLinks;
    int line = 0; // 1-based line in the file
};

class WriteupBlocks
{
public:
    // `firstLine` is the file line `text` starts on (after front matter).
    static QList<WriteupBlock> parseMarkdown(const QString &text, int firstLine = 1);
    static QList<WriteupBlock> parsePlainText(const QString &text, int firstLine = 1);
};
