#include "jsonlocator.h"

#include "problem.h"

namespace {
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    qsizetype find(const JsonLocator::Path &path)
    {
        skipSpace();
        qsizetype found = m_pos;
        for (const auto &part : path) {
            skipSpace();
            if (!descend(part))
                return found;
            skipSpace();
            found = m_pos;
        }
        return found;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_pos;
    }

    QByteArray readString()
    {
        QByteArray out;
        ++m_pos; // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\' && m_pos + 1 < m_text.size()) {
                out += m_text[m_pos + 1];
                m_pos += 2;
                continue;
            }
            out += m_text[m_pos++];
        }
        ++m_pos; // closing quote
        return out;
    }

    void skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"') {
            readString();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char d = peek();
                if (d == '"') {
                    readString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++m_pos;
                        return;
                    }
                }
                ++m_pos;
            }
        } else {
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']')
                ++m_pos;
        }
    }

    bool descend(const JsonLocator::Part &part)
    {
        if (const auto *key = std::get_if<QString>(&part)) {
            if (peek() != '{')
                return false;
            ++m_pos;
            const QByteArray wanted = key->toUtf8();
            while (true) {
                skipSpace();
                if (peek() != '"')
                    return false;
                const QByteArray name = readString();
                skipSpace();
                if (peek() != ':')
                    return false;
                ++m_pos;
                skipSpace();
                if (name == wanted)
                    return true;
                skipValue();
                skipSpace();
                if (peek() != ',')
                    return false;
                ++m_pos;
            }
        }
        const qsizetype index = std::get<qsizetype>(part);
        if (peek() != '[')
            return false;
        ++m_pos;
        for (qsizetype i = 0;; ++i) {
            skipSpace();
            if (atEnd() || peek() == ']')
                return false;
            if (i == index)
                return true;
            skipValue();
            skipSpace();
            if (peek() != ',')
                return false;
            ++m_pos;
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};
} // namespace

qsizetype JsonLocator::offsetOf(QByteArrayView text, const Path &path)
{
    return Scanner(text).find(path);
}

int JsonLocator::lineOf(QByteArrayView text, const Path &path)
{
    return lineAtOffset(text, offsetOf(text, path));
}

QString JsonLocator::toString(const Path &path)
{
    QString out;
    for (const auto &part : path) {
        if (const auto *key = std::get_if<QString>(&part))
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + *key;
        else
            out += u'[' + QString::number(std::get<qsizetype>(part)) + u']';
    }
    return out;
}
