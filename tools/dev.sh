#!/usr/bin/env bash
# Sets up, builds and runs DCS Desk. Usage:
#   bash tools/dev.sh run [dcsdesk arguments]   install what is missing, build, start the app
#   bash tools/dev.sh test                      install what is missing, build, run every test:
#        the suite (build/), the suite again under AddressSanitizer + UBSan (build-asan/), and
#        each fuzz target briefly (build-fuzz/). DCSDESK_TEST_STAGES="suite" runs only the first.
# Idempotent: packages are installed only when missing, the builds are incremental.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${DCSDESK_BUILD_DIR:-build}

PACKAGES=(g++ cmake ninja-build pkg-config ccache
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          qt6-charts-dev libqt6opengl6-dev libgl-dev libsimdjson-dev libcurl4-openssl-dev)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if ((${#missing[@]})); then
        echo "Installing missing packages: ${missing[*]}"
        local sudo=()
        [ "$(id -u)" -eq 0 ] || sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

configure_and_build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DDCSDESK_WERROR="$werror" "$@" >/dev/null
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

case "${1:-}" in
run)
    shift
    install_missing
    configure_and_build
    exec "$BUILD_DIR/bin/dcsdesk" "$@"
    ;;
test)
    shift
    stages=${DCSDESK_TEST_STAGES:-"suite sanitizers fuzz"}
    install_missing clang libclang-rt-14-dev
    for stage in $stages; do
        case $stage in
        suite)
            echo "== Test suite"
            configure_and_build
            (cd "$BUILD_DIR" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@")
            ;;
        sanitizers)
            echo "== Test suite under AddressSanitizer + UndefinedBehaviorSanitizer"
            BUILD_DIR=build-asan configure_and_build -DCMAKE_BUILD_TYPE=Debug -DDCSDESK_SANITIZE=ON
            (cd build-asan && QT_QPA_PLATFORM=offscreen UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                LSAN_OPTIONS=suppressions="$PWD/../tools/lsan.supp" \
                ctest --output-on-failure --parallel "$(nproc)" -LE no-sanitizer "$@")
            ;;
        fuzz)
            echo "== Fuzz targets, ${DCSDESK_FUZZ_SECONDS:-15} s each"
            bash tools/fuzz.sh "${DCSDESK_FUZZ_SECONDS:-15}"
            ;;
        esac
    done
    ;;
*)
    echo "usage: bash tools/dev.sh run|test" >&2
    exit 2
    ;;
esac
