#pragma once

#include "data/talkkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

struct ParsedSpeaker
{
    QString name;
    QString role;        // "Principal Engineer"
    QString affiliation; // "Cisco"
    friend bool operator==(const ParsedSpeaker &, const ParsedSpeaker &) = default;
};

struct ParsedTalkLine
{
    QString title;
    QList<ParsedSpeaker> speakers;
    std::optional<TalkKind> kind; // from a prefix ("Keynote:", "Documentary Film -") when there is one
};

// Splits the one-line form in which posts, schedules and notes name a talk into title, speakers and kind:
// "Title - Name, Org & Name, Org", "Title - Name, Org; Name, Org", "Keynote: Title - Name, Role, Org",
// "Title - by Name", "Title by Name (Org)", "Name (Org): Title". A title may hold " - " itself: the
// speakers follow the last dash whose remainder reads as a list of people. Names are recognised by how
// names are written (capitalised words, no title words), so a line without people keeps its whole text.
class TalkLineParser
{
public:
    static ParsedTalkLine parse(QStringView line);
    // The same, with the names and organisations of the line's speakers in order, flattened as a note's
    // front matter lists them (["Peter Rifel", "DataDog", "Ciprian Hacman", "eyeo"]): the line is cut at
    // the dash after which these tokens follow, so names our name test doubts ("Ole Markus With") and
    // long roles still come out. Falls back to parse(line) when the tokens do not match the line.
    static ParsedTalkLine parse(QStringView line, const QStringList &speakerTokens);
    // "Jef Spaleta & Bill Mulligan, Isovalent" -> two speakers, both at Isovalent. Empty when the text
    // does not read as a list of people.
    static QList<ParsedSpeaker> parseSpeakers(QStringView list);
    // The same, knowing the flattened tokens of the list (see above). Empty when they do not match it.
    static QList<ParsedSpeaker> parseSpeakers(QStringView list, const QStringList &speakerTokens);
    // Whether text is written like a person's name ("Raymond de Jong", "Flynn" only when allowSingle).
    static bool looksLikeName(QStringView text, bool allowSingle = false);
    // The kind a leading label names ("Keynote", "Lightning Talk", "Documentary Film"), if any.
    static std::optional<TalkKind> kindFromLabel(QStringView label);
};
