#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

// A small typed index into one of the Dataset's vectors, so an event index cannot be passed where a
// person index is wanted. Four bytes, trivially copyable, invalid by default.
template <typename Tag>
struct Index
{
    static constexpr quint32 Invalid = 0xffffffffu;
    quint32 value = Invalid;

    constexpr Index() = default;
    constexpr explicit Index(quint32 v) : value(v) {}
    constexpr explicit Index(qsizetype v) : value(quint32(v)) {}
    constexpr explicit Index(size_t v) : value(quint32(v)) {}
    constexpr explicit Index(int v) : value(quint32(v)) {}
    constexpr bool isValid() const { return value != Invalid; }
    constexpr auto operator<=>(const Index &) const = default;
};

template <typename Tag>
inline size_t qHash(Index<Tag> index, size_t seed = 0) noexcept
{
    return ::qHash(index.value, seed);
}

using StringId = Index<struct StringTag>;
using EventIndex = Index<struct EventTag>;
using SourceIndex = Index<struct SourceTag>;
using TalkIndex = Index<struct TalkTag>;
using PersonIndex = Index<struct PersonTag>;
using TopicIndex = Index<struct TopicTag>;
