#pragma once

#include "reader.h"

class EventCatalog;
class ProjectDictionary;

// Reads a conference write-up, a blog post or notes in Markdown or plain text, into its Source, Event,
// Talks (with speakers, kinds, days, sections, links and abstracts), project mentions, event stats and
// prose paragraphs. The fallback for text files: other readers claim structured formats first.
// The catalog names the post's event and its days; the dictionary counts the projects it names.
class WriteupReader : public Reader
{
public:
    // The app's event catalog and project dictionary: the one place the reader's singletons are chosen.
    WriteupReader();
    // Both are held by reference and must outlive the reader.
    WriteupReader(const EventCatalog &catalog, const ProjectDictionary &dictionary);

    QString formatName() const override { return QStringLiteral("writeup"); }
    int sniff(const QString &fileName, QByteArrayView head) const override;
    ReadResult read(const QString &fileName, const QByteArray &content) const override;

private:
    const EventCatalog &m_catalog;
    const ProjectDictionary &m_dictionary;
};
