#include "jsonkeyorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace dcsdesk {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void skipSpace(const QByteArray &s, qsizetype &i)
{
    while (i < s.size() && isSpace(s.at(i)))
        ++i;
}

// i is on the opening quote; leaves i after the closing quote.
void skipString(const QByteArray &s, qsizetype &i)
{
    ++i;
    while (i < s.size()) {
        const char c = s.at(i++);
        if (c == '\\')
            ++i;
        else if (c == '"')
            return;
    }
}

void skipValue(const QByteArray &s, qsizetype &i)
{
    if (i >= s.size())
        return;
    const char c = s.at(i);
    if (c == '"') {
        skipString(s, i);
        return;
    }
    if (c == '{' || c == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char d = s.at(i);
            if (d == '"') {
                skipString(s, i);
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']')
                --depth;
            ++i;
            if (depth == 0)
                return;
        }
        return;
    }
    while (i < s.size() && s.at(i) != ',' && s.at(i) != '}' && s.at(i) != ']' && !isSpace(s.at(i)))
        ++i;
}

} // namespace

QVector<JsonMember> topLevelMembers(const QByteArray &json)
{
    QVector<JsonMember> members;
    qsizetype i = 0;
    skipSpace(json, i);
    if (i >= json.size() || json.at(i) != '{')
        return members;
    ++i;
    while (i < json.size()) {
        skipSpace(json, i);
        if (i >= json.size() || json.at(i) == '}')
            break;
        if (json.at(i) == ',') {
            ++i;
            continue;
        }
        if (json.at(i) != '"')
            break;
        const qsizetype keyStart = i;
        skipString(json, i);
        // Decode the key through QJsonDocument so escapes come out right.
        const QByteArray keyJson = '[' + json.mid(keyStart, i - keyStart) + ']';
        JsonMember m;
        m.key = QJsonDocument::fromJson(keyJson).array().at(0).toString();
        skipSpace(json, i);
        if (i < json.size() && json.at(i) == ':')
            ++i;
        skipSpace(json, i);
        m.valueOffset = i;
        skipValue(json, i);
        m.valueLength = i - m.valueOffset;
        members.append(m);
    }
    return members;
}

} // namespace dcsdesk
