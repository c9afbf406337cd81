#!/usr/bin/env bash
# Test data generator: runs each command of tests/data/curl-truth/*.cmd with the real curl
# against a loopback capture server and writes what curl sent to NAME.wire, byte for byte.
# tst_curl compares what the cURL importer makes of each command with that file. Run it again
# after a curl upgrade or a new .cmd; tests never run curl themselves. In a .cmd, BASE stands
# for the capture server's http://127.0.0.1:PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=tests/data/curl-truth
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
python3 - "$work" <<'PY' &
import socket, sys
d = sys.argv[1]
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 0)); s.listen(5)
open(d + '/port', 'w').write(str(s.getsockname()[1]))
n = 0
while True:
    c, _ = s.accept(); data = b''
    c.settimeout(2)
    try:
        while b'\r\n\r\n' not in data:
            data += c.recv(65536)
        head, rest = data.split(b'\r\n\r\n', 1)
        length = 0
        for line in head.split(b'\r\n')[1:]:
            k, v = line.split(b':', 1)
            if k.strip().lower() == b'content-length':
                length = int(v)
        while len(data) - len(head) - 4 < length:
            data += c.recv(65536)
    except Exception:
        pass
    n += 1
    open('%s/%d.raw' % (d, n), 'wb').write(data)
    c.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}')
    c.close()
PY
server=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
base="http://127.0.0.1:$(cat "$work/port")"
count=0
for cmd in "$dir"/*.cmd; do
    name=$(basename "$cmd" .cmd)
    before=$(find "$work" -name "*.raw" | wc -l)
    sed "s|BASE|$base|g" "$cmd" | grep -v '^#' | tr '\n' ' ' | sed 's/\\ / /g' > "$work/run.sh"
    (cd "$work" && bash run.sh -s -o /dev/null) || true
    after=$(find "$work" -name "*.raw" | wc -l)
    if [ "$after" -le "$before" ]; then echo "no request captured for $name" >&2; exit 1; fi
    cp "$work/$after.raw" "$dir/$name.wire"
    count=$((count + 1))
done
echo "wrote $count .wire files with $(curl --version | head -1 | cut -d' ' -f1-2)"
