#pragma once

#include "htmldocument.h"

#include <QString>
#include <QUrl>
#include <vector>

// Writes one element of a parsed page (the post's article) as Markdown: headings, paragraphs, nested
// lists, links, bold and italic, images, code, block quotes and tables. Boilerplate inside the article
// (share buttons, related posts, comment sections, forms, scripts) is left out; a YouTube or Vimeo player
// frame becomes a "[Video](url)" line. Text is escaped so that md4c reads back exactly the page's words.
class HtmlMarkdownWriter
{
public:
    HtmlMarkdownWriter(const HtmlDocument &doc, const QUrl &base) : m_doc(doc), m_base(base) {}
    QString write(int article);

private:
    struct Container
    {
        QString marker;       // "- ", "1. ", "> ": written on the container's first line
        QString continuation; // what its later lines start with
        bool markerPending = false;
        bool started = false; // a line of it was written: blank lines inside it carry its prefix
    };
    struct Mark
    {
        QString open;
        QString close;
        bool written = false;
    };

    void children(int node);
    void element(int node);
    void text(QStringView raw);
    void writeVisible(QStringView escaped);
    void flush();
    void emitLine(const QString &line);
    void openMark(const QString &open, const QString &close);
    void closeMark();
    void listItem(int node);
    void table(int node);
    void preformatted(int node);
    void image(int node);
    QString linkTarget(const QString &href) const;
    QString prefix(bool first);

    const HtmlDocument &m_doc;
    QUrl m_base;
    QString m_out;
    QString m_line;
    bool m_space = false;
    int m_heading = 0;
    int m_inCell = 0;
    int m_articleDepth = 0; // inside an <article>/<main>: its own header and footer belong to the post
    bool m_lastWasList = false;
    std::vector<Mark> m_marks;
    std::vector<Container> m_containers;
    std::vector<int> m_counters; // the next number of each open list; -1 for bullets
};
