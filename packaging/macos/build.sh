#!/usr/bin/env bash
# DebtDesk.app for macOS, and a .dmg to drag it to Applications.
# NOT TRIED: written without a macOS machine (see packaging/README.md). Unsigned: Gatekeeper
# asks the user to confirm the first start (right-click ▸ Open) until the app is signed and notarised.
#   packaging/macos/build.sh          (from the repository root; needs python3 3.11+)
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv build/pkgvenv
build/pkgvenv/bin/pip install -q . -r packaging/requirements.txt
VERSION=$(build/pkgvenv/bin/python -c "import debtdesk; print(debtdesk.__version__)")
mkdir -p build/icons
QT_QPA_PLATFORM=offscreen build/pkgvenv/bin/python packaging/render_icons.py --png 1024 build/icons/io.github.debtdesk.DebtDesk.png
DEBTDESK_VERSION=$VERSION DEBTDESK_ICON_PNG=$PWD/build/icons/io.github.debtdesk.DebtDesk.png \
  build/pkgvenv/bin/python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/debtdesk.spec
plutil -lint dist/DebtDesk.app/Contents/Info.plist
dist/DebtDesk.app/Contents/MacOS/debtdesk --version
hdiutil create -volname DebtDesk -srcfolder dist/DebtDesk.app -ov -format UDZO "dist/DebtDesk-$VERSION.dmg"
