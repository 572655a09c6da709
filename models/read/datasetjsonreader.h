#pragma once

#include "reader.h"

// Reads Conference Explorer's own dataset JSON (docs/dataset-format.md).
class DatasetJsonReader : public Reader
{
public:
    QString formatName() const override { return QStringLiteral("dataset-json"); }
    int sniff(const QString &fileName, QByteArrayView head) const override;
    ReadResult read(const QString &fileName, const QByteArray &content) const override;
};
