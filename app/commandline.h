#pragma once

#include "charts/chartexporter.h"
#include "item/themematrixmodel.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;

// The command line: `confexplorer [INPUT...]` opens the window; `--export-json OUT [INPUT...]` (and the
// other --export options) work without one. Exit status: 0 fine, 1 an input failed, 2 bad usage.
class CommandLine
{
public:
    enum ExitCode { Ok = 0, InputFailed = 1, UsageError = 2 };

    struct Options
    {
        QStringList inputs;
        QString exportJson;
        QString topicsFile; // --topics-file: the user's topics instead of the standard topics.json
        // --export-chart OUT and its options (docs/charts.md)
        QString exportChart;
        ThemeChart::Kind chartKind = ThemeChart::Kind::Grouped;
        ThemeMatrixModel::Measure chartMeasure = ThemeMatrixModel::Measure::Talks;
        QStringList chartTopics; // ids; empty: the top N
        QStringList chartEvents; // ids; empty: every event with themes
        int chartTop = 8;
        ChartExporter::Options chartOptions;
        bool headless() const { return !exportJson.isEmpty() || !exportChart.isEmpty(); }
    };

    // True when argv asks for work without a window (or for --help/--version), so main() can pick
    // the offscreen platform before the application object exists.
    static bool wantsNoWindow(int argc, char **argv);
    // Whether the arguments are a usage error (an unknown option, a missing value): that run only prints
    // a hint, so it needs no window system either.
    static bool isUsageError(int argc, char **argv);

    // Parses the application's arguments. On --help/--version prints and returns Ok in *exitCode;
    // on a bad option prints a usage hint to stderr and returns UsageError. Otherwise returns options.
    static std::optional<Options> parse(const QStringList &arguments, int *exitCode);

    // Runs a headless command; returns the exit status.
    static int run(const Options &options);
};
