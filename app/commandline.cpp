#include "commandline.h"

#include "data/datasetjson.h"
#include "read/datasetloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
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
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QCoreApplication::translate("CommandLine", "Files or folders to read (default: the built-in dataset)."),
                                 QStringLiteral("[INPUT...]"));
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
    return options;
}

int CommandLine::run(const Options &options)
{
    const DatasetLoader::Result loaded =
        options.inputs.isEmpty() ? DatasetLoader::loadBuiltin() : DatasetLoader::load(options.inputs);
    for (const Problem &p : loaded.problems)
        printErr(p.toString());
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
    return loaded.hasErrors() ? InputFailed : Ok;
}
