#!/usr/bin/env bash
# Sets up a Debian/Ubuntu machine for Sandbench, builds it, then opens the app or runs the tests.
#
#   packaging/bootstrap.sh open [ARGS...]   install what is missing, build, start the app on the
#                                           sample data (ARGS go to sandbench)
#   packaging/bootstrap.sh test [ARGS...]   install what is missing, build, run ctest headless
#                                           (ARGS go to ctest, e.g. -R frame)
#
# Env: SANDBENCH_BUILD_DIR (default: build). CI runs this as root through .ci/run; a developer
# runs it as themselves and is asked for sudo only when a package is missing.
set -euo pipefail

# Debian bookworm packages needed to build, test and run. Add new dependencies here.
# (qt6-svg-dev is the real package behind the virtual libqt6svg6-dev: dpkg-query only knows the
# real name, so a virtual one would look missing forever.)
PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
    pybind11-dev python3-dev
    python3-pandas python3-numpy python3-scipy python3-statsmodels python3-matplotlib
    python3-openpyxl python3-seaborn python3-tqdm python3-jedi
    python3-dask python3-distributed python3-cryptography qtkeychain-qt6-dev
    python3-ipykernel python3-jupyter-client python3-nbformat
    libsqlite3-dev sqlite3 libseccomp-dev nlohmann-json3-dev
    xvfb xauth dpkg-dev file fonts-dejavu-core
)

# The worker embeds the distribution's CPython, whose dist-packages hold pandas & co.; a pyenv or
# venv python3 earlier on PATH has neither, so the build is pointed at this one explicitly.
SYSTEM_PYTHON=/usr/bin/python3

say() { printf '==> %s\n' "$*"; }
die() { printf 'bootstrap: error: %s\n' "$*" >&2; exit 1; }

usage() {
    printf 'usage: %s open|test [ARGS...]\n' "$0" >&2
    printf '  open  build, then start Sandbench on the sample data\n' >&2
    printf '  test  build, then run the test suite headless\n' >&2
    exit 2
}

# Prints the packages of PACKAGES that dpkg does not report as installed, one per line.
missing_packages() {
    local pkg status
    for pkg in "${PACKAGES[@]}"; do
        # shellcheck disable=SC2016  # ${Status} is dpkg-query's field, not a shell variable
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        [[ $status == "install ok installed" ]] || printf '%s\n' "$pkg"
    done
}

# Runs a command as root: directly when we are root (CI, containers), else through sudo.
as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    else
        sudo "$@"
    fi
}

install_dependencies() {
    if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
        die "this script needs a Debian-like system (apt-get, dpkg-query); Sandbench targets Debian 12.
Elsewhere, install the equivalents of these packages by hand:
  ${PACKAGES[*]}
then build with: cmake -S . -B build -G Ninja -DPython3_EXECUTABLE=/usr/bin/python3 && cmake --build build"
    fi

    local missing
    mapfile -t missing < <(missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "All ${#PACKAGES[@]} system packages are installed"
        return
    fi

    if [[ $EUID -ne 0 ]] && ! command -v sudo >/dev/null; then
        die "missing packages and neither root nor sudo is available; as root, run:
  apt-get update && apt-get install --no-install-recommends ${missing[*]}"
    fi
    say "Installing ${#missing[@]} missing package(s): ${missing[*]}"
    # env, because sudo drops most of the caller's environment.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"

    # A name apt resolved to another package (a virtual one) installs fine but never shows up in
    # dpkg-query, which would make every later run update apt again: catch it now.
    mapfile -t missing < <(missing_packages)
    if [[ ${#missing[@]} -gt 0 ]]; then
        die "still not installed after apt-get: ${missing[*]} (virtual package names? list the real package in PACKAGES)"
    fi
}

build() {
    say "Configuring in $BUILD_DIR"
    # SANDBENCH_HEADLESS_CHECK=ON (CI sets it) adds the headless_build test; unset, the cached
    # choice stays.
    local options=()
    if [[ -n ${SANDBENCH_HEADLESS_CHECK:-} ]]; then
        options+=("-DSANDBENCH_HEADLESS_CHECK=$SANDBENCH_HEADLESS_CHECK")
    fi
    cmake -S . -B "$BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPython3_EXECUTABLE="$SYSTEM_PYTHON" "${options[@]}"
    say "Building"
    cmake --build "$BUILD_DIR" --parallel
}

main() {
    [[ $# -ge 1 ]] || usage
    local command=$1
    shift
    case $command in
        open | test) ;;
        -h | --help | help) usage ;;
        *) printf 'bootstrap: unknown command: %s\n' "$command" >&2; usage ;;
    esac

    cd "$(dirname "${BASH_SOURCE[0]}")/.."
    BUILD_DIR=${SANDBENCH_BUILD_DIR:-build}

    # Check this before a long build rather than after it: without a display Qt would abort.
    # QT_QPA_PLATFORM set by the user (offscreen, vnc, ...) is their explicit choice.
    if [[ $command == open && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
        die "no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the app cannot open a window.
Run it under a virtual X server:  xvfb-run -a $0 open
or build and run the tests headless:  $0 test"
    fi

    say "Checking system packages"
    install_dependencies
    build

    local sample="$BUILD_DIR/share/sandbench/sample"
    if [[ $command == open ]]; then
        say "Starting Sandbench on the sample data"
        exec "$BUILD_DIR/bin/sandbench" \
            --data "sales=$sample/sales.csv" \
            --data "regions=$sample/regions.csv" \
            "$sample/sample_analysis.py" "$@"
    fi

    say "Running tests"
    # Headless: Qt widgets tests render offscreen. --no-tests=error: a build that registered no
    # tests must not pass as green.
    # One test per core at a time. The red-team passes, minutes each, are split into shards and
    # the longest tests start first (tests/CMakeLists.txt, COST), so no long test is left running
    # alone at the end.
    export QT_QPA_PLATFORM=offscreen
    exec ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" \
        --no-tests=error "$@"
}

main "$@"
