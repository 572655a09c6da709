#include "writeupevent.h"

#include "analysis/eventcatalog.h"
#include "eventnamer.h"
#include "writeupdocument.h"
#include "writeuptext.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace WriteupEvent {
int mostFrequentYear(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("\\b(20[12]\\d)\\b"));
    QHash<int, int> counts;
    const QStringView head = text.left(500000);
    for (auto it = re.globalMatch(head, 0, QRegularExpression::NormalMatch, WriteupText::checkOnce(head));
         it.hasNext();)
        ++counts[it.next().captured(1).toInt()];
    int best = 0, n = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > n || (it.value() == n && it.key() > best)) {
            best = it.key();
            n = it.value();
        }
    }
    return best;
}

Event choose(const WriteupDocument &doc, const EventCatalog &catalog)
{
    const Source &source = doc.source;
    const QString &fileName = source.file;
    // The event: what the title and front matter name weighs most, then the body.
    const QString about = source.title + u'\n' + doc.description + u'\n' + doc.tags.join(u' ') + u'\n' +
                          doc.categories.join(u' ');
    int yearHint = source.published.isValid() ? source.published.year() : mostFrequentYear(about);
    if (!yearHint) yearHint = mostFrequentYear(doc.body);
    QHash<int, int> votes = catalog.mentions(about, yearHint);
    for (auto it = votes.begin(); it != votes.end(); ++it)
        it.value() *= 5;
    // A post names its event early; the first megabyte decides, so a huge file costs no more.
    const QHash<int, int> bodyVotes = catalog.mentions(QStringView(doc.body).left(1 << 20), yearHint);
    for (auto it = bodyVotes.begin(); it != bodyVotes.end(); ++it)
        votes[it.key()] += it.value();
    int best = -1, bestVotes = 0;
    for (auto it = votes.begin(); it != votes.end(); ++it) {
        if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < best)) {
            best = it.key();
            bestVotes = it.value();
        }
    }
    const auto &editions = catalog.events();
    if (best >= 0 && source.published.isValid() && editions[size_t(best)].start > source.published) {
        // A post cannot be about an edition that had not begun: "KubeCon NA recap" published in January
        // is about the previous year's edition of that region.
        for (size_t i = 0; i < editions.size(); ++i) {
            if (editions[i].region == editions[size_t(best)].region &&
                editions[i].start <= source.published &&
                editions[i].year >= editions[size_t(best)].year - 1 && int(i) != best)
                best = int(i);
        }
    }
    if (best < 0 && source.published.isValid() &&
        (about.contains(QLatin1StringView("kubecon"), Qt::CaseInsensitive) ||
         about.contains(QLatin1StringView("cloudnativecon"), Qt::CaseInsensitive))) {
        // "KubeCon recap" with a date: the latest edition that had ended a month before the post at most.
        for (size_t i = 0; i < editions.size(); ++i) {
            if (editions[i].end <= source.published && editions[i].end.daysTo(source.published) <= 45)
                best = int(i);
        }
    }
    if (best < 0) {
        // Nothing in the post names a known edition: people name the file after the conference
        // ("kubecon-2019-sandiego-notes.md").
        QString name = QFileInfo(fileName).completeBaseName();
        name.replace(u'-', u' ').replace(u'_', u' ');
        const QHash<int, int> fileVotes = catalog.mentions(name, yearHint);
        for (auto it = fileVotes.begin(); it != fileVotes.end(); ++it) {
            if (it.value() > bestVotes) {
                best = it.key();
                bestVotes = it.value();
            }
        }
    }
    return best >= 0 ? editions[size_t(best)]
                     : EventNamer::name(source.title.isEmpty() ? QFileInfo(fileName).completeBaseName()
                                                               : source.title,
                                        doc.body, yearHint);
}
} // namespace WriteupEvent
