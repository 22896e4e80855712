#!/bin/sh
# Installs the built Annotator app for the current user, so that it shows up in the application
# menu and double-clicking a .annot file in a file manager opens it. No root needed.
#
#   ./install.sh [APP_FOLDER]     install (APP_FOLDER: the built one-folder app; default: the
#                                 Annotator/ folder beside this script, as in the release
#                                 tarball, else dist/Annotator in a source checkout)
#   ./install.sh --uninstall      remove everything install.sh added; projects and settings stay
#
# Where things go (XDG_DATA_HOME defaults to ~/.local/share):
#   $XDG_DATA_HOME/org.annotator.Annotator/         the app (replaced on every install)
#   $XDG_DATA_HOME/applications/org.annotator.Annotator.desktop
#   $XDG_DATA_HOME/metainfo/org.annotator.Annotator.metainfo.xml
#   $XDG_DATA_HOME/mime/packages/org.annotator.Annotator-mime.xml
#   $XDG_DATA_HOME/icons/hicolor/{16x16,...,256x256,scalable}/apps/org.annotator.Annotator.*
#   ~/.local/bin/annotator                          a link, for the command line
set -eu

APP_ID=org.annotator.Annotator
MIME_TYPE=application/x-annotator-project
EXECUTABLE=annotator
SIZES="16 32 48 64 128 256"

HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$DATA/$APP_ID
BIN=$HOME/.local/bin
ICONS=$DATA/icons/hicolor

say() { printf '%s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

refresh() {
    # Tell the desktop about the changes; each tool is optional.
    if have update-mime-database; then update-mime-database "$DATA/mime" >/dev/null 2>&1 || true; fi
    if have update-desktop-database; then
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    fi
    if [ -f "$ICONS/icon-theme.cache" ] && have gtk-update-icon-cache; then
        gtk-update-icon-cache -q -t -f "$ICONS" 2>/dev/null || true
    fi
    touch "$ICONS" 2>/dev/null || true
}

uninstall() {
    rm -rf "$TARGET"
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/mime/packages/$APP_ID-mime.xml" "$ICONS/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do rm -f "$ICONS/${size}x$size/apps/$APP_ID.png"; done
    if [ -L "$BIN/$EXECUTABLE" ] && [ "$(readlink "$BIN/$EXECUTABLE")" = "$TARGET/$EXECUTABLE" ]; then
        rm -f "$BIN/$EXECUTABLE"
    fi
    mimeapps=${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list
    if [ -f "$mimeapps" ]; then  # drop our default-application line, keep the others
        sed -i "\\|^$MIME_TYPE=$APP_ID.desktop;*\$|d" "$mimeapps"
    fi
    refresh
    say "Annotator is uninstalled. Your projects and settings were not touched."
}

find_file() {  # a packaging file: beside this script (tarball) or in the checkout's packaging/
    for candidate in "$HERE/$1" "$HERE/../$1"; do
        if [ -e "$candidate" ]; then printf '%s\n' "$candidate"; return 0; fi
    done
    say "install.sh: cannot find $1 beside $HERE" >&2
    exit 2
}

install_app() {
    source_app=${1:-}
    if [ -z "$source_app" ]; then
        for candidate in "$HERE/Annotator" "$HERE/../../dist/Annotator"; do
            if [ -x "$candidate/$EXECUTABLE" ]; then source_app=$candidate; break; fi
        done
    fi
    if [ -z "$source_app" ] || [ ! -x "$source_app/$EXECUTABLE" ]; then
        say "install.sh: no built app found (expected ${source_app:-Annotator/}/$EXECUTABLE);" \
            "build it with: python packaging/build.py" >&2
        exit 2
    fi
    source_app=$(cd "$source_app" && pwd)
    desktop=$(find_file "$APP_ID.desktop")
    metainfo=$(find_file "$APP_ID.metainfo.xml")
    mime=$(find_file "$APP_ID-mime.xml")
    icons=$(dirname "$(find_file "icons/$APP_ID.svg")")

    if [ "$source_app" != "$TARGET" ]; then
        rm -rf "$TARGET.new"
        mkdir -p "$DATA"
        cp -R "$source_app" "$TARGET.new"
        rm -rf "$TARGET"
        mv "$TARGET.new" "$TARGET"
    fi
    mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" "$ICONS/scalable/apps"
    # The desktop entry starts the installed executable by its absolute path.
    sed -e "s|^Exec=$EXECUTABLE |Exec=\"$TARGET/$EXECUTABLE\" |" \
        -e "s|^TryExec=$EXECUTABLE\$|TryExec=$TARGET/$EXECUTABLE|" \
        "$desktop" >"$DATA/applications/$APP_ID.desktop"
    cp "$metainfo" "$DATA/metainfo/$APP_ID.metainfo.xml"
    cp "$mime" "$DATA/mime/packages/$APP_ID-mime.xml"
    cp "$icons/$APP_ID.svg" "$ICONS/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        mkdir -p "$ICONS/${size}x$size/apps"
        cp "$icons/$APP_ID-$size.png" "$ICONS/${size}x$size/apps/$APP_ID.png"
    done
    mkdir -p "$BIN"
    if [ ! -e "$BIN/$EXECUTABLE" ] || [ -L "$BIN/$EXECUTABLE" ]; then
        ln -sfn "$TARGET/$EXECUTABLE" "$BIN/$EXECUTABLE"
    fi
    refresh
    if have xdg-mime; then xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" 2>/dev/null || true; fi
    say "Annotator is installed in $TARGET"
    say "Start it from the application menu, or double-click a .annot project file."
}

case "${1:-}" in
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) install_app "${1:-}" ;;
esac
