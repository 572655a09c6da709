#include "testsupport.h"

#include "read/datasetloader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace TestSupport {
namespace {
QMutex g_mutex;
QStringList g_failures;
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool modelTest = context.category && QByteArrayView(context.category) == QByteArrayView("qt.modeltest");
    if ((modelTest && type != QtDebugMsg && type != QtInfoMsg) || type == QtCriticalMsg || type == QtFatalMsg) {
        QMutexLocker lock(&g_mutex);
        g_failures << message;
    }
    if (g_previous && !modelTest)
        g_previous(type, context, message);
}
} // namespace

QString testData(const QString &relative)
{
    return QStringLiteral(CONFEXPLORER_TEST_DATA "/") + relative;
}

QString shared(const QString &relative)
{
    return QStringLiteral(CONFEXPLORER_SHARED_DIR "/") + relative;
}

QString appPath()
{
    return QStringLiteral(CONFEXPLORER_APP);
}

void installMessageHandler()
{
    g_previous = qInstallMessageHandler(handler);
}

QStringList takeModelTestFailures()
{
    QMutexLocker lock(&g_mutex);
    return std::exchange(g_failures, {});
}

std::unique_ptr<QAbstractItemModelTester> testModel(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

QStringList flatten(const QAbstractItemModel *model, int role, const QModelIndex &parent, int depth)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(parent); ++c)
            cells << model->index(r, c, parent).data(role).toString();
        rows << QString(depth * 2, u' ') + cells.join(QLatin1StringView(" | "));
        const QModelIndex child = model->index(r, 0, parent);
        if (model->hasChildren(child))
            rows += flatten(model, role, child, depth + 1);
    }
    return rows;
}

Run runApp(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!env.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
    p.setProcessEnvironment(env);
    p.start(appPath(), arguments);
    Run run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QString compareGolden(const QString &goldenPath, const QString &actual)
{
    QFile f(goldenPath);
    const QString expected = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    if (expected == actual)
        return {};
    QFile out(goldenPath + QStringLiteral(".actual"));
    if (out.open(QIODevice::WriteOnly))
        out.write(actual.toUtf8());
    const QStringList a = expected.split(u'\n'), b = actual.split(u'\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return QStringLiteral("%1 differs at line %2:\n- %3\n+ %4\n(see %1.actual)")
                .arg(goldenPath)
                .arg(i + 1)
                .arg(a.value(i), b.value(i));
    }
    return QStringLiteral("%1 differs").arg(goldenPath);
}

DatasetPtr loadBuiltin()
{
    const auto result = DatasetLoader::loadBuiltin();
    REQUIRE(result.problems.isEmpty());
    REQUIRE(result.dataset);
    return result.dataset;
}
} // namespace TestSupport
