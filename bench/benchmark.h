#pragma once

#include <QString>

#include <chrono>
#include <functional>
#include <vector>

// A tiny benchmark registry: each benchmark prints its figures as "NAME: VALUE UNIT", one per line.
namespace Bench {
using Function = std::function<void()>;
struct Entry
{
    const char *name;
    Function run;
};
std::vector<Entry> &registry();

struct Register
{
    Register(const char *name, Function f) { registry().push_back({name, std::move(f)}); }
};

void report(const char *name, double value, const char *unit);

// Milliseconds of the fastest of `repeats` runs of `f`.
double bestMs(int repeats, const std::function<void()> &f);

// Resident memory of this process in bytes (Linux /proc).
qint64 residentBytes();

QString sharedPath(const QString &relative);
} // namespace Bench
