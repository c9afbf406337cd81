#!/usr/bin/env bash
# Measures the figures of docs/performance.md and prints them as a markdown table:
#   bash tools/bench.sh
# Builds Release in build-bench/, generates the largest workspace (1,000 destinations, 20,000
# segments, 100,000 mappings), runs every benchmark (medians of DCSDESK_BENCH_RUNS runs, default
# 5) and writes the table to stdout and build-bench/results.md. Installs libsimdjson-dev,
# libboost-dev and wrk (apt) and newman (npm, into build-bench/node_modules) when missing. Network
# load goes only to a sandbox on 127.0.0.1 that this script starts and stops. About 5 minutes
# after the first build.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/build-bench
RUNS=${DCSDESK_BENCH_RUNS:-5}
USERS=${DCSDESK_BENCH_USERS:-10000}
mkdir -p "$OUT"
WORK=$(mktemp -d)
mkdir -m 700 "$WORK/run"
SANDBOX_PID=
cleanup() {
    [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null && wait "$SANDBOX_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

log() { echo "bench: $*" >&2; }

# --- tools ------------------------------------------------------------------------------------
missing=()
for p in libsimdjson-dev libboost-dev wrk; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
NEWMAN=$OUT/node_modules/.bin/newman
if [ ! -x "$NEWMAN" ] && command -v npm >/dev/null; then
    log "installing newman into $OUT/node_modules"
    npm install --silent --no-audit --no-fund --prefix "$OUT" newman >&2 || true
fi

# --- build ------------------------------------------------------------------------------------
log "building Release in $OUT"
cmake -S . -B "$OUT" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$OUT" --parallel 2 --target dcsdesk dcsdesk-cli dcsdesk-sandbox bench_figures bench_har bench_captureview \
    $(grep -q bench_simdjson "$OUT/build.ninja" && echo bench_simdjson) \
    $(grep -q 'build bench_console:' "$OUT/build.ninja" && echo bench_console) >&2
BIN=$OUT/bin
exe() { find "$OUT" -name "$1" -type f -perm -u+x | head -1; }

LARGEST=$OUT/largest.json
if [ ! -f "$LARGEST" ]; then
    log "generating $LARGEST"
    "$BIN/dcsdesk-cli" generate-workspace "$LARGEST" --seed 1 --date 2026-01-15 >&2
fi
SAMPLE=$ROOT/resources/sample/sample-workspace.json
FIG=$WORK/figures.txt
: >"$FIG"
fig() { echo "FIGURE $1 $2" >>"$FIG"; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# --- start-up and memory ----------------------------------------------------------------------
startup() { # name workspace
    local t=() s=() m=()
    for _ in $(seq "$RUNS"); do
        local line
        line=$(HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local \
            XDG_RUNTIME_DIR=$WORK/run QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false' \
            "$BIN/dcsdesk" --lang en --measure-startup --workspace "$2" 2>/dev/null)
        t+=("$(echo "$line" | python3 -c 'import json,sys; print(json.load(sys.stdin)["startupMs"])')")
        s+=("$(echo "$line" | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j.get("workspaceShownMs", j["startupMs"]))')")
        m+=("$(echo "$line" | python3 -c 'import json,sys; print(json.load(sys.stdin)["rssKiB"]/1024)')")
    done
    fig "startup_$1" "$(printf '%s\n' "${t[@]}" | median)"
    fig "shown_$1" "$(printf '%s\n' "${s[@]}" | median)"
    fig "rss_$1" "$(printf '%s\n' "${m[@]}" | median)"
}
log "start-up (sample, largest)"
startup sample "$SAMPLE"
startup largest "$LARGEST"

# --- in-process figures -----------------------------------------------------------------------
log "workspace, lists, bulk edit, 10 MB response"
DCSDESK_BENCH_WORKSPACE=$LARGEST DCSDESK_BENCH_RUNS=$RUNS QT_QPA_PLATFORM=offscreen \
    QT_LOGGING_RULES='qt.qpa.*=false' "$(exe bench_figures)" -silent 2>&1 |
    grep -E '^(FIGURE|INFO)' | tee -a "$FIG" | grep '^INFO' >&2 || true
SIMDJSON=$(exe bench_simdjson || true)
if [ -n "$SIMDJSON" ]; then
    "$SIMDJSON" "$LARGEST" "$RUNS" >>"$FIG"
fi

# --- CSV import dry run of 1,000,000 rows, with the JSON report ------------------------------
log "mappings import --dry-run --json, 1,000,000 rows"
python3 - "$SAMPLE" "$WORK/csv-ws.json" "$WORK/rows.csv" <<'PY'
import datetime, json, shutil, sys
shutil.copy(sys.argv[1], sys.argv[2])
segments = [s["sid"] for s in json.load(open(sys.argv[1]))["segments"]]
start = datetime.date(2030, 1, 1)
with open(sys.argv[3], "w") as f:
    f.write("Destination ID,Destination Name,Segment ID,Segment Name,Mapping Value,Second Value,"
            "Start Date,End Date,Priority\n")
    for i in range(1000000):
        day = (start + datetime.timedelta(days=i // len(segments))).isoformat()
        f.write(f"2003,,{segments[i % len(segments)]},,v{i},,{day},{day},\n")
PY
csv_runs=$(mktemp)
for _ in $(seq "$RUNS"); do
    python3 - "$BIN/dcsdesk-cli" "$WORK/csv-ws.json" "$WORK/rows.csv" >>"$csv_runs" <<'PY'
import json, resource, subprocess, sys, time
begin = time.monotonic()
out = subprocess.run([sys.argv[1], "--json", "mappings", "import", sys.argv[2], sys.argv[3],
                      "--dry-run"], capture_output=True, check=True).stdout
seconds = time.monotonic() - begin
report = json.loads(out)
assert report["added"] == 1000000 and len(report["rows"]) == 1000000, "unexpected report"
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, seconds)
PY
done
fig csv_dry_run_rss "$(awk '{print $1}' "$csv_runs" | median)"
fig csv_dry_run_s "$(awk '{print $2}' "$csv_runs" | median)"
rm -f "$csv_runs"

# --- sandbox throughput: wrk and newman in the same run ----------------------------------------
python3 - "$SAMPLE" "$WORK/sandbox.json" "$WORK/users.csv" "$USERS" <<'PY'
import json, sys
ws = json.load(open(sys.argv[1]))
ws.setdefault("sandbox", {})["rateLimit"] = {"calls": 0}  # measure the server, not its limiter
json.dump(ws, open(sys.argv[2], "w"))
with open(sys.argv[3], "w") as f:
    f.write("uuid\n")
    for i in range(int(sys.argv[4])):
        f.write("%038d\n" % (10**20 + i))
PY
"$BIN/dcsdesk-sandbox" --workspace "$WORK/sandbox.json" --port 0 --max-connections 1024 \
    >"$WORK/sandbox.out" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 50); do grep -q http "$WORK/sandbox.out" 2>/dev/null && break; sleep 0.1; done
URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$WORK/sandbox.out" | head -1)
[ -n "$URL" ] || { cat "$WORK/sandbox.out" >&2; exit 1; }
log "sandbox at $URL"
cat >"$WORK/users.lua" <<LUA
wrk.headers["Host"] = "sample.demdex.net"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, string.format("/event?d_rtbd=json&d_uuid=%038d&c_interest=golf", 100000000000000000000 + n % $USERS))
end
LUA
WRK_CONNECTIONS=32
wrk -t2 -c$WRK_CONNECTIONS -d8s -s "$WORK/users.lua" "$URL" >"$WORK/wrk.txt"
fig wrk_rps "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")"
grep -E 'Non-2xx|Socket errors' "$WORK/wrk.txt" >&2 || true

if [ -x "$NEWMAN" ]; then
    cat >"$WORK/collection.json" <<JSON
{"info": {"name": "dcs", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "item": [{"name": "event", "request": {"method": "GET",
   "header": [{"key": "Host", "value": "sample.demdex.net"}],
   "url": "$URL/event?d_rtbd=json&d_uuid={{uuid}}&c_interest=golf"}}]}
JSON
    log "newman: $USERS calls"
    start=$(date +%s.%N)
    "$NEWMAN" run "$WORK/collection.json" -d "$WORK/users.csv" -n "$USERS" --silent \
        --reporters json --reporter-json-export "$WORK/newman.json" || true
    end=$(date +%s.%N)
    fig newman_rps "$(python3 -c "
import json
import sys
r = json.load(open('$WORK/newman.json'))['run']['stats']['requests']
print('bench: newman sent %d calls, %d failed' % (r['total'], r['failed']), file=sys.stderr)
print(round((r['total'] - r['failed']) / ($end - $start), 1))")"
fi
# The batch runner: the same users, the same call, the same sandbox, in the same run; once with
# as many calls in flight as wrk keeps connections (the comparison with wrk), once with the app's
# default concurrency of 6.
{
    echo "d_uuid"
    tail -n +2 "$WORK/users.csv"
} >"$WORK/batch-users.csv"
batch() { # figure concurrency
    log "dcsdesk-cli batch: $USERS calls, concurrency $2, 3 runs"
    local runs=() rps
    for run in 1 2 3; do
        "$BIN/dcsdesk-cli" batch --base-url "$URL" --alias sample --signal c_interest=golf \
            --input "$WORK/batch-users.csv" --concurrency "$2" --json \
            >"$WORK/batch-$2-$run.json" 2>"$WORK/batch.err" || true
        rps=$(python3 -c "
import json, sys
s = json.load(open('$WORK/batch-$2-$run.json'))
print('bench: batch run $run sent %d calls, %d answered, %d failed, %.1f calls/s' % (s['calls'], s['answered'], s['failed'], s['callsPerSecond']), file=sys.stderr)
print(s['callsPerSecond'])") || { cat "$WORK/batch.err" >&2; continue; }
        runs+=("$rps")
    done
    if [ ${#runs[@]} -gt 0 ]; then
        fig "$1" "$(printf '%s\n' "${runs[@]}" | median)"
    fi
}
batch batch_rps "${DCSDESK_BENCH_BATCH_CONCURRENCY:-$WRK_CONNECTIONS}"
batch batch6_rps 6

# --- 10 MB response in the console: shown, and the longest event-loop stall --------------------
CONSOLE_BENCH=$(exe bench_console || true)
if [ -n "$CONSOLE_BENCH" ]; then
    log "console: 10 MB response"
    # One 10 MB run per process (its argument is the body size in MB); the median goes in the table.
    CONSOLE_RUNS=$(mktemp)
    for _ in $(seq "$RUNS"); do
        QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false' \
            "$CONSOLE_BENCH" 10 2>/dev/null | grep -E '^FIGURE console_' >>"$CONSOLE_RUNS" || true
    done
    python3 - "$CONSOLE_RUNS" >>"$FIG" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    _, key, value = line.split()
    runs.setdefault(key, []).append(float(value))
for key, values in runs.items():
    print(f"FIGURE {key} {statistics.median(values)}")
PY
    rm -f "$CONSOLE_RUNS"
fi

# --- a 200 MB HAR of 50,000 entries (issue 19): HarCapture::readFile and the CLI -----------------
HUGE_HAR=$OUT/huge.har
if [ ! -f "$HUGE_HAR" ]; then
    log "generating $HUGE_HAR"
    python3 "$ROOT/tools/make-huge-har.py" "$HUGE_HAR" >&2
fi
log "HAR: readFile (one run per process, for its peak memory) and dcsdesk-cli har"
har_runs=$(mktemp)
for _ in $(seq "$RUNS"); do
    "$BIN/bench_har" "$HUGE_HAR" 1 | grep '^FIGURE' >>"$har_runs"
    # The Captures view: openCapture() until the list has its rows, offscreen.
    QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false" \
        "$BIN/bench_captureview" "$HUGE_HAR" 2>/dev/null | grep '^FIGURE' >>"$har_runs"
done
# The CLI: time and peak memory of the listing, the decoding and the JSON report.
cli_har() { # figure-prefix args...
    local prefix=$1
    shift
    for _ in $(seq "$RUNS"); do
        python3 - "$BIN/dcsdesk-cli" "$@" <<'PY'
import resource, subprocess, sys, time
begin = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(time.monotonic() - begin, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
PY
    done | awk -v p="$prefix" '{print "FIGURE " p "_s " $1; print "FIGURE " p "_rss " $2}' >>"$har_runs"
}
cli_har cli_har har "$HUGE_HAR"
cli_har cli_har_decode har "$HUGE_HAR" --decode
cli_har cli_har_json --json har "$HUGE_HAR"
python3 - "$har_runs" >>"$FIG" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    _, key, value = line.split()
    runs.setdefault(key, []).append(float(value))
for key, values in runs.items():
    print(f"FIGURE {key} {statistics.median(values)}")
PY
rm -f "$har_runs"

# --- table ------------------------------------------------------------------------------------
python3 - "$FIG" <<'PY' | tee "$OUT/results.md"
import sys
f = {}
for line in open(sys.argv[1]):
    p = line.split()
    if p and p[0] == "FIGURE":
        f[p[1]] = float(p[2])
def row(name, key, goal, limit=None, unit="ms", higher=False):
    v = f.get(key)
    if v is None:
        print(f"| {name} | {goal} | not measured | – |"); return
    met = "–" if limit is None else ("met" if (v >= limit if higher else v <= limit) else "**not met**")
    print(f"| {name} | {goal} | {v:,.1f} {unit} | {met} |")
print("| figure | goal | measured (median) | met |")
print("|---|---|---|---|")
row("start-up to painted window, sample", "startup_sample", "≤ 300 ms", 300)
row("start-up to painted window, largest", "startup_largest", "≤ 800 ms", 800)
row("workspace shown after start-up, sample", "shown_sample", "(no goal)")
row("workspace shown after start-up, largest", "shown_largest", "(no goal)")
row("memory after start-up, sample", "rss_sample", "≤ 80 MB", 80, "MiB")
row("memory after start-up, largest", "rss_largest", "≤ 200 MB", 200, "MiB")
row("workspace load, largest", "workspace_load", "≤ 500 ms", 500)
row("workspace validate, largest", "workspace_validate", "(no goal)")
row("workspace save, largest", "workspace_save", "≤ 500 ms", 500)
row("simdjson parse of the same file", "simdjson_parse", "(floor)")
if "workspace_load" in f and "simdjson_parse" in f:
    r = f["workspace_load"] / f["simdjson_parse"]
    print(f"| load ÷ simdjson parse | ≤ 10× | {r:.1f}× | {'met' if r <= 10 else '**not met**'} |")
row("filter keystroke, 1,000 destinations", "destinations_filter_keystroke", "≤ 16 ms", 16)
row("sort, 1,000 destinations", "destinations_sort", "≤ 150 ms", 150)
row("filter keystroke, 100,000 mappings", "mappings_filter_keystroke", "≤ 16 ms", 16)
row("sort, 100,000 mappings", "mappings_sort", "≤ 150 ms", 150)
row("bulk edit of 10,000 mappings", "bulk_edit", "≤ 200 ms", 200)
row("undo of that bulk edit", "bulk_undo", "≤ 200 ms", 200)
row("decode a 10 MB response", "response_decode", "≤ 500 ms", 500)
row("CSV import dry run, 1,000,000 rows, JSON report: peak memory", "csv_dry_run_rss", "≤ 300 MB", 300, "MiB")
row("the same: time", "csv_dry_run_s", "(no goal)", None, "s")
row("10 MB response shown in the console", "console_10mb_shown_ms", "(no goal)")
row("longest stall showing a 10 MB response", "console_10mb_longest_stall_ms", "≤ 100 ms", 100)
row("HAR 200 MB, 50,000 entries: HarCapture::readFile", "har_read_ms", "≤ 2,000 ms", 2000)
row("the same: peak memory", "har_read_rss_x", "≤ 3× the file", 3, "× file")
row("the same in the Captures view: list shown", "gui_har_list_ms", "≤ 2,000 ms", 2000)
row("the Captures view: peak memory", "gui_har_rss_x", "≤ 3× the file", 3, "× file")
row("dcsdesk-cli har (list)", "cli_har_s", "(no goal)", None, "s")
row("dcsdesk-cli har --decode", "cli_har_decode_s", "≤ 5 s", 5, "s")
row("dcsdesk-cli --json har", "cli_har_json_s", "(no goal)", None, "s")
row("dcsdesk-cli har --decode: peak memory", "cli_har_decode_rss", "(bounded)", None, "MiB")
row("sandbox under wrk", "wrk_rps", "(reference)", None, "calls/s")
row("newman, 10,000 users, same sandbox", "newman_rps", "(reference)", None, "calls/s")
row("batch runner, 10,000 users, same sandbox, 32 in flight (as wrk)", "batch_rps", "(see ratios)", None, "calls/s")
row("batch runner, the same at the default concurrency 6", "batch6_rps", "(no goal)", None, "calls/s")
if "batch_rps" in f and "newman_rps" in f:
    r = f["batch_rps"] / f["newman_rps"]
    print(f"| batch ÷ newman (same run) | ≥ 5× | {r:.1f}× | {'met' if r >= 5 else '**not met**'} |")
if "batch_rps" in f and "wrk_rps" in f:
    r = f["batch_rps"] / f["wrk_rps"] * 100
    print(f"| batch ÷ wrk (same run) | ≥ 50% | {r:.1f}% | {'met' if r >= 50 else '**not met**'} |")
if "batch6_rps" in f and "wrk_rps" in f:
    print(f"| batch at concurrency 6 ÷ wrk (same run) | – | {f['batch6_rps'] / f['wrk_rps'] * 100:.1f}% | – |")
if "wrk_rps" in f and "newman_rps" in f:
    print(f"| newman ÷ wrk (same run) | – | {f['newman_rps'] / f['wrk_rps'] * 100:.1f}% | – |")
PY
