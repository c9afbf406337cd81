// Prints what each HAR holds: size, entries, hosts, and one line per Audience Manager call with
// its status, the cookies sent and set, and the answer's segments or errors.
// usage: node summary.mjs FILE.har...
import fs from 'node:fs';

function kind(url) {
    const p = url.pathname;
    if (p === '/event') return '/event';
    if (p.startsWith('/ibs:') || p === '/ibs') return '/ibs';
    if (p === '/id') return '/id';
    if (p.startsWith('/demoptout')) return '/demoptout.jpg';
    if (p.endsWith('/dest5.html')) return 'dest5.html';
    return p;
}

function answerOf(content) {
    if (!content || !content.text || content.encoding === 'base64') return '';
    const text = content.text.replace(/^\s*[\w.$]+\(/, '').replace(/\)\s*;?\s*$/, '');
    try {
        const o = JSON.parse(text);
        const parts = [];
        if (o.segments) parts.push('segments ' + o.segments.join(','));
        if (o.stuff) parts.push('stuff ' + o.stuff.map((s) => s.cn).join(','));
        if (o.dests) parts.push('dests ' + o.dests.length);
        if (o.d_mid) parts.push('d_mid');
        if (o.d_optout) parts.push('d_optout ' + o.d_optout);
        if (o.errors) parts.push('errors ' + o.errors.map((e) => e.code || e).join(','));
        return parts.join('; ');
    } catch {
        return '';
    }
}

for (const file of process.argv.slice(2)) {
    const har = JSON.parse(fs.readFileSync(file, 'utf8'));
    const entries = har.log.entries;
    const hosts = [...new Set(entries.map((e) => new URL(e.request.url).host))];
    const size = fs.statSync(file).size;
    console.log(`${file}: ${(size / 1024).toFixed(1)} KB, HAR ${har.log.version}, ` +
                `${entries.length} entries, ${har.log.browser.name} ${har.log.browser.version}`);
    console.log(`    hosts: ${hosts.join(' ')}`);
    for (const e of entries) {
        const url = new URL(e.request.url);
        if (!url.hostname.endsWith('.demdex.net')) continue;
        const sent = e.request.cookies.map((c) => c.name).join(',') || '-';
        const set = e.response.cookies.map((c) => `${c.name}=${c.value}`).join(',') || '-';
        const mime = e.response.content.mimeType || '';
        const answer = answerOf(e.response.content);
        console.log(`    ${e.request.method} ${url.host} ${kind(url)} -> ${e.response.status} ` +
                    `${mime.split(';')[0]} ${e.response.httpVersion}; cookies sent ${sent}; ` +
                    `set ${set}${answer ? '; ' + answer : ''}`);
    }
}
