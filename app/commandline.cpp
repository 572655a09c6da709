#include "commandline.h"

#include "analysis/taxonomy.h"
#include "data/datasetjson.h"
#include "read/datasetloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <cstring>

namespace {
void printErr(const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stderr);
}

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Explore conferences: write-ups and schedules, talks, people and topics."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("export-json"),
                      QCoreApplication::translate("CommandLine", "Write the dataset as JSON to OUT (- for stdout) without a window."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("export-chart"),
                      QCoreApplication::translate("CommandLine", "Write a theme chart to OUT without a window; the format follows the suffix (.png, .jpg, .svg, .pdf, .csv for the numbers)."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("chart"),
                      QCoreApplication::translate("CommandLine", "Chart kind for --export-chart: grouped, stacked, trend or heatmap (default grouped)."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("measure"),
                      QCoreApplication::translate("CommandLine", "What --export-chart measures: talks or share (default talks)."),
                      QStringLiteral("MEASURE")});
    parser.addOption({QStringLiteral("topics"),
                      QCoreApplication::translate("CommandLine", "Topic ids to chart, comma-separated (default: the top N)."),
                      QStringLiteral("ID,...")});
    parser.addOption({QStringLiteral("events"),
                      QCoreApplication::translate("CommandLine", "Event ids to chart, comma-separated (default: every event with themes)."),
                      QStringLiteral("ID,...")});
    parser.addOption({QStringLiteral("top"),
                      QCoreApplication::translate("CommandLine", "Chart the N topics with the most talks (default 8, 0 for all)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("size"),
                      QCoreApplication::translate("CommandLine", "Chart size in pixels (default 1600x900)."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("dpi"),
                      QCoreApplication::translate("CommandLine", "Chart resolution in dots per inch (default 144)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("title"),
                      QCoreApplication::translate("CommandLine", "Chart title (default: one that says what is charted)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("topics-file"),
                      QCoreApplication::translate("CommandLine", "Read your own topics from FILE (JSON, docs/themes.md) instead of the standard topics.json in the configuration folder."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QCoreApplication::translate("CommandLine", "Files or folders to read (default: the built-in dataset)."),
                                 QStringLiteral("[INPUT...]"));
}

bool usageError(const QString &message)
{
    printErr(QStringLiteral("confexplorer: %1\nTry 'confexplorer --help' for more information.").arg(message));
    return false;
}

// Checks and stores the --export-chart family; false (after printing why) on a bad value.
bool parseChartOptions(const QCommandLineParser &parser, CommandLine::Options *options)
{
    options->exportChart = parser.value(QStringLiteral("export-chart"));
    if (options->exportChart.isEmpty()) {
        for (const char *name : {"chart", "measure", "topics", "events", "top", "size", "dpi", "title"}) {
            if (parser.isSet(QString::fromLatin1(name)))
                return usageError(QStringLiteral("--%1 needs --export-chart OUT").arg(QLatin1StringView(name)));
        }
        return true;
    }
    options->exportChart = ChartExporter::withDefaultSuffix(options->exportChart);
    if (!ChartExporter::formatOf(options->exportChart))
        return usageError(QStringLiteral("--export-chart OUT must end in .png, .jpg, .jpeg, .svg, .pdf or .csv, not '%1'")
                              .arg(options->exportChart));
    if (parser.isSet(QStringLiteral("chart"))) {
        const auto kind = ThemeChart::kindFromName(parser.value(QStringLiteral("chart")));
        if (!kind)
            return usageError(QStringLiteral("--chart must be grouped, stacked, trend or heatmap, not '%1'")
                                  .arg(parser.value(QStringLiteral("chart"))));
        options->chartKind = *kind;
    }
    if (parser.isSet(QStringLiteral("measure"))) {
        const QString m = parser.value(QStringLiteral("measure"));
        if (m != u"talks" && m != u"share")
            return usageError(QStringLiteral("--measure must be talks or share, not '%1'").arg(m));
        options->chartMeasure = m == u"talks" ? ThemeMatrixModel::Measure::Talks : ThemeMatrixModel::Measure::Share;
    }
    auto ids = [&](const char *name) {
        QStringList list = parser.value(QString::fromLatin1(name)).split(u',', Qt::SkipEmptyParts);
        for (QString &id : list)
            id = id.trimmed();
        return list;
    };
    options->chartTopics = ids("topics");
    options->chartEvents = ids("events");
    if (parser.isSet(QStringLiteral("topics")) && options->chartTopics.isEmpty())
        return usageError(QStringLiteral("--topics must list topic ids, e.g. ai,security"));
    if (parser.isSet(QStringLiteral("events")) && options->chartEvents.isEmpty())
        return usageError(QStringLiteral("--events must list event ids, e.g. kubecon-eu-2024,kubecon-na-2024"));
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        options->chartTop = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || options->chartTop < 0)
            return usageError(QStringLiteral("--top must be a whole number, 0 for all topics, e.g. 8"));
    }
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression size(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch m = size.match(parser.value(QStringLiteral("size")));
        const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 1 || h < 1 || w > ChartExporter::MaxSide || h > ChartExporter::MaxSide)
            return usageError(QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 1600x900"));
        options->chartOptions.size = QSize(w, h);
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        const int dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || dpi < ChartExporter::MinDpi || dpi > ChartExporter::MaxDpi)
            return usageError(QStringLiteral("--dpi must be a whole number from %1 to %2, e.g. 144")
                                  .arg(ChartExporter::MinDpi)
                                  .arg(ChartExporter::MaxDpi));
        options->chartOptions.dpi = dpi;
    }
    options->chartOptions.title = parser.value(QStringLiteral("title"));
    return true;
}

// Draws the chart the options ask for from a loaded dataset; ids that name nothing are usage errors.
int exportChart(const DatasetPtr &dataset, const CommandLine::Options &options)
{
    ThemeMatrixModel model;
    model.setDataset(dataset);
    model.setMeasure(options.chartMeasure);
    model.setTopN(options.chartTop);
    auto unknown = [](const char *option, const QString &id, const QStringList &known) {
        usageError(QStringLiteral("--%1: no %2 '%3' in the data (known: %4)")
                       .arg(QLatin1StringView(option), QLatin1StringView(option).chopped(1), id,
                            known.isEmpty() ? QStringLiteral("none") : known.join(QLatin1StringView(", "))));
        return CommandLine::UsageError;
    };
    QList<TopicIndex> topics;
    for (const QString &id : options.chartTopics) {
        const TopicIndex t = dataset->findTopic(id);
        if (!t.isValid()) {
            QStringList known;
            for (const Topic &topic : dataset->topics)
                known << topic.id;
            return unknown("topics", id, known);
        }
        topics << t;
    }
    QList<EventIndex> events;
    for (const QString &id : options.chartEvents) {
        const EventIndex e = dataset->findEvent(id);
        if (!e.isValid()) {
            QStringList known;
            for (const Event &event : dataset->events)
                known << event.id;
            return unknown("events", id, known);
        }
        events << e;
    }
    model.setPickedTopics(topics);
    model.setPickedEvents(events);
    if (model.rowCount() == 0 || model.columnCount() == 0)
        printErr(QStringLiteral("%1: warning: no themes to chart (no topics found in the inputs)").arg(options.exportChart));
    QString error;
    if (!ChartExporter(model, options.chartKind, options.chartOptions).write(options.exportChart, &error)) {
        printErr(error);
        return CommandLine::InputFailed;
    }
    return CommandLine::Ok;
}
} // namespace

bool CommandLine::wantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strncmp(a, "--export-", 9) == 0 || std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0
            || std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0)
            return true;
    }
    return false;
}

bool CommandLine::isUsageError(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    setUp(parser);
    return !parser.parse(arguments);
}

std::optional<CommandLine::Options> CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    setUp(parser);
    *exitCode = Ok;
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("confexplorer: %1\nTry 'confexplorer --help' for more information.").arg(parser.errorText()));
        *exitCode = UsageError;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fputs(qUtf8Printable(QStringLiteral("confexplorer %1\n").arg(QCoreApplication::applicationVersion())), stdout);
        return std::nullopt;
    }
    Options options;
    options.inputs = parser.positionalArguments();
    options.exportJson = parser.value(QStringLiteral("export-json"));
    options.topicsFile = parser.value(QStringLiteral("topics-file"));
    if (parser.isSet(QStringLiteral("topics-file"))) {
        if (!QFileInfo(options.topicsFile).isFile()) {
            printErr(QStringLiteral("confexplorer: --topics-file: no such file '%1'").arg(options.topicsFile));
            *exitCode = UsageError;
            return std::nullopt;
        }
        Taxonomy::setUserFile(options.topicsFile);
    }
    if (!parseChartOptions(parser, &options)) {
        *exitCode = UsageError;
        return std::nullopt;
    }
    return options;
}

int CommandLine::run(const Options &options)
{
    const DatasetLoader::Result loaded =
        options.inputs.isEmpty() ? DatasetLoader::loadBuiltin() : DatasetLoader::load(options.inputs);
    for (const Problem &p : loaded.problems)
        printErr(p.toString());
    const QList<Problem> topicProblems = Taxonomy::current()->problems();
    for (const Problem &p : topicProblems)
        printErr(p.toString());
    if (!options.exportJson.isEmpty()) {
        const QByteArray json = DatasetJson::write(*loaded.dataset);
        if (options.exportJson == u"-") {
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
            std::fflush(stdout);
        } else {
            QSaveFile out(options.exportJson);
            if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
                printErr(QStringLiteral("%1: error: cannot write: %2").arg(options.exportJson, out.errorString()));
                return InputFailed;
            }
        }
    }
    if (!options.exportChart.isEmpty()) {
        if (const int status = exportChart(loaded.dataset, options); status != Ok)
            return status;
    }
    return loaded.hasErrors() || !topicProblems.isEmpty() ? InputFailed : Ok;
}
