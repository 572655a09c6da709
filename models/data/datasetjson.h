#pragma once

#include "readresult.h"

#include <QByteArray>
#include <QJsonDocument>

// The dataset JSON format, version 1 (docs/dataset-format.md): written and read losslessly.
class DatasetJson
{
public:
    static constexpr QLatin1StringView FormatId{"conference-explorer/dataset"};
    static constexpr int Version = 1;

    static QByteArray write(const Dataset &dataset, QJsonDocument::JsonFormat format = QJsonDocument::Indented);
    // Reads what it can; a wrong value drops the item it belongs to (one talk, one event) with an
    // error naming the file and line, and keeps the rest.
    static ReadResult read(const QByteArray &bytes, const QString &fileName);
};
