#pragma once

#include "analysis/talklineparser.h"

#include <QList>
#include <QString>
#include <QStringView>

// Talks a post names inside its prose rather than as headings, list items or links: a title in
// quotes beside a word for a talk ("I loved the “Kernels Are People Too” keynote by Ada Brandt",
// « Titre » in French, „Titel“ in German) and a kind label inside a sentence ("(Keynote: Title)",
// "Keynote: Title – Name & Name."). A quoted phrase with no talk word near it is a quote, not a talk.
namespace ProseTitles {
struct Found
{
    QString title;
    QList<ParsedSpeaker> speakers;
    std::optional<TalkKind> kind;
};
QList<Found> find(QStringView paragraph);
// Whether text has a word for a talk in one of the languages posts are written in ("talk", "keynote",
// "Vortrag", "foredrag", "conférence", "charla", ...).
bool mentionsTalk(QStringView text);
// Whether a phrase is written in title case: its first word and most of its longer words capitalised.
bool titleCase(QStringView phrase);
} // namespace ProseTitles
