#pragma once

#include "markupconverter.h"

// A saved web page or a generated blog page as Markdown: finds the post's article (<article>, else
// <main>, else the element whose class or id says post/entry/article/content and that holds most of the
// text, else <body>), leaves out what is around it, and reads title, author, date and tags from the
// page's metadata (Open Graph, <meta>, JSON-LD, <time>). Linear in the page's size; a page over
// MaxHtmlSize, or with more elements than the tree keeps, is read as text with its tags stripped.
class HtmlConverter
{
public:
    static constexpr qsizetype MaxHtmlSize = 20 * 1024 * 1024;
    static MarkupConverter::Converted convert(const QString &html);
    // The fallback: text without tags, scripts or styles, one paragraph per block element.
    static QString stripTags(QStringView html);
};
