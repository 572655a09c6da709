#pragma once

#include <QSet>
#include <QString>
#include <QStringView>
#include <vector>

// A saved web page as a tree of elements and text, built in one linear pass the way browsers recover
// from sloppy markup (implied </p>, </li>, </td>; stray end tags ignored), but bounded: nesting stops
// deepening at MaxDepth and building stops at MaxNodes, so a hostile page costs time and memory in
// proportion to its size, and any walk over the tree may recurse. Script and style bodies are kept as
// one text node each and never parsed as markup. Only the attributes a reader of posts uses are kept.
class HtmlDocument
{
public:
    static constexpr int MaxDepth = 200;
    static constexpr int MaxNodes = 1'000'000;

    struct Node
    {
        QString tag; // lower case; empty for a text node
        int parent = -1;
        int firstChild = -1;
        int lastChild = -1;
        int next = -1;
        int attrBegin = 0;
        int attrCount = 0;
        qsizetype textStart = 0; // text nodes: the range in the source, entities not decoded
        qsizetype textSize = 0;
        bool isText() const { return tag.isEmpty(); }
    };

    static HtmlDocument parse(const QString &html);

    // False when the page had more than MaxNodes nodes: the tree holds only its beginning.
    bool isComplete() const { return m_complete; }
    int size() const { return int(m_nodes.size()); }
    const Node &node(int i) const { return m_nodes[size_t(i)]; }
    int root() const { return 0; }
    // The attribute's decoded value; empty when missing.
    QString attribute(int node, QStringView name) const;
    bool hasAttribute(int node, QStringView name) const;
    // A text node's source text, entities not decoded.
    QStringView rawText(int node) const;
    // All text under a node, entities decoded, whitespace collapsed.
    QString text(int node) const;

    // &amp; &#8217; &#x1F600; and the named entities posts use; unknown names are left as written.
    static QString decodeEntities(QStringView text);

private:
    struct Attribute
    {
        QString name;
        QString value;
    };
    void appendText(qsizetype from, qsizetype to);
    int appendElement(QStringView name, std::vector<Attribute> &attrs);
    void openElement(QStringView name, std::vector<Attribute> &attrs, bool selfClosing);
    void closeElement(QStringView name);
    bool closeUpTo(std::initializer_list<QStringView> names, std::initializer_list<QStringView> stopAt);
    void collectText(int node, QString &out) const;

    QString m_source;
    std::vector<Node> m_nodes;
    std::vector<Attribute> m_attrs;
    std::vector<int> m_open; // the open elements, root first
    int m_overflow = 0;      // start tags past MaxDepth not yet closed
    bool m_complete = true;
    QSet<QString> m_names; // tag names shared between nodes instead of one string each
};
