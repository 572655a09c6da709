#pragma once

#include "htmldocument.h"

// What on a page is not part of a post wherever it is: scripts, navigation, forms, frames, sidebars,
// comment sections, share and related-post blocks, cookie banners, by tag, ARIA role, the hidden
// attribute or the words of its class and id. Shared by the article search and the Markdown writer, so
// what is left out of one is left out of the other.
class HtmlBoilerplate
{
public:
    static bool isBoilerplate(const HtmlDocument &doc, int node);
};
