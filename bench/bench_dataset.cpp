#include "benchmark.h"
#include "talkgenerator.h"

#include "data/datasetjson.h"

namespace {
Bench::Register bytesPerTalk("bytes_per_talk", [] {
    constexpr int Talks = 1'000'000;
    const qint64 before = Bench::residentBytes();
    auto ds = std::make_unique<Dataset>(TalkGenerator::generate(Talks));
    const qint64 after = Bench::residentBytes();
    Bench::report("bytes_per_talk", double(after - before) / Talks, "B");
    Bench::report("dataset_1m_talks_mib", double(after - before) / (1 << 20), "MiB");
});

Bench::Register jsonRead("dataset_json_read_mb_per_s", [] {
    const Dataset ds = TalkGenerator::generate(100'000);
    const QByteArray json = DatasetJson::write(ds, QJsonDocument::Compact);
    std::size_t talks = 0;
    const double ms = Bench::bestMs(3, [&] { talks = DatasetJson::read(json, QStringLiteral("bench.json")).dataset.talks.size(); });
    Q_ASSERT(talks == ds.talks.size());
    Bench::report("dataset_json_read_mb_per_s", json.size() / 1e6 / (ms / 1000), "MB/s");
});
} // namespace
