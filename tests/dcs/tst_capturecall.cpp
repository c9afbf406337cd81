// What the Captures view does with one captured call, checked on the real Chromium captures of
// tests/data/har (their README lists what each holds): the request as sent, the captured answer
// decoded, the cURL command for the console and the server-to-server call for the same user.
#include "capture/capturecall.h"
#include "capture/capturelistmodel.h"
#include "dcs/curlimport.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace dcsdesk;

namespace {

QString harPath(const char *name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har/") + QLatin1String(name);
}

// The n-th Audience Manager call of a capture (from 0).
const HarEntry &aamCall(const HarCapture &capture, int n)
{
    for (const HarEntry &e : capture.entries()) {
        if (e.audienceManager && n-- == 0)
            return e;
    }
    qFatal("no such call");
}

QString signalValue(const DcsRequest &request, const QString &key)
{
    for (const DcsSignal &s : request.signalList) {
        if (s.key == key)
            return s.values.join(QLatin1Char(','));
    }
    return QStringLiteral("<absent>");
}

QString sentCookie(const HarEntry &e, const QString &name)
{
    for (const HarCookie &c : e.requestCookies) {
        if (c.name == name)
            return c.value;
    }
    return QString();
}

} // namespace

class TstCaptureCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_calls.readFile(harPath("chromium-event-calls.har")).ok);
        QCOMPARE(m_calls.audienceManagerCount(), 7);
    }

    void idSyncPairsComeAfterTheColon()
    {
        const HarEntry &sync = aamCall(m_calls, 1);
        QCOMPARE(sync.kind, HarEntry::Kind::IdSync);
        QCOMPARE(CaptureCall::keyPairsOf(sync), QByteArray("dpid=12345&dpuuid=crm-7731"));
    }

    void postCallJoinsQueryAndFormBody()
    {
        const HarEntry &post = aamCall(m_calls, 6);
        QCOMPARE(post.method, QStringLiteral("POST"));
        const QByteArray pairs = CaptureCall::keyPairsOf(post);
        QVERIFY(pairs.contains("d_rtbd=json"));
        QVERIFY(pairs.endsWith("c_coupon=SAVE20&p_age=22"));
        const DcsRequest request = CaptureCall::requestOf(post);
        QCOMPARE(request.method, DcsRequest::Method::Post);
        QCOMPARE(signalValue(request, QStringLiteral("c_category")), QStringLiteral("running"));
        QCOMPARE(signalValue(request, QStringLiteral("p_age")), QStringLiteral("22"));
        QCOMPARE(request.userIdKind, Profile::IdKind::Mid);
        QVERIFY(!request.userId.isEmpty());
    }

    void capturedAnswerIsDecodedLikeTheConsoles()
    {
        const HarEntry &post = aamCall(m_calls, 6);
        const DcsResult result = CaptureCall::resultOf(m_calls, post);
        QCOMPARE(result.outcome, DcsResult::Outcome::Response);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(result.hasResponse);
        QCOMPARE(result.response.segments.size(), 16);
        for (qint64 sid : {1003, 1004, 1005, 1010, 1028})
            QVERIFY(result.response.segments.contains(sid));
        QCOMPARE(result.response.dests.size(), 4);
        // The answer's uuid is the demdex cookie the browser sent with the call.
        QCOMPARE(result.response.uuid, sentCookie(post, QStringLiteral("demdex")));
        QCOMPARE(QString::fromUtf8(result.request.body), post.postText);

        const DcsResult jsonp = CaptureCall::resultOf(m_calls, aamCall(m_calls, 5));
        QCOMPARE(jsonp.response.callback, QStringLiteral("aamCallback"));
        QCOMPARE(jsonp.response.segments.size(), 11);

        const DcsResult redirect = CaptureCall::resultOf(m_calls, aamCall(m_calls, 2));
        QCOMPARE(redirect.httpStatus, 302);
        QVERIFY(redirect.redirectTarget.contains(QLatin1String("sync.adpartner.example")));
    }

    void answerWithoutSavedBodyIsNotCalledEmpty()
    {
        HarCapture omit;
        QVERIFY(omit.readFile(harPath("chromium-event-calls-omit.har")).ok);
        const HarEntry &json = aamCall(omit, 4);
        QVERIFY(CaptureCall::bodyMissing(json));
        const DcsResult result = CaptureCall::resultOf(omit, json);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(result.body.isEmpty());
        QVERIFY(!result.response.notes.isEmpty());
        QCOMPARE(result.response.notes.first().code, QStringLiteral("capture.body-not-saved"));
        for (const ResponseNote &note : result.response.notes)
            QVERIFY2(note.severity != Finding::Severity::Error, qPrintable(note.message));
    }

    void curlCommandImportsAsTheSameRequest()
    {
        for (int n = 0; n < 7; ++n) {
            const HarEntry &e = aamCall(m_calls, n);
            const QString curl = CaptureCall::curlCommandOf(e);
            QVERIFY2(!curl.contains(QLatin1String(":authority")), qPrintable(curl));
            const CurlImport::Result read = CurlImport::parse(curl);
            QVERIFY2(read.ok, qPrintable(read.error));
            const DcsRequest expected = CaptureCall::requestOf(e);
            QCOMPARE(read.request.path, expected.path);
            QCOMPARE(read.request.userId, expected.userId);
            QCOMPARE(read.request.signalList.size(), expected.signalList.size());
            QCOMPARE(read.request.method, expected.method);
            QCOMPARE(read.alias,
                     QLatin1String(e.host().startsWith(QLatin1String("sample.")) ? "sample" : ""));
        }
    }

    void serverCallKeepsTheUserAndTheSignals()
    {
        const HarEntry &post = aamCall(m_calls, 6);
        const DcsRequest sent = CaptureCall::requestOf(post);
        const CaptureCall::ServerCall call = CaptureCall::serverCallOf(m_calls, post);
        QVERIFY2(call.ok, qPrintable(call.error));
        QCOMPARE(call.request.path, QStringLiteral("/event"));
        QCOMPARE(call.request.method, DcsRequest::Method::Post); // as the browser sent it
        QVERIFY(call.request.rtbdJson);
        QVERIFY(call.request.callback.isEmpty());
        // The AAM UUID of the demdex cookie: the profile the DCS answered for (its uuid).
        QCOMPARE(call.request.userIdKind, Profile::IdKind::Uuid);
        QCOMPARE(call.request.userId, sentCookie(post, QStringLiteral("demdex")));
        QCOMPARE(call.request.userId, CaptureCall::resultOf(m_calls, post).response.uuid);
        QVERIFY(call.notes.join(QLatin1Char(' ')).contains(sent.userId)); // the d_mid left out
        QCOMPARE(signalValue(call.request, QStringLiteral("c_event")),
                 QStringLiteral("cart_abandon"));
        QCOMPARE(signalValue(call.request, QStringLiteral("p_age")), QStringLiteral("22"));
        QVERIFY(call.request.headers.isEmpty());
        QCOMPARE(call.target.alias, QStringLiteral("sample"));
        // Every value says where it came from.
        QVERIFY(call.sources.join(QLatin1Char(' ')).contains(call.request.userId));
        QVERIFY(call.sources.join(QLatin1Char(' ')).contains(QLatin1String("call 21")));
        // The sandbox answers dcs_region -1 and the AMCV cookie has no location hint.
        QVERIFY(!call.hasRegion);
        QVERIFY(call.notes.join(QLatin1Char(' ')).contains(QLatin1String("region")));
    }

    void capturedKeysAreTheCallsParams()
    {
        const DcsResult result = CaptureCall::resultOf(m_calls, aamCall(m_calls, 6));
        QStringList keys;
        for (const PreparedParam &p : result.request.params)
            keys << p.key + QLatin1Char('=') + p.value;
        QVERIFY2(keys.contains(QStringLiteral("c_category=running")), qPrintable(keys.join(',')));
        QVERIFY(keys.contains(QStringLiteral("p_age=22")));
        QVERIFY(keys.contains(QStringLiteral("d_rtbd=json")));
    }

    void onlyAudienceManagerCallsHaveAServerCall()
    {
        const HarEntry &page = m_calls.entries().first();
        QVERIFY(!page.audienceManager);
        const CaptureCall::ServerCall call = CaptureCall::serverCallOf(m_calls, page);
        QVERIFY(!call.ok);
        QVERIFY(call.error.contains(QLatin1String("not an Audience Manager call")));
        // The first ID sync sent no cookie: its answer set the demdex cookie, which names the user.
        const HarEntry &sync = aamCall(m_calls, 1);
        const CaptureCall::ServerCall fromSet = CaptureCall::serverCallOf(m_calls, sync);
        QVERIFY2(fromSet.ok, qPrintable(fromSet.error));
        QVERIFY(
            fromSet.sources.join(QLatin1Char(' ')).contains(QLatin1String("set by the answer")) ||
            fromSet.sources.join(QLatin1Char(' ')).contains(QLatin1String("sent with")));
    }

    void pixelAndJsonpCallsAskForJson()
    {
        const CaptureCall::ServerCall pixel =
            CaptureCall::serverCallOf(m_calls, aamCall(m_calls, 3));
        QVERIFY(pixel.ok);
        QVERIFY(pixel.request.rtbdJson);
        QVERIFY(pixel.notes.join(QLatin1Char(' ')).contains(QLatin1String("d_rtbd=json")));
        const CaptureCall::ServerCall jsonp =
            CaptureCall::serverCallOf(m_calls, aamCall(m_calls, 5));
        QVERIFY(jsonp.ok);
        QVERIFY(jsonp.request.callback.isEmpty());
        QVERIFY(jsonp.notes.join(QLatin1Char(' ')).contains(QLatin1String("aamCallback")));
    }

    void idServiceCallUsesTheEcidItAnswered()
    {
        const HarEntry &id = aamCall(m_calls, 0);
        QCOMPARE(id.kind, HarEntry::Kind::IdService);
        const CaptureCall::ServerCall call = CaptureCall::serverCallOf(m_calls, id);
        QVERIFY2(call.ok, qPrintable(call.error));
        QCOMPARE(call.request.userIdKind, Profile::IdKind::Mid);
        QCOMPARE(call.request.userId, CaptureCall::resultOf(m_calls, id).response.idService.mid);
        QVERIFY(call.request.signalList.isEmpty());
        // dpm.demdex.net is the ID service, not the site's alias: taken from the page's calls.
        QCOMPARE(call.target.alias, QStringLiteral("sample"));
        QVERIFY(call.sources.join(QLatin1Char(' ')).contains(QLatin1String("sample.demdex.net")));
    }

    void optedOutUserIsSaidSo()
    {
        HarCapture optout;
        QVERIFY(optout.readFile(harPath("chromium-optout.har")).ok);
        const HarEntry &after = aamCall(optout, 4);
        QCOMPARE(sentCookie(after, QStringLiteral("demdex")), QStringLiteral("NOTARGET"));
        const CaptureCall::ServerCall call = CaptureCall::serverCallOf(optout, after);
        QVERIFY(call.ok); // the call's d_mid still names the user
        QVERIFY(call.notes.join(QLatin1Char(' ')).contains(QLatin1String("NOTARGET")));
        const QVector<CaptureCall::CookieLine> cookies = CaptureCall::cookiesOf(after);
        QVERIFY(!cookies.isEmpty());
        QVERIFY(cookies.first().optedOut);
    }

    void controlCharactersAreShownAsInAUrl()
    {
        QCOMPARE(CaptureCall::printable(QStringLiteral("12345\u0001crm-7731\u00011")),
                 QStringLiteral("12345%01crm-7731%011"));
        QCOMPARE(CaptureCall::printable(QStringLiteral("a\tb\u007f")), QStringLiteral("a%09b%7F"));
    }

    void dcsErrorsHaveTheirColumn()
    {
        CaptureListModel model;
        auto capture = QSharedPointer<HarCapture>::create();
        QVERIFY(capture->readFile(harPath("chromium-optout.har")).ok);
        model.setCapture(capture);
        const int row = aamCall(*capture, 4).index; // the /event answered with error 171
        QCOMPARE(model.index(row, CaptureListModel::Errors).data().toString(),
                 QStringLiteral("171"));
        QVERIFY(model.index(row, CaptureListModel::Status)
                    .data(CaptureListModel::ProblemRole)
                    .toBool());
        QVERIFY(model.index(aamCall(*capture, 2).index, CaptureListModel::Errors)
                    .data()
                    .toString()
                    .isEmpty());
    }

    void cookiesSentAndSetWithTheirExpiry()
    {
        const HarEntry &sync = aamCall(m_calls, 1); // sets demdex for 180 days
        const QVector<CaptureCall::CookieLine> lines = CaptureCall::cookiesOf(sync);
        const auto set = std::find_if(lines.begin(), lines.end(), [](const auto &l) {
            return !l.sent && l.name == QLatin1String("demdex");
        });
        QVERIFY(set != lines.end());
        QVERIFY(set->expires.isValid());
        QCOMPARE(sync.started.daysTo(set->expires), 180);
        QVERIFY(set->meaning.contains(set->value));

        const HarEntry &post = aamCall(m_calls, 6);
        const QVector<CaptureCall::CookieLine> sent = CaptureCall::cookiesOf(post);
        QVERIFY(std::any_of(sent.begin(), sent.end(), [](const auto &l) {
            return l.sent && l.name == QLatin1String("demdex") && !l.meaning.isEmpty();
        }));
    }

    void listModelFiltersAndSearches()
    {
        CaptureListModel model;
        QAbstractItemModelTester tester(&model);
        auto capture = QSharedPointer<HarCapture>::create();
        QVERIFY(capture->readFile(harPath("chromium-event-calls.har")).ok);
        model.setCapture(capture);
        QCOMPARE(model.rowCount(), 25);
        CaptureFilterProxyModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 7);
        filter.setAudienceManagerOnly(false);
        QCOMPARE(filter.rowCount(), 25);
        filter.setAudienceManagerOnly(true);
        filter.setKind(int(HarEntry::Kind::Event));
        QCOMPARE(filter.rowCount(), 4);
        filter.setKind(CaptureFilterProxyModel::AnyKind);
        filter.setSearchText(QStringLiteral("p_age"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(CaptureListModel::EntryIndexRole).toInt(),
                 aamCall(*capture, 6).index);
        filter.setSearchText(QStringLiteral("CART_abandon   running"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("302"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("no-such-thing"));
        QCOMPARE(filter.rowCount(), 0);
        const QModelIndex status =
            model.index(aamCall(*capture, 2).index, CaptureListModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("302"));
        QVERIFY(!status.data(CaptureListModel::ProblemRole).toBool());
    }

private:
    HarCapture m_calls;
};

QTEST_MAIN(TstCaptureCall)
#include "tst_capturecall.moc"
