#!/usr/bin/env bash
# QGIS version matrix: `make test` and `make demo` (as `make demo-quiet`: any stderr line fails it)
# inside Debian chroots built with debootstrap.
#
#   scripts/test_matrix.sh [--build-only] SUITE...     (SUITE: trixie = QGIS 3.40, sid = QGIS 3.44)
#   scripts/test_matrix.sh --run SUITE 'COMMAND'      (one command in a fresh copy, e.g. one test)
#
# Each chroot is built once into $CHROOT_CACHE/<suite> (outside the repo) and reused; the Debian
# packages of the Makefile's `deps` are installed by running `make deps` inside it. A clean copy of
# the repo's files (tracked and untracked-but-not-ignored, as in the work tree) is copied in for
# every run. Mounts live in a private mount namespace, so they vanish when the script ends.
# Also runs the qgis-pyqt5to6 check there (Debian's Python >= 3.12, whatever the host has).
# Prints a table QGIS version x result and writes it to $MATRIX_OUT. Exits non-zero when any leg fails.
set -euo pipefail
{ # the whole script is read before it runs: editing it during a run cannot break that run

REPO=$(cd "$(dirname "$0")/.." && pwd)
CHROOT_CACHE=${CHROOT_CACHE:-/var/cache/clearance-planner/chroots}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
MATRIX_OUT=${MATRIX_OUT:-$REPO/build/test-matrix.md}
HOST_CA=${HOST_CA:-/etc/ssl/certs/ca-certificates.crt}
# Tools the chroot needs beyond the Makefile's deps (which `make deps` installs inside).
# Each run works in a copy of its own: two runs at once on one chroot never share a tree.
RUN_DIR=/work/run-$$
BASE_PACKAGES=make,ca-certificates,python3,tar,gzip,procps

log() { printf '[matrix %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if [ "$(id -u)" != 0 ]; then
	exec sudo -E "$0" "$@"
fi
# Mounts made below stay private to this process tree and are dropped when it exits.
if [ -z "${MATRIX_IN_NS:-}" ]; then
	MATRIX_IN_NS=1 exec unshare --mount --propagation private "$0" "$@"
fi

build_only=0 run_cmd=
if [ "${1:-}" = --build-only ]; then
	build_only=1
	shift
elif [ "${1:-}" = --run ]; then
	run_cmd=$3
	set -- "$2"
fi
[ $# -gt 0 ] || set -- trixie sid

ensure_debootstrap() {
	command -v debootstrap >/dev/null && return
	log "installing debootstrap"
	apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
}

mount_chroot() {
	local root=$1
	mount -t proc proc "$root/proc"
	mount --rbind /sys "$root/sys"
	mount --rbind /dev "$root/dev"
	cp -L /etc/resolv.conf "$root/etc/resolv.conf"
	cp "$HOST_CA" "$root/etc/ssl/host-ca.crt"
}

in_chroot() {
	local root=$1
	shift
	env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive CI="${CI:-}" \
		PIP_CERT=/etc/ssl/host-ca.crt SSL_CERT_FILE=/etc/ssl/host-ca.crt \
		REQUESTS_CA_BUNDLE=/etc/ssl/host-ca.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
		PIP_DEFAULT_TIMEOUT=180 \
		chroot "$root" "$@"
}

copy_repo() {
	local dest=$1
	rm -rf "$dest"
	mkdir -p "$dest"
	(cd "$REPO" && git ls-files -z --cached --others --exclude-standard \
		| while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
		| tar --null -T - -cf -) | tar -xf - -C "$dest"
}

# Build $CHROOT_CACHE/<suite> when missing: debootstrap, then the Makefile's Debian packages.
build_chroot() {
	local suite=$1 root=$CHROOT_CACHE/$1
	[ -f "$root/.clearance-ready" ] && return
	ensure_debootstrap
	local t0=$SECONDS part=$root.partial
	log "building $suite chroot in $root (debootstrap from $MIRROR)"
	rm -rf "$part"
	mkdir -p "$CHROOT_CACHE"
	debootstrap --variant=minbase --components=main --include="$BASE_PACKAGES" \
		"$suite" "$part" "$MIRROR"
	# sid's Release files can be past Valid-Until on a slow mirror; apt must not refuse them.
	echo 'Acquire::Check-Valid-Until "false";' >"$part/etc/apt/apt.conf.d/90clearance-matrix"
	printf '#!/bin/sh\nexit 101\n' >"$part/usr/sbin/policy-rc.d"
	chmod +x "$part/usr/sbin/policy-rc.d"
	mount_chroot "$part"
	copy_repo "$part/work/clearance_planner"
	in_chroot "$part" make -C /work/clearance_planner deps
	umount -R "$part/proc" "$part/sys" "$part/dev"
	mv "$part" "$root"
	touch "$root/.clearance-ready"
	log "$suite chroot built in $((SECONDS - t0)) s"
}

summary_line() {  # pytest's closing line, e.g. "612 passed, 3 skipped in 80.1s"
	grep -aE '^[=]* ?[0-9]+ (passed|failed|error)' "$1" | tail -1 | sed 's/=//g; s/^ *//; s/ *$//' || true
}

declare -a ROWS=()
status=0

run_leg() {
	local suite=$1 root=$CHROOT_CACHE/$1 t0=$SECONDS
	local logdir=$REPO/build/matrix/$suite
	mkdir -p "$logdir"
	mount_chroot "$root"
	copy_repo "$root$RUN_DIR"
	in_chroot "$root" make -C "$RUN_DIR" deps >"$logdir/deps.log" 2>&1 || true
	local qgis python
	qgis=$(in_chroot "$root" dpkg-query -W -f='${Version}' qgis 2>/dev/null | sed 's/[+-].*//')
	python=$(in_chroot "$root" python3 -c 'import platform; print(platform.python_version())')
	log "$suite: QGIS $qgis, Python $python: make test"
	local test_rc=0 demo_rc=0
	in_chroot "$root" make -C "$RUN_DIR" test 2>&1 | tee "$logdir/test.log" || test_rc=$?
	log "$suite: make demo (demo-quiet: nothing on stderr)"
	in_chroot "$root" make -C "$RUN_DIR" demo-quiet >"$logdir/demo.log" 2>&1 || demo_rc=$?
	[ $demo_rc = 0 ] || tail -30 "$logdir/demo.log" >&2
	log "$suite: qgis-pyqt5to6 check"
	local qt6_rc=0
	in_chroot "$root" env PYQT5TO6_VENV=/root/pyqt5to6-venv \
		"$RUN_DIR/scripts/check_pyqt5to6.sh" >"$logdir/pyqt5to6.log" 2>&1 || qt6_rc=$?
	[ $qt6_rc = 0 ] || tail -30 "$logdir/pyqt5to6.log" >&2
	umount -R "$root/proc" "$root/sys" "$root/dev"
	rm -rf "${root:?}$RUN_DIR"
	local tres dres
	tres=$(summary_line "$logdir/test.log")
	[ $test_rc = 0 ] && tres="ok: $tres" || tres="FAIL (exit $test_rc): $tres"
	[ $demo_rc = 0 ] && dres=ok || dres="FAIL (exit $demo_rc)"
	[ $qt6_rc = 0 ] && qres=unchanged || qres="FAIL (exit $qt6_rc)"
	[ $test_rc = 0 ] && [ $demo_rc = 0 ] && [ $qt6_rc = 0 ] || status=1
	ROWS+=("| $suite | $qgis | $python | $tres | $dres | $qres | $((SECONDS - t0)) s |")
}

ensure_debootstrap
for suite in "$@"; do
	build_chroot "$suite"
done
[ $build_only = 1 ] && exit 0
if [ -n "$run_cmd" ]; then
	root=$CHROOT_CACHE/$1
	mount_chroot "$root"
	copy_repo "$root$RUN_DIR"
	rc=0
	in_chroot "$root" bash -c "cd $RUN_DIR && $run_cmd" || rc=$?
	rm -rf "${root:?}$RUN_DIR"
	exit $rc
fi

host_qgis=$(dpkg-query -W -f='${Version}' qgis 2>/dev/null | sed 's/[+-].*//' || echo '?')
for suite in "$@"; do
	run_leg "$suite"
done

mkdir -p "$(dirname "$MATRIX_OUT")"
{
	echo "| Debian | QGIS | Python | make test | make demo | qgis-pyqt5to6 | time |"
	echo "| --- | --- | --- | --- | --- | --- | --- |"
	printf '%s\n' "${ROWS[@]}"
} | tee "$MATRIX_OUT"
echo "(host QGIS $host_qgis: run \`make test\` there; table written to $MATRIX_OUT)"
exit $status
}
