#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a while.
#   bash tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   default 10 s, every target
# The targets link from the sanitizer tree (build-asan/, clang with ASan + UBSan and libFuzzer's
# coverage instrumentation, the tree the test command's sanitizer stage runs the suite in), so
# after that stage nothing is compiled again. New inputs go to a scratch copy of
# tests/fuzz/corpus/<target>; crashes are written to build-asan/crashes/ and make the script
# fail. The last libFuzzer status line of each target (executions, coverage, corpus size) is
# printed as the figures for docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-10}
shift || true
BUILD=build-asan

for p in clang libclang-rt-14-dev; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
        break
    fi
done

# A tree configured by an older version with another compiler is made anew.
if [ -f "$BUILD/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++' "$BUILD/CMakeCache.txt"; then
    rm -rf "$BUILD"
fi
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDCSDESK_SANITIZE=ON >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)" --target dcsdesk_fuzzers

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cd "$BUILD/libfuzzer" && ls fuzz_* | sort)
fi
mkdir -p "$BUILD/crashes"
status=0
for t in "${targets[@]}"; do
    name=${t#fuzz_}
    work="$BUILD/corpus/$name"
    mkdir -p "$work"
    cp -r "tests/fuzz/corpus/$name/." "$work/" 2>/dev/null || true
    log="$BUILD/$t.log"
    if ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen "$BUILD/libfuzzer/$t" -max_total_time="$SECONDS_PER_TARGET" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$BUILD/crashes/$t-" "$work" >"$log" 2>&1; then
        echo "$t: $(grep -E '^#[0-9]+' "$log" | tail -1)"
    else
        echo "$t: FAILED — see $log and $BUILD/crashes/"
        tail -30 "$log"
        status=1
    fi
done
exit $status
