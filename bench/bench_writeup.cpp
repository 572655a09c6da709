#include "benchmark.h"
#include "read/writeupreader.h"

#include <QDir>
#include <QFile>
#include <ctime>

namespace {
// Write-up reading speed on real posts: the five seed write-ups (Markdown and plain text, one with
// mojibake) and the twenty real posts of writeups-dev (Markdown, one reStructuredText), each read whole
// as the loader would.
Bench::Register writeupRead("writeup_read_mb_per_s", [] {
    QList<std::pair<QString, QByteArray>> files;
    const auto addAll = [&](const QString &folder, const QStringList &patterns) {
        const QDir dir(Bench::sharedPath(folder));
        for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (name != u"README.md" && f.open(QIODevice::ReadOnly))
                files.append({f.fileName(), f.readAll()});
        }
    };
    addAll(QStringLiteral("seeds"), {QStringLiteral("*.txt")});
    addAll(QStringLiteral("writeups-dev"), {QStringLiteral("*.md"), QStringLiteral("*.rst")});
    qint64 bytes = 0;
    for (const auto &f : files)
        bytes += f.second.size();
    if (bytes == 0) return;
    const WriteupReader reader;
    constexpr int Rounds = 20;
    int talks = 0;
    const double ms = Bench::bestMs(3, [&] {
        talks = 0;
        for (int i = 0; i < Rounds; ++i) {
            for (const auto &[name, content] : files)
                talks += int(reader.read(name, content).dataset.talks.size());
        }
    });
    Bench::report("writeup_read_mb_per_s", double(bytes) * Rounds / (1 << 20) / (ms / 1000.0), "MB/s");
    // The same in processor time of this thread: on a machine shared with other jobs the wall clock
    // mostly measures the waiting.
    timespec start{}, end{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
    for (int i = 0; i < Rounds; ++i) {
        for (const auto &[name, content] : files)
            reader.read(name, content);
    }
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
    const double cpu = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    Bench::report("writeup_read_cpu_mb_per_s", double(bytes) * Rounds / (1 << 20) / cpu, "MB/s");
    Bench::report("writeup_talks_per_round", talks / double(Rounds), "talks");
});
} // namespace
