# DebtDesk for Windows: the PyInstaller bundle, then the Inno Setup installer.
# NOT TRIED: written without a Windows machine (see packaging/README.md).
# Run from the repository root in PowerShell, with Python 3.11+ and Inno Setup 6 (iscc on PATH):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
python -m venv build\pkgvenv
build\pkgvenv\Scripts\pip install -q . -r packaging\requirements.txt
$version = build\pkgvenv\Scripts\python -c "import debtdesk; print(debtdesk.__version__)"
New-Item -ItemType Directory -Force build\icons | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
build\pkgvenv\Scripts\python packaging\render_icons.py --png 256 build\icons\io.github.debtdesk.DebtDesk.png
# Pillow (a matplotlib dependency) writes the multi-size .ico the installer uses.
build\pkgvenv\Scripts\python -c "from PIL import Image; Image.open(r'build\icons\io.github.debtdesk.DebtDesk.png').save(r'build\icons\debtdesk.ico', sizes=[(16,16),(24,24),(32,32),(48,48),(64,64),(128,128),(256,256)])"
$env:DEBTDESK_VERSION = $version
$env:DEBTDESK_ICON_PNG = (Resolve-Path build\icons\io.github.debtdesk.DebtDesk.png).Path
build\pkgvenv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\debtdesk.spec
# dist\debtdesk\debtdesk.exe opens the window; dist\debtdesk\debtdesk-cli.exe runs the commands in a console.
& dist\debtdesk\debtdesk-cli.exe --version
iscc /DAppVersion=$version packaging\windows\debtdesk.iss
