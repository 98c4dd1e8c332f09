#!/bin/sh
# Puts the DebtDesk unpacked beside this script into the desktop's application menu for
# the current user: menu entry, icons, the .debtdesk file type and its default app, all
# under ${XDG_DATA_HOME:-~/.local/share}.  `--remove` takes them out again.  Your DebtDesk
# files (~/.local/share/DebtDesk/) are never touched.
set -eu
APP_ID=io.github.debtdesk.DebtDesk
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
MIMEAPPS=${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list
SIZES="16 22 24 32 48 64 128 256 512"

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications"; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml" \
        "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $SIZES; do rm -f "$DATA/icons/hicolor/${size}x$size/apps/$APP_ID.png"; done
  if [ -f "$MIMEAPPS" ]; then sed -i "/^application\/x-debtdesk=$APP_ID\.desktop;*\$/d" "$MIMEAPPS"; fi
  refresh
  echo "DebtDesk is out of the menu. Delete $HERE to uninstall it; your DebtDesk files are kept."
  exit 0
fi
[ -x "$HERE/debtdesk" ] || { echo "install-desktop-entry.sh: no debtdesk program beside this script." >&2; exit 1; }
case $HERE in
  *[\"\`\$\\\|\&]*) echo "install-desktop-entry.sh: move the folder to a path without \" \` \$ \\ | or & first." >&2; exit 1 ;;
esac

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/icons"
# The menu entry runs this copy by its full path, quoted (the folder may contain spaces).
sed -e "s|^Exec=debtdesk |Exec=\"$HERE/debtdesk\" |" -e "s|^TryExec=debtdesk\$|TryExec=$HERE/debtdesk|" \
  "$HERE/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$DATA/mime/packages/"
cp -R "$HERE/share/icons/hicolor" "$DATA/icons/"
refresh
if command -v xdg-mime >/dev/null 2>&1; then xdg-mime default "$APP_ID.desktop" application/x-debtdesk || true; fi
echo "DebtDesk is in the application menu; .debtdesk files open with it."
