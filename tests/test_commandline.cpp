#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using TestSupport::runApp;

TEST_CASE("version option prints the version", "[cli]")
{
    const auto run = runApp({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QByteArray("confexplorer " CONFEXPLORER_VERSION "\n"));
}

TEST_CASE("help option lists the options", "[cli]")
{
    const auto run = runApp({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("--export-json <OUT>"));
}

TEST_CASE("export-json to stdout writes the built-in dataset to stdout", "[cli]")
{
    const auto run = runApp({QStringLiteral("--export-json"), QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("conference-explorer/dataset"));
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 3);
    CHECK(events[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("KubeCon + CloudNativeCon Europe 2023"));
}

TEST_CASE("export-json to a file, and a garbage input fails with its name while the rest is exported", "[cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const QString garbage = TestSupport::testData(QStringLiteral("bad/random.bin"));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    REQUIRE(runApp({QStringLiteral("--export-json"), good}).exitCode == 0);

    const auto run = runApp({QStringLiteral("--export-json"), out, garbage, good});
    CHECK(run.exitCode == 1);
    CHECK(QString::fromUtf8(run.err).trimmed() == garbage + QStringLiteral(": error: not a text file (binary data)"));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("events")).toArray().size() == 3);
}

TEST_CASE("empty and missing inputs are named on stderr", "[cli]")
{
    const QString empty = TestSupport::testData(QStringLiteral("bad/empty.txt"));
    const auto run = runApp({QStringLiteral("--export-json"), QStringLiteral("-"), empty, QStringLiteral("/no/such/file.md")});
    CHECK(run.exitCode == 1);
    CHECK(QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts)
          == QStringList{QStringLiteral("/no/such/file.md: error: no such file or folder"),
                         empty + QStringLiteral(": error: file is empty")});
}

TEST_CASE("an unknown option exits 2 with a usage hint", "[cli]")
{
    const auto run = runApp({QStringLiteral("--frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err == "confexplorer: Unknown option 'frobnicate'.\nTry 'confexplorer --help' for more information.\n");
}

TEST_CASE("without a display a bad option gives its usage and a window run says why it cannot open", "[cli]")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.start(TestSupport::appPath(), {QStringLiteral("--bogus")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 2);
    CHECK(p.readAllStandardError().contains("Try 'confexplorer --help'"));

    p.start(TestSupport::appPath(), {});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 1);
    CHECK(p.readAllStandardError().startsWith("confexplorer: no display to open the window on"));
}
