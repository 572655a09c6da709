#include "benchmark.h"

#include <QApplication>
#include <QFile>

#include <cstdio>
#include <cstring>

namespace Bench {
std::vector<Entry> &registry()
{
    static std::vector<Entry> entries;
    return entries;
}

void report(const char *name, double value, const char *unit)
{
    std::printf("%s: %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double bestMs(int repeats, const std::function<void()> &f)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        f();
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        best = std::min(best, took.count());
    }
    return best;
}

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLongLong() * 4096 : 0;
}

QString sharedPath(const QString &relative)
{
    return QStringLiteral(CONFEXPLORER_SHARED_DIR "/") + relative;
}
} // namespace Bench

// Usage: benchmarks [NAME...]   (no names: every benchmark)
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (const auto &e : Bench::registry()) {
        bool wanted = argc < 2;
        for (int i = 1; i < argc; ++i)
            wanted = wanted || std::strcmp(argv[i], e.name) == 0;
        if (wanted)
            e.run();
    }
    return 0;
}
