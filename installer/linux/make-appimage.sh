#!/usr/bin/env bash
# AppImage recipe for release builds (linuxdeploy with its Qt plugin; they are downloaded by the release job, not
# here). Usage: installer/linux/make-appimage.sh BUILD_DIR [linuxdeploy] [linuxdeploy-plugin-qt]
# Builds nothing itself: BUILD_DIR is a Release tree configured with -DCMAKE_INSTALL_PREFIX=/usr.
set -euo pipefail
build=${1:?usage: make-appimage.sh BUILD_DIR [LINUXDEPLOY] [LINUXDEPLOY_PLUGIN_QT]}
linuxdeploy=${2:-linuxdeploy-x86_64.AppImage}
plugin=${3:-linuxdeploy-plugin-qt-x86_64.AppImage}
for tool in "$linuxdeploy" "$plugin"; do
    command -v "$tool" >/dev/null || [ -x "$tool" ] || { echo "make-appimage.sh: $tool not found" >&2; exit 66; }
done
appdir=$(mktemp -d)/AppDir
DESTDIR="$appdir" cmake --install "$build"
# The Qt plugin finds Qt through qmake; the offscreen platform plugin comes too, for caa-doctor-cli --report.
export QMAKE=${QMAKE:-$(command -v qmake6 || command -v qmake)}
export EXTRA_PLATFORM_PLUGINS="libqoffscreen.so;libqwayland-generic.so"
export EXTRA_QT_PLUGINS="svg;iconengines;imageformats"
export LINUXDEPLOY_PLUGIN_QT="$plugin"
"$linuxdeploy" --appdir "$appdir" \
    --executable "$appdir/usr/bin/caa-doctor" --executable "$appdir/usr/bin/caa-doctor-cli" \
    --desktop-file "$appdir/usr/share/applications/org.caadoctor.CaaDoctor.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/org.caadoctor.CaaDoctor.png" \
    --plugin qt --output appimage
