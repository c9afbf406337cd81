// Makes the HAR captures of tests/data/har/ (started by tools/make-captures.sh, which documents
// the whole set-up). One TLS "edge" on 127.0.0.1 plays every host the pages use: *.demdex.net is
// passed to the DCS Desk sandbox, the other hosts are served from tools/captures/site/. Chromium
// resolves every host name to that edge (--host-resolver-rules) and trusts its throw-away
// certificate by its key (--ignore-certificate-errors-spki-list), so the pages, the URLs and the
// cookies (the sandbox's demdex cookie is Secure; SameSite=None) are those of a real https site,
// and nothing leaves the machine.
//
// usage: node capture.mjs --sandbox URL --cert PEM --key PEM --spki BASE64 --out DIR
//                         --modules NODE_MODULES_PARENT --chromium PATH
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

const args = {};
for (let i = 2; i + 1 < process.argv.length; i += 2)
    args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const key of ['sandbox', 'cert', 'key', 'spki', 'out', 'modules', 'chromium']) {
    if (!args[key]) {
        console.error(`capture.mjs: --${key} is missing`);
        process.exit(2);
    }
}
const require = createRequire(path.join(path.resolve(args.modules), 'package.json'));
const {chromium} = require('playwright-core');
const SITE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site');
const sandbox = new URL(args.sandbox);

// Host -> folder of static files. Any other host that is not *.demdex.net answers a 1x1 GIF
// (the URL destinations' and partners' pixels).
const STATIC = {
    'www.shop.example.com': 'shop',
    'www.example.org': 'news',
    'cdn.example.net': 'cdn',
    'api.example.org': 'api',
};
const TYPES = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
};
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade',
    'proxy-connection', 'http2-settings', 'te']);

function hostOf(req) {
    return String(req.headers[':authority'] || req.headers.host || '')
        .replace(/:\d+$/, '').toLowerCase();
}

function serveStatic(req, res, host) {
    const url = new URL(req.url, 'https://' + host);
    let file = decodeURIComponent(url.pathname);
    if (file.endsWith('/'))
        file += 'index.html';
    const root = path.join(SITE, STATIC[host]);
    const full = path.join(root, path.normalize(file));
    if (!full.startsWith(root + path.sep) || !fs.existsSync(full) || !fs.statSync(full).isFile()) {
        res.writeHead(404, {'content-type': 'text/plain; charset=utf-8'});
        res.end('Not found\n');
        return;
    }
    const headers = {
        'content-type': TYPES[path.extname(full)] || 'application/octet-stream',
        'cache-control': 'no-cache',
    };
    if (host === 'api.example.org' && req.headers.origin)
        headers['access-control-allow-origin'] = req.headers.origin;
    res.writeHead(200, headers);
    res.end(fs.readFileSync(full));
}

// The DCS hosts: the request goes to the sandbox as it came (Host = the name the page called).
// The one thing added is CORS for calls that carry an Origin: the live DCS answers CORS (the
// ID service and DIL call it with credentialed XMLHttpRequest/fetch first), the sandbox
// sends no CORS headers (docs/sandbox.md), and without them Chromium would neither give the
// answer to the page nor keep its body in the HAR.
function proxyToSandbox(req, res, host) {
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
        if (!name.startsWith(':') && !HOP_BY_HOP.has(name))
            headers[name] = value;
    }
    headers.host = host;
    const upstream = http.request({
        host: sandbox.hostname, port: sandbox.port, method: req.method, path: req.url, headers,
    }, (answer) => {
        const out = {};
        for (const [name, value] of Object.entries(answer.headers)) {
            if (!HOP_BY_HOP.has(name))
                out[name] = value;
        }
        if (req.headers.origin && !out['access-control-allow-origin']) {
            out['access-control-allow-origin'] = req.headers.origin;
            out['access-control-allow-credentials'] = 'true';
        }
        res.writeHead(answer.statusCode, out);
        answer.pipe(res);
    });
    upstream.on('error', (e) => {
        res.writeHead(502, {'content-type': 'text/plain; charset=utf-8'});
        res.end('sandbox unreachable: ' + e.message + '\n');
    });
    req.pipe(upstream);
}

function handle(req, res) {
    const host = hostOf(req);
    if (host === 'demdex.net' || host.endsWith('.demdex.net'))
        return proxyToSandbox(req, res, host);
    if (STATIC[host])
        return serveStatic(req, res, host);
    res.writeHead(200, {'content-type': 'image/gif', 'cache-control': 'no-store'});
    res.end(GIF);
}

// HTTP/2 like the real sites and the DCS (Chromium negotiates it by ALPN); http1 = true gives an
// HTTP/1.1-only edge, so the captures hold both kinds of HAR entries.
function startEdge(http1) {
    const tls = {cert: fs.readFileSync(args.cert), key: fs.readFileSync(args.key)};
    const server = http1 ? https.createServer(tls, handle)
                         : http2.createSecureServer({...tls, allowHTTP1: true}, handle);
    return new Promise((resolve) => {
        server.listen(0, '127.0.0.1', () => resolve(server));
    });
}

// The demdex cookie is a third-party cookie on the shop's pages. browser.newContext() gives an
// incognito profile, where Chromium blocks third-party cookies, and Debian's Chromium 156 blocks
// them in a normal profile too (CDP reported blockedReasons "UserPreferences"): so a persistent
// context on a fresh profile whose Preferences say "allow third-party cookies"
// (cookie_controls_mode 0), like a browser whose user allows them; then the demdex cookie is
// kept and sent as on such a user's machine.
async function capture({name, content, http1, visit}) {
    const edge = await startEdge(http1);
    const port = edge.address().port;
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dcsdesk-captures-'));
    fs.mkdirSync(path.join(profile, 'Default'));
    const preferences = {profile: {cookie_controls_mode: 0, block_third_party_cookies: false}};
    fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
    const file = path.join(args.out, name);
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: args.chromium,
        args: [
            `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
            `--ignore-certificate-errors-spki-list=${args.spki}`,
        ],
        recordHar: {path: file, content, mode: 'full'},
        locale: 'en-US',
        timezoneId: 'UTC',
    });
    const page = context.pages()[0] || await context.newPage();
    const messages = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
    try {
        await visit(page);
    } catch (e) {
        console.error(`capture.mjs: ${name}: ${e.message}`);
        for (const m of messages)
            console.error('  ' + m);
        throw e;
    } finally {
        await context.close(); // writes the HAR and stops Chromium
        await new Promise((resolve) => edge.close(resolve));
        fs.rmSync(profile, {recursive: true, force: true});
    }
    const har = JSON.parse(fs.readFileSync(file, 'utf8'));
    return {file, browserVersion: har.log.browser.version};
}

async function waitDone(page) {
    await page.waitForFunction(() => window.capturesDone || window.capturesFailed,
                               null, {timeout: 20000});
    const failed = await page.evaluate(() => window.capturesFailed);
    if (failed)
        throw new Error(`${page.url()}: ${failed}`);
    return page.evaluate(() => (window.aam ? window.aam.log : []));
}

async function shopVisit(page) {
    await page.goto('https://www.shop.example.com/');
    const log = await waitDone(page);
    await Promise.all([page.waitForURL('**/golf-clubs.html'), page.click('#next')]);
    log.push(...await waitDone(page));
    await Promise.all([page.waitForURL('**/cart.html'), page.click('#next')]);
    log.push(...await waitDone(page));
    return log;
}

const runs = [
    {name: 'chromium-event-calls.har', content: 'embed', http1: false, visit: shopVisit},
    {name: 'chromium-event-calls-omit.har', content: 'omit', http1: false, visit: shopVisit},
    {name: 'chromium-optout.har', content: 'embed', http1: false, visit: async (page) => {
        await page.goto('https://www.shop.example.com/privacy.html');
        return waitDone(page);
    }},
    {name: 'chromium-no-aam.har', content: 'embed', http1: true, visit: async (page) => {
        await page.goto('https://www.example.org/');
        return waitDone(page);
    }},
];

for (const run of runs) {
    let log = [];
    const result = await capture({...run, visit: async (page) => { log = await run.visit(page); }});
    console.log(`${path.basename(result.file)} (Chromium ${result.browserVersion})`);
    for (const line of log)
        console.log('    page: ' + line);
}
