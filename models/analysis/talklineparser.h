#pragma once

#include "data/talkkind.h"

#include <QList>
#include <QString>
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
    // "Jef Spaleta & Bill Mulligan, Isovalent" -> two speakers, both at Isovalent. Empty when the text
    // does not read as a list of people.
    static QList<ParsedSpeaker> parseSpeakers(QStringView list);
    // Whether text is written like a person's name ("Raymond de Jong", "Flynn" only when allowSingle).
    static bool looksLikeName(QStringView text, bool allowSingle = false);
    // The kind a leading label names ("Keynote", "Lightning Talk", "Documentary Film"), if any.
    static std::optional<TalkKind> kindFromLabel(QStringView label);
};
