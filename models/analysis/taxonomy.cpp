#include "taxonomy.h"

#include "data/jsonlocator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>

namespace {
using Path = JsonLocator::Path;

class Parser
{
public:
    Parser(const QByteArray &bytes, const QString &file, QList<Problem> *problems)
        : m_bytes(bytes), m_file(file), m_problems(problems)
    {}

    void fail(const Path &path, const QString &message)
    {
        if (m_problems)
            m_problems->append(
                {m_file, JsonLocator::lineOf(m_bytes, path), message, Problem::Severity::Error});
    }

    // A list of strings at `key`; a wrong element is reported and skipped.
    QStringList strings(const QJsonObject &o, const Path &path, QLatin1StringView key)
    {
        QStringList out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) return out;
        Path p = path;
        p.append(QString(key));
        if (!v.isArray()) {
            fail(p, QStringLiteral("%1 must be an array of strings").arg(JsonLocator::toString(p)));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString s = a.at(i).toString().trimmed();
            if (!a.at(i).isString() || s.isEmpty()) {
                Path item = p;
                item.append(i);
                fail(item, QStringLiteral("%1 must be a non-empty string").arg(JsonLocator::toString(item)));
                continue;
            }
            out << s;
        }
        return out;
    }

    QString string(const QJsonObject &o, const Path &path, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) return {};
        if (!v.isString()) {
            Path p = path;
            p.append(QString(key));
            fail(p, QStringLiteral("%1 must be a string").arg(JsonLocator::toString(p)));
            return {};
        }
        return v.toString().trimmed();
    }

private:
    const QByteArray &m_bytes;
    const QString &m_file;
    QList<Problem> *m_problems;
};

void appendUnique(QStringList &to, const QStringList &from)
{
    for (const auto &s : from) {
        if (!to.contains(s, Qt::CaseInsensitive)) to << s;
    }
}

QMutex &currentMutex()
{
    static QMutex mutex;
    return mutex;
}

std::shared_ptr<const Taxonomy> &currentTaxonomy()
{
    static std::shared_ptr<const Taxonomy> taxonomy;
    return taxonomy;
}

QString &chosenUserFile()
{
    static QString file;
    return file;
}
} // namespace

Taxonomy Taxonomy::builtin()
{
    static const Taxonomy taxonomy = [] {
        QFile file(QStringLiteral(":/taxonomy.json"));
        QList<Problem> problems;
        Taxonomy t;
        if (file.open(QIODevice::ReadOnly)) t = parse(file.readAll(), file.fileName(), &problems);
        // The shipped file is checked by the tests; a broken one is a build mistake, not user input.
        Q_ASSERT(problems.isEmpty() && !t.m_topics.empty());
        return t;
    }();
    return taxonomy;
}

Taxonomy Taxonomy::parse(const QByteArray &json, const QString &file, QList<Problem> *problems)
{
    Taxonomy t;
    Parser in(json, file, problems);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // At the end of a truncated file, the line is the last one with text, not the empty one after it.
        qsizetype offset = std::min<qsizetype>(error.offset, json.size());
        while (offset > 0 && QChar::isSpace(uchar(json[offset - 1])))
            --offset;
        if (problems)
            problems->append({file, lineAtOffset(json, offset),
                              QStringLiteral("not valid JSON: %1").arg(error.errorString()),
                              Problem::Severity::Error});
        return t;
    }
    if (!doc.isObject()) {
        in.fail({}, QStringLiteral("a topics file must be a JSON object with a \"topics\" array"));
        return t;
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QLatin1StringView("format"));
    if (!format.isUndefined() && format.toString() != FormatId) {
        in.fail({QStringLiteral("format")},
                QStringLiteral("unknown format \"%1\" (expected \"%2\")").arg(format.toString(), FormatId));
        return t;
    }
    const QJsonValue topics = root.value(QLatin1StringView("topics"));
    if (!topics.isArray()) {
        in.fail({QStringLiteral("topics")}, QStringLiteral("\"topics\" must be an array"));
        return t;
    }
    const QJsonArray topicArray = topics.toArray();
    for (qsizetype i = 0; i < topicArray.size(); ++i) {
        const Path path{QStringLiteral("topics"), i};
        if (!topicArray.at(i).isObject()) {
            in.fail(path, QStringLiteral("%1 must be an object").arg(JsonLocator::toString(path)));
            continue;
        }
        const QJsonObject o = topicArray.at(i).toObject();
        TaxonomyTopic topic;
        topic.id = in.string(o, path, QLatin1StringView("id"));
        if (topic.id.isEmpty()) {
            in.fail(path, QStringLiteral("%1 has no \"id\"").arg(JsonLocator::toString(path)));
            continue;
        }
        topic.label = in.string(o, path, QLatin1StringView("label"));
        const QString color = in.string(o, path, QLatin1StringView("color"));
        if (!color.isEmpty()) {
            topic.color = QColor::fromString(color);
            if (!topic.color.isValid()) {
                Path p = path;
                p.append(QStringLiteral("color"));
                in.fail(p, QStringLiteral("%1 is not a colour: \"%2\"").arg(JsonLocator::toString(p), color));
            }
        }
        topic.keywords = in.strings(o, path, QLatin1StringView("keywords"));
        topic.weak = in.strings(o, path, QLatin1StringView("weak"));
        topic.projects = in.strings(o, path, QLatin1StringView("projects"));
        topic.tracks = in.strings(o, path, QLatin1StringView("tracks"));
        topic.replaceLists = o.value(QLatin1StringView("replace")).toBool();
        const int existing = t.indexOf(topic.id);
        if (existing >= 0) {
            in.fail(
                path,
                QStringLiteral("%1: topic \"%2\" appears twice").arg(JsonLocator::toString(path), topic.id));
            continue;
        }
        t.m_topics.push_back(std::move(topic));
    }
    const QJsonArray kinds = root.value(QLatin1StringView("kinds")).toArray();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const Path path{QStringLiteral("kinds"), i};
        const QJsonObject o = kinds.at(i).toObject();
        const QString name = in.string(o, path, QLatin1StringView("kind"));
        const auto kind = talkKindFromName(name);
        if (!kind) {
            in.fail(path,
                    QStringLiteral("%1 names an unknown kind \"%2\"").arg(JsonLocator::toString(path), name));
            continue;
        }
        t.m_kinds.push_back({*kind, in.strings(o, path, QLatin1StringView("tracks")),
                             in.strings(o, path, QLatin1StringView("titles"))});
    }
    t.m_neutralTracks = in.strings(root, {}, QLatin1StringView("neutral_tracks"));
    return t;
}

void Taxonomy::apply(const Taxonomy &user)
{
    for (const auto &u : user.m_topics) {
        const int i = indexOf(u.id);
        if (i < 0) {
            TaxonomyTopic added = u;
            if (added.label.isEmpty()) added.label = added.id;
            added.fromUser = true;
            m_topics.push_back(std::move(added));
            continue;
        }
        TaxonomyTopic &t = m_topics[size_t(i)];
        if (!u.label.isEmpty()) t.label = u.label;
        if (u.color.isValid()) t.color = u.color;
        if (u.replaceLists) {
            t.keywords = u.keywords;
            t.weak = u.weak;
            t.projects = u.projects;
            t.tracks = u.tracks;
        } else {
            appendUnique(t.keywords, u.keywords);
            appendUnique(t.weak, u.weak);
            appendUnique(t.projects, u.projects);
            appendUnique(t.tracks, u.tracks);
        }
        t.fromUser = true;
    }
    for (const auto &k : user.m_kinds)
        m_kinds.push_back(k);
    appendUnique(m_neutralTracks, user.m_neutralTracks);
    m_problems += user.m_problems;
}

Taxonomy Taxonomy::load(const QString &userFile, QList<Problem> *problems)
{
    Taxonomy t = builtin();
    if (userFile.isEmpty() || !QFileInfo::exists(userFile)) return t;
    QFile file(userFile);
    QList<Problem> found;
    if (!file.open(QIODevice::ReadOnly)) {
        found.append({userFile, 0, QStringLiteral("cannot open: %1").arg(file.errorString()),
                      Problem::Severity::Error});
    } else {
        Taxonomy user = parse(file.readAll(), userFile, &found);
        t.apply(user);
    }
    t.m_problems = found;
    if (problems) *problems += found;
    return t;
}

int Taxonomy::indexOf(QStringView id) const
{
    for (size_t i = 0; i < m_topics.size(); ++i) {
        if (m_topics[i].id == id) return int(i);
    }
    return -1;
}

bool Taxonomy::hasUserTopics() const
{
    return std::any_of(m_topics.begin(), m_topics.end(), [](const TaxonomyTopic &t) { return t.fromUser; });
}

QString Taxonomy::standardUserFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QLatin1StringView("/topics.json");
}

QString Taxonomy::userFile()
{
    QMutexLocker lock(&currentMutex());
    return chosenUserFile().isEmpty() ? standardUserFile() : chosenUserFile();
}

void Taxonomy::setUserFile(const QString &path)
{
    QMutexLocker lock(&currentMutex());
    chosenUserFile() = path;
    currentTaxonomy().reset();
}

std::shared_ptr<const Taxonomy> Taxonomy::current()
{
    {
        QMutexLocker lock(&currentMutex());
        if (currentTaxonomy()) return currentTaxonomy();
    }
    return reload();
}

std::shared_ptr<const Taxonomy> Taxonomy::reload()
{
    auto loaded = std::make_shared<const Taxonomy>(load(userFile(), nullptr));
    QMutexLocker lock(&currentMutex());
    currentTaxonomy() = loaded;
    return loaded;
}
