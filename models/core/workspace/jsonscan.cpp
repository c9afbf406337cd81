#include "jsonscan.h"

#include <QByteArrayView>
#include <vector>

namespace dcsdesk {

JsonPosition jsonPositionOf(const QByteArray &bytes, qsizetype offset)
{
    JsonPosition pos;
    const qsizetype end = std::min(offset, bytes.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    pos.column = int(QString::fromUtf8(bytes.constData() + lineStart, end - lineStart).size()) + 1;
    return pos;
}

bool findDuplicateJsonKey(const QByteArray &bytes, QString *key, qsizetype *offset)
{
    struct Level
    {
        bool isObject;
        bool expectingKey;
        std::vector<QByteArrayView> keys;
    };
    std::vector<Level> stack;
    const char *data = bytes.constData();
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        switch (c) {
        case '{':
            stack.push_back({true, true, {}});
            break;
        case '[':
            stack.push_back({false, false, {}});
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().isObject)
                stack.back().expectingKey = true;
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype j = start;
            while (j < n && data[j] != '"') {
                if (data[j] == '\\')
                    ++j;
                ++j;
            }
            if (!stack.empty() && stack.back().isObject && stack.back().expectingKey) {
                const QByteArrayView k(data + start, j - start);
                Level &level = stack.back();
                for (const QByteArrayView &seen : level.keys) {
                    if (seen == k) {
                        if (key)
                            *key = QString::fromUtf8(k);
                        if (offset)
                            *offset = start - 1;
                        return true;
                    }
                }
                level.keys.push_back(k);
                level.expectingKey = false;
            }
            i = j;
            break;
        }
        default:
            break;
        }
    }
    return false;
}

} // namespace dcsdesk
