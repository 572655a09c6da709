#pragma once

#include "data/dataset.h"

// What runs on a merged dataset before it is published: topic classification and theme shares.
// Readers and the merger stay free of analysis; everything derived is computed here, in one place.
namespace Pipeline {
void finish(Dataset &dataset);
} // namespace Pipeline
