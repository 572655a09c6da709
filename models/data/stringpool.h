#pragma once

#include "ids.h"

#include <QHash>
#include <QString>

#include <vector>

// Interns repeated strings (names, organizations, rooms, tracks) so a talk stores a 4-byte id per field.
// Id 0 is the empty string; an invalid id also reads as empty.
class StringPool
{
public:
    StringPool();

    StringId intern(const QString &text);
    StringId find(const QString &text) const;
    const QString &at(StringId id) const;
    qsizetype size() const { return qsizetype(m_strings.size()); }
    void reserve(qsizetype n);

private:
    std::vector<QString> m_strings;
    QHash<QString, quint32> m_index;
};
