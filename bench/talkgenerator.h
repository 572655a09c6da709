#pragma once

#include "data/dataset.h"

// Makes large synthetic datasets with realistic field sizes, for benchmarks only.
namespace TalkGenerator {
Dataset generate(int talks, int events = 20, quint32 seed = 42);
}
