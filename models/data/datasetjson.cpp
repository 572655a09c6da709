#include "datasetjson.h"

#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
using Path = JsonLocator::Path;

// ---- writing ----

void putString(QJsonObject &o, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putDate(QJsonObject &o, QLatin1StringView key, QDate date)
{
    if (date.isValid())
        o.insert(key, date.toString(Qt::ISODate));
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const auto &s : list)
        a.append(s);
    return a;
}

QJsonObject eventToJson(const Event &e)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), e.id);
    putString(o, QLatin1StringView("name"), e.name);
    putString(o, QLatin1StringView("series"), e.series);
    putString(o, QLatin1StringView("region"), e.region);
    putString(o, QLatin1StringView("city"), e.city);
    putString(o, QLatin1StringView("country"), e.country);
    if (e.year)
        o.insert(QLatin1StringView("year"), e.year);
    putDate(o, QLatin1StringView("start"), e.start);
    putDate(o, QLatin1StringView("end"), e.end);
    QJsonArray stats;
    for (const auto &s : e.stats)
        stats.append(QJsonObject{{QLatin1StringView("metric"), s.metric}, {QLatin1StringView("value"), s.value}});
    o.insert(QLatin1StringView("stats"), stats);
    return o;
}

QJsonObject sourceToJson(const Source &s)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), s.id);
    putString(o, QLatin1StringView("file"), s.file);
    putString(o, QLatin1StringView("title"), s.title);
    putString(o, QLatin1StringView("author"), s.author);
    putDate(o, QLatin1StringView("published"), s.published);
    putString(o, QLatin1StringView("format"), s.format);
    o.insert(QLatin1StringView("kind"),
             s.kind == SourceKind::Schedule ? QLatin1StringView("schedule") : QLatin1StringView("writeup"));
    return o;
}

QJsonObject talkToJson(const Dataset &ds, const Talk &t)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), t.id);
    o.insert(QLatin1StringView("event"), t.event.isValid() ? ds.event(t.event).id : QString());
    o.insert(QLatin1StringView("title"), t.title);
    o.insert(QLatin1StringView("kind"), talkKindName(t.kind));
    putDate(o, QLatin1StringView("day"), t.day);
    if (t.hasStart())
        o.insert(QLatin1StringView("start"), t.start().toString(Qt::ISODate));
    if (t.hasEnd())
        o.insert(QLatin1StringView("end"), t.end().toString(Qt::ISODate));
    putString(o, QLatin1StringView("timezone"), ds.str(t.timeZone));
    putString(o, QLatin1StringView("room"), ds.str(t.room));
    putString(o, QLatin1StringView("section"), ds.str(t.section));
    putString(o, QLatin1StringView("track"), ds.str(t.track));
    QJsonArray speakers;
    for (const auto &s : t.speakers) {
        QJsonObject so;
        so.insert(QLatin1StringView("name"), ds.str(s.name));
        putString(so, QLatin1StringView("affiliation"), ds.str(s.affiliation));
        putString(so, QLatin1StringView("role"), ds.str(s.role));
        if (s.person.isValid())
            so.insert(QLatin1StringView("person"), ds.person(s.person).id);
        speakers.append(so);
    }
    o.insert(QLatin1StringView("speakers"), speakers);
    QJsonArray orgs;
    for (const auto id : t.organizations)
        orgs.append(ds.str(id));
    o.insert(QLatin1StringView("organizations"), orgs);
    putString(o, QLatin1StringView("url"), t.url());
    QJsonArray links;
    for (const auto &l : t.links)
        links.append(QJsonObject{{QLatin1StringView("kind"), linkKindName(l.kind)}, {QLatin1StringView("url"), l.url}});
    o.insert(QLatin1StringView("links"), links);
    putString(o, QLatin1StringView("abstract"), t.abstractText());
    QJsonArray topics;
    QJsonArray evidence;
    for (const auto &a : t.topics) {
        topics.append(ds.topic(a.topic).id);
        evidence.append(ds.str(a.evidence));
    }
    o.insert(QLatin1StringView("topics"), topics);
    if (!t.topics.empty())
        o.insert(QLatin1StringView("topic_evidence"), evidence);
    QJsonArray sources;
    for (const auto s : t.sources)
        sources.append(ds.source(s).id);
    o.insert(QLatin1StringView("sources"), sources);
    return o;
}

// ---- reading ----

struct TypeError
{
    Path path;
    QString message;
};

class Reader
{
public:
    Reader(const QByteArray &bytes, const QString &file, ReadResult &result)
        : m_bytes(bytes), m_file(file), m_result(result)
    {
    }

    void fail(const Path &path, const QString &message)
    {
        m_result.error(m_file, JsonLocator::lineOf(m_bytes, path), message);
    }

    // Runs `body` for each element of the array at `key`; a TypeError drops that element only.
    template <typename Body>
    void forEach(const QJsonObject &root, QLatin1StringView key, Body body)
    {
        const Path path{QString(key)};
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            fail(path, QStringLiteral("\"%1\" must be an array").arg(key));
            return;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            Path itemPath = path;
            itemPath.append(i);
            try {
                if (!a.at(i).isObject())
                    throw TypeError{itemPath, QStringLiteral("%1 must be an object").arg(JsonLocator::toString(itemPath))};
                body(a.at(i).toObject(), itemPath);
            } catch (const TypeError &e) {
                fail(e.path, e.message);
            }
        }
    }

private:
    const QByteArray &m_bytes;
    const QString &m_file;
    ReadResult &m_result;
};

Path child(const Path &path, const QString &key)
{
    Path p = path;
    p.append(key);
    return p;
}

[[noreturn]] void wrongType(const Path &path, const char *expected)
{
    throw TypeError{path, QStringLiteral("%1 must be %2").arg(JsonLocator::toString(path), QLatin1StringView(expected))};
}

QString getString(const QJsonObject &o, const Path &path, QLatin1StringView key, bool required = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            throw TypeError{path, QStringLiteral("%1 has no \"%2\"").arg(JsonLocator::toString(path), key)};
        return {};
    }
    if (!v.isString())
        wrongType(child(path, key), "a string");
    return v.toString();
}

double getNumber(const QJsonObject &o, const Path &path, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    if (!v.isDouble())
        wrongType(child(path, key), "a number");
    return v.toDouble();
}

QDate getDate(const QJsonObject &o, const Path &path, QLatin1StringView key)
{
    const QString s = getString(o, path, key);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        wrongType(child(path, key), "a date as YYYY-MM-DD");
    return d;
}

QDateTime getDateTime(const QJsonObject &o, const Path &path, QLatin1StringView key)
{
    const QString s = getString(o, path, key);
    if (s.isEmpty())
        return {};
    const QDateTime d = QDateTime::fromString(s, Qt::ISODate);
    if (!d.isValid())
        wrongType(child(path, key), "a date and time in ISO 8601");
    return d;
}

QJsonArray getArray(const QJsonObject &o, const Path &path, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        wrongType(child(path, key), "an array");
    return v.toArray();
}

QStringList getStringArray(const QJsonObject &o, const Path &path, QLatin1StringView key)
{
    QStringList out;
    const QJsonArray a = getArray(o, path, key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            Path p = child(path, key);
            p.append(i);
            wrongType(p, "a string");
        }
        out << a.at(i).toString();
    }
    return out;
}

QJsonObject objectAt(const QJsonArray &a, qsizetype i, const Path &arrayPath, Path *itemPath)
{
    *itemPath = arrayPath;
    itemPath->append(i);
    if (!a.at(i).isObject())
        wrongType(*itemPath, "an object");
    return a.at(i).toObject();
}

template <typename Idx>
Idx resolve(Idx found, const Path &path, QLatin1StringView what, const QString &id)
{
    if (!found.isValid())
        throw TypeError{path, QStringLiteral("%1 names unknown %2 \"%3\"").arg(JsonLocator::toString(path), what, id)};
    return found;
}
} // namespace

QByteArray DatasetJson::write(const Dataset &ds, QJsonDocument::JsonFormat format)
{
    QJsonObject root;
    root.insert(QLatin1StringView("format"), FormatId);
    root.insert(QLatin1StringView("version"), Version);
    QJsonArray events, sources, talks, people, topics, mentions, themes;
    for (const auto &e : ds.events)
        events.append(eventToJson(e));
    for (const auto &s : ds.sources)
        sources.append(sourceToJson(s));
    for (const auto &t : ds.talks)
        talks.append(talkToJson(ds, t));
    for (const auto &p : ds.people) {
        QJsonObject o{{QLatin1StringView("id"), p.id}, {QLatin1StringView("name"), p.name}};
        o.insert(QLatin1StringView("aliases"), stringArray(p.aliases));
        people.append(o);
    }
    for (const auto &t : ds.topics) {
        topics.append(QJsonObject{{QLatin1StringView("id"), t.id},
                                  {QLatin1StringView("label"), t.label},
                                  {QLatin1StringView("color"), t.color.name()}});
    }
    for (const auto &m : ds.mentions) {
        QJsonObject o{{QLatin1StringView("name"), m.name}, {QLatin1StringView("count"), m.count}};
        if (m.event.isValid())
            o.insert(QLatin1StringView("event"), ds.event(m.event).id);
        if (m.source.isValid())
            o.insert(QLatin1StringView("source"), ds.source(m.source).id);
        mentions.append(o);
    }
    for (const auto &th : ds.themes) {
        themes.append(QJsonObject{{QLatin1StringView("event"), ds.event(th.event).id},
                                  {QLatin1StringView("topic"), ds.topic(th.topic).id},
                                  {QLatin1StringView("talks"), th.talks},
                                  {QLatin1StringView("paragraphs"), th.paragraphs},
                                  {QLatin1StringView("share"), th.share}});
    }
    root.insert(QLatin1StringView("events"), events);
    root.insert(QLatin1StringView("sources"), sources);
    root.insert(QLatin1StringView("talks"), talks);
    root.insert(QLatin1StringView("people"), people);
    root.insert(QLatin1StringView("topics"), topics);
    root.insert(QLatin1StringView("mentions"), mentions);
    root.insert(QLatin1StringView("themes"), themes);
    return QJsonDocument(root).toJson(format);
}

ReadResult DatasetJson::read(const QByteArray &bytes, const QString &file)
{
    ReadResult result;
    Dataset &ds = result.dataset;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // At the end of a truncated file, the line is the last one with text, not the empty one after it.
        qsizetype offset = std::min<qsizetype>(parseError.offset, bytes.size());
        while (offset > 0 && QChar::isSpace(uchar(bytes[offset - 1])))
            --offset;
        result.error(file, lineAtOffset(bytes, offset),
                     QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
        return result;
    }
    Reader in(bytes, file, result);
    if (!doc.isObject()) {
        in.fail({}, QStringLiteral("a dataset must be a JSON object"));
        return result;
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QLatin1StringView("format"));
    if (format.toString() != FormatId) {
        in.fail({QStringLiteral("format")},
                QStringLiteral("unknown format \"%1\" (expected \"%2\")")
                    .arg(format.isString() ? format.toString() : QStringLiteral("(none)"), FormatId));
        return result;
    }
    const QJsonValue version = root.value(QLatin1StringView("version"));
    if (!version.isDouble() || version.toDouble() != Version) {
        in.fail({QStringLiteral("version")}, QStringLiteral("unsupported dataset version %1 (this build reads %2)")
                                                 .arg(version.isDouble() ? QString::number(version.toDouble())
                                                                         : QStringLiteral("(none)"))
                                                 .arg(Version));
        return result;
    }

    in.forEach(root, QLatin1StringView("events"), [&](const QJsonObject &o, const Path &path) {
        Event e;
        e.id = getString(o, path, QLatin1StringView("id"), true);
        e.name = getString(o, path, QLatin1StringView("name"));
        e.series = getString(o, path, QLatin1StringView("series"));
        e.region = getString(o, path, QLatin1StringView("region"));
        e.city = getString(o, path, QLatin1StringView("city"));
        e.country = getString(o, path, QLatin1StringView("country"));
        e.year = int(getNumber(o, path, QLatin1StringView("year")));
        e.start = getDate(o, path, QLatin1StringView("start"));
        e.end = getDate(o, path, QLatin1StringView("end"));
        const Path statsPath = child(path, QStringLiteral("stats"));
        const QJsonArray stats = getArray(o, path, QLatin1StringView("stats"));
        for (qsizetype i = 0; i < stats.size(); ++i) {
            Path sp;
            const QJsonObject so = objectAt(stats, i, statsPath, &sp);
            e.stats.append({getString(so, sp, QLatin1StringView("metric"), true),
                            getNumber(so, sp, QLatin1StringView("value"))});
        }
        ds.events.push_back(e);
    });
    in.forEach(root, QLatin1StringView("sources"), [&](const QJsonObject &o, const Path &path) {
        Source s;
        s.id = getString(o, path, QLatin1StringView("id"), true);
        s.file = getString(o, path, QLatin1StringView("file"));
        s.title = getString(o, path, QLatin1StringView("title"));
        s.author = getString(o, path, QLatin1StringView("author"));
        s.published = getDate(o, path, QLatin1StringView("published"));
        s.format = getString(o, path, QLatin1StringView("format"));
        const QString kind = getString(o, path, QLatin1StringView("kind"));
        s.kind = kind == u"schedule" ? SourceKind::Schedule : SourceKind::Writeup;
        ds.sources.push_back(s);
    });
    in.forEach(root, QLatin1StringView("people"), [&](const QJsonObject &o, const Path &path) {
        Person p;
        p.id = getString(o, path, QLatin1StringView("id"), true);
        p.name = getString(o, path, QLatin1StringView("name"));
        p.aliases = getStringArray(o, path, QLatin1StringView("aliases"));
        ds.people.push_back(p);
    });
    in.forEach(root, QLatin1StringView("topics"), [&](const QJsonObject &o, const Path &path) {
        Topic t;
        t.id = getString(o, path, QLatin1StringView("id"), true);
        t.label = getString(o, path, QLatin1StringView("label"));
        t.color = QColor(getString(o, path, QLatin1StringView("color")));
        ds.topics.push_back(t);
    });

    QHash<QString, PersonIndex> personById;
    for (size_t i = 0; i < ds.people.size(); ++i)
        personById.insert(ds.people[i].id, PersonIndex(i));
    QHash<QString, SourceIndex> sourceById;
    for (size_t i = 0; i < ds.sources.size(); ++i)
        sourceById.insert(ds.sources[i].id, SourceIndex(i));
    QHash<QString, TopicIndex> topicById;
    for (size_t i = 0; i < ds.topics.size(); ++i)
        topicById.insert(ds.topics[i].id, TopicIndex(i));
    QHash<QString, EventIndex> eventById;
    for (size_t i = 0; i < ds.events.size(); ++i)
        eventById.insert(ds.events[i].id, EventIndex(i));
    const auto eventFor = [&](const QJsonObject &o, const Path &path, bool required) {
        const QString id = getString(o, path, QLatin1StringView("event"), required);
        if (id.isEmpty())
            return EventIndex();
        return resolve(eventById.value(id), child(path, QStringLiteral("event")), QLatin1StringView("event"), id);
    };

    const QJsonValue talksValue = root.value(QLatin1StringView("talks"));
    if (talksValue.isArray())
        ds.talks.reserve(size_t(talksValue.toArray().size()));
    in.forEach(root, QLatin1StringView("talks"), [&](const QJsonObject &o, const Path &path) {
        Talk t;
        t.id = getString(o, path, QLatin1StringView("id"), true);
        t.event = eventFor(o, path, false);
        t.title = getString(o, path, QLatin1StringView("title"), true);
        const QString kind = getString(o, path, QLatin1StringView("kind"));
        if (!kind.isEmpty()) {
            const auto k = talkKindFromName(kind);
            if (!k)
                throw TypeError{child(path, QStringLiteral("kind")),
                                QStringLiteral("%1 is an unknown kind \"%2\"")
                                    .arg(JsonLocator::toString(child(path, QStringLiteral("kind"))), kind)};
            t.kind = *k;
        }
        t.day = getDate(o, path, QLatin1StringView("day"));
        t.setStart(getDateTime(o, path, QLatin1StringView("start")));
        t.setEnd(getDateTime(o, path, QLatin1StringView("end")));
        t.timeZone = ds.intern(getString(o, path, QLatin1StringView("timezone")));
        t.room = ds.intern(getString(o, path, QLatin1StringView("room")));
        t.section = ds.intern(getString(o, path, QLatin1StringView("section")));
        t.track = ds.intern(getString(o, path, QLatin1StringView("track")));
        const Path speakersPath = child(path, QStringLiteral("speakers"));
        const QJsonArray speakers = getArray(o, path, QLatin1StringView("speakers"));
        for (qsizetype i = 0; i < speakers.size(); ++i) {
            Path sp;
            const QJsonObject so = objectAt(speakers, i, speakersPath, &sp);
            Speaker s;
            s.name = ds.intern(getString(so, sp, QLatin1StringView("name"), true));
            s.affiliation = ds.intern(getString(so, sp, QLatin1StringView("affiliation")));
            s.role = ds.intern(getString(so, sp, QLatin1StringView("role")));
            const QString person = getString(so, sp, QLatin1StringView("person"));
            if (!person.isEmpty())
                s.person = resolve(personById.value(person), child(sp, QStringLiteral("person")),
                                   QLatin1StringView("person"), person);
            t.speakers.push_back(s);
        }
        for (const auto &org : getStringArray(o, path, QLatin1StringView("organizations")))
            t.organizations.push_back(ds.intern(org));
        const Path linksPath = child(path, QStringLiteral("links"));
        const QJsonArray links = getArray(o, path, QLatin1StringView("links"));
        for (qsizetype i = 0; i < links.size(); ++i) {
            Path lp;
            const QJsonObject lo = objectAt(links, i, linksPath, &lp);
            const auto kind = linkKindFromName(getString(lo, lp, QLatin1StringView("kind")));
            t.links.push_back({kind.value_or(LinkKind::Page), getString(lo, lp, QLatin1StringView("url"), true)});
        }
        const QString url = getString(o, path, QLatin1StringView("url"));
        if (!url.isEmpty() && (t.links.empty() || t.links.front().url != url)) {
            std::erase_if(t.links, [&](const Link &l) { return l.url == url; });
            t.links.insert(t.links.begin(), Link{LinkKind::Page, url});
        }
        t.setAbstract(getString(o, path, QLatin1StringView("abstract")));
        const QStringList topics = getStringArray(o, path, QLatin1StringView("topics"));
        const QStringList evidence = getStringArray(o, path, QLatin1StringView("topic_evidence"));
        for (qsizetype i = 0; i < topics.size(); ++i) {
            TopicIndex topic = topicById.value(topics[i]);
            if (!topic.isValid()) {
                // A topic named by a talk but not declared: keep it rather than lose the fact.
                topic = ds.addTopic({topics[i], topics[i], QColor()});
                topicById.insert(topics[i], topic);
            }
            t.topics.push_back({topic, ds.intern(evidence.value(i))});
        }
        const Path sourcesPath = child(path, QStringLiteral("sources"));
        const QStringList sources = getStringArray(o, path, QLatin1StringView("sources"));
        for (qsizetype i = 0; i < sources.size(); ++i) {
            Path sp = sourcesPath;
            sp.append(i);
            t.sources.push_back(resolve(sourceById.value(sources[i]), sp, QLatin1StringView("source"), sources[i]));
        }
        ds.talks.push_back(std::move(t));
    });
    in.forEach(root, QLatin1StringView("mentions"), [&](const QJsonObject &o, const Path &path) {
        Mention m;
        m.name = getString(o, path, QLatin1StringView("name"), true);
        m.event = eventFor(o, path, false);
        const QString source = getString(o, path, QLatin1StringView("source"));
        if (!source.isEmpty())
            m.source = resolve(sourceById.value(source), child(path, QStringLiteral("source")),
                               QLatin1StringView("source"), source);
        m.count = int(getNumber(o, path, QLatin1StringView("count")));
        ds.mentions.push_back(m);
    });
    in.forEach(root, QLatin1StringView("themes"), [&](const QJsonObject &o, const Path &path) {
        ThemeShare th;
        th.event = eventFor(o, path, true);
        const QString topic = getString(o, path, QLatin1StringView("topic"), true);
        th.topic = resolve(topicById.value(topic), child(path, QStringLiteral("topic")), QLatin1StringView("topic"), topic);
        th.talks = int(getNumber(o, path, QLatin1StringView("talks")));
        th.paragraphs = int(getNumber(o, path, QLatin1StringView("paragraphs")));
        th.share = getNumber(o, path, QLatin1StringView("share"));
        ds.themes.push_back(th);
    });
    return result;
}
