#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <algorithm>

// The metadata block at the top of a Markdown note or post: YAML between "---" lines or TOML between
// "+++" lines, or Pelican/MultiMarkdown "Key: value" lines up to a blank line. Only the subset such notes use is understood: scalars (plain, "double" or 'single'
// quoted), inline lists [a, "b"], block lists ("- item" lines), folded/literal block scalars (| and >),
// one level of nesting (stored as "parent.child"), TOML "key = value" with [table] headers. That is
// enough for Hugo/Jekyll/Obsidian front matter without pulling in a YAML library; anything else is
// reported as an error with its line and skipped, so one odd line never loses the rest.
class FrontMatter
{
public:
    enum class Format { None, Yaml, Toml, Metadata };

    struct Error
    {
        int line = 0; // 1-based line in the whole text
        QString message;
    };

    FrontMatter() = default;
    // Splits `text` (already decoded; a leading BOM is skipped). Text without an opening delimiter on
    // its first line has no front matter and its body starts at line 1.
    static FrontMatter parse(QStringView text);

    Format format() const { return m_format; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool contains(QStringView key) const { return find(key) != nullptr; }
    // A scalar, or a list's items joined by ", "; empty when the key is missing.
    QString value(QStringView key) const;
    // A list's items, or a scalar as a one-item list; empty when the key is missing or empty.
    QStringList list(QStringView key) const;
    // The 1-based line where the key was written, 0 when missing.
    int line(QStringView key) const;
    QStringList keys() const;

    // Where the body (the text after the closing delimiter) starts: 1-based line and offset in the text.
    int bodyLine() const { return m_bodyLine; }
    qsizetype bodyOffset() const { return m_bodyOffset; }
    QStringView body(QStringView text) const { return text.mid(std::min(m_bodyOffset, text.size())); }

    const QList<Error> &errors() const { return m_errors; }

private:
    struct Entry
    {
        QString key;
        QStringList values;
        bool isList = false;
        int line = 0;
    };
    const Entry *find(QStringView key) const;
    Entry &set(const QString &key, int line);
    static FrontMatter parseMetadataLines(QStringView text, qsizetype pos);
    void parseYaml(const QList<QStringView> &lines, int firstLine);
    void parseToml(const QList<QStringView> &lines, int firstLine);
    void error(int line, const QString &message) { m_errors.append({line, message}); }

    Format m_format = Format::None;
    QList<Entry> m_entries;
    QList<Error> m_errors;
    int m_bodyLine = 1;
    qsizetype m_bodyOffset = 0;
};
