#pragma once

#include "dataset.h"
#include "problem.h"

// What one reader makes of one file: a partial dataset (its own string pool and indexes) and the
// problems it met. A reader keeps whatever it could read when part of a file is broken.
struct ReadResult
{
    Dataset dataset;
    QList<Problem> problems;

    void error(const QString &file, int line, const QString &message)
    {
        problems.append({file, line, message, Problem::Severity::Error});
    }
    void warning(const QString &file, int line, const QString &message)
    {
        problems.append({file, line, message, Problem::Severity::Warning});
    }
};
