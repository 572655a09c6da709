#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    // Work without a window must run where there is no display (scripts, CI); so must a bad option,
    // which only prints its usage hint.
    const bool noWindow = CommandLine::wantsNoWindow(argc, argv) || CommandLine::isUsageError(argc, argv);
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                         !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!noWindow && !display) {
        // Qt would abort in its platform plugin; say what is wrong and what works without a window.
        std::fputs("confexplorer: no display to open the window on (DISPLAY is not set).\n"
                   "Without a window: confexplorer --export-json OUT or --export-chart OUT [INPUT...]; "
                   "see confexplorer --help.\n",
                   stderr);
        return 1;
    }
    if (noWindow) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, CI, ssh) Qt warns on stderr that it picks a runtime folder itself;
        // pick the same private folder quietly, so scripts that merge stderr get clean output.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
            if (QDir().mkpath(runtime)
                && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("confexplorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Conference Explorer"));
    QApplication::setOrganizationName(QStringLiteral("Conference Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(CONFEXPLORER_VERSION));

    int exitCode = CommandLine::Ok;
    const auto options = CommandLine::parse(QApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    if (options->headless())
        return CommandLine::run(*options);

    MainWindow window;
    window.show();
    window.open(options->inputs);
    return QApplication::exec();
}
