#pragma once

#include "data/dataset.h"

#include <functional>
#include <vector>

// Theme shares: for every event and topic, how many talks and write-up paragraphs are about the topic,
// and its share of the event. One definition used everywhere (the dataset's "themes" rows, the theme
// table, the charts); docs/themes.md explains it.
namespace ThemeShares {
using TalkFilter = std::function<bool(const Talk &)>;

// The share of a topic at an event: (talks + paragraphs about the topic) divided by the sum of that
// count over all topics of the event, so an event's shares add up to 1. Zero when the event has no
// tagged talk or paragraph.
double share(int talks, int paragraphs, int eventTotal);

// Events ordered by start date (then year, then id): the order of theme rows and charts.
std::vector<EventIndex> eventsByDate(const Dataset &dataset);

// Rows for every event (by date) and every topic of the dataset. Talks are counted from their topics
// (logistics never count; `include`, when given, narrows them, e.g. to the window's filter). Paragraphs
// are counted from `dataset.paragraphs`; for an event without paragraph text (a dataset read back from
// JSON) the paragraph counts of the dataset's existing theme rows are kept, so shares survive a round
// trip. `withParagraphs` false counts talks only.
std::vector<ThemeShare> compute(const Dataset &dataset, const TalkFilter &include = {},
                                bool withParagraphs = true);
} // namespace ThemeShares
