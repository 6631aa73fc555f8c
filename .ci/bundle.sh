#!/usr/bin/env bash
# CI: build the frozen one-folder bundle from build.spec, run its self-test offscreen (with no
# network where `unshare -n` works), check the folder is at most 150 MB, print the figures.
# Uses the existing .venv (make test builds it); installs PyInstaller into it via the [build] extra.
set -euo pipefail
cd "$(dirname "$0")/.."

LIMIT_MB=${KH130_BUNDLE_LIMIT_MB:-150}
PYTHON=${PYTHON:-.venv/bin/python}
if [[ ! -x "$PYTHON" ]]; then
    echo "bundle: no $PYTHON; run 'make test' first to build the .venv" >&2
    exit 2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kh130-bundle.XXXXXX")
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT

"$PYTHON" -m pip install --quiet --disable-pip-version-check -e ".[build]" > "$WORK/pip.log" 2>&1 || {
    cat "$WORK/pip.log" >&2
    echo "bundle: could not install the [build] extra (PyInstaller)" >&2
    exit 1
}

echo "bundle: building from build.spec into $WORK"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$WORK/dist" --workpath "$WORK/build" build.spec > "$WORK/pyinstaller.log" 2>&1 || {
    tail -n 40 "$WORK/pyinstaller.log" >&2
    echo "bundle: PyInstaller failed" >&2
    exit 1
}
build_seconds=$(( $(date +%s) - start ))
# kh130 on Linux; kh130-win10-1809-x64 on Windows (packaging/release.py, as build.spec names it).
BUNDLE="$WORK/dist/$("$PYTHON" packaging/release.py folder)"
for exe in kh130 kh130-cli; do
    [[ -x "$BUNDLE/$exe" ]] || { echo "bundle: $exe missing from $BUNDLE" >&2; exit 1; }
done

# The self-test must not read or write the developer's data: a throwaway HOME and data dir.
run_selftest() {
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        KH130_DATA_DIR="$WORK/home/data" "$@" "$BUNDLE/kh130-cli" --self-test
}
mkdir -p "$WORK/home"
network="available (unshare -n not permitted here)"
if unshare -n true 2>/dev/null; then
    network="none (unshare -n)"
    run_selftest unshare -n
elif unshare -rn true 2>/dev/null; then
    network="none (unshare -rn)"
    run_selftest unshare -rn
else
    run_selftest
fi

# Apparent size in bytes, limit in decimal megabytes (150 MB = 150,000,000 bytes): the stricter reading.
size_bytes=$(du -sb "$BUNDLE" | cut -f1)
size_mb=$(awk -v b="$size_bytes" 'BEGIN { printf "%.1f", b / 1000000 }')
size_mib=$(awk -v b="$size_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
files=$(find "$BUNDLE" -type f | wc -l)
echo "bundle: built in ${build_seconds} s; folder ${size_mb} MB (${size_mib} MiB, ${files} files), limit ${LIMIT_MB} MB"
echo "bundle: self-test passed offscreen; network during self-test: ${network}"
echo "bundle: largest parts:"
(cd "$BUNDLE/_internal" && du -sb -- * | sort -rn | head -n 8 | awk '{printf "  %6.1f MB  %s\n", $1/1000000, $2}')
if (( size_bytes > LIMIT_MB * 1000000 )); then
    echo "bundle: folder is ${size_mb} MB, over the ${LIMIT_MB} MB limit" >&2
    exit 1
fi
