#pragma once

#include "reader.h"

#include <memory>
#include <vector>

// The readers the app knows, asked in turn which one reads a file.
class ReaderRegistry
{
public:
    static const ReaderRegistry &instance();

    // The reader most sure of the file, or null when none wants it.
    const Reader *readerFor(const QString &fileName, QByteArrayView head) const;
    const Reader *reader(const QString &formatName) const;
    QStringList formatNames() const;

private:
    ReaderRegistry();
    std::vector<std::unique_ptr<Reader>> m_readers;
};
