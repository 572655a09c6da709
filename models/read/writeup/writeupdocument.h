#pragma once

#include "data/dataset.h"
#include "read/frontmatter.h"
#include "read/writeupblocks.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The document stage of the write-up reader: a file's bytes decoded into the text the block parser
// reads (line ends normalised; saved web pages, AsciiDoc and reStructuredText converted to Markdown;
// front matter taken off; site templates removed), whether that text is Markdown or plain, and what the
// post says about itself (title, author, date, format, description, tags) for its Source and its event.
struct WriteupDocument
{
    QString error;                      // why the file is no write-up at all; nothing else is set then
    QList<FrontMatter::Error> warnings; // lines of the front matter that could not be read
    QString body;                       // Markdown or plain text, as many lines as the file's body
    int bodyLine = 1;                   // the file line the body starts on
    bool markdown = false;              // else plain text: one block per line
    Source source;                      // the post: file, format, title, author, publication date
    QString description;                // from the front matter, for naming the event
    QStringList tags;
    QStringList categories;

    static WriteupDocument read(const QString &fileName, const QByteArray &content);
    // Without a title in the front matter: the post's first heading, else (plain text) its first line.
    void takeTitleFrom(const QList<WriteupBlock> &blocks);

    static bool looksLikeMarkdown(QStringView text);
    // Hugo and Liquid shortcodes, kramdown attribute lists ("{:target="_blank"}") and HTML comments are
    // markup of the site, not of the post; an embedded video becomes a link. Lines stay (as blank) so
    // line numbers still match the file.
    static QString stripTemplates(const QString &text);
};
