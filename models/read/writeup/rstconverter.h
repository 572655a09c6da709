#pragma once

#include "markupconverter.h"

// A reStructuredText post (Nikola, Pelican, Sphinx blogs) as Markdown, line for line: section titles
// become ATX headings on the title's line with their over/underlines left empty, metadata and directive
// lines become empty lines, literal blocks are fenced on the blank lines around them. So a line number
// found in the Markdown is the line of the .rst file.
class RstConverter
{
public:
    static MarkupConverter::Converted convert(const QString &text);
};
