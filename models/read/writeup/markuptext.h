#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Small text rules the markup converters share: what an embedded video's address is, how a stated date
// becomes ISO text, when a line is only a URL. Kept apart so HTML, AsciiDoc and reStructuredText turn the
// same things into the same Markdown.
namespace MarkupText {
// "https://www.youtube.com/embed/ID?x", "//player.vimeo.com/video/ID", an embedly wrapper around either:
// the watch page as "[Video](url)", or empty when `src` is not a known video player.
QString videoLinkFromEmbed(QStringView src);
// The Markdown line for a video by id on a host ("youtube", "vimeo").
QString videoLink(QStringView host, QStringView id);
// "2020-08-28 9:00", "2023-05-02T10:00:00+00:00" -> "2020-08-28"; other text is returned trimmed.
QString isoDate(QStringView text);
// A line that is only an http(s) URL, wrapped as a Markdown autolink; the line as it was otherwise.
bool isBareUrl(QStringView line);
// Splits "a, b; c" keyword lists into trimmed, non-empty items.
QStringList splitTags(QStringView text);
} // namespace MarkupText
