#include "benchmark.h"
#include "talkgenerator.h"

#include "data/datasetjson.h"
#include "read/datasetloader.h"

#include <QTemporaryDir>

#include <malloc.h>

namespace {
// Heap bytes behind a vector (glibc adds a 16-byte header to each allocation).
template <typename V>
qint64 heapOf(const V &v)
{
    return v.capacity() ? qint64(v.capacity() * sizeof(typename V::value_type)) + 16 : 0;
}

// What the dataset itself holds, counted structure by structure: talk records, their vectors, the
// packed text blocks (each packed string costs its characters and a terminator) and the string pool.
qint64 heldBytes(const Dataset &ds)
{
    qint64 bytes = qint64(ds.talks.capacity() * sizeof(Talk));
    for (const auto &t : ds.talks) {
        bytes += heapOf(t.speakers) + heapOf(t.organizations) + heapOf(t.links) + heapOf(t.topics) + heapOf(t.sources);
        bytes += (t.id.size() + 1) * 2 + (t.title.size() + 1) * 2 + t.abstract.size() + 1;
        for (const auto &l : t.links)
            bytes += (l.url.size() + 1) * 2;
    }
    for (qsizetype i = 0; i < ds.strings.size(); ++i) {
        // the vector slot, the string's own allocation, and a hash entry (key shares the string)
        bytes += qint64(sizeof(QString)) + 16 + 2 * (ds.strings.at(StringId(i)).size() + 1) + 32;
    }
    return bytes;
}

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
    const qint64 held = heldBytes(*loaded.dataset);
    Bench::report("bytes_per_talk", double(held) / Talks, "B");
    Bench::report("dataset_1m_talks_mib", double(held) / (1 << 20), "MiB");
    // The process's growth also counts allocator slack: chunks freed while reading stay in the heap
    // for later allocations and are not returned to the system.
    Bench::report("rss_per_talk_after_load", double(after - before) / Talks, "B");
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
