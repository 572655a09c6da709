#pragma once

#include "data/dataset.h"

#include <QStringView>

class EventCatalog;
struct WriteupDocument;

// The event a write-up is about: the catalog's edition that the title and front matter name (weighing
// most), then the body, checked against the publication date; else the edition the file's name names;
// else an event named from the title by EventNamer.
namespace WriteupEvent {
Event choose(const WriteupDocument &doc, const EventCatalog &catalog);
// The year named most often in text (2010-2029; the later one on a tie), 0 when none is.
int mostFrequentYear(QStringView text);
} // namespace WriteupEvent
