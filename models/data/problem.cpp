#include "problem.h"

#include <algorithm>

QString Problem::toString() const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line);
    out += severity == Severity::Error ? u": error: " : u": warning: ";
    out += message;
    return out;
}

int lineAtOffset(QByteArrayView text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    return int(std::count(text.begin(), text.begin() + offset, '\n')) + 1;
}
