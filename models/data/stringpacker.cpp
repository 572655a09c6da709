#include "stringpacker.h"

#include <cstring>

namespace {
template <typename String, typename Char>
void packInto(const std::vector<String *> &strings)
{
    qsizetype total = 0;
    for (const String *s : strings)
        total += s->isEmpty() ? 0 : s->size() + 1;
    if (total == 0)
        return;
    String block(total, Qt::Uninitialized);
    Char *base = reinterpret_cast<Char *>(block.data());
    auto *header = block.data_ptr().d_ptr();
    qsizetype pos = 0;
    for (String *s : strings) {
        if (s->isEmpty())
            continue;
        const qsizetype n = s->size();
        std::memcpy(base + pos, s->constData(), size_t(n) * sizeof(Char));
        base[pos + n] = Char(0);
        header->ref();
        *s = String(typename String::DataPointer(header, base + pos, n));
        pos += n + 1;
    }
}
} // namespace

void StringPacker::pack(const std::vector<QString *> &strings)
{
    packInto<QString, char16_t>(strings);
}

void StringPacker::pack(const std::vector<QByteArray *> &arrays)
{
    packInto<QByteArray, char>(arrays);
}
