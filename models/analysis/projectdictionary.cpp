#include "projectdictionary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>

namespace {
// Words as the dictionary and the text are compared: runs of letters and digits ("OSS-Fuzz" is
// "OSS" "Fuzz", so "OSS Fuzz" matches too).
template <typename Fn> void forEachWord(QStringView text, Fn &&fn)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !text[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < n && text[i].isLetterOrNumber())
            ++i;
        if (i > start) fn(text.mid(start, i - start));
    }
}

// Whether the word opens a sentence, a line or a heading, where any word is capitalised. A name in
// bold or in a link ("- **Harbor**: ...") is set apart as a name, wherever it stands.
bool startsSentence(QStringView text, QStringView word)
{
    for (qsizetype i = word.data() - text.data() - 1; i >= 0; --i) {
        const QChar c = text[i];
        if (c == u' ' || c == u'\t' || c == u'"' || c == u'“' || c == u'(') continue;
        if (c == u'*' || c == u'_' || c == u'[') return false;
        return c == u'\n' || c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'#' || c == u'-' ||
               c == u'•' || c == u'|' || c == u'>';
    }
    return true;
}

quint64 foldedHash(QStringView word)
{
    quint64 h = 1469598103934665603ull;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        const char16_t f =
            u < 0x80 ? char16_t(u >= 'A' && u <= 'Z' ? u + 32 : u) : c.toCaseFolded().unicode();
        h = (h ^ f) * 1099511628211ull;
    }
    return h;
}

QStringList words(QStringView text, bool caseSensitive)
{
    QStringList out;
    forEachWord(text,
                [&](QStringView w) { out << (caseSensitive ? w.toString() : w.toString().toCaseFolded()); });
    return out;
}
} // namespace

const ProjectDictionary &ProjectDictionary::instance()
{
    static const ProjectDictionary dictionary = [] {
        ProjectDictionary d;
        d.load(QStringLiteral(":/projects.json"));
        const QString user =
            QStandardPaths::locate(QStandardPaths::AppConfigLocation, QStringLiteral("projects.json"));
        if (!user.isEmpty()) d.load(user);
        return d;
    }();
    return dictionary;
}

bool ProjectDictionary::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        if (error) *error = QStringLiteral("%1: not JSON: %2").arg(path, parseError.errorString());
        return false;
    }
    const QJsonArray entries =
        doc.isArray() ? doc.array() : doc.object().value(QLatin1StringView("projects")).toArray();
    for (const auto &v : entries) {
        if (v.isString()) {
            add(v.toString());
            continue;
        }
        const QJsonObject o = v.toObject();
        QStringList aliases;
        for (const auto &a : o.value(QLatin1StringView("aliases")).toArray())
            aliases << a.toString();
        add(o.value(QLatin1StringView("name")).toString(), aliases,
            o.value(QLatin1StringView("caseSensitive")).toBool(),
            o.value(QLatin1StringView("ordinaryWord")).toBool());
    }
    return true;
}

void ProjectDictionary::add(const QString &name, const QStringList &aliases, bool caseSensitive,
                            bool ordinaryWord)
{
    if (name.trimmed().isEmpty()) return;
    // Looked up in a hash: the built-in dictionary has thousands of entries.
    const QString key = name.trimmed().toCaseFolded();
    int project = m_byName.value(key, -1);
    if (project < 0) {
        project = int(m_names.size());
        m_names.push_back(name.trimmed());
        m_byName.insert(key, project);
    }
    QStringList spellings = aliases;
    spellings.append(name);
    for (const QString &spelling : std::as_const(spellings)) {
        Pattern p{words(spelling, caseSensitive), caseSensitive, ordinaryWord && spelling == name, project};
        if (p.words.isEmpty()) continue;
        const int index = int(m_patterns.size());
        const quint64 first = foldedHash(p.words.front());
        m_patterns.push_back(std::move(p));
        m_firstWordBits.set(size_t(first % 65536));
        QList<int> &list = m_byFirstWord[first];
        list.append(index);
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
            return m_patterns[size_t(a)].words.size() > m_patterns[size_t(b)].words.size();
        });
    }
}

QHash<QString, int> ProjectDictionary::count(QStringView text) const
{
    QHash<QString, int> counts;
    if (m_patterns.empty()) return counts;
    // Words and their folded hashes in one pass over the text (the same words and hashes as
    // forEachWord and foldedHash give).
    struct Token
    {
        QStringView word;
        quint64 hash;
    };
    std::vector<Token> tokens;
    tokens.reserve(size_t(text.size() / 6));
    const QChar *d = text.data();
    const qsizetype n = text.size();
    const auto wordChar = [](QChar c) {
        const char16_t u = c.unicode();
        if (u < 0x80) return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        return c.isLetterOrNumber();
    };
    for (qsizetype i = 0; i < n;) {
        while (i < n && !wordChar(d[i]))
            ++i;
        const qsizetype start = i;
        quint64 h = 1469598103934665603ull;
        while (i < n && wordChar(d[i])) {
            const char16_t u = d[i].unicode();
            const char16_t f =
                u < 0x80 ? char16_t(u >= 'A' && u <= 'Z' ? u + 32 : u) : d[i].toCaseFolded().unicode();
            h = (h ^ f) * 1099511628211ull;
            ++i;
        }
        if (i > start) tokens.push_back({text.mid(start, i - start), h});
    }
    for (size_t i = 0; i < tokens.size();) {
        size_t used = 1;
        const quint64 hash = tokens[i].hash;
        const auto it = m_firstWordBits.test(size_t(hash % 65536)) ? m_byFirstWord.constFind(hash)
                                                                   : m_byFirstWord.constEnd();
        if (it != m_byFirstWord.constEnd()) {
            for (const int index : *it) {
                const Pattern &p = m_patterns[size_t(index)];
                if (i + size_t(p.words.size()) > tokens.size()) continue;
                bool match = true;
                for (qsizetype k = 0; k < p.words.size() && match; ++k) {
                    const QStringView t = tokens[i + size_t(k)].word;
                    match =
                        p.caseSensitive ? t == p.words[k] : t.compare(p.words[k], Qt::CaseInsensitive) == 0;
                }
                if (match && p.ordinaryWord && startsSentence(text, tokens[i].word))
                    match = false; // "Keep in mind", "Harbor views": every word is capitalised there
                if (match) {
                    ++counts[m_names[size_t(p.project)]];
                    used = size_t(p.words.size());
                    break;
                }
            }
        }
        i += used;
    }
    return counts;
}
