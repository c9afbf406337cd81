#include "dcsqueryreader.h"

namespace dcsdesk {

namespace {

bool decodeOrNull(const QByteArray &raw, QString *out)
{
    return DcsEncoding::decode(raw, out, true);
}

} // namespace

DcsQueryReader::Result DcsQueryReader::read(const QByteArray &encodedPairs)
{
    Result result;
    result.request.jsonVersion.clear();
    result.request.rtbdJson = false;
    readInto(encodedPairs, result);
    return result;
}

void DcsQueryReader::readInto(const QByteArray &encodedPairs, Result &result)
{
    DcsRequest &r = result.request;
    bool haveUserId = !r.userId.isEmpty();
    bool haveOrgId = !r.orgId.isEmpty();
    bool haveJsonv = !r.jsonVersion.isEmpty();

    const auto keepAsSignal = [&r](const QString &key, const QByteArray &rawKey,
                                   const QByteArray &rawValue, bool hasValue) {
        DcsSignal s;
        s.key = key;
        if (!hasValue) {
            r.signalList.append(s);
            return;
        }
        QStringList values;
        bool ok = true;
        for (const QByteArray &part : rawValue.split(',')) {
            QString v;
            if (!decodeOrNull(part, &v)) {
                ok = false;
                break;
            }
            values.append(v);
        }
        if (ok) {
            s.values = values;
        } else {
            // A raw signal goes out as given, key included: its decoded key would be encoded
            // differently from how it came in.
            s.raw = true;
            s.key = QString::fromUtf8(rawKey);
            s.values = QStringList{QString::fromUtf8(rawValue)};
        }
        r.signalList.append(s);
    };

    for (const DcsEncoding::RawPair &pair : DcsEncoding::splitQuery(encodedPairs)) {
        if (!DcsEncoding::badPercentOffsets(pair.key).isEmpty() ||
            !DcsEncoding::badPercentOffsets(pair.value).isEmpty())
            result.badEncoding = true;
        QString key;
        if (!decodeOrNull(pair.key, &key)) {
            DcsSignal s;
            s.key = QString::fromUtf8(pair.key);
            s.values = QStringList{QString::fromUtf8(pair.value)};
            s.raw = true;
            r.signalList.append(s);
            result.notes.append(tr("The key “%1” is not correctly percent-encoded; it is kept "
                                   "exactly as given.")
                                    .arg(QString::fromUtf8(pair.key)));
            continue;
        }
        const QString trimmedKey = key.trimmed();
        if (trimmedKey != key) {
            result.notes.append(tr("Removed the spaces around the key “%1”.").arg(trimmedKey));
            key = trimmedKey;
        }
        QString value;
        const bool decoded = decodeOrNull(pair.value, &value);
        // An empty field value ("d_uuid=") would be consumed and lost; it stays a signal, so
        // that the request goes out (and reads back) as it came in.
        const bool filled = decoded && !value.isEmpty();

        if (filled && (key == QLatin1String("d_uuid") || key == QLatin1String("d_mid")) &&
            !haveUserId) {
            r.userIdKind =
                key == QLatin1String("d_mid") ? Profile::IdKind::Mid : Profile::IdKind::Uuid;
            r.userId = value;
            haveUserId = true;
        } else if (filled && key == QLatin1String("d_orgid") && !haveOrgId) {
            r.orgId = value;
            haveOrgId = true;
        } else if (decoded && key == QLatin1String("d_rtbd") && value == QLatin1String("json") &&
                   !r.rtbdJson) {
            r.rtbdJson = true;
        } else if (filled && key == QLatin1String("d_jsonv") && !haveJsonv) {
            r.jsonVersion = value;
            haveJsonv = true;
        } else if (decoded && key == QLatin1String("d_dst") && value == QLatin1String("1") &&
                   !r.destinations) {
            r.destinations = true;
        } else if (decoded && key == QLatin1String("d_cts") &&
                   (value == QLatin1String("1") || value == QLatin1String("2")) && r.cts == 0) {
            r.cts = value.toInt();
        } else if (filled && key == QLatin1String("d_cb") && r.callback.isEmpty()) {
            r.callback = value;
        } else if (filled && key == QLatin1String("d_ptfm") && r.platform.isEmpty()) {
            r.platform = value;
        } else if (filled && key == QLatin1String("d_sid") && r.sid.isEmpty()) {
            r.sid = value;
        } else if (filled && key == QLatin1String("d_tdpid") && r.tdpid.isEmpty()) {
            r.tdpid = value;
        } else if (key == QLatin1String("d_cid") || key == QLatin1String("d_cid_ic")) {
            QList<QByteArray> parts = DcsEncoding::splitDeclaredId(pair.value);
            if (parts.size() < 2 && decoded && value.contains(QChar(1))) {
                // The separator sent as a raw byte rather than %01 means the same.
                parts.clear();
                for (const QString &part : value.split(QChar(1)))
                    parts.append(DcsEncoding::encode(part));
            }
            DeclaredId d;
            d.kind = key == QLatin1String("d_cid") ? DeclaredId::Kind::DataSource
                                                   : DeclaredId::Kind::IntegrationCode;
            bool ok = parts.size() == 2 || parts.size() == 3;
            ok = ok && decodeOrNull(parts.at(0), &d.ns) && decodeOrNull(parts.at(1), &d.id);
            if (ok && parts.size() == 3) {
                const QByteArray state = parts.at(2);
                ok = state == "0" || state == "1" || state == "2";
                d.authState = ok ? state.toInt() : DeclaredId::NoAuthState;
            }
            if (ok) {
                r.declaredIds.append(d);
            } else {
                keepAsSignal(key, pair.key, pair.value, pair.hasValue);
                result.notes.append(
                    tr("%1=%2 is not <ID>%3<user ID>[%3<auth state 0, 1 or 2>]; "
                       "it is kept as a signal.")
                        .arg(key, QString::fromUtf8(pair.value), QStringLiteral("%01")));
            }
        } else {
            const bool isField = key == QLatin1String("d_uuid") || key == QLatin1String("d_mid") ||
                                 key == QLatin1String("d_orgid") ||
                                 key == QLatin1String("d_rtbd") ||
                                 key == QLatin1String("d_jsonv") || key == QLatin1String("d_dst") ||
                                 key == QLatin1String("d_cts") || key == QLatin1String("d_cb") ||
                                 key == QLatin1String("d_ptfm") || key == QLatin1String("d_sid") ||
                                 key == QLatin1String("d_tdpid");
            if (isField)
                result.notes.append(tr("%1 appears more than once or has an unusual value; the "
                                       "extra one is kept as a signal.")
                                        .arg(key));
            keepAsSignal(key, pair.key, pair.value, pair.hasValue);
        }
    }
}

} // namespace dcsdesk
