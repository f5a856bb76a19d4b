# Shared helpers for the scripts in this folder (sourced, not executed).
# Bash; callers set `set -euo pipefail` themselves.

RETORT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RETORT_BUILD_DIR="${RETORT_BUILD_DIR:-$RETORT_ROOT/build}"

# Debian 12 / Ubuntu 24.04 package names. An entry "a|b" means: the first of a, b that the
# distribution offers (names that differ between releases).
RETORT_PACKAGES=(
    build-essential cmake ninja-build ccache file dpkg-dev
    qt6-base-dev qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql
    libqscintilla2-qt6-dev qt6-tools-dev qt6-tools-dev-tools "qt6-l10n-tools|qt6-tools-dev-tools"
    libtomlplusplus-dev qtkeychain-qt6-dev
    postgresql python3-alembic python3-psycopg2 sqlite3
    desktop-file-utils appstream xvfb xauth
)

if [ -t 2 ]; then
    say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
else
    say() { printf '==> %s\n' "$*" >&2; }
fi
warn() { printf 'warning: %s\n' "$*" >&2; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run '$*' and sudo is not installed; install the packages listed in README.md"
    fi
}

pkg_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = installed ]
}

pkg_available() {
    local cand
    cand="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2 }')"
    [ -n "$cand" ] && [ "$cand" != "(none)" ]
}

# Installs whatever of RETORT_PACKAGES is missing; does nothing (and needs no root) when all are there.
ensure_packages() {
    command -v dpkg-query >/dev/null 2>&1 || die "this script needs a Debian or Ubuntu system (dpkg)"
    local entry alt missing=() found
    for entry in "${RETORT_PACKAGES[@]}"; do
        found=
        IFS='|' read -r -a alts <<<"$entry"
        for alt in "${alts[@]}"; do
            if pkg_installed "$alt"; then found=1; break; fi
        done
        [ -n "$found" ] || missing+=("$entry")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All required packages are installed"
        return 0
    fi
    say "Installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -q
    local install=()
    for entry in "${missing[@]}"; do
        found=
        IFS='|' read -r -a alts <<<"$entry"
        for alt in "${alts[@]}"; do
            if pkg_available "$alt"; then install+=("$alt"); found=1; break; fi
        done
        [ -n "$found" ] || die "no package '$entry' in this distribution's archives (check README.md)"
    done
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${install[@]}"
}

# Configures (once) and builds the project in $RETORT_BUILD_DIR. Extra arguments are build targets.
build_project() {
    local jobs="${RETORT_JOBS:-2}" args=()
    if [ ! -f "$RETORT_BUILD_DIR/CMakeCache.txt" ]; then
        args+=(-G Ninja -DCMAKE_BUILD_TYPE="${RETORT_BUILD_TYPE:-$([ "${CI:-}" = true ] && echo Release || echo RelWithDebInfo)}")
    fi
    say "Configuring in $RETORT_BUILD_DIR"
    cmake -S "$RETORT_ROOT" -B "$RETORT_BUILD_DIR" "${args[@]}"
    say "Building (-j$jobs)"
    if [ $# -gt 0 ]; then
        local t targets=()
        for t in "$@"; do targets+=(--target "$t"); done
        cmake --build "$RETORT_BUILD_DIR" -j "$jobs" "${targets[@]}"
    else
        cmake --build "$RETORT_BUILD_DIR" -j "$jobs"
    fi
}
