#include "read/textdecoder.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace {
// The bytes of a UTF-8 text shown through a single-byte code page: how mojibake is made.
QString misread(const QString &text)
{
    return TextDecoder::fromWindows1252(text.toUtf8());
}
} // namespace

TEST_CASE("Valid UTF-8 is kept as it is, curly quotes and dashes included", "[textdecoder]")
{
    const QString text = QStringLiteral("It’s “here” — café, Zürich, 🚀 and Ünïcode – fine");
    const auto d = TextDecoder::decode(text.toUtf8());
    CHECK(d.text == text);
    CHECK(d.encoding == u"utf-8");
    CHECK_FALSE(d.repaired);
}

TEST_CASE("A UTF-8 byte order mark is dropped", "[textdecoder]")
{
    const auto d = TextDecoder::decode(QByteArray("\xEF\xBB\xBFHello"));
    CHECK(d.text == u"Hello");
}

TEST_CASE("UTF-16 with a byte order mark is decoded", "[textdecoder]")
{
    const QByteArray le("\xFF\xFEH\0i\0", 6);
    const auto d = TextDecoder::decode(le);
    CHECK(d.text == u"Hi");
    CHECK(d.encoding == u"utf-16le");
    const QByteArray be("\xFE\xFF\0O\0k", 6);
    CHECK(TextDecoder::decode(be).text == u"Ok");
}

TEST_CASE("Invalid UTF-8 is read as Windows-1252", "[textdecoder]")
{
    // "Caf\xE9 \x93quoted\x94 \x80 5" in Windows-1252.
    const auto d = TextDecoder::decode(QByteArray("Caf\xE9 \x93quoted\x94 \x80 5"));
    CHECK(d.text == QStringLiteral("Café “quoted” € 5"));
    CHECK(d.encoding == u"windows-1252");
}

TEST_CASE("A UTF-8 file with a few Windows-1252 bytes keeps both", "[textdecoder]")
{
    const auto d = TextDecoder::decode(QByteArray("Gr\xC3\xBC\xC3\x9F" "e na\xEFve"));
    CHECK(d.text == QStringLiteral("Grüße naïve"));
    CHECK(d.encoding == u"utf-8+windows-1252");
}

TEST_CASE("Mojibake from Windows-1252 is repaired", "[textdecoder]")
{
    CHECK(TextDecoder::repairMojibake(QStringLiteral("Envoyâ€™s new API")) == QStringLiteral("Envoy’s new API"));
    CHECK(TextDecoder::repairMojibake(QStringLiteral("â€œQuotedâ€\u009D and a dash â€“ here")) ==
          QStringLiteral("“Quoted” and a dash – here"));
    CHECK(TextDecoder::repairMojibake(QStringLiteral("Ren\u00C3\u00A9e M\u00C3\u00BCller")) == QStringLiteral("Renée Müller"));
    CHECK(TextDecoder::repairMojibake(QStringLiteral("Launch ðŸš€ done")) == QStringLiteral("Launch 🚀 done"));
    const QString original = QStringLiteral("Łukasz Ångström’s “tiny” café 🎉");
    CHECK(TextDecoder::repairMojibake(misread(original)) == original);
}

TEST_CASE("Mojibake from Mac Roman is repaired", "[textdecoder]")
{
    CHECK(TextDecoder::repairMojibake(QStringLiteral("J\u221A\u00BArgen Sch\u221A\u2202n")) == QStringLiteral("Jürgen Schön"));
    CHECK(TextDecoder::repairMojibake(QStringLiteral("it\u201A\u00C4\u00F4s")) == QStringLiteral("it’s"));
}

TEST_CASE("Repair leaves correct text alone", "[textdecoder]")
{
    for (const QString &text :
         {QStringLiteral("“École” — Ça va? Ölçü, naïve, Ærø"), QStringLiteral("Señor Ñandú – «bien»"),
          QStringLiteral("√2 ≈ 1.41, ∂x ± 3°"), QStringLiteral("Ãrpád Â plain"), QStringLiteral("")}) {
        CHECK(TextDecoder::repairMojibake(text) == text);
    }
    const auto d = TextDecoder::decode(QStringLiteral("Jaegerâ€™s").toUtf8());
    CHECK(d.text == QStringLiteral("Jaeger’s"));
    CHECK(d.repaired);
}
