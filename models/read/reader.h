#pragma once

#include "data/readresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// One input format. Readers are stateless and thread-safe; they never touch a widget. A new format is
// one new reader file plus one line in readerregistry.cpp.
class Reader
{
public:
    virtual ~Reader() = default;

    // Short stable name ("dataset-json", "frab-xml", "writeup").
    virtual QString formatName() const = 0;
    // How sure the reader is that it reads this file, from its name and its first bytes (up to 64 KiB):
    // 0 means not at all, 100 certain. Content decides; the suffix only breaks ties.
    virtual int sniff(const QString &fileName, QByteArrayView head) const = 0;
    // Reads a whole file. `content` is the raw bytes; the reader decodes them.
    virtual ReadResult read(const QString &fileName, const QByteArray &content) const = 0;
};
