#!/usr/bin/env bash
# The Debian package as a person gets it, on this Debian 12 machine (as root):
#   1. build a Release tree and `cpack -G DEB`; its dependencies come from dpkg-shlibdeps (Qt 6, libc-ares);
#   2. lint what it installs: desktop-file-validate, appstreamcli validate, lintian (no errors);
#   3. install an older version, then upgrade to this one over it;
#   4. run the installed programs: caa-doctor-cli from /usr/bin (check, a PDF report), caa-doctor under Xvfb;
#   5. a missing runtime library: the loader names it, the program does not exit silently;
#   6. purge: every file the package installed is gone, and nothing of it is left registered.
# Usage: tests/installer/test_deb.sh [BUILD_DIR]   (called by .ci/run)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-pkg}
[ "$(id -u)" -eq 0 ] || { echo "test_deb.sh: installing packages needs root" >&2; exit 1; }
work=$(mktemp -d)
trap 'dpkg --purge caa-doctor >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "-- 1. build and package"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAA_BUILD_TESTS=OFF -DCAA_BUILD_GUI=ON \
      -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/caa-doctor_*_*.deb | head -1)
[ -f "$deb" ] || fail "no package made"
echo "   $deb"
depends=$(dpkg-deb -f "$deb" Depends)
echo "   Depends: $depends"
for lib in libqt6widgets6 libqt6printsupport6 libqt6network6 libc-ares2 libqt6svg6; do
    [[ $depends == *"$lib"* ]] || fail "the package does not depend on $lib"
done

echo "-- 2. lint"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.caadoctor.CaaDoctor.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.caadoctor.CaaDoctor.metainfo.xml"
lintian --fail-on error "$deb" | tee "$work/lintian.txt" || fail "lintian found errors"
echo "   lintian: $(grep -c '^E:' "$work/lintian.txt" || true) errors, $(grep -c '^W:' "$work/lintian.txt" || true) warnings"

echo "-- 3. install an older version, then upgrade over it"
dpkg --purge caa-doctor >/dev/null 2>&1 || true
dpkg-deb -R "$deb" "$work/old"
sed -i 's/^Version: .*/Version: 0.0.9/' "$work/old/DEBIAN/control"
rm -f "$work/old/usr/share/icons/hicolor/512x512/apps/org.caadoctor.CaaDoctor.png" # files differ between versions
dpkg-deb -b --root-owner-group "$work/old" "$work/caa-doctor_0.0.9_old.deb" >/dev/null
dpkg -i "$work/caa-doctor_0.0.9_old.deb" >/dev/null
[ "$(dpkg-query -W -f='${Version}' caa-doctor)" = "0.0.9" ] || fail "the older version is not installed"
dpkg -i "$deb" >/dev/null
version=$(dpkg-query -W -f='${Version}' caa-doctor)
[ "$version" = "$(dpkg-deb -f "$deb" Version)" ] || fail "upgrade left version $version"
[ -f /usr/share/icons/hicolor/512x512/apps/org.caadoctor.CaaDoctor.png ] || fail "the upgrade did not add new files"
echo "   upgraded 0.0.9 -> $version"
# "Open with": the MIME types are registered and the desktop entry handles them (dpkg triggers update the caches).
grep -q "text/x-dns-zone:\*.zone" /usr/share/mime/globs2 || fail "*.zone is not registered as text/x-dns-zone"
grep -q "^text/x-dns-zone=.*org.caadoctor.CaaDoctor.desktop" /usr/share/applications/mimeinfo.cache \
    || fail "no application is registered for zone files"

echo "-- 4. run what was installed"
[ "$(command -v caa-doctor-cli)" = /usr/bin/caa-doctor-cli ] || fail "caa-doctor-cli is not in /usr/bin"
/usr/bin/caa-doctor-cli --version
status=0
/usr/bin/caa-doctor-cli check www.example.com --zone /usr/share/caa-doctor/examples/trailing-dot.zone \
    --report "$work/report.pdf" >"$work/check.txt" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$work/check.txt"; fail "check exited $status, expected 1 (refused)"; }
grep -q "Let's Encrypt will refuse to issue for www.example.com" "$work/check.txt" || fail "check said something else"
# (Whole outputs into grep: with pipefail, "cmd | grep -q" fails when grep stops reading early and cmd gets SIGPIPE.)
grep -q "CAA report for www.example.com" <<<"$(pdfinfo "$work/report.pdf")" || fail "no PDF report from the installed CLI"
grep -q "usr/share/man/man1/caa-doctor-cli.1.gz" <<<"$(dpkg-deb -c "$deb")" || fail "no man page for caa-doctor-cli"
if [ -e /usr/share/man/man1/caa-doctor-cli.1.gz ]; then # (minimal images tell dpkg to leave out man pages)
    man -w caa-doctor-cli >/dev/null || fail "man does not find caa-doctor-cli(1)"
fi
xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
    HOME='"$work"'/home /usr/bin/caa-doctor --demo & app=$!
    for _ in $(seq 1 50); do
        xdotool search --name "CAA Doctor" >/dev/null 2>&1 && break
        sleep 0.2
    done
    xdotool search --name "CAA Doctor" >/dev/null 2>&1 || { kill $app; exit 1; }
    kill -0 $app && kill $app' || fail "the installed caa-doctor did not show its window"
echo "   caa-doctor showed its window under Xvfb"
# --demo opens a copy the person may edit, never the package's read-only example.
[ -f "$work/home/.local/share/CAA Doctor/CAA Doctor/demo/trailing-dot.zone" ] || fail "--demo made no writable copy"

echo "-- 5. a missing runtime library"
mkdir -p "$work/broken"
: >"$work/broken/libcares.so.2" # an unusable copy first in the search path
status=0
LD_LIBRARY_PATH="$work/broken" /usr/bin/caa-doctor-cli --version >/dev/null 2>"$work/missing.txt" || status=$?
[ "$status" -ne 0 ] || fail "a broken libcares went unnoticed"
grep -q "libcares.so.2" "$work/missing.txt" || { cat "$work/missing.txt"; fail "the message does not name the library"; }
echo "   $(head -1 "$work/missing.txt")"

echo "-- 6. purge"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' >"$work/files.txt"
dpkg --purge caa-doctor >/dev/null
left=0
while read -r f; do
    if [ -e "$f" ]; then echo "   left behind: $f"; left=1; fi
done <"$work/files.txt"
[ "$left" -eq 0 ] || fail "purge left files behind"
dpkg-query -W caa-doctor >/dev/null 2>&1 && fail "the package is still registered"
grep -q "caa-evidence" /usr/share/mime/globs2 2>/dev/null && fail "the MIME type is still registered"
grep -q "caadoctor" /usr/share/applications/mimeinfo.cache 2>/dev/null && fail "the desktop entry is still registered"
echo "   $(wc -l <"$work/files.txt") files installed, all removed"
echo "Debian package: all checks passed."
