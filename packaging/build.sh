#!/usr/bin/env bash
# Builds DebtDesk for Linux: the PyInstaller onedir bundle, a .tar.gz to unpack anywhere,
# and a .deb (/opt/debtdesk, /usr/bin/debtdesk, menu entry, file type, icons, metainfo).
#
#   packaging/build.sh [--fast] [--no-deb]
#
#   PYTHON=...   a Python with DebtDesk's dependencies; PyInstaller is added to it if missing.
#                Default: build/pkgvenv, created with `pip install . -r packaging/requirements.txt`.
#   --fast       quick compression (gzip -1, zstd -3): for CI. Without it: gzip -9 and xz,
#                which every dpkg reads.
#   --no-deb     only the bundle and the .tar.gz (no dpkg-deb needed: any Linux).
#
# Output in dist/: debtdesk/ (the bundle), debtdesk-VERSION-linux-x86_64.tar.gz,
# debtdesk_VERSION_amd64.deb.  Needs: python3, binutils (strip, readelf, objdump) and,
# for the .deb, dpkg-deb; the checks use desktop-file-validate and appstreamcli when present.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FAST=0; DEB=1
for arg in "$@"; do
  case $arg in
    --fast) FAST=1 ;;
    --no-deb) DEB=0 ;;
    *) echo "build.sh: unknown option $arg (use --fast, --no-deb)" >&2; exit 2 ;;
  esac
done
APP_ID=io.github.debtdesk.DebtDesk
step() { printf '[build %3ds] %s\n' "$SECONDS" "$*"; }

if [ -z "${PYTHON:-}" ]; then
  PYTHON=build/pkgvenv/bin/python
  if [ ! -x "$PYTHON" ]; then
    step "creating build/pkgvenv"
    python3 -m venv build/pkgvenv
    build/pkgvenv/bin/pip install -q . -r packaging/requirements.txt
  fi
fi
"$PYTHON" -c "import PyInstaller" 2>/dev/null || "$PYTHON" -m pip install -q -r packaging/requirements.txt
VERSION=$(PYTHONPATH=src "$PYTHON" -c "import debtdesk; print(debtdesk.__version__)")
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
step "DebtDesk $VERSION ($ARCH), PyInstaller $("$PYTHON" -m PyInstaller --version)"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate resources/$APP_ID.desktop
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net resources/$APP_ID.metainfo.xml >/dev/null \
    || { appstreamcli validate --no-net resources/$APP_ID.metainfo.xml; exit 1; }
fi

step "rendering icons from resources/$APP_ID.svg"
rm -rf build/icons && mkdir -p build/icons
QT_QPA_PLATFORM=offscreen "$PYTHON" packaging/render_icons.py --hicolor build/icons/hicolor --png 256 build/icons/$APP_ID.png

step "PyInstaller (onedir)"
rm -rf dist/debtdesk
DEBTDESK_VERSION=$VERSION DEBTDESK_ICON_PNG=$ROOT/build/icons/$APP_ID.png \
  "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/debtdesk.spec 2>&1 | grep -v -E "WARNING: Library (user32|not found: could not resolve 'lib(gtk|gdk)-3)" || true
[ -x dist/debtdesk/debtdesk ] || { echo "build.sh: PyInstaller made no dist/debtdesk/debtdesk" >&2; exit 1; }

step "stripping (auditwheel's vendored *.libs/ are left alone: stripping them breaks numpy's OpenBLAS)"
find dist/debtdesk -type f \( -name '*.so' -o -name '*.so.*' -o -path dist/debtdesk/debtdesk \) \
  -not -path '*.libs/*' -print0 | xargs -0 -n 50 strip --strip-unneeded 2>/dev/null || true
python3 packaging/deb_depends.py --check dist/debtdesk

step "staging share/ (desktop entry, metainfo, MIME type, icons)"
STAGE=build/stage && rm -rf $STAGE && mkdir -p $STAGE/share/{applications,metainfo,mime/packages,icons,doc/debtdesk}
cp resources/$APP_ID.desktop $STAGE/share/applications/
cp resources/$APP_ID.metainfo.xml $STAGE/share/metainfo/
cp resources/$APP_ID.mime.xml $STAGE/share/mime/packages/$APP_ID.xml
cp -r build/icons/hicolor $STAGE/share/icons/
cp src/debtdesk/resources/fonts/LICENSE-wqy-microhei.txt $STAGE/share/doc/debtdesk/
cp packaging/linux/copyright $STAGE/share/doc/debtdesk/copyright

if [ $FAST = 1 ]; then GZ=1; DEBZ=(-Zzstd -z3); else GZ=9; DEBZ=(-Zxz); fi

step "tar.gz"
NAME=debtdesk-$VERSION-linux-x86_64
rm -rf build/$NAME && mkdir -p build/$NAME
cp -a dist/debtdesk/. build/$NAME/
cp -a $STAGE/share build/$NAME/share
install -m 755 packaging/linux/install-desktop-entry.sh build/$NAME/
cp packaging/linux/README.txt build/$NAME/
tar -C build --owner=0 --group=0 --numeric-owner --sort=name -cf - $NAME | gzip -$GZ > dist/$NAME.tar.gz

if [ $DEB = 1 ]; then
  step "deb"
  PKG=build/deb && rm -rf $PKG && mkdir -p $PKG/DEBIAN $PKG/opt $PKG/usr/bin
  cp -a dist/debtdesk $PKG/opt/debtdesk
  ln -s /opt/debtdesk/debtdesk $PKG/usr/bin/debtdesk
  cp -a $STAGE/share $PKG/usr/share
  chmod -R u=rwX,go=rX $PKG
  DEPENDS=$(python3 packaging/deb_depends.py dist/debtdesk)
  SIZE=$(du -sk --exclude=DEBIAN $PKG | cut -f1)
  sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" -e "s/@DEPENDS@/$DEPENDS/" \
    packaging/linux/control.in > $PKG/DEBIAN/control
  (cd $PKG && find opt usr -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
  dpkg-deb --root-owner-group "${DEBZ[@]}" --build $PKG dist/debtdesk_${VERSION}_$ARCH.deb >/dev/null
fi

step "done"
du -sh dist/debtdesk
ls -l dist/*.tar.gz dist/*.deb 2>/dev/null | awk '{printf "%6.1f MB  %s\n", $5 / 1048576, $NF}'
