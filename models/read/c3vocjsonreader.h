#pragma once

#include "reader.h"

// Reads c3voc schedule JSON (schedule > conference > days[] > rooms{name: [events]}) as pretalx and
// frab export it. A truncated file keeps every event that was complete before the cut.
class C3vocJsonReader : public Reader
{
public:
    QString formatName() const override { return QStringLiteral("c3voc-json"); }
    int sniff(const QString &fileName, QByteArrayView head) const override;
    ReadResult read(const QString &fileName, const QByteArray &content) const override;
};
