"""Render DebtDesk's PNG icons from the one SVG master in resources/.

Uses Qt's own SVG renderer from the PySide6 wheel the app already depends on,
so building needs no extra tool (no Inkscape, no ImageMagick, no librsvg):

    python packaging/render_icons.py --hicolor OUT/usr/share/icons/hicolor
        hicolor/<N>x<N>/apps/io.github.debtdesk.DebtDesk.png for the freedesktop sizes,
        plus scalable/apps/io.github.debtdesk.DebtDesk.svg (the master itself)
    python packaging/render_icons.py --runtime
        src/debtdesk/resources/icons/debtdesk-<N>.png, the window icon (committed, so
        running from source needs no build step; rerun after changing the master)
    python packaging/render_icons.py --png 256 OUT.png
        one size (PyInstaller turns it into .ico / .icns for Windows and macOS)
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.debtdesk.DebtDesk"
MASTER = ROOT / "resources" / f"{APP_ID}.svg"
RUNTIME_DIR = ROOT / "src" / "debtdesk" / "resources" / "icons"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
RUNTIME_SIZES = (16, 24, 32, 48, 64, 128, 256)  # keep in step with debtdesk.ui.app_icon


def _renderer():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {MASTER} is not an SVG Qt can read.")
    return app, renderer


def render(size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    _app, renderer = _renderer()
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"render_icons: could not write {out}.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hicolor", type=Path, metavar="DIR", help="an icon theme's hicolor folder")
    parser.add_argument("--runtime", action="store_true", help="rewrite the window icons in the package")
    parser.add_argument("--png", nargs=2, metavar=("SIZE", "OUT"), help="one square PNG")
    args = parser.parse_args(argv)
    if args.hicolor:
        for size in HICOLOR_SIZES:
            render(size, args.hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        scalable = args.hicolor / "scalable" / "apps"
        scalable.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(MASTER, scalable / f"{APP_ID}.svg")
    if args.runtime:
        for size in RUNTIME_SIZES:
            render(size, RUNTIME_DIR / f"debtdesk-{size}.png")
    if args.png:
        render(int(args.png[0]), Path(args.png[1]))
    if not (args.hicolor or args.runtime or args.png):
        parser.error("say what to render: --hicolor DIR, --runtime or --png SIZE OUT")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
