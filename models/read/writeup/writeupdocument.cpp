#include "writeupdocument.h"

#include "markupconverter.h"
#include "read/textdecoder.h"
#include "writeuptext.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {
// What a Hugo, Liquid or Hashnode embed shows: "{{< youtube ID >}}", "{% embed URL %}",
// "{% youtube ID %}", "%[URL]". The video stays as a link: under a talk's heading it is the recording.
QString embeddedLink(QStringView markup)
{
    static const QRegularExpression video(QStringLiteral("embed|youtu|vimeo|video"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!video.match(markup).hasMatch()) return {}; // a figure, a tweet, a gist: not a recording
    static const QRegularExpression url(QStringLiteral("https?://[^\\s\"'%}>\\]]+"));
    if (const auto m = url.match(markup); m.hasMatch())
        return QStringLiteral("[Video](") + m.captured() + u')';
    static const QRegularExpression youtube(QStringLiteral("\\byoutube\\s+(?:id=)?[\"']?([\\w-]{6,})"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = youtube.match(markup); m.hasMatch())
        return QStringLiteral("[Video](https://www.youtube.com/watch?v=") + m.captured(1) + u')';
    static const QRegularExpression vimeo(QStringLiteral("\\bvimeo\\s+(?:id=)?[\"']?(\\d+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = vimeo.match(markup); m.hasMatch())
        return QStringLiteral("[Video](https://vimeo.com/") + m.captured(1) + u')';
    return {};
}
} // namespace

QString WriteupDocument::stripTemplates(const QString &text)
{
    using WriteupText::containsPair;
    static const QRegularExpression re(QStringLiteral("\\{\\{[<%].*?[%>]\\}\\}|\\{%.*?%\\}|\\{\\{.*?\\}\\}|<!"
                                                      "--.*?-->|\\{:[^}\\n]*\\}|^%\\[https?://[^\\]\\s]+\\]"),
                                       QRegularExpression::DotMatchesEverythingOption |
                                           QRegularExpression::MultilineOption);
    if (!containsPair(text, u'{', u"{%:") && !containsPair(text, u'<', u"!") &&
        !containsPair(text, u'%', u"["))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        if (!m.capturedView().startsWith(u"<!--")) out += embeddedLink(m.capturedView());
        out += QString(m.capturedView().count(u'\n'), u'\n');
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

bool WriteupDocument::looksLikeMarkdown(QStringView text)
{
    using WriteupText::containsPair;
    static const QRegularExpression re(QStringLiteral("^#{1,6}\\s|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|^\\s*[-*+]"
                                                      "\\s+\\*\\*|^\\|.*\\|\\s*$|\\*\\*[^*\\n]+\\*\\*|^```"),
                                       QRegularExpression::MultilineOption);
    const QStringView head = text.left(200000);
    // Every alternative needs one of these marks; a plain-text post usually has none.
    if (!head.contains(u'#') && !head.contains(u'|') && !containsPair(head, u']', u"(") &&
        !containsPair(head, u'*', u"*") && !containsPair(head, u'`', u"`"))
        return false;
    return re.match(head, 0, QRegularExpression::NormalMatch, WriteupText::checkOnce(head)).hasMatch();
}

WriteupDocument WriteupDocument::read(const QString &fileName, const QByteArray &content)
{
    WriteupDocument doc;
    if (content.trimmed().isEmpty()) {
        doc.error = QStringLiteral("file is empty");
        return doc;
    }
    const QByteArrayView head = QByteArrayView(content).first(std::min<qsizetype>(content.size(), 8192));
    if (head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF")) {
        doc.error = QStringLiteral("not a text file (binary data)");
        return doc;
    }
    const TextDecoder::Decoded decoded = TextDecoder::decode(content);
    QString text = decoded.text;
    if (text.contains(u'\r')) {
        text.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
        text.replace(u'\r', u'\n');
    }
    // Saved web pages, AsciiDoc and reStructuredText are read as the Markdown they convert to.
    using Markup = MarkupConverter::Markup;
    const Markup markup = MarkupConverter::detect(fileName, text);
    const bool converted =
        markup == Markup::Html || markup == Markup::AsciiDoc || markup == Markup::ReStructuredText;
    MarkupConverter::Converted conversion;
    if (converted) {
        conversion = MarkupConverter::convert(text, markup);
        text = conversion.markdown;
    }
    const FrontMatter fm = FrontMatter::parse(converted ? QString() : text);
    doc.warnings = fm.errors();
    doc.body = stripTemplates(converted ? text : fm.body(text).toString());
    doc.bodyLine = fm.bodyLine();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    doc.markdown = converted || fm.format() != FrontMatter::Format::None || suffix == u"md" ||
                   suffix == u"markdown" || looksLikeMarkdown(doc.body);

    Source &source = doc.source;
    source.id = QStringLiteral("s1");
    source.file = fileName;
    source.kind = SourceKind::Writeup;
    source.format = markup == Markup::Html               ? QStringLiteral("html")
                    : markup == Markup::AsciiDoc         ? QStringLiteral("asciidoc")
                    : markup == Markup::ReStructuredText ? QStringLiteral("rst")
                    : doc.markdown                       ? QStringLiteral("markdown")
                                                         : QStringLiteral("text");
    source.title = converted ? conversion.title : fm.value(u"title");
    source.author = converted ? conversion.author : fm.value(u"author");
    if (source.author.isEmpty()) source.author = fm.list(u"authors").value(0);
    const QString date = converted ? conversion.date : fm.value(u"date");
    source.published = QDate::fromString(date.left(10), Qt::ISODate);
    doc.description = fm.value(u"description");
    doc.tags = converted ? conversion.tags : fm.list(u"tags");
    doc.categories = fm.list(u"categories");
    return doc;
}

void WriteupDocument::takeTitleFrom(const QList<WriteupBlock> &blocks)
{
    // The post: title from the front matter, else its first heading, else its first line.
    if (!source.title.isEmpty()) return;
    for (const auto &b : blocks) {
        static const QRegularExpression toc(QStringLiteral("^(table of contents|contents)$"),
                                            QRegularExpression::CaseInsensitiveOption);
        if (!markdown && toc.match(b.text).hasMatch()) continue;
        if (b.type == WriteupBlock::Type::Heading || (!markdown && b.text.size() <= 150)) {
            source.title = WriteupText::stripDecoration(b.text);
            break;
        }
        if (markdown) break;
    }
}
