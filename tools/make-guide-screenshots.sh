#!/usr/bin/env bash
# Remakes the pictures of the user guide (resources/guide/<language>/images/*.png) and the
# English ones the README and the AppStream metadata show (docs/screenshot-*.png) with
# `dcsdesk --screenshot`, in every language of the guide, and makes them small (pngquant,
# 256 colors). Run it after a change that shows in the pictures, then rebuild and look at
# Help › User Guide. Settings, history and data go to a temporary folder: your own are not read
# or changed, and the calls the pictures show go to the local sandbox only.
#   bash tools/make-guide-screenshots.sh [BUILD_DIR]     (default: build)
# Needs a built dcsdesk; installs pngquant (Debian) when it is missing.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
APP="$BUILD_DIR/bin/dcsdesk"
LANGUAGES=(en es de fr)

if [ ! -x "$APP" ]; then
    echo "$APP was not found. Build it first: cmake --build $BUILD_DIR --target dcsdesk" >&2
    exit 1
fi
if ! command -v pngquant >/dev/null; then
    echo "Installing pngquant (Debian package), which makes the pictures small."
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends pngquant
fi

# Picture of the guide <- screenshot of `dcsdesk --screenshot` (its file name without the number).
PICTURES=(
    "overview:destinations"
    "destination-url:destinations-url-form"
    "destination-cookie:destinations-cookie-form"
    "destination-s2s:destinations-s2s-form"
    "mappings:destinations-mappings"
    "add-segments:destinations-mappings-add-segments"
    "bulk-edit:destinations-mappings-bulk-edit"
    "import-report:destinations-mappings-import-report"
    "import-review:destinations-import-review"
    "findings:destinations-findings"
    "segments:segments"
    "segment-editor:segments-segment-editor"
    "console:console-sandbox-call"
    "expected-vs-actual:console-expected-vs-actual"
    "runner:console-runner"
    "history:batch-history"
    "batch:batch-run"
    "captures:captures-sample"
)

# docs/screenshot-<name>.png (README, AppStream metainfo) <- English screenshot.
DOC_PICTURES=(
    "destinations:destinations"
    "mappings:destinations-mappings"
    "console:console-expected-vs-actual"
    "batch:batch-run"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for lang in "${LANGUAGES[@]}"; do
    shots="$work/shots-$lang"
    echo "== $lang"
    # Offscreen: the same pictures with or without a desktop, and no window flashes by.
    QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
        XDG_CACHE_HOME="$work/cache" QT_LOGGING_RULES="qt.qpa.*=false" \
        "$APP" --screenshot "$shots" --lang "$lang" >/dev/null \
        2> >(grep -v "This plugin does not support" >&2)
    out="resources/guide/$lang/images"
    mkdir -p "$out"
    rm -f "$out"/*.png
    for entry in "${PICTURES[@]}"; do
        name=${entry%%:*}
        step=${entry#*:}
        source=$(find "$shots" -name "[0-9][0-9]-$step.png" | head -n 1)
        if [ -z "$source" ]; then
            echo "No screenshot $step for the picture $name ($lang): see $shots" >&2
            trap - EXIT
            exit 1
        fi
        pngquant --force --speed 1 --strip 256 --output "$out/$name.png" "$source"
    done
    if [ "$lang" = en ]; then
        for entry in "${DOC_PICTURES[@]}"; do
            source=$(find "$shots" -name "[0-9][0-9]-${entry#*:}.png" | head -n 1)
            pngquant --force --speed 1 --strip 256 --output "docs/screenshot-${entry%%:*}.png" \
                "$source"
        done
    fi
done

du -ch resources/guide/*/images/*.png | tail -n 1 | sed 's/total/in all (aim: under 3 MB)/'
