#pragma once

#include "ids.h"
#include "stringpool.h"
#include "talkkind.h"

#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <vector>

// The one model of conferences: plain value types in contiguous vectors, referred to by typed indexes,
// with repeated strings interned. Readers fill one Dataset each; the merger combines them into the
// immutable Dataset the app publishes (DatasetPtr). Nothing here is a QObject.

struct Stat
{
    QString metric; // "attendees_in_person", "first_timers_percent", ...
    double value = 0;
    friend bool operator==(const Stat &, const Stat &) = default;
};

struct Event
{
    QString id; // "kubecon-na-2023"
    QString name;
    QString series; // "KubeCon + CloudNativeCon"
    QString region;
    QString city;
    QString country;
    int year = 0;
    QDate start;
    QDate end;
    QList<Stat> stats;
    friend bool operator==(const Event &, const Event &) = default;
};

enum class SourceKind : quint8 { Writeup, Schedule };

struct Source
{
    QString id;
    QString file;
    QString title;
    QString author;
    QDate published;
    QString format; // "markdown", "text", "frab-xml", "ical", ...
    SourceKind kind = SourceKind::Writeup;
    friend bool operator==(const Source &, const Source &) = default;
};

struct Person
{
    QString id;
    QString name;
    QStringList aliases; // other spellings seen ("Max Korbacher" for "Max Körbächer")
    friend bool operator==(const Person &, const Person &) = default;
};

struct Topic
{
    QString id; // "ai"
    QString label;
    QColor color;
    friend bool operator==(const Topic &, const Topic &) = default;
};

struct Speaker
{
    StringId name;
    StringId role;
    StringId affiliation;
    PersonIndex person;
    friend bool operator==(const Speaker &, const Speaker &) = default;
};

struct Link
{
    LinkKind kind = LinkKind::Page;
    QString url;
    friend bool operator==(const Link &, const Link &) = default;
};

struct TopicAssignment
{
    TopicIndex topic;
    StringId evidence; // what matched: "title: eBPF", "track: AI + ML"
    friend bool operator==(const TopicAssignment &, const TopicAssignment &) = default;
};

struct Talk
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    QString id;
    QString title;
    QByteArray abstract; // UTF-8: abstracts are most of a talk's memory, and mostly ASCII
    EventIndex event;
    TalkKind kind = TalkKind::Talk;
    QDate day;
    qint64 startUtc = NoTime; // seconds since the epoch
    qint64 endUtc = NoTime;
    qint32 utcOffset = 0;     // seconds east of UTC in the event's zone, for display and the JSON
    StringId timeZone;        // IANA id when known ("Europe/Brussels")
    StringId room;
    StringId section;         // heading of a write-up ("Networking", "ArgoCon")
    StringId track;           // schedule track ("Security + Identity + Policy")
    std::vector<Speaker> speakers;
    std::vector<StringId> organizations;
    std::vector<Link> links; // the first is the main link ("url" in the JSON)
    std::vector<TopicAssignment> topics;
    std::vector<SourceIndex> sources;

    QString abstractText() const { return QString::fromUtf8(abstract); }
    void setAbstract(const QString &text) { abstract = text.toUtf8(); }
    QString url() const { return links.empty() ? QString() : links.front().url; }
    bool hasStart() const { return startUtc != NoTime; }
    bool hasEnd() const { return endUtc != NoTime; }
    QDateTime start() const;
    QDateTime end() const;
    void setStart(const QDateTime &dt);
    void setEnd(const QDateTime &dt);
    bool hasTopic(TopicIndex topic) const;
    friend bool operator==(const Talk &, const Talk &) = default;
};

struct Mention
{
    QString name; // project or product as the dictionary spells it
    EventIndex event;
    SourceIndex source;
    int count = 0;
    friend bool operator==(const Mention &, const Mention &) = default;
};

// A prose paragraph of a write-up, kept only while analysing: the topic layer tags it so a post that
// discusses a theme counts toward it without naming a talk. Never written to the dataset JSON (the
// themes rows carry the counts), so shipped datasets hold facts, not the posts' prose.
struct Paragraph
{
    EventIndex event;
    SourceIndex source;
    StringId heading;
    QByteArray text; // UTF-8
    std::vector<TopicAssignment> topics;
};

struct ThemeShare
{
    EventIndex event;
    TopicIndex topic;
    int talks = 0;
    int paragraphs = 0;
    double share = 0; // defined in docs/themes.md
    friend bool operator==(const ThemeShare &, const ThemeShare &) = default;
};

struct Dataset
{
    StringPool strings;
    std::vector<Event> events;
    std::vector<Source> sources;
    std::vector<Talk> talks;
    std::vector<Person> people;
    std::vector<Topic> topics;
    std::vector<Mention> mentions;
    std::vector<ThemeShare> themes;
    std::vector<Paragraph> paragraphs;

    const QString &str(StringId id) const { return strings.at(id); }
    StringId intern(const QString &text) { return strings.intern(text); }

    const Event &event(EventIndex i) const { return events[i.value]; }
    const Talk &talk(TalkIndex i) const { return talks[i.value]; }
    const Person &person(PersonIndex i) const { return people[i.value]; }
    const Topic &topic(TopicIndex i) const { return topics[i.value]; }
    const Source &source(SourceIndex i) const { return sources[i.value]; }

    EventIndex findEvent(QStringView id) const;
    TopicIndex findTopic(QStringView id) const;
    PersonIndex findPerson(QStringView id) const;
    SourceIndex findSource(QStringView id) const;

    // Adds an event unless one with the same id is there; returns its index either way.
    EventIndex addEvent(const Event &event);
    TopicIndex addTopic(const Topic &topic);

    // Speakers of a talk as "Name (Affiliation)" joined by ", ": what tables and exports show.
    QString speakerNames(const Talk &talk) const;
    QStringList topicIds(const Talk &talk) const;

    // Gives back the spare capacity that building left in vectors and packs the talks' texts into
    // shared blocks (StringPacker); called once when a dataset is published, so a million talks cost
    // what they hold and no more.
    void squeeze();

    friend bool operator==(const Dataset &a, const Dataset &b);
};

using DatasetPtr = std::shared_ptr<const Dataset>;
