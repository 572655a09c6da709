#include "benchmark.h"
#include "talkgenerator.h"

#include "data/datasetjson.h"
#include "read/datasetloader.h"

#include <QTemporaryDir>

#include <malloc.h>

namespace {
// What a published dataset of a million talks holds in memory: the talks arrive as a dataset JSON file
// and go through the loader (read, merge, analysis, squeeze), as they would in the app. Freed
// temporaries go back to the system before each reading of the resident size.
Bench::Register bytesPerTalk("bytes_per_talk", [] {
    constexpr int Talks = 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.json"));
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(DatasetJson::write(TalkGenerator::generate(Talks), QJsonDocument::Compact));
    }
    malloc_trim(0);
    const qint64 before = Bench::residentBytes();
    const DatasetLoader::Result loaded = DatasetLoader::load({path});
    malloc_trim(0);
    const qint64 after = Bench::residentBytes();
    Q_ASSERT(loaded.dataset->talks.size() == Talks);
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
