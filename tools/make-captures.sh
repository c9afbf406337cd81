#!/usr/bin/env bash
# Remakes the browser captures of tests/data/har/ (the HAR files named chromium-*.har):
#   bash tools/make-captures.sh [OUTPUT_DIR]       (default: tests/data/har)
#
# How the captures are made:
# - The DCS Desk sandbox (dcsdesk-sandbox, docs/sandbox.md) serves the sample workspace
#   (resources/sample/sample-workspace.json) on 127.0.0.1, port 0.
# - tools/captures/capture.mjs starts a TLS server on 127.0.0.1, port 0, with a throw-away
#   self-signed certificate made here by openssl. It passes every *.demdex.net request to the
#   sandbox unchanged (the Host header is the name the page called, e.g. sample.demdex.net) and
#   adds only CORS headers to answers of requests that carry an Origin (the sandbox has none; the
#   live DCS answers CORS). Every other host is a static site from tools/captures/site/
#   (www.shop.example.com, www.example.org, cdn.example.net, api.example.org) or a 1x1 GIF (the
#   URL destinations' and partners' pixels).
# - Debian's Chromium runs headless under Playwright (playwright-core, which drives it over the
#   DevTools protocol and writes the HAR itself: launchPersistentContext({recordHar})), with
#   --host-resolver-rules="MAP * 127.0.0.1:PORT" (every host name goes to that TLS server, nothing
#   leaves the machine) and --ignore-certificate-errors-spki-list (the certificate is trusted by
#   its key, so https works and the sandbox's Secure; SameSite=None demdex cookie is kept and sent
#   like on a real site). Each capture runs in a fresh persistent profile whose Preferences allow
#   third-party cookies (profile.cookie_controls_mode = 0): Chromium 156 blocks them by default
#   (and always in the incognito profile of browser.newContext()), and then the demdex cookie,
#   a third-party cookie on the shop's pages, was set but never sent.
# - The shop pages (tools/captures/site/shop, script js/aam.js) call Audience Manager the way the
#   ID service and DIL do: /id on dpm.demdex.net over CORS (fetch) and the AMCV_ cookie; /ibs ID
#   syncs on sample.demdex.net as images (the first sets the demdex cookie; the second redirects
#   to a partner); an /event pixel; a JSON /event (d_rtbd=json, fetch with credentials); a JSONP
#   /event (d_cb); a form POST /event (XMLHttpRequest) with a p_ signal; the stuff[] answers
#   written as first-party cookies and the dests[] fired as pixels. The c_ signals qualify
#   segments of the sample (c_interest=golf -> 1001, ...).
# Files written:
#   chromium-event-calls.har       home -> product -> cart, bodies embedded ("content: embed")
#   chromium-event-calls-omit.har  the same visit, without bodies ("content: omit")
#   chromium-optout.har            privacy page: /id, /ibs, /event, /demoptout.jpg, then /event
#                                  (error 171) and /id (d_optout)
#   chromium-no-aam.har            www.example.org, a page with no Audience Manager call, HTTP/1.1
#   truncated.har, base64-bodies.har, invalid-utf8.har: made from those by
#                                  tools/captures/make-edge-cases.py (see tests/data/har/README.md)
# UUIDs, MIDs, tids, times and random numbers differ on every run; the calls and their order do not.
#
# Last made on 2026-12-04 on Debian 12 with: Chromium 156.0.8078.114 (Debian package
# 156.0.8078.114-1~deb12u1), playwright-core 1.65.2 (its HAR writer: log.creator), Node.js
# v20.20.2, OpenSSL 3.0.19, dcsdesk-sandbox 0.1.0 built from main at 2c4b258.
#
# Installs what is missing: chromium, nodejs, npm, openssl (apt-get, with sudo when not root) and
# playwright-core (npm, into $DCSDESK_CAPTURES_NODE_DIR, default tools/.captures-node/, which git
# ignores). The sandbox is $DCSDESK_SANDBOX, else build/bin/dcsdesk-sandbox, built when missing.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=$(realpath -m "${1:-tests/data/har}")
PLAYWRIGHT_VERSION=1.65.2
NODE_DIR=$(realpath -m "${DCSDESK_CAPTURES_NODE_DIR:-tools/.captures-node}")
CHROMIUM=${DCSDESK_CHROMIUM:-/usr/bin/chromium}
SANDBOX=${DCSDESK_SANDBOX:-build/bin/dcsdesk-sandbox}

log() { echo "make-captures: $*" >&2; }

# --- what is missing ---------------------------------------------------------------------------
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v openssl >/dev/null || missing+=(openssl)
if ((${#missing[@]})); then
    log "installing missing packages: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

installed=$(node -p "try { require('$NODE_DIR/node_modules/playwright-core/package.json').version }
                    catch { '' }")
if [ "$installed" != "$PLAYWRIGHT_VERSION" ]; then
    log "installing playwright-core $PLAYWRIGHT_VERSION into $NODE_DIR"
    mkdir -p "$NODE_DIR"
    [ -f "$NODE_DIR/package.json" ] || echo '{"private": true}' >"$NODE_DIR/package.json"
    npm install --prefix "$NODE_DIR" --no-audit --no-fund --loglevel=error \
        "playwright-core@$PLAYWRIGHT_VERSION"
fi

if [ ! -x "$SANDBOX" ]; then
    log "building dcsdesk-sandbox in build/"
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build --parallel "${DCSDESK_JOBS:-2}" -t dcsdesk-sandbox
    SANDBOX=build/bin/dcsdesk-sandbox
fi

# --- sandbox and certificate -----------------------------------------------------------------
WORK=$(mktemp -d)
SANDBOX_PID=
cleanup() {
    if [ -n "$SANDBOX_PID" ]; then
        kill "$SANDBOX_PID" 2>/dev/null || true
        wait "$SANDBOX_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

cp resources/sample/sample-workspace.json "$WORK/workspace.json"
"$SANDBOX" --workspace "$WORK/workspace.json" --port 0 --log-calls --lang en \
    >"$WORK/sandbox.log" 2>"$WORK/sandbox.err" &
SANDBOX_PID=$!
SANDBOX_URL=
for _ in $(seq 100); do
    SANDBOX_URL=$(head -n 1 "$WORK/sandbox.log" | grep -o 'http://127\.0\.0\.1:[0-9]*' || true)
    [ -n "$SANDBOX_URL" ] && break
    kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$WORK/sandbox.err" >&2; exit 1; }
    sleep 0.1
done
[ -n "$SANDBOX_URL" ] || { log "the sandbox printed no URL"; cat "$WORK/sandbox.err" >&2; exit 1; }
log "sandbox: $SANDBOX_URL ($("$SANDBOX" --version 2>/dev/null | head -n 1))"

SAN="DNS:*.demdex.net,DNS:www.shop.example.com,DNS:*.example.com,DNS:*.example.org"
SAN+=",DNS:*.example.net,DNS:*.adpartner.example"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=DCS Desk captures" -addext "subjectAltName=$SAN" \
    -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
SPKI=$(openssl x509 -in "$WORK/cert.pem" -pubkey -noout | openssl pkey -pubin -outform der |
    openssl dgst -sha256 -binary | base64)

# --- captures --------------------------------------------------------------------------------
mkdir -p "$OUT"
log "versions: $("$CHROMIUM" --version 2>/dev/null), playwright-core $PLAYWRIGHT_VERSION," \
    "node $(node --version)"
node tools/captures/capture.mjs --sandbox "$SANDBOX_URL" --cert "$WORK/cert.pem" \
    --key "$WORK/key.pem" --spki "$SPKI" --out "$OUT" --modules "$NODE_DIR" --chromium "$CHROMIUM"

echo
echo "Sandbox calls:"
grep -E '^[0-9]{4}-' "$WORK/sandbox.log" | sed 's/^/    /'
echo
echo "Written:"
node tools/captures/summary.mjs "$OUT"/chromium-*.har
echo
echo "Edge cases made from them (tools/captures/make-edge-cases.py):"
python3 tools/captures/make-edge-cases.py "$OUT" | sed 's/^/    /'
rm -rf tools/captures/__pycache__
