#include "datasetloader.h"

#include "analysis/datasetmerger.h"
#include "analysis/pipeline.h"
#include "readerregistry.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace {
constexpr qsizetype SniffBytes = 64 * 1024;

bool looksBinary(QByteArrayView head)
{
    // UTF-16 text has NULs too; a BOM says it is text.
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return false;
    const qsizetype n = std::min<qsizetype>(head.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = uchar(head[i]);
        if (c == 0)
            return true;
        if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B))
            ++control;
    }
    return n > 0 && control * 10 > n;
}

Problem problem(const QString &file, const QString &message)
{
    return {file, 0, message, Problem::Severity::Error};
}
} // namespace

bool DatasetLoader::Result::hasErrors() const
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &p) { return p.severity == Problem::Severity::Error; });
}

QString DatasetLoader::builtinPath()
{
    return QStringLiteral(":/builtin-dataset.json");
}

QList<DatasetLoader::Input> DatasetLoader::expandInputs(const QStringList &inputs, QList<Problem> *problems)
{
    QList<Input> out;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.exists()) {
            problems->append(problem(input, QStringLiteral("no such file or folder")));
        } else if (info.isDir()) {
            QStringList files;
            QDirIterator it(input, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                // Hidden files and folders below the input only: "../shared/data" itself is fine. The
                // iterator's paths start with the input as given.
                const QString below = u'/' + (path.startsWith(input) ? path.mid(input.size()) : it.fileName());
                if (!below.contains(QLatin1StringView("/.")))
                    files << path;
            }
            std::sort(files.begin(), files.end());
            for (const auto &f : files)
                out.append({f, true});
        } else {
            out.append({input, false});
        }
    }
    return out;
}

ReadResult DatasetLoader::readFile(const QString &path, bool fromFolder)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error(path, 0, QStringLiteral("cannot open: %1").arg(file.errorString()));
        return result;
    }
    if (file.size() > MaxFileBytes) {
        result.error(path, 0,
                     QStringLiteral("file is too large (%1 MiB; the limit is %2 MiB)")
                         .arg(file.size() >> 20)
                         .arg(MaxFileBytes >> 20));
        return result;
    }
    const QByteArray content = file.readAll();
    if (content.trimmed().isEmpty()) {
        if (!fromFolder)
            result.error(path, 0, QStringLiteral("file is empty"));
        return result;
    }
    const QByteArrayView head = QByteArrayView(content).first(std::min(content.size(), SniffBytes));
    if (looksBinary(head)) {
        if (!fromFolder)
            result.error(path, 0, QStringLiteral("not a text file (binary data)"));
        return result;
    }
    const Reader *reader = ReaderRegistry::instance().readerFor(path, head);
    if (!reader) {
        if (!fromFolder)
            result.error(path, 0, QStringLiteral("unrecognised format (known: %1)")
                                      .arg(ReaderRegistry::instance().formatNames().join(QLatin1StringView(", "))));
        return result;
    }
    return reader->read(path, content);
}

DatasetLoader::Result DatasetLoader::load(const QStringList &inputs, const Progress &progress,
                                          const std::atomic_bool *cancel)
{
    Result result;
    const QList<Input> files = expandInputs(inputs, &result.problems);
    std::atomic_int done = 0;
    const int total = int(files.size());
    const auto readOne = [&](const Input &input) {
        if (cancel && cancel->load())
            return ReadResult();
        ReadResult r = readFile(input.path, input.fromFolder);
        const int n = ++done;
        if (progress)
            progress(n, total);
        return r;
    };
    QList<ReadResult> parts = QtConcurrent::blockingMapped(files, readOne);
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    DatasetMerger merger;
    for (auto &part : parts) {
        result.problems += part.problems;
        if (!part.dataset.talks.empty() || !part.dataset.events.empty())
            ++result.filesRead;
        merger.add(std::move(part.dataset));
    }
    auto dataset = std::make_shared<Dataset>(merger.take());
    Pipeline::finish(*dataset);
    dataset->squeeze();
    result.dataset = std::move(dataset);
    return result;
}

DatasetLoader::Result DatasetLoader::loadBuiltin()
{
    return load({builtinPath()});
}
