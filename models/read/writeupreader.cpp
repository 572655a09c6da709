#include "writeupreader.h"

#include "analysis/eventcatalog.h"
#include "analysis/projectdictionary.h"
#include "writeup/talkassembler.h"
#include "writeup/talkcandidates.h"
#include "writeup/writeupdocument.h"
#include "writeup/writeupevent.h"
#include "writeupblocks.h"

#include <QFileInfo>
#include <algorithm>

// The reader only wires its stages (models/read/writeup/): the document (decoding, markup conversion,
// front matter, templates), its blocks, the talk candidates the blocks and their headings' roles name,
// the event, and the assembly of the candidates into the Dataset.

WriteupReader::WriteupReader() : WriteupReader(EventCatalog::instance(), ProjectDictionary::instance()) {}

WriteupReader::WriteupReader(const EventCatalog &catalog, const ProjectDictionary &dictionary)
    : m_catalog(catalog), m_dictionary(dictionary)
{}

int WriteupReader::sniff(const QString &fileName, QByteArrayView head) const
{
    const QByteArrayView t = head.trimmed();
    if (t.isEmpty() || head.contains('\0')) return 0;
    if (t.startsWith('{') || t.startsWith('[') || t.startsWith("<?xml") || t.startsWith("BEGIN:VCALENDAR"))
        return 0;
    int score = 10;
    if (head.startsWith("---") || head.startsWith("+++") || head.startsWith("\xEF\xBB\xBF---"))
        score = 30;
    else if (WriteupDocument::looksLikeMarkdown(
                 QString::fromUtf8(head.first(std::min<qsizetype>(head.size(), 16384)))))
        score = 25;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        score += 5;
    else if (suffix == u"txt" || suffix == u"text")
        score += 2;
    return score;
}

ReadResult WriteupReader::read(const QString &fileName, const QByteArray &content) const
{
    ReadResult result;
    WriteupDocument doc = WriteupDocument::read(fileName, content);
    if (!doc.error.isEmpty()) {
        result.error(fileName, 0, doc.error);
        return result;
    }
    for (const auto &e : doc.warnings)
        result.warning(fileName, e.line, e.message);

    const QList<WriteupBlock> blocks = doc.markdown ? WriteupBlocks::parseMarkdown(doc.body, doc.bodyLine)
                                                    : WriteupBlocks::parsePlainText(doc.body, doc.bodyLine);
    doc.takeTitleFrom(blocks);
    const Event event = WriteupEvent::choose(doc, m_catalog);

    TalkCandidates candidates(event, !doc.markdown, m_catalog, m_dictionary);
    candidates.run(blocks);
    TalkAssembler::assemble(result.dataset, event, doc.source, blocks,
                            TalkAssembler::merge(candidates.takeDrafts()), candidates.paragraphs(),
                            m_dictionary);
    return result;
}
