#include "stringpool.h"

StringPool::StringPool()
{
    m_strings.emplace_back();
    m_index.insert(QString(), 0);
}

StringId StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return StringId(0u);
    const auto it = m_index.constFind(text);
    if (it != m_index.constEnd())
        return StringId(*it);
    const auto id = quint32(m_strings.size());
    m_strings.push_back(text);
    m_index.insert(text, id);
    return StringId(id);
}

StringId StringPool::find(const QString &text) const
{
    return StringId(m_index.value(text, StringId::Invalid));
}

const QString &StringPool::at(StringId id) const
{
    if (!id.isValid() || id.value >= m_strings.size())
        return m_strings.front();
    return m_strings[id.value];
}

void StringPool::reserve(qsizetype n)
{
    m_strings.reserve(size_t(n));
    m_index.reserve(n);
}
