#pragma once

#include "data/dataset.h"
#include "data/problem.h"
#include "data/readresult.h"

#include <QStringList>

#include <atomic>
#include <functional>

// Turns the inputs a person names (files and folders) into one published dataset: expands folders,
// picks a reader per file by content, reads files in parallel, merges them and runs the analysis.
// A file that fails is reported as a Problem; everything else still loads. Runs on any thread.
class DatasetLoader
{
public:
    // Larger files are refused with a message rather than read into memory.
    static constexpr qint64 MaxFileBytes = qint64(1) << 30;

    struct Result
    {
        DatasetPtr dataset;
        QList<Problem> problems;
        int filesRead = 0;
        bool cancelled = false;
        bool hasErrors() const;
    };
    // Called from worker threads with (files done, files in all).
    using Progress = std::function<void(int, int)>;

    static Result load(const QStringList &inputs, const Progress &progress = {},
                       const std::atomic_bool *cancel = nullptr);
    // The dataset the app ships, read from its resources.
    static Result loadBuiltin();
    static QString builtinPath();

    // One file with the reader its content asks for. `fromFolder`: files found while walking a folder
    // that no reader wants are skipped quietly instead of reported.
    static ReadResult readFile(const QString &path, bool fromFolder = false);

    struct Input
    {
        QString path;
        bool fromFolder = false;
    };
    static QList<Input> expandInputs(const QStringList &inputs, QList<Problem> *problems);
};
