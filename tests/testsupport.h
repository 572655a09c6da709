#pragma once

#include "data/dataset.h"

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>

#include <memory>

class QAbstractItemModelTester;

namespace TestSupport {
// Paths to the project's test files and to ../shared.
QString testData(const QString &relative);
QString shared(const QString &relative);
QString appPath();

// Fails the running test on any qt.modeltest warning (and on Qt critical/fatal messages).
void installMessageHandler();
// Warnings the handler collected since the last call; tests assert it is empty.
QStringList takeModelTestFailures();
// A model tester in Warning mode; keep it alive as long as the model changes.
std::unique_ptr<QAbstractItemModelTester> testModel(QAbstractItemModel *model);

// The model as an indented list of rows ("  col0 | col1"), children two spaces deeper: failures read
// like the tree itself.
QStringList flatten(const QAbstractItemModel *model, int role = Qt::DisplayRole, const QModelIndex &parent = {},
                    int depth = 0);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the built confexplorer with these arguments under the offscreen platform.
Run runApp(const QStringList &arguments, int timeoutMs = 120000);

// Compares text with a golden file; on mismatch writes NAME.actual beside it and returns a diff summary.
QString compareGolden(const QString &goldenPath, const QString &actual);

DatasetPtr loadBuiltin();
} // namespace TestSupport

// Catch2 prints Qt strings and lists readably in failures.
#include <catch2/catch.hpp>
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        std::string out = "{\n";
        for (const auto &s : list)
            out += "  \"" + s.toStdString() + "\"\n";
        return out + "}";
    }
};
} // namespace Catch
