#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

class EventCatalog;

// Small text helpers every stage of the write-up reader uses: decoration stripped from headings and
// bullets, word counts, what a title and a link text that names nothing look like, and two shortcuts
// that keep whole-post searches cheap.
namespace WriteupText {
// Emoji and symbols that decorate headings and bullets removed, white space simplified.
QString stripDecoration(QStringView text);
QString firstLine(QStringView text);
// The words between spaces, counted without splitting: this runs for every plain-text line.
int wordCount(QStringView text);
bool plausibleTitle(const QString &title);
// Link texts that point at a video without naming a talk; a playlist named after one of the catalog's
// editions is one.
bool genericLinkText(const QString &text, const EventCatalog &catalog);
// PCRE2 checks the subject is valid UTF-16 on every match, from the match's start to the end of the
// text: a global match over a post checked it again for each hit. Checked once here instead; text
// that fails keeps the check, so it still matches nothing as before.
QRegularExpression::MatchOptions checkOnce(QStringView text);
// Whether `first` occurs followed by one of `next`: the single-character search is vectorised, where
// searching a whole post for a string needle costs several instructions per character.
bool containsPair(QStringView text, QChar first, QStringView next);
} // namespace WriteupText
