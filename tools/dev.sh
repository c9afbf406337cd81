#!/usr/bin/env bash
# Sets up, builds and runs DCS Desk. Usage:
#   bash tools/dev.sh run [dcsdesk arguments]   install what is missing, build, start the app
#   bash tools/dev.sh test                      install what is missing, build, run every test
# Idempotent: packages are installed only when missing, the build is incremental.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${DCSDESK_BUILD_DIR:-build}

PACKAGES=(g++ cmake ninja-build pkg-config ccache
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          qt6-charts-dev libgl-dev)

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
    install_missing
    configure_and_build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
*)
    echo "usage: bash tools/dev.sh run|test" >&2
    exit 2
    ;;
esac
