#!/usr/bin/env bash
# During a merge that conflicts in translations/: keeps our catalogues, runs lupdate over the
# merged sources, fills every message either side had translated, and unions the
# same-as-English lists. Then check with `python3 tools/tstool.py stats translations/*.ts`.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${DCSDESK_BUILD_DIR:-build}
tmp=$(mktemp -d)
for f in translations/*.ts; do
    b=$(basename "$f")
    git show ":2:$f" >"$tmp/ours_$b" 2>/dev/null || cp "$f" "$tmp/ours_$b"
    git show ":3:$f" >"$tmp/theirs_$b" 2>/dev/null || cp "$f" "$tmp/theirs_$b"
    cp "$tmp/ours_$b" "$f"
done
for f in translations/same-as-english_*.txt; do
    if git show ":2:$f" >"$tmp/a" 2>/dev/null && git show ":3:$f" >"$tmp/b" 2>/dev/null; then
        cat "$tmp/a" >"$f"
        grep -vxF -f "$tmp/a" "$tmp/b" >>"$f" || true
    fi
done
cmake -S . -B "$BUILD" >/dev/null
cmake --build "$BUILD" -t update_translations >/dev/null
for f in translations/*.ts; do
    b=$(basename "$f")
    python3 tools/tstool.py merge "$f" "$tmp/ours_$b" "$tmp/theirs_$b"
    python3 tools/tstool.py stats "$f"
done
git add translations/
