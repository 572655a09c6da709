#pragma once

#include <QByteArray>
#include <QString>

// Turns the bytes of a text file into text the way people meant it: UTF-8 (with or without BOM) and
// UTF-16 with a BOM are decoded as such; bytes that are not valid UTF-8 are read as Windows-1252, the
// usual encoding of texts that are not UTF-8; and mojibake (UTF-8 once read as Windows-1252 or Mac Roman,
// "Jaegerâ€™s", "K√∂rb√§cher") is repaired without touching text that is already right.
class TextDecoder
{
public:
    struct Decoded
    {
        QString text;
        QString encoding; // "utf-8", "utf-16le", "utf-16be", "windows-1252"
        bool repaired = false; // mojibake was found and repaired
    };

    static Decoded decode(const QByteArray &bytes);
    // Repairs sequences that are UTF-8 bytes shown in Windows-1252 or Mac Roman; the rest stays as is.
    static QString repairMojibake(const QString &text);
    // Windows-1252 decoding (the five unassigned bytes become the C1 controls, as Windows does).
    static QString fromWindows1252(QByteArrayView bytes);
};
