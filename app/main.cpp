#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // Work without a window must run where there is no display (scripts, CI).
    if (CommandLine::wantsNoWindow(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
