#include "analysis/pipeline.h"
#include "analysis/taxonomy.h"
#include "benchmark.h"
#include "talkgenerator.h"

#include <QElapsedTimer>
#include <ctime>

namespace {
// CPU time of this thread: on a machine shared with other jobs, wall time measures the neighbours too.
double threadSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// The whole topic layer on a million generated talks, on the calling thread only: classifying every
// talk (title, abstract, track), interning evidence and computing the theme shares.
Bench::Register classify1m("classify_1m_talks_s", [] {
    constexpr int Talks = 1'000'000;
    Dataset ds = TalkGenerator::generate(Talks);
    const Taxonomy taxonomy = Taxonomy::builtin();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadSeconds();
    Pipeline::reclassify(ds, taxonomy);
    const double seconds = threadSeconds() - cpuStart;
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    size_t assignments = 0;
    for (const Talk &t : ds.talks)
        assignments += t.topics.size();
    Bench::report("classify_1m_talks_s", seconds, "s");
    Bench::report("classify_1m_talks_wall_s", wall, "s");
    Bench::report("classify_topics_per_talk", double(assignments) / Talks, "topics");
});
} // namespace
