#!/usr/bin/env bash
# Proves that the README's two commands work on a fresh Debian 12 machine.
#
#   sudo bash tools/fresh-check.sh [--all] [--keep] [--root DIR]
#
# Builds a minimal Debian 12 root with mmdebstrap (variant "apt": the essential packages and apt,
# nothing of the project's), clones the current commit into it, and runs there what a new user
# runs: the README's test command (`bash tools/dev.sh test`, the suite stage only unless --all is
# given) and the README's run command in its headless form (`dcsdesk --screenshot DIR` on the
# offscreen platform). It also checks that `dcsdesk --help` and `--version` work without any
# display. Then it builds the Debian package there (`bash tools/dev.sh package`), installs it with
# `apt-get install ./dcsdesk_<version>_amd64.deb` in a second minimal root, and runs
# `dcsdesk --version`, `dcsdesk-cli regions` and `dcsdesk --screenshot DIR` from the installed
# files. The second root holds nothing of the build: the package's computed dependencies alone
# must make the programs run, and nothing can be read from the build tree. It prints each step's
# time, the result, the packages the commands installed, the package's size and install time.
#
#   --all       run every stage of the test command (suite, sanitizers, fuzz)
#   --keep      keep the root afterwards (its path is printed) instead of removing it
#   --root DIR  build the root in DIR (default: a new folder under /var/tmp)
#
# Needs root (mmdebstrap, chroot and mounts) and Debian's package archive; it installs
# mmdebstrap and git on the host if they are missing. Only committed work is checked.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
stages=suite
keep=0
root=""
while (($#)); do
    case $1 in
    --all) stages="suite sanitizers fuzz" ;;
    --keep) keep=1 ;;
    --root) root=$2; shift ;;
    -h | --help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fresh-check: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
done

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-check: needs root (mmdebstrap, chroot and mounts); run it with sudo." >&2
    exit 2
fi

for p in mmdebstrap git; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        echo "Installing $p on the host"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null
    fi
done

commit=$(git -C "$repo" rev-parse HEAD)
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    echo "fresh-check: note: uncommitted changes are not checked; the check uses commit ${commit:0:12}."
fi
[ -n "$root" ] || root=$(mktemp -d /var/tmp/dcsdesk-fresh.XXXXXX)
mkdir -p "$root"
if [ -n "$(ls -A "$root")" ]; then
    echo "fresh-check: $root is not empty; give an empty or new folder with --root." >&2
    exit 2
fi
package_root="$root.package" # the second root, where the package is installed
if [ -e "$package_root" ]; then
    echo "fresh-check: $package_root exists already; remove it or give another --root." >&2
    exit 2
fi
log_dir=$(mktemp -d /tmp/dcsdesk-fresh-logs.XXXXXX)

mounted=()
cleanup() {
    local status=$?
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -lR "${mounted[i]}" 2>/dev/null || true
    done
    local r
    for r in "$root" "$package_root"; do
        if ((keep)); then
            [ -d "$r" ] && echo "The root is kept in $r (remove it with: rm -rf $r)"
        elif [ -d "$r" ]; then
            if grep -q " $r/" /proc/mounts; then
                echo "fresh-check: something is still mounted under $r; it is left in place." >&2
            else
                rm -rf "$r"
            fi
        fi
    done
    echo "Logs: $log_dir"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

steps=()
step_results=()
step_seconds=()
run_step() { # name, command...
    local name=$1
    shift
    local start=$SECONDS status=0
    echo
    echo "=== $name"
    "$@" || status=$?
    steps+=("$name")
    step_seconds+=($((SECONDS - start)))
    if ((status == 0)); then step_results+=(passed); else step_results+=("FAILED ($status)"); fi
    printf '=== %s: %s in %s\n' "$name" "${step_results[-1]}" "$(format_time $((SECONDS - start)))"
    return $status
}
format_time() { printf '%d min %02d s' $(($1 / 60)) $(($1 % 60)); }

# Everything inside a root runs as a new user's login would: a clean environment, no display.
in_root_dir() { # root, command...
    local dir=$1
    shift
    chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}
in_root() { in_root_dir "$root" "$@"; }
in_package_root() { in_root_dir "$package_root" "$@"; }

make_minimal_root() { # dir
    local dir=$1 sources=()
    # The archive this machine reaches, as its own apt uses it (deb.debian.org by default).
    [ -f /etc/apt/sources.list.d/debian.sources ] && sources=(/etc/apt/sources.list.d/debian.sources)
    mkdir -p "$dir"
    mmdebstrap --variant=apt --quiet bookworm "$dir" "${sources[@]}"
    cp /etc/resolv.conf "$dir/etc/resolv.conf"
    mount -t proc proc "$dir/proc" && mounted+=("$dir/proc")
    mount -t sysfs sysfs "$dir/sys" && mounted+=("$dir/sys")
    mount --rbind /dev "$dir/dev" && mount --make-rslave "$dir/dev" && mounted+=("$dir/dev")
    mount -t tmpfs tmpfs "$dir/tmp" && mounted+=("$dir/tmp")
}

make_root() {
    make_minimal_root "$root"
    in_root dpkg-query -W -f='${Package}\n' | sort >"$log_dir/packages-before.txt"
}

clone_commit() {
    git clone --quiet --no-hardlinks "$repo" "$root/root/dcsdesk"
    git -C "$root/root/dcsdesk" checkout --quiet "$commit"
    git -C "$root/root/dcsdesk" log -1 --format='commit %h: %s'
}

test_command() {
    in_root DCSDESK_TEST_STAGES="$stages" bash -c 'cd /root/dcsdesk && bash tools/dev.sh test' \
        2>&1 | tee "$log_dir/test.log" | grep -E --line-buffered \
        '^(==|Installing|[0-9]+% tests passed|Total Test time|fuzz_|The following tests FAILED|\s+[0-9]+ - )|Error|error:|FAILED'
    return "${PIPESTATUS[0]}"
}

run_command_headless() {
    in_root QT_QPA_PLATFORM=offscreen bash -c \
        'cd /root/dcsdesk && bash tools/dev.sh run --screenshot /root/screenshots' \
        >"$log_dir/run.log" 2>&1 || { tail -30 "$log_dir/run.log"; return 1; }
    local pngs
    pngs=$(find "$root/root/screenshots" -name '*.png' | wc -l)
    echo "$pngs screenshots written (copied to $log_dir/screenshots)"
    cp -r "$root/root/screenshots" "$log_dir/screenshots"
    ((pngs > 0))
}

# No DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM: options are answered before a GUI is needed.
help_without_display() {
    in_root /root/dcsdesk/build/bin/dcsdesk --version &&
        in_root /root/dcsdesk/build/bin/dcsdesk --help | head -3
}

build_package() {
    in_root bash -c 'cd /root/dcsdesk && bash tools/dev.sh package' >"$log_dir/package.log" 2>&1 ||
        { tail -30 "$log_dir/package.log"; return 1; }
    grep -E '^(Installing|CPack: - package)' "$log_dir/package.log" || true
    deb=$(cd "$root/root/dcsdesk/build" && ls dcsdesk_*_amd64.deb)
    cp "$root/root/dcsdesk/build/$deb" "$log_dir/"
    echo "$deb: $(du -k "$log_dir/$deb" | cut -f1) KiB (copied to $log_dir)"
    dpkg-deb --field "$log_dir/$deb" Depends Recommends Section Maintainer | sed 's/^/  /'
}

install_package() {
    make_minimal_root "$package_root"
    cp "$log_dir/$deb" "$package_root/tmp/"
    local start=$SECONDS
    in_package_root apt-get update -qq &&
        in_package_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$deb" \
            >"$log_dir/package-install.log" 2>&1 || { tail -30 "$log_dir/package-install.log"; return 1; }
    install_seconds=$((SECONDS - start))
    echo "apt-get install ./$deb: $(format_time $install_seconds)," \
        "$(grep -c '^Setting up' "$log_dir/package-install.log") packages set up"
}

run_installed() {
    in_package_root sh -c 'command -v dcsdesk dcsdesk-cli dcsdesk-sandbox' &&
        in_package_root dcsdesk --version &&
        in_package_root dcsdesk-cli regions | sed -n 1,4p &&
        in_package_root env QT_QPA_PLATFORM=offscreen dcsdesk --screenshot /root/screenshots \
            >"$log_dir/installed-run.log" 2>&1 || { tail -30 "$log_dir/installed-run.log"; return 1; }
    local pngs
    pngs=$(find "$package_root/root/screenshots" -name '*.png' | wc -l)
    echo "$pngs screenshots written by the installed dcsdesk (copied to $log_dir/installed-screenshots)"
    cp -r "$package_root/root/screenshots" "$log_dir/installed-screenshots"
    ((pngs > 0))
}

deb=""
install_seconds=""
overall=0
run_step "Minimal Debian 12 root (mmdebstrap --variant=apt)" make_root || overall=1
((overall)) || run_step "Clone of the current commit" clone_commit || overall=1
((overall)) || run_step "README test command: bash tools/dev.sh test (stages: $stages)" test_command || overall=1
((overall)) || run_step "README run command, headless: bash tools/dev.sh run --screenshot DIR" run_command_headless || overall=1
((overall)) || run_step "dcsdesk --version and --help without a display" help_without_display || overall=1
((overall)) || run_step "Debian package: bash tools/dev.sh package" build_package || overall=1
((overall)) || run_step "apt-get install ./dcsdesk_<version>_amd64.deb in a second minimal root" install_package || overall=1
((overall)) || run_step "Installed programs: --version, dcsdesk-cli regions, --screenshot DIR" run_installed || overall=1

echo
echo "=== Summary (commit ${commit:0:12}, stages: $stages)"
for i in "${!steps[@]}"; do
    printf '%-80s %-12s %s\n' "${steps[i]}" "${step_results[i]}" "$(format_time "${step_seconds[i]}")"
done
if [ -f "$log_dir/packages-before.txt" ]; then
    in_root dpkg-query -W -f='${Package}\n' | sort >"$log_dir/packages-after.txt" || true
    comm -13 "$log_dir/packages-before.txt" "$log_dir/packages-after.txt" >"$log_dir/packages-installed.txt"
    echo "Packages the commands installed: $(wc -l <"$log_dir/packages-installed.txt") (list: $log_dir/packages-installed.txt)"
    echo "Asked for by tools/dev.sh: $(grep -ohE 'Installing missing packages: .*' "$log_dir"/*.log | sed 's/Installing missing packages: //' | tr '\n' ' ')"
fi
[ -n "$deb" ] && [ -f "$log_dir/$deb" ] &&
    echo "Package: $deb, $(du -k "$log_dir/$deb" | cut -f1) KiB${install_seconds:+, installed in $(format_time "$install_seconds")}"
if ((overall)); then echo "RESULT: FAILED"; else echo "RESULT: passed"; fi
exit $overall
