#pragma once

#include "data/dataset.h"

class Taxonomy;

// What runs on a merged dataset before it is published: topic classification and theme shares.
// Readers and the merger stay free of analysis; everything derived is computed here, in one place.
namespace Pipeline {
// With the taxonomy in force (Taxonomy::current(): the default one plus the user's file).
void finish(Dataset &dataset);
// Adds the taxonomy's topics to the dataset, gives session types their kinds where the reader left
// "talk", classifies talks and paragraphs, and computes the theme shares. Talks that came with topics
// keep them, unless the taxonomy carries user topics: then every talk is classified again.
void finish(Dataset &dataset, const Taxonomy &taxonomy);
// Classifies every talk again, whatever topics it came with (a changed taxonomy).
void reclassify(Dataset &dataset, const Taxonomy &taxonomy);
} // namespace Pipeline
