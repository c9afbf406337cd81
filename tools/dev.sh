#!/usr/bin/env bash
# Sets up, builds and runs DCS Desk. Usage:
#   bash tools/dev.sh run [dcsdesk arguments]   install what is missing, build, start the app
#   bash tools/dev.sh test                      install what is missing, build, run every test:
#        the suite (build/, gcc), the suite again under AddressSanitizer + UBSan (build-asan/,
#        clang), and each fuzz target briefly (linked in build-asan/ from the same objects).
#        DCSDESK_TEST_STAGES="suite" runs only the first; each stage prints its time.
#   bash tools/dev.sh package                   install what is missing, build, and write the
#        Debian package build/dcsdesk_<version>_amd64.deb (CPack; dependencies by dpkg-shlibdeps)
# Idempotent: packages are installed only when missing, the builds are incremental.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${DCSDESK_BUILD_DIR:-build}
# ccache caches compilations that use a precompiled header only with these relaxations.
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}

PACKAGES=(g++ cmake ninja-build pkg-config ccache mold
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev libsimdjson-dev libcurl4-openssl-dev
          librsvg2-bin qtkeychain-qt6-dev libboost-dev)

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
    # Warnings are errors in CI's gcc build; the clang sanitizer tree reports them only.
    [ "${CI:-}" = "true" ] && [ -z "${DCSDESK_WERROR_OFF:-}" ] && werror=ON
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
    # The validators of the installed desktop entry and AppStream metadata (tests/install).
    install_missing clang libclang-rt-14-dev desktop-file-utils appstream
    for stage in $stages; do
        stage_start=$SECONDS
        case $stage in
        suite)
            echo "== Test suite"
            configure_and_build
            (cd "$BUILD_DIR" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@")
            ;;
        sanitizers)
            echo "== Test suite under AddressSanitizer + UndefinedBehaviorSanitizer"
            # clang, so that the fuzz stage links its libFuzzer targets from the same objects.
            if [ -f build-asan/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++' build-asan/CMakeCache.txt; then
                rm -rf build-asan # configured by an older version with gcc
            fi
            CC=clang CXX=clang++ BUILD_DIR=build-asan DCSDESK_WERROR_OFF=1 configure_and_build \
                -DCMAKE_BUILD_TYPE=Debug -DDCSDESK_SANITIZE=ON
            (cd build-asan && QT_QPA_PLATFORM=offscreen UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                LSAN_OPTIONS=suppressions="$PWD/../tools/lsan.supp" \
                ctest --output-on-failure --parallel "$(nproc)" -LE no-sanitizer "$@")
            ;;
        fuzz)
            echo "== Fuzz targets, ${DCSDESK_FUZZ_SECONDS:-15} s each"
            bash tools/fuzz.sh "${DCSDESK_FUZZ_SECONDS:-15}"
            ;;
        *)
            echo "dev.sh: unknown stage '$stage' (stages: suite sanitizers fuzz)" >&2
            exit 2
            ;;
        esac
        echo "== Stage $stage passed in $(((SECONDS - stage_start) / 60)) min $(((SECONDS - stage_start) % 60)) s"
    done
    ;;
package)
    install_missing dpkg-dev file # dpkg-shlibdeps computes the dependencies; CPack needs file
    configure_and_build
    (cd "$BUILD_DIR" && cpack -G DEB)
    ;;
*)
    echo "usage: bash tools/dev.sh run|test|package" >&2
    exit 2
    ;;
esac
