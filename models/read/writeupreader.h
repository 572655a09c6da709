#pragma once

#include "reader.h"

// Reads a conference write-up, a blog post or notes in Markdown or plain text, into its Source, Event,
// Talks (with speakers, kinds, days, sections, links and abstracts), project mentions, event stats and
// prose paragraphs. The fallback for text files: other readers claim structured formats first.
class WriteupReader : public Reader
{
public:
    QString formatName() const override { return QStringLiteral("writeup"); }
    int sniff(const QString &fileName, QByteArrayView head) const override;
    ReadResult read(const QString &fileName, const QByteArray &content) const override;
};
