// The test runner: the Qt application object exists before Catch2 runs, on the offscreen platform with
// a fixed DPI, so GUI tests and model testers behave the same everywhere.
#define CATCH_CONFIG_RUNNER
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_FONT_DPI", "96");
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toUtf8() + "/confexplorer-tests-runtime";
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("confexplorer-tests"));
    QApplication::setOrganizationName(QStringLiteral("Conference Explorer Tests"));
    // Settings of their own per test process: CTest runs tests in parallel, and two windows saving and
    // clearing one settings file made "the last filter comes back" fail at random.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    TestSupport::installMessageHandler();
    return Catch::Session().run(argc, argv);
}
