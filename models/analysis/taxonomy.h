#pragma once

#include "data/problem.h"
#include "data/talkkind.h"

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

// One topic of the taxonomy: what it is called, its colour, and the words, projects and schedule
// tracks that point to it.
struct TaxonomyTopic
{
    QString id;
    QString label;
    QColor color;
    QStringList keywords;      // words and phrases that name the topic
    QStringList weak;          // words that hint at it, only counted together with other evidence
    QStringList projects;      // project and product names
    QStringList tracks;        // schedule track names, so renamed tracks land in the same topic
    bool fromUser = false;     // added or changed by the user's file
    bool replaceLists = false; // in a user file: the lists replace the default ones instead of adding
};

// A session type that is not a topic: tracks ("Keynote Sessions") and title beginnings ("Badge
// Pick-Up") that make a talk a keynote, a lightning talk or logistics.
struct KindRule
{
    TalkKind kind = TalkKind::Other;
    QStringList tracks;
    QStringList titles;
};

// The topics people filter and compare by: the default set shipped in resources/taxonomy.json, plus the
// user's own file (standard config location or --topics-file) that adds topics or overrides them.
// A value type; the one in force is shared as `Taxonomy::current()`.
class Taxonomy
{
public:
    static constexpr QLatin1StringView FormatId{"conference-explorer/taxonomy"};

    // The default taxonomy from the resources.
    static Taxonomy builtin();
    // Reads a taxonomy (or a user file of the same shape, where every field but "id" is optional).
    // Problems name the file and line; what could be read is kept.
    static Taxonomy parse(const QByteArray &json, const QString &file, QList<Problem> *problems);
    // The default taxonomy with the user file applied, when that file exists.
    static Taxonomy load(const QString &userFile, QList<Problem> *problems);

    // $XDG_CONFIG_HOME/confexplorer/topics.json on Linux (QStandardPaths::AppConfigLocation).
    static QString standardUserFile();
    // The user file in force: the one given with setUserFile(), else the standard one.
    static QString userFile();
    // Chooses the user file (--topics-file) and drops the cached taxonomy.
    static void setUserFile(const QString &path);
    // The taxonomy in force, loaded once and shared; thread-safe.
    static std::shared_ptr<const Taxonomy> current();
    // Reads the user file again (it changed); returns the new taxonomy in force.
    static std::shared_ptr<const Taxonomy> reload();

    // Adds the user's topics and overrides: a known id takes the label and colour given and adds the
    // lists ("replace": true replaces them); a new id adds a topic.
    void apply(const Taxonomy &user);

    const std::vector<TaxonomyTopic> &topics() const { return m_topics; }
    const std::vector<KindRule> &kinds() const { return m_kinds; }
    // Tracks that say nothing about the theme ("Maintainer Track", "Unclassified").
    const QStringList &neutralTracks() const { return m_neutralTracks; }
    int indexOf(QStringView id) const;
    // True when a user file added or changed topics: talks are then classified again even when an
    // input already gave them topics.
    bool hasUserTopics() const;
    // Problems met reading the user file (for the command line and the window to show).
    const QList<Problem> &problems() const { return m_problems; }

private:
    std::vector<TaxonomyTopic> m_topics;
    std::vector<KindRule> m_kinds;
    QStringList m_neutralTracks;
    QList<Problem> m_problems;
};
