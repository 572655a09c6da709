#pragma once

#include "reader.h"

// Reads schedules kept as CSV with a header row, in the columns Sched and Sessionize export (Title,
// Speakers, Track, Room, Start, End, Description, ...). Separator (',', ';', tab) and quoting are
// detected; a row with the wrong number of fields is reported with its line and left out.
class CsvReader : public Reader
{
public:
    QString formatName() const override { return QStringLiteral("csv"); }
    int sniff(const QString &fileName, QByteArrayView head) const override;
    ReadResult read(const QString &fileName, const QByteArray &content) const override;
};
