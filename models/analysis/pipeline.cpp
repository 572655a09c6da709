#include "pipeline.h"

namespace Pipeline {

void finish(Dataset &dataset)
{
    Q_UNUSED(dataset); // topic classification and theme shares arrive with the topics layer
}

} // namespace Pipeline
