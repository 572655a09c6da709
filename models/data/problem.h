#pragma once

#include <QList>
#include <QString>

// Something wrong with an input, reported as "FILE:LINE: error: message" (LINE only where it applies).
struct Problem
{
    enum class Severity { Error, Warning };

    QString file;
    int line = 0;
    QString message;
    Severity severity = Severity::Error;

    QString toString() const;
    friend bool operator==(const Problem &, const Problem &) = default;
};

// The 1-based line of a byte offset in a text.
int lineAtOffset(QByteArrayView text, qsizetype offset);
