#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <bitset>
#include <vector>

// Cloud-native projects and products a write-up may name (resources/projects.json, extended by the
// user's projects.json in the app's config folder). Counting is one pass over the text's words, so a
// long post costs the same whatever the size of the dictionary.
class ProjectDictionary
{
public:
    // The built-in dictionary plus the user's additions.
    static const ProjectDictionary &instance();

    ProjectDictionary() = default;
    // Adds the entries of a dictionary file: {"projects": [{"name", "aliases", "caseSensitive"}]} or a
    // plain list of names. Returns false (and adds nothing) when the file cannot be read as such.
    bool load(const QString &path, QString *error = nullptr);
    // ordinaryWord: the name is also an English word ("Harbor"), so it does not count where every
    // word is capitalised (the start of a sentence, a line or a heading).
    void add(const QString &name, const QStringList &aliases = {}, bool caseSensitive = false,
             bool ordinaryWord = false);

    qsizetype size() const { return qsizetype(m_names.size()); }
    // How often each project is named in the text, keyed by the dictionary's spelling. Longer names win
    // over their prefixes ("Argo CD" is not also "Argo").
    QHash<QString, int> count(QStringView text) const;

private:
    struct Pattern
    {
        QStringList words; // casefolded unless caseSensitive
        bool caseSensitive = false;
        bool ordinaryWord = false;
        int project = 0;
    };
    std::vector<QString> m_names;
    QHash<QString, int> m_byName; // casefolded name -> index in m_names
    std::vector<Pattern> m_patterns;
    // Hash of the casefolded first word -> patterns, longest first. Keyed by a hash computed in place so
    // counting allocates nothing per word; a match is then checked word by word.
    QHash<quint64, QList<int>> m_byFirstWord;
    // The low bits of those hashes: most words of a text start no name and are ruled out here, without
    // a hash lookup.
    std::bitset<65536> m_firstWordBits;
};
