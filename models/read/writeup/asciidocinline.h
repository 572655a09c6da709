#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

// AsciiDoc inline markup of one line as Markdown: *strong*, _emphasis_, `code`, URL and link: macros,
// image:, cross references, {attribute} references. Rules run in order and never look inside what an
// earlier rule produced, so a URL's underscores are not read as emphasis.
class AsciiDocInline
{
public:
    static QString convert(const QString &line, const QHash<QString, QString> &attributes);
    // text,window=_blank or "text, more",role=x: the text of a macro's [attributes].
    static QString macroText(QStringView attrs);
};
