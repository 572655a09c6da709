#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

// Copies many small strings into one block and turns each into a slice of it: one allocation instead
// of one per string (a million titles cost their characters, not a million heap headers), while every
// string stays an ordinary implicitly shared QString/QByteArray. Each slice holds a reference on the
// block, so the block lives as long as any copy of any slice; writing to a slice detaches it as usual.
// Slices are NUL-terminated like any Qt string.
class StringPacker
{
public:
    static void pack(const std::vector<QString *> &strings);
    static void pack(const std::vector<QByteArray *> &arrays);
};
