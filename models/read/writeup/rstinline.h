#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

// reStructuredText inline markup as Markdown, for one paragraph at a time (links are often wrapped over
// two lines): ``literal``, **strong**, *emphasis*, `text <url>`_, `name`_ and name_ references to
// ".. _name: url" targets, anonymous `text`__ references, roles, footnote references. Every line break
// of the paragraph is kept, so the paragraph's lines keep their numbers.
class RstInline
{
public:
    // `anonymous` holds the "__ url" targets not used yet, in order; each anonymous reference takes one.
    static QString convert(QStringView text, const QHash<QString, QString> &targets, QStringList &anonymous);
    // The key a reference name is looked up by: case and spacing do not matter, as in rst.
    static QString targetKey(QStringView name);
};
