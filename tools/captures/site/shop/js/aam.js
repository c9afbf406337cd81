// The shop's Audience Manager tag, cut down to the calls the Experience Cloud ID service and DIL
// make on a real site (see make-captures.sh): the ID service call, the AMCV_ cookie, ID syncs,
// /event pixels, JSON /event calls over CORS (fetch and XMLHttpRequest), JSONP /event calls, the
// cookie destinations written as first-party cookies and the URL destinations fired as pixels.
(function () {
    'use strict';
    var ORG_ID = '5DC5123F5245B1D20A490D46@AdobeOrg';
    var DCS = 'https://sample.demdex.net';
    var DPM = 'https://dpm.demdex.net';
    var AMCV = 'AMCV_' + encodeURIComponent(ORG_ID);
    var COOKIE_DOMAIN = '.' + location.hostname.replace(/^www\./, '');
    var log = [];

    function note(text) {
        log.push(text);
        var list = document.getElementById('calls');
        if (list) {
            var item = document.createElement('li');
            item.textContent = text;
            list.appendChild(item);
        }
    }

    function query(pairs) {
        return pairs.map(function (p) {
            return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]);
        }).join('&');
    }

    function readCookie(name) {
        var parts = document.cookie ? document.cookie.split('; ') : [];
        for (var i = 0; i < parts.length; ++i) {
            var eq = parts[i].indexOf('=');
            if (parts[i].slice(0, eq) === name)
                return decodeURIComponent(parts[i].slice(eq + 1));
        }
        return null;
    }

    function writeCookie(name, value, days, domain) {
        var text = name + '=' + encodeURIComponent(value) + '; path=/; domain=' + domain;
        if (days)
            text += '; max-age=' + Math.round(days * 86400);
        document.cookie = text;
    }

    // AMCV_ as visitorapi.js writes it: digest|KEY[-EXPIRY]|VALUE|...|vVersion|x.y.z
    function writeAmcv(id) {
        var now = Math.floor(Date.now() / 1000);
        var week = now + 7 * 86400;
        var fields = ['-1176276602', 'MCIDTS', String(Math.floor(now / 86400)),
            'MCMID', id.d_mid, 'MCAAMLH-' + week, String(id.dcs_region),
            'MCAAMB-' + week, id.d_blob, 'MCOPTOUT-' + (now + id.d_ottl) + 's', 'NONE',
            'vVersion', '5.5.0'];
        writeCookie(AMCV, fields.join('|'), 395, COOKIE_DOMAIN);
        writeCookie('AMCVS_' + encodeURIComponent(ORG_ID), '1', 0, COOKIE_DOMAIN);
    }

    function midFromAmcv() {
        var value = readCookie(AMCV);
        if (!value)
            return null;
        var tokens = value.split('|');
        var i = tokens.indexOf('MCMID');
        return i >= 0 ? tokens[i + 1] : null;
    }

    function pixel(url) {
        return new Promise(function (resolve) {
            var img = new Image(1, 1);
            img.onload = img.onerror = function () { resolve(); };
            img.src = url;
        });
    }

    function script(url) {
        return new Promise(function (resolve) {
            var s = document.createElement('script');
            s.async = true;
            s.src = url;
            s.onload = s.onerror = function () { s.remove(); resolve(); };
            document.head.appendChild(s);
        });
    }

    // DIL: each stuff[] entry becomes a first-party cookie (ttl in days; 0 writes none), each
    // dests[] entry a pixel (the secure URL on an https page).
    function applyAnswer(answer, how) {
        var stuff = answer.stuff || [];
        var dests = answer.dests || [];
        stuff.forEach(function (s) {
            if (s.ttl !== 0)
                writeCookie(s.cn, s.cv, s.ttl || 180, s.dmn || COOKIE_DOMAIN);
        });
        if (answer.uuid)
            writeCookie('aam_uuid', answer.uuid, 30, COOKIE_DOMAIN);
        note(how + ': segments ' + JSON.stringify(answer.segments || []) + ', ' + stuff.length +
             ' cookie(s), ' + dests.length + ' pixel(s)' +
             (answer.errors ? ', errors ' + JSON.stringify(answer.errors) : ''));
        // One after the other (DIL fires them together) so that their order in the HAR is the
        // same on every run.
        return dests.reduce(function (done, d) {
            return done.then(function () {
                return pixel(location.protocol === 'https:' && d.e ? d.e : d.c);
            });
        }, Promise.resolve());
    }

    var aam = {
        // visitorapi.js: the ID service call over CORS, then the AMCV_ cookie.
        idService: function (customerId) {
            var pairs = [['d_visid_ver', '5.5.0'], ['d_fieldgroup', 'MC'], ['d_rtbd', 'json'],
                ['d_ver', '2'], ['d_orgid', ORG_ID], ['d_nsid', '0']];
            if (customerId)
                pairs.push(['d_cid', '12345\u0001' + customerId + '\u00011']);
            pairs.push(['ts', String(Date.now())]);
            return fetch(DPM + '/id?' + query(pairs), {credentials: 'include'})
                .then(function (r) { return r.json(); })
                .then(function (id) {
                    if (id.d_mid) {
                        writeAmcv(id);
                        note('/id: MID ' + id.d_mid + ', region ' + id.dcs_region);
                    } else {
                        note('/id: ' + JSON.stringify(id));
                    }
                    return id;
                });
        },
        // An ID sync: /ibs:dpid=...&dpuuid=... as an image, optionally redirecting to a partner.
        idSync: function (dpid, dpuuid, redir) {
            var url = DCS + '/ibs:dpid=' + dpid + '&dpuuid=' + encodeURIComponent(dpuuid);
            if (redir)
                url += '&redir=' + encodeURIComponent(redir);
            return pixel(url).then(function () { note('/ibs: dpid ' + dpid); });
        },
        // A page-view pixel: no d_rtbd, the DCS answers a 1x1 GIF.
        eventPixel: function (signals) {
            var pairs = [['d_mid', midFromAmcv()], ['d_orgid', ORG_ID]].concat(signals);
            pairs.push(['d_ld', '_ts=' + Date.now()]);
            return pixel(DCS + '/event?' + query(pairs)).then(function () {
                note('/event pixel');
            });
        },
        // DIL's JSON call: d_rtbd=json over CORS with the cookies (fetch).
        eventJson: function (signals) {
            var pairs = [['d_dst', '1'], ['d_rtbd', 'json'], ['d_jsonv', '1'], ['d_cts', '2'],
                ['d_mid', midFromAmcv()], ['d_orgid', ORG_ID], ['d_nsid', '0']].concat(signals);
            pairs.push(['d_ld', '_ts=' + Date.now()]);
            return fetch(DCS + '/event?' + query(pairs), {credentials: 'include'})
                .then(function (r) { return r.json(); })
                .then(function (answer) { return applyAnswer(answer, '/event JSON'); });
        },
        // The same over XMLHttpRequest, as a form POST (DIL's POST for long calls).
        eventPost: function (signals) {
            var pairs = [['d_dst', '1'], ['d_rtbd', 'json'], ['d_jsonv', '1'], ['d_cts', '2'],
                ['d_mid', midFromAmcv()], ['d_orgid', ORG_ID]];
            return new Promise(function (resolve, reject) {
                var xhr = new XMLHttpRequest();
                xhr.open('POST', DCS + '/event?' + query(pairs));
                xhr.withCredentials = true;
                xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
                xhr.onload = function () {
                    applyAnswer(JSON.parse(xhr.responseText), '/event POST').then(resolve);
                };
                xhr.onerror = function () { reject(new Error('POST /event failed')); };
                xhr.send(query(signals));
            });
        },
        // The JSONP form: d_cb names the function the answer calls.
        eventJsonp: function (signals) {
            var pairs = [['d_dst', '1'], ['d_rtbd', 'json'], ['d_jsonv', '1'], ['d_cts', '2'],
                ['d_mid', midFromAmcv()], ['d_orgid', ORG_ID], ['d_nsid', '0']].concat(signals);
            pairs.push(['d_cb', 'aamCallback']);
            var received = null;
            window.aamCallback = function (answer) { received = answer; };
            return script(DCS + '/event?' + query(pairs)).then(function () {
                if (!received)
                    return note('/event JSONP: no answer');
                return applyAnswer(received, '/event JSONP');
            });
        },
        // The global opt-out, as the privacy page's link fires it.
        optOut: function () {
            var pairs = [['d_mid', midFromAmcv()], ['d_orgid', ORG_ID]];
            return pixel(DCS + '/demoptout.jpg?' + query(pairs)).then(function () {
                note('/demoptout.jpg');
            });
        },
        done: function () { note('done'); window.capturesDone = true; },
        fail: function (error) { note('failed: ' + error); window.capturesFailed = String(error); },
        log: log
    };
    window.aam = aam;
})();
