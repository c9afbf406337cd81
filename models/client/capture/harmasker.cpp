#include "harmasker.h"

#include "harcapture.h"
#include "harstrings.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace dcsdesk {

namespace {

using Hit = HarMaskRules::Hit;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// An occurrence of an ID that starts or ends with a digit must not be part of a longer number.
bool boundaryOk(const QByteArray &s, qsizetype at, const QByteArray &needle)
{
    if (isDigit(needle.front()) && at > 0 && isDigit(s.at(at - 1)))
        return false;
    const qsizetype end = at + needle.size();
    return !(isDigit(needle.back()) && end < s.size() && isDigit(s.at(end)));
}

// The forms a value takes in a HAR: as read, percent-encoded (both hex cases, '+' for spaces,
// twice encoded inside a redir=), and as the browser wrote it.
QVector<QByteArray> formsOf(const QByteArray &canonical, const QByteArray &raw)
{
    const QByteArray encoded = canonical.toPercentEncoding();
    QByteArray form = canonical.toPercentEncoding(" ");
    form.replace(' ', '+');
    QVector<QByteArray> out{
        canonical, encoded, encoded.toLower(), form, encoded.toPercentEncoding(), raw};
    // Lower-casing whole strings changes more than the hex digits: keep only real forms.
    if (encoded.toLower() != encoded && !encoded.contains('%'))
        out.removeAll(encoded.toLower());
    return out;
}

class MaskSession
{
public:
    MaskSession(const QByteArray &original, const QSet<int> &answers)
        : m_original(original), m_answers(answers)
    {
    }

    QByteArray valueOf(const HarStrings &strings, const HarStrings::Span &span, bool *base64) const
    {
        QByteArray v = strings.value(span);
        *base64 = false;
        if (strings.paths().at(span.path).endsWith("entries.response.content.text") &&
            strings.encodingOf(span) == "base64") {
            auto decoded =
                QByteArray::fromBase64Encoding(v, QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                v = *decoded;
                *base64 = true;
            }
        }
        return v;
    }

    QVector<Hit> hitsOf(const HarStrings &strings, const HarStrings::Span &span,
                        const QByteArray &value) const
    {
        return HarMaskRules::find(strings.paths().at(span.path), strings.nameOf(span), value,
                                  m_answers.contains(span.entry));
    }

    static bool needsMask(const QByteArray &canonical)
    {
        return !canonical.isEmpty() && !HarMaskRules::isKept(canonical) &&
               !HarMaskRules::isTokenLike(canonical);
    }

    // A hit that is not spliced (a credential's part) shares the token, uncounted: it is part
    // of a value already listed.
    QByteArray tokenFor(const Hit &hit, HarMasker::Result &result)
    {
        const auto it = m_tokens.constFind(hit.canonical);
        if (it != m_tokens.constEnd())
            return it.value();
        if (!hit.partOf.isEmpty() && m_tokens.contains(hit.partOf)) {
            m_tokens.insert(hit.canonical, m_tokens.value(hit.partOf));
            return m_tokens.value(hit.partOf);
        }
        QByteArray token;
        const bool digits = hit.canonical.size() >= 16 &&
                            std::all_of(hit.canonical.begin(), hit.canonical.end(), isDigit);
        do {
            if (digits) {
                token = QByteArray::number(++m_numeric).rightJustified(hit.canonical.size(), '0');
            } else {
                static const char *const words[] = {"COOKIE", "ID", "P", "SECRET"};
                token = QByteArray("MASKED-") + words[int(hit.kind)] + '-' +
                        QByteArray::number(++m_perKind[int(hit.kind)]);
            }
        } while (m_original.contains(token));
        m_tokens.insert(hit.canonical, token);
        if (hit.splice) {
            ++result.valueCount;
            ++result.valuesPerKind[int(hit.kind)];
        }
        return token;
    }

    void addForms(const Hit &hit, const QByteArray &token)
    {
        if (hit.canonical.size() < HarMasker::MinGlobalLength)
            return;
        for (const QByteArray &form : formsOf(hit.canonical, hit.raw)) {
            if (form.size() >= HarMasker::MinGlobalLength && !m_formSet.contains(form)) {
                m_formSet.insert(form);
                m_forms.append({form, token});
            }
        }
    }

    // Forms indexed by their first 8 bytes (every form has at least 8): one pass over a string
    // finds them all, however many values a large capture holds.
    void sortForms()
    {
        std::stable_sort(m_forms.begin(), m_forms.end(), [](const auto &a, const auto &b) {
            return a.first.size() > b.first.size();
        });
        for (int i = 0; i < m_forms.size(); ++i)
            m_index[prefixKey(m_forms.at(i).first.constData())].append(i);
    }

    static quint64 prefixKey(const char *p)
    {
        quint64 key = 0;
        std::memcpy(&key, p, sizeof key);
        return key;
    }

    // The longest form starting at `at`, or -1.
    int formAt(const QByteArray &s, qsizetype at) const
    {
        const auto it = m_index.constFind(prefixKey(s.constData() + at));
        if (it == m_index.constEnd())
            return -1;
        for (int i : it.value()) {
            const QByteArray &form = m_forms.at(i).first;
            if (at + form.size() <= s.size() &&
                std::memcmp(s.constData() + at, form.constData(), size_t(form.size())) == 0 &&
                boundaryOk(s, at, form))
                return i;
        }
        return -1;
    }

    // Hits replaced by their tokens, then every known form of every long value anywhere.
    int rewrite(QByteArray &value, const QVector<Hit> &hits) const
    {
        int count = 0;
        for (auto it = hits.crbegin(); it != hits.crend(); ++it) {
            if (!it->splice || !needsMask(it->canonical))
                continue;
            value.replace(it->start, it->length, m_tokens.value(it->canonical));
            ++count;
        }
        if (m_forms.isEmpty() || value.size() < HarMasker::MinGlobalLength)
            return count;
        QByteArray out;
        qsizetype copied = 0;
        for (qsizetype at = 0; at + HarMasker::MinGlobalLength <= value.size();) {
            const int form = formAt(value, at);
            if (form < 0) {
                ++at;
                continue;
            }
            out.append(value.constData() + copied, at - copied);
            out.append(m_forms.at(form).second);
            at += m_forms.at(form).first.size();
            copied = at;
            ++count;
        }
        if (copied > 0) {
            out.append(value.constData() + copied, value.size() - copied);
            value = out;
        }
        return count;
    }

    // The first long value still in text, or empty.
    QByteArray leftIn(const QByteArray &text) const
    {
        for (qsizetype at = 0; !m_forms.isEmpty() && at + HarMasker::MinGlobalLength <= text.size();
             ++at) {
            if (const int form = formAt(text, at); form >= 0)
                return m_forms.at(form).first;
        }
        return {};
    }

private:
    QByteArray m_original;
    QSet<int> m_answers;
    QHash<QByteArray, QByteArray> m_tokens;
    QVector<QPair<QByteArray, QByteArray>> m_forms; // longest first
    QSet<QByteArray> m_formSet;
    QHash<quint64, QVector<int>> m_index; // first 8 bytes -> forms, longest first
    int m_numeric = 0;
    int m_perKind[4] = {0, 0, 0, 0};
};

HarMaskItem itemOf(int entry, const Hit &hit, const QByteArray &token)
{
    HarMaskItem item;
    item.entry = entry;
    item.kind = hit.kind;
    item.place = hit.place;
    item.name = QString::fromUtf8(hit.name);
    item.detail = QString::fromUtf8(hit.detail);
    item.original = QString::fromUtf8(hit.canonical);
    item.replacement = QString::fromUtf8(token);
    return item;
}

QByteArray withComment(const QByteArray &bytes, const HarStrings &strings)
{
    const QByteArray note = HarMasker::fileComment();
    if (strings.logCommentSpan() >= 0) {
        const HarStrings::Span &span = strings.spans().at(strings.logCommentSpan());
        const QByteArray old = strings.value(span);
        if (old.contains(note))
            return bytes;
        QByteArray out = bytes;
        out.replace(span.offset, span.length,
                    HarStrings::quote(old.isEmpty() ? note : old + " | " + note));
        return out;
    }
    if (strings.logObjectOffset() < 0)
        return bytes;
    qsizetype next = strings.logObjectOffset() + 1;
    while (next < bytes.size() && QByteArray(" \t\r\n").contains(bytes.at(next)))
        ++next;
    const bool empty = next < bytes.size() && bytes.at(next) == '}';
    QByteArray out = bytes;
    out.insert(strings.logObjectOffset() + 1,
               "\"comment\": " + HarStrings::quote(note) + (empty ? "" : ", "));
    return out;
}

} // namespace

QByteArray HarMasker::fileComment()
{
    return "Masked by DCS Desk: cookie values, user IDs, p_ values and credentials are replaced "
           "by tokens (MASKED-…, or zeros and a counter for long numeric IDs); one token per "
           "value, so calls of one user still match.";
}

QString HarMasker::shortened(const QString &value, int max)
{
    if (value.size() <= max)
        return value;
    const int tail = max / 3;
    return value.left(max - tail - 1) + QChar(0x2026) + value.right(tail);
}

HarMasker::Result HarMasker::mask(const QByteArray &har, const QStringList &aliases)
{
    Result result;
    HarCapture capture;
    const HarCapture::Result read = capture.read(har, aliases);
    if (!read.ok) {
        result.error = read.error;
        return result;
    }
    HarStrings strings;
    qsizetype bad = 0;
    if (!strings.scan(har, &bad)) {
        result.error = tr("The capture could not be taken apart for masking (at byte %1), so no "
                          "masked copy was made.")
                           .arg(bad);
        return result;
    }
    QSet<int> answers;
    for (const HarEntry &e : capture.entries()) {
        if (e.audienceManager || e.kind != HarEntry::Kind::Other)
            answers.insert(e.index);
    }
    MaskSession session(har, answers);

    // 1. Collect: every secret value with a token, and the rows of the preview.
    QSet<QString> seen;
    bool keptOptOut = false;
    for (const HarStrings::Span &span : strings.spans()) {
        bool base64 = false;
        const QByteArray value = session.valueOf(strings, span, &base64);
        for (const Hit &hit : session.hitsOf(strings, span, value)) {
            if (HarMaskRules::isKept(hit.canonical))
                keptOptOut = true;
            if (!MaskSession::needsMask(hit.canonical))
                continue;
            const QByteArray token = session.tokenFor(hit, result);
            session.addForms(hit, token);
            if (!hit.splice)
                continue;
            const HarMaskItem item = itemOf(span.entry, hit, token);
            const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                    .arg(item.entry)
                                    .arg(int(item.place))
                                    .arg(item.name, item.detail, item.original);
            if (!seen.contains(key)) {
                seen.insert(key);
                result.items.append(item);
            }
        }
    }
    session.sortForms();
    if (keptOptOut)
        result.notes << tr("The demdex value NOTARGET was kept: it says the user opted out and "
                           "identifies no one.");

    // 2. Rewrite: changed strings are spliced in, everything between them copied as it was.
    QByteArray out;
    out.reserve(har.size());
    qsizetype copied = 0;
    for (const HarStrings::Span &span : strings.spans()) {
        bool base64 = false;
        QByteArray value = session.valueOf(strings, span, &base64);
        const int count = session.rewrite(value, session.hitsOf(strings, span, value));
        if (count == 0)
            continue;
        result.replacements += count;
        ++result.changedStrings;
        out.append(har.constData() + copied, span.offset - copied);
        out.append(HarStrings::quote(base64 ? value.toBase64() : value));
        copied = span.offset + span.length;
    }
    out.append(har.constData() + copied, har.size() - copied);
    HarStrings written;
    if (!written.scan(out)) {
        result.error = tr("The masked copy would not be valid JSON, so it was not made.");
        return result;
    }
    out = withComment(out, written);

    // 3. Verify: nothing the rules find is left unmasked, no long value anywhere, same calls.
    if (!written.scan(out)) {
        result.error = tr("The masked copy would not be valid JSON, so it was not made.");
        return result;
    }
    const auto leak = [&](int entry, const QString &what) {
        const QString where = entry >= 0 ? tr("%1 (entry %2)").arg(what).arg(entry + 1) : what;
        result.error = tr("After masking, %1 was still in the copy, so no masked copy was made. "
                          "Please report this, with the kind of capture, to the DCS Desk team.")
                           .arg(where);
        result.items.clear();
        return result;
    };
    for (const HarStrings::Span &span : written.spans()) {
        bool base64 = false;
        const QByteArray value = session.valueOf(written, span, &base64);
        for (const Hit &hit : session.hitsOf(written, span, value)) {
            if (MaskSession::needsMask(hit.canonical))
                return leak(span.entry, itemOf(span.entry, hit, {}).where());
        }
        if (!session.leftIn(value).isEmpty() ||
            (base64 && !session.leftIn(written.value(span)).isEmpty()))
            return leak(span.entry, tr("a masked value"));
    }
    if (!session.leftIn(out).isEmpty())
        return leak(-1, tr("a masked value"));
    HarCapture check;
    const HarCapture::Result reread = check.read(out, aliases);
    bool same = reread.ok && check.entries().size() == capture.entries().size();
    for (qsizetype i = 0; same && i < check.entries().size(); ++i) {
        const HarEntry &a = capture.entries().at(i);
        const HarEntry &b = check.entries().at(i);
        same = a.kind == b.kind && a.status == b.status && a.method == b.method &&
               a.host() == b.host() && a.audienceManager == b.audienceManager;
        if (!same) {
            result.error = tr("Masking changed entry %1 (%2 %3): the copy would not list the same "
                              "calls, so it was not made.")
                               .arg(i + 1)
                               .arg(a.method, a.host());
            result.items.clear();
            return result;
        }
    }
    if (!same) {
        result.error = tr("The masked copy could not be read back as the same capture, so it was "
                          "not made.");
        result.items.clear();
        return result;
    }
    result.masked = out;
    result.ok = true;
    return result;
}

int HarMasker::Result::valuesOf(HarMaskItem::Kind kind) const
{
    return valuesPerKind.value(int(kind));
}

int HarMasker::Result::itemsAt(HarMaskItem::Place place) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [&](const HarMaskItem &i) { return i.place == place; }));
}

QString HarMasker::Result::summary() const
{
    if (valueCount == 0)
        return tr("Nothing to mask: the capture holds no cookie values, user IDs, p_ values or "
                  "credentials.");
    using Kind = HarMaskItem::Kind;
    using Place = HarMaskItem::Place;
    QStringList kinds;
    const int cookies = valuesOf(Kind::Cookie), ids = valuesOf(Kind::UserId),
              privates = valuesOf(Kind::PrivateValue), secrets = valuesOf(Kind::Credential);
    if (cookies)
        kinds << tr("%n cookie value(s)", nullptr, cookies);
    if (ids)
        kinds << tr("%n user ID(s)", nullptr, ids);
    if (privates)
        kinds << tr("%n p_ value(s)", nullptr, privates);
    if (secrets)
        kinds << tr("%n credential(s)", nullptr, secrets);
    QStringList places;
    for (Place p : {Place::CookieSent, Place::CookieSet, Place::Url, Place::PostBody, Place::Header,
                    Place::Answer, Place::Location, Place::Other}) {
        if (const int n = itemsAt(p))
            places << tr("%1: %2").arg(HarMaskItem::placeName(p)).arg(n);
    }
    return tr("%n value(s) masked: %1.", nullptr, valueCount)
               .arg(kinds.join(QStringLiteral(", "))) +
           QLatin1Char(' ') +
           tr("Occurrences in the calls: %n (%1); strings changed in the file: %2.", nullptr,
              int(items.size()))
               .arg(places.join(QStringLiteral(", ")))
               .arg(changedStrings);
}

QJsonObject HarMasker::Result::toJson() const
{
    QJsonObject byKind, byPlace;
    for (int k = 0; k < 4; ++k)
        byKind.insert(HarMaskItem::kindKey(HarMaskItem::Kind(k)), valuesPerKind.value(k));
    for (int p = 0; p <= int(HarMaskItem::Place::Other); ++p)
        byPlace.insert(HarMaskItem::placeKey(HarMaskItem::Place(p)),
                       itemsAt(HarMaskItem::Place(p)));
    QJsonArray list;
    for (const HarMaskItem &i : items)
        list.append(QJsonObject{{QStringLiteral("number"), i.entry + 1},
                                {QStringLiteral("kind"), HarMaskItem::kindKey(i.kind)},
                                {QStringLiteral("place"), HarMaskItem::placeKey(i.place)},
                                {QStringLiteral("name"), i.name},
                                {QStringLiteral("where"), i.where()},
                                {QStringLiteral("replacement"), i.replacement}});
    return QJsonObject{{QStringLiteral("values"), valueCount},
                       {QStringLiteral("valuesByKind"), byKind},
                       {QStringLiteral("foundByPlace"), byPlace},
                       {QStringLiteral("changedStrings"), changedStrings},
                       {QStringLiteral("replacements"), replacements},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                       {QStringLiteral("items"), list}};
}

} // namespace dcsdesk
