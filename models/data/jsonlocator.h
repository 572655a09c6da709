#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <variant>

// Finds where a value sits in JSON text, given its path (keys and array indexes). QJsonDocument keeps no
// positions, so readers that find a wrong type afterwards ask this for the line to report.
class JsonLocator
{
public:
    using Part = std::variant<QString, qsizetype>;
    using Path = QList<Part>;

    // Byte offset of the value at `path`, or of the deepest part of it that exists; 0 when none does.
    static qsizetype offsetOf(QByteArrayView text, const Path &path);
    // 1-based line of the value at `path`.
    static int lineOf(QByteArrayView text, const Path &path);
    // "talks[3].speakers[0].name"
    static QString toString(const Path &path);
};
