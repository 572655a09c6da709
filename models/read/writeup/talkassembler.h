#pragma once

#include "data/dataset.h"
#include "read/writeupblocks.h"
#include "talkcandidates.h"

#include <QList>
#include <QString>
#include <utility>
#include <vector>

class ProjectDictionary;

// The assembly stage of the write-up reader: the candidates' drafts become one Dataset. A talk named
// twice is merged into one; each talk gets its id, its kind (a "panel" in its abstract), its speakers'
// and presenters' organizations, its links and its source; the event gets the post's numbers, and the
// post's project mentions and paragraphs come along.
namespace TalkAssembler {
// Drafts of the same talk merged into the first one: its day, speakers and kind filled in from later
// ones, the longest abstract and every link kept. The same title with other people is another talk.
std::vector<TalkDraft> merge(std::vector<TalkDraft> drafts);
// Adds the event, the source, the talks, mentions and paragraphs to `ds`, an empty dataset. The
// dictionary names the projects counted as mentions and tells projects from presenting companies.
void assemble(Dataset &ds, Event event, const Source &source, const QList<WriteupBlock> &blocks,
              std::vector<TalkDraft> drafts, const QList<std::pair<QString, QString>> &paragraphs,
              const ProjectDictionary &dictionary);
} // namespace TalkAssembler
