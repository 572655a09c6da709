// The test runner: the Qt application object exists before Catch2 runs, on the offscreen platform with
// a fixed DPI, so GUI tests and model testers behave the same everywhere.
#define CATCH_CONFIG_RUNNER
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_FONT_DPI", "96");
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toUtf8() + "/confexplorer-tests-runtime";
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("confexplorer-tests"));
    QApplication::setOrganizationName(QStringLiteral("Conference Explorer Tests"));
    TestSupport::installMessageHandler();
    return Catch::Session().run(argc, argv);
}
