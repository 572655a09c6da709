#pragma once

#include "markupconverter.h"

#include <QHash>

// An AsciiDoc post as Markdown, line for line: "= Title" and "== Section" become ATX headings on their
// own lines, header lines (author, revision, attribute entries), block attributes, comments and
// delimiters become empty lines, listing blocks are fenced on their delimiter lines. Tables are the one
// exception: a Markdown table needs a header and delimiter row, so a table's rows may move down by up to
// two lines inside the lines the table took; lines after it keep their numbers.
class AsciiDocConverter
{
public:
    static MarkupConverter::Converted convert(const QString &text);
};
