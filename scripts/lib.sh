# Shared helpers for scripts/run, scripts/test and bench/boot. Source it, do not run it:
#
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# It sets nothing but variables and functions; the caller chooses `set -euo pipefail`.
# Everything here is written for Debian 12 (bookworm), as root or as a user with sudo.
# shellcheck shell=bash

# The repository root (the folder above scripts/).
EMANON_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The build folder and the command-line tool inside it.
EMANON_BUILD_DIR=${EMANON_BUILD_DIR:-$EMANON_ROOT/build}

# Every Debian package a fresh machine needs to build Emanon, run its tests and boot its test
# guests. One list, so scripts/run and scripts/test install the same things.
#   build:        compiler, CMake, Ninja, Qt 6 (base, tools, translations), SDL2, SPICE client,
#                 QuaZip, libarchive, libusb
#   run:          QEMU (system + qemu-img), SeaBIOS, OVMF (VMs with UEFI firmware)
#   GUI tests:    Xvfb, xauth
#   migration:    ssh/scp (openssh-client) and rsync to reach other hosts; the migration tests
#                 and bench/migrate start sshd (openssh-server) in network namespaces (iproute2)
#   test guests:  what tests/guests/build's header names: cpio, fdisk (sfdisk), dosfstools
#                 (mkfs.vfat), mtools, syslinux, syslinux-common (+ extlinux), qemu-utils, the
#                 Debian archive keyring (its private i386 apt sources are signed-by it), and
#                 busybox-static
# shellcheck disable=SC2034  # used by the scripts that source this file
EMANON_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libsdl2-dev libspice-client-glib-2.0-dev libquazip1-qt6-dev libarchive-dev libssl-dev libusb-1.0-0-dev usb.ids
    qemu-system-x86 qemu-utils seabios ovmf
    xvfb xauth virt-viewer xorriso nasm
    syslinux syslinux-common extlinux mtools dosfstools fdisk cpio busybox-static
    debian-archive-keyring
    openssh-client openssh-server rsync iproute2
)

log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

# Runs a command as root: directly when we are root, through sudo when it exists.
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "'$*' needs root, and sudo is not installed; run this script as root"
    fi
}

package_installed() {  # $1 = package name
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

# need_packages pkg...: installs the packages that are not installed yet (nothing to do, and no
# root needed, when all are there). apt-get update runs first, once, only when some are missing.
need_packages() {
    local pkg missing=()
    for pkg in "$@"; do
        package_installed "$pkg" || missing+=("$pkg")
    done
    [[ ${#missing[@]} -gt 0 ]] || return 0
    log "installing ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# tests/guests/build resolves kernel versions with the system's apt-cache, so the system's
# package lists must exist (a fresh container often has none).
need_apt_lists() {
    if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
        log "no apt package lists yet; running apt-get update"
        as_root apt-get update -q
    fi
}

# The number of parallel build jobs: the CPUs, at most 2 (this project's builders have 2 cores
# and a Qt translation unit takes ~1 GB), or EMANON_JOBS when set.
build_jobs() {
    local n
    n=${EMANON_JOBS:-$(nproc 2>/dev/null || echo 1)}
    if [[ -z ${EMANON_JOBS:-} && $n -gt 2 ]]; then
        n=2
    fi
    echo "$n"
}

# configure_and_build [build-dir]: configures once (when the build folder has no CMakeCache.txt),
# then builds incrementally.
configure_and_build() {
    local dir=${1:-$EMANON_BUILD_DIR}
    if [[ ! -f $dir/CMakeCache.txt ]]; then
        cmake -S "$EMANON_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$dir" -j "$(build_jobs)"
}

# build_test_guests: builds (or finds cached) test guests; sets EMANON_TEST_GUESTS to their root.
# tests/guests/build logs to stderr and prints the root as its last stdout line.
build_test_guests() {
    local out
    need_apt_lists
    out=$("$EMANON_ROOT/tests/guests/build")
    EMANON_TEST_GUESTS=$(printf '%s\n' "$out" | tail -n 1)
    [[ -n $EMANON_TEST_GUESTS && -d $EMANON_TEST_GUESTS ]] ||
        die "tests/guests/build did not name a guests folder (got '$EMANON_TEST_GUESTS')"
    export EMANON_TEST_GUESTS
}

# make_private_dir: prints a new mode-0700 temporary folder (for EMANON_RUNTIME_DIR).
make_private_dir() {
    local dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/emanon-${1:-run}.XXXXXX")
    chmod 700 "$dir"
    echo "$dir"
}
