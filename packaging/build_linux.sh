#!/usr/bin/env bash
# Build the Linux release: dist/quizapp/ (one-folder app), dist/quizapp-<version>-linux-x86_64.tar.gz and
# dist/quizapp_<version>_amd64.deb (installs to /opt/quizapp, /usr/bin/quizapp, menu entry and icon).
# Usage: packaging/build_linux.sh            (VENV=path to use another virtualenv than .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
start=$(date +%s)
for tool in dpkg-deb strip ldd; do  # strip: binutils (PyInstaller strips the Linux binaries); ldd: libc-bin
  command -v "$tool" >/dev/null || { echo "build_linux.sh: $tool is missing (apt-get install binutils dpkg)" >&2; exit 1; }
done

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "installing PyInstaller into $VENV"
  "$VENV/bin/pip" install -q "pyinstaller>=6.10"
fi
version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=x86_64
debarch=amd64
echo "building quizapp $version (PyInstaller $("$PY" -m PyInstaller --version))"

rm -rf dist/quizapp build/pyinstaller
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/quizapp.spec
app=dist/quizapp
[ -x "$app/quizapp" ] || { echo "build_linux.sh: PyInstaller made no app" >&2; exit 1; }
cp LICENSE "$app/LICENSE.txt"
cp packaging/README-binary.txt "$app/README.txt"

tarball="dist/quizapp-$version-linux-$arch.tar.gz"
tar -C dist --owner=0 --group=0 -cf - quizapp | gzip -9 > "$tarball"

# --- .deb: /opt/quizapp + launcher + menu entry + icons, built with dpkg-deb ---
root="build/deb/quizapp_${version}_$debarch"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/doc/quizapp"
cp -a "$app" "$root/opt/quizapp"
# relative, so the launcher also works in a scratch root (dpkg -x); the bootloader follows it to _internal/
ln -s ../../opt/quizapp/quizapp "$root/usr/bin/quizapp"
cp packaging/deb/quizapp.desktop "$root/usr/share/applications/quizapp.desktop"
cp assets/icons/quizapp.png "$root/usr/share/icons/hicolor/256x256/apps/quizapp.png"
cp assets/icons/quizapp.svg "$root/usr/share/icons/hicolor/scalable/apps/quizapp.svg"
{
  echo "quizapp $version"
  echo
  echo "Code: MIT (below). Bundled articles: CC BY-SA, see /opt/quizapp/_internal/assets/sources/ATTRIBUTION.md."
  echo "Era table: CC BY-SA 3.0, see /opt/quizapp/_internal/assets/ERAS-ATTRIBUTION.md."
  echo "Qt (PySide6): LGPLv3; Python: PSF licence; other libraries: their own licences."
  echo
  cat LICENSE
} > "$root/usr/share/doc/quizapp/copyright"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_kb/" packaging/deb/control.in > "$root/DEBIAN/control"
install -m 755 packaging/deb/postinst packaging/deb/postrm "$root/DEBIAN/"
deb="dist/quizapp_${version}_$debarch.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null

end=$(date +%s)
echo "build time: $((end - start)) s"
echo "app folder:  $(du -sh "$app" | cut -f1)  $app"
echo "tar.gz:      $(du -h "$tarball" | cut -f1)  $tarball"
echo "deb:         $(du -h "$deb" | cut -f1)  $deb"
