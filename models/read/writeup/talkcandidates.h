#pragma once

#include "analysis/talklineparser.h"
#include "data/dataset.h"
#include "headingroles.h"
#include "read/writeupblocks.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <span>
#include <utility>
#include <vector>

class EventCatalog;
class ProjectDictionary;

// A talk as the candidates stage found it: its title and speakers, and the evidence the post gives
// around it (the kind and day its headings say, its section, links, the text beside it).
struct TalkDraft
{
    QString title;
    QList<ParsedSpeaker> speakers;
    std::optional<TalkKind> kind;
    QDate day;
    QString section;
    std::vector<Link> links;
    QStringList organizations;
    QString abstract;
    QString description; // text beside the talk in the same block
    int line = 0;
};

// The candidates stage of the write-up reader: walks a post's blocks with the stack of headings above
// each one and turns the shapes that name a talk into drafts, by cue: a line that is a talk by itself
// ("Title - Name, Org"), a heading with its speakers or recording below it, a table row, links that
// name a talk or point at its recording or schedule page, a bold lead in a list, a title in quotes
// inside prose. Everything else is prose: the abstract of the talk before it, and the post's paragraphs.
// The cues live in headingtalks.cpp and linktalks.cpp; the walk and the headings' state here.
class TalkCandidates
{
public:
    // The catalog tells headings that name the conference or its days; the dictionary tells project names
    // from titles.
    TalkCandidates(const Event &event, bool plainText, const EventCatalog &catalog,
                   const ProjectDictionary &dictionary)
        : m_event(event), m_plain(plainText), m_catalog(catalog), m_dictionary(dictionary)
    {}

    void run(const QList<WriteupBlock> &blocks);
    // In the order the post names them; the same talk may come more than once (see TalkAssembler).
    std::vector<TalkDraft> takeDrafts() { return std::move(m_drafts); }
    const QList<std::pair<QString, QString>> &paragraphs() const { return m_paragraphs; }

private:
    using Role = HeadingRoles::Role;
    struct Heading
    {
        int level = 0;
        QString text;
        Role role = Role::Section;
        QDate day;
    };

    QString section() const;
    Role kindRole() const;
    QDate day() const;
    // Whether a heading above names talks, sessions or a day of the conference.
    bool talkContext() const;
    bool skipping() const
    {
        const Role r = kindRole();
        return r == Role::Skip || r == Role::Toc;
    }
    void heading(const WriteupBlock &b, int index);
    TalkDraft &addTalk(const QString &title, const QList<ParsedSpeaker> &speakers,
                       std::optional<TalkKind> kind, int line);
    void addLink(TalkDraft &d, const WriteupLink &l);
    void prose(const QString &text);
    // headingtalks.cpp
    bool strongLine(const WriteupBlock &b);
    bool evidenceLink(const WriteupLink &l) const;
    int headingTalk(const WriteupBlock &heading, std::span<const WriteupBlock> after);
    static constexpr int PseudoLevel = 7; // below every Markdown heading level
    void tableRow(const WriteupBlock &b);
    // linktalks.cpp
    bool linkTalks(const WriteupBlock &b);
    void proseTalks(const WriteupBlock &b);
    bool leadTalk(const WriteupBlock &b);
    // Returns how many following blocks it used as well.
    int plainBlock(const WriteupBlock &b, std::span<const WriteupBlock> after);

    const Event &m_event;
    bool m_plain;
    const EventCatalog &m_catalog;
    const ProjectDictionary &m_dictionary;
    std::vector<Heading> m_headings;
    QString m_pseudoSection;
    QDate m_plainDay;
    QString m_plainSection;
    bool m_toc = false;
    int m_listBase = -1;
    int m_lastTalk = -1;
    bool m_lastFromItem = false;
    bool m_lastFromHeading =
        false; // the last talk is a heading: links on lines of their own below it are its
    bool m_abstractOpen = false;
    bool m_seenTitle = false;
    std::vector<TalkDraft> m_drafts;
    QList<std::pair<QString, QString>> m_paragraphs; // heading, text
};
