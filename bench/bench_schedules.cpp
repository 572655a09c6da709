#include "benchmark.h"
#include "read/datasetloader.h"

namespace {
// One FOSDEM schedule (943 events, 2 MB of frab XML) through the loader's per-file path: sniffing,
// reading, kinds, zones and links. ConfClerk takes about 0.5 s to import the same file.
Bench::Register readFosdem("read_fosdem2025_ms", [] {
    const QString path = Bench::sharedPath(QStringLiteral("data/schedules/fosdem-2025-schedule.xml"));
    size_t talks = 0;
    const double ms = Bench::bestMs(5, [&] { talks = DatasetLoader::readFile(path).dataset.talks.size(); });
    Bench::report("read_fosdem2025_ms", ms, "ms");
    Bench::report("read_fosdem2025_talks", double(talks), "talks");
});

// The whole load of the 3,124-note folder: walking it, reading the notes in parallel, merging them
// into 8 events and the analysis, as opening the folder in the app does.
Bench::Register readSessions("read_kubecon_sessions_ms", [] {
    const QString path = Bench::sharedPath(QStringLiteral("data/kubecon-sessions"));
    size_t talks = 0;
    const double ms = Bench::bestMs(3, [&] { talks = DatasetLoader::load({path}).dataset->talks.size(); });
    Bench::report("read_kubecon_sessions_ms", ms, "ms");
    Bench::report("read_kubecon_sessions_talks", double(talks), "talks");
});
} // namespace
