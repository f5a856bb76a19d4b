#!/usr/bin/env bash
# Installs what is missing, builds retort-gui in ./build and opens it on an example project
# (default examples/shop, whose embedded SQLite database shop.db has pending revisions).
#
#   ./scripts/run-example.sh [shop|linear|<path to a project folder>]
#
# Without a display (no DISPLAY / WAYLAND_DISPLAY) the window is drawn under xvfb-run and saved
# as build/example-<name>.png instead.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

example="${1:-shop}"
if [ -d "$RETORT_ROOT/examples/$example" ]; then
    project="$RETORT_ROOT/examples/$example"
elif [ -d "$example" ]; then
    project="$(cd "$example" && pwd)"
else
    die "no example '$example': choose one of $(ls "$RETORT_ROOT/examples" | tr '\n' ' ')or give a project folder"
fi

if [ "${RETORT_SKIP_APT:-0}" != 1 ]; then
    ensure_packages
fi
build_project retort-gui retort

gui="$RETORT_BUILD_DIR/bin/retort-gui"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    say "Opening $project"
    exec "$gui" "$project"
fi

shot="$RETORT_BUILD_DIR/example-$(basename "$project").png"
say "No display: drawing the window under xvfb-run into $shot"
xvfb-run -a -s "-screen 0 1280x800x24" "$gui" --screenshot "$shot" "$project"
say "Saved $shot"
