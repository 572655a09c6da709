#include "textdecoder.h"

#include <QStringDecoder>

#include <array>

namespace {
using CodePage = std::array<char16_t, 128>; // bytes 0x80..0xFF

constexpr CodePage Windows1252 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
    0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6,
    0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0,
    0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD,
    0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA,
    0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4,
    0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

constexpr CodePage MacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5,
    0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4,
    0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6,
    0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265,
    0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF,
    0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5,
    0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044,
    0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9,
    0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

// The byte a character stands for in a code page, or -1.
int byteOf(const CodePage &page, char16_t c)
{
    if (c < 0x80)
        return c;
    for (int i = 0; i < 128; ++i) {
        if (page[size_t(i)] == c)
            return 0x80 + i;
    }
    return -1;
}

// Characters mojibake plausibly stands for. Other code points (C1 controls, combining marks, Hebrew
// accents) come out of correct text by chance ("“École" read back as Mac Roman), so they are left alone.
bool plausible(char32_t cp)
{
    return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x4FF && cp != 0x483) ||
           (cp >= 0x2010 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x2BFF) ||
           (cp >= 0x3000 && cp <= 0x9FFF) || cp == 0xFE0F || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

// Tries to read UTF-8 bytes shown through `page` at text[i]; returns how many characters it used.
int repairAt(const CodePage &page, QStringView text, qsizetype i, char32_t *out)
{
    const int lead = byteOf(page, text[i].unicode());
    int need;
    char32_t cp;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
        cp = char32_t(lead & 0x1F);
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        cp = char32_t(lead & 0x0F);
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        cp = char32_t(lead & 0x07);
    } else {
        return 0;
    }
    if (i + need >= text.size())
        return 0;
    for (int k = 1; k <= need; ++k) {
        const int b = byteOf(page, text[i + k].unicode());
        if (b < 0x80 || b > 0xBF)
            return 0;
        cp = (cp << 6) | char32_t(b & 0x3F);
    }
    const char32_t minimum = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || !plausible(cp))
        return 0;
    *out = cp;
    return need + 1;
}

QString repairOnce(const QString &text, bool *changed)
{
    QString out;
    qsizetype copied = 0;
    const QStringView view(text);
    for (qsizetype i = 0; i < view.size(); ++i) {
        if (view[i].unicode() < 0xA0)
            continue; // every lead byte of both pages shows as U+00A0 or above
        char32_t cp = 0;
        int used = repairAt(Windows1252, view, i, &cp);
        if (!used)
            used = repairAt(MacRoman, view, i, &cp);
        if (!used)
            continue;
        if (out.isNull())
            out.reserve(text.size());
        out += view.mid(copied, i - copied);
        if (QChar::requiresSurrogates(cp)) {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        } else {
            out += QChar(char16_t(cp));
        }
        i += used - 1;
        copied = i + 1;
    }
    if (out.isNull())
        return text;
    out += view.mid(copied);
    *changed = true;
    return out;
}

QString decodeMixed(QByteArrayView bytes, bool *sawValidMultibyte)
{
    // Valid UTF-8 sequences are kept; every other byte is read as Windows-1252. Files that are mostly
    // UTF-8 with a few pasted Windows-1252 bytes come out right either way.
    QString out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar b = p[i];
        if (b < 0x80) {
            out += QChar(char16_t(b));
            ++i;
            continue;
        }
        int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
        char32_t cp = need == 1 ? (b & 0x1F) : need == 2 ? (b & 0x0F) : (b & 0x07);
        bool ok = need > 0 && i + need < n;
        for (int k = 1; ok && k <= need; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (ok) {
            const char32_t minimum = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
            ok = cp >= minimum && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        }
        if (ok) {
            *sawValidMultibyte = true;
            if (QChar::requiresSurrogates(cp)) {
                out += QChar(QChar::highSurrogate(cp));
                out += QChar(QChar::lowSurrogate(cp));
            } else {
                out += QChar(char16_t(cp));
            }
            i += need + 1;
        } else {
            out += QChar(Windows1252[b - 0x80]);
            ++i;
        }
    }
    return out;
}
} // namespace

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char c : bytes) {
        const auto b = uchar(c);
        *d++ = QChar(b < 0x80 ? char16_t(b) : Windows1252[b - 0x80]);
    }
    return out;
}

QString TextDecoder::repairMojibake(const QString &text)
{
    bool changed = false;
    QString out = repairOnce(text, &changed);
    // Text that went through the wrong decoding twice needs a second pass; a third is never seen.
    if (changed) {
        bool again = false;
        QString twice = repairOnce(out, &again);
        if (again)
            out = std::move(twice);
    }
    return out;
}

TextDecoder::Decoded TextDecoder::decode(const QByteArray &bytes)
{
    Decoded d;
    QByteArrayView view(bytes);
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool le = view.startsWith("\xFF\xFE");
        QStringDecoder dec(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        d.text = dec.decode(view.sliced(2));
        d.encoding = le ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be");
    } else {
        if (view.startsWith("\xEF\xBB\xBF"))
            view = view.sliced(3);
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        d.text = dec.decode(view);
        d.encoding = QStringLiteral("utf-8");
        if (dec.hasError()) {
            bool multibyte = false;
            d.text = decodeMixed(view, &multibyte);
            d.encoding = multibyte ? QStringLiteral("utf-8+windows-1252") : QStringLiteral("windows-1252");
        }
    }
    const QString repaired = repairMojibake(d.text);
    if (repaired.size() != d.text.size() || repaired != d.text) {
        d.text = repaired;
        d.repaired = true;
    }
    return d;
}
