#!/usr/bin/env bash
# System packages the tests need on a fresh Debian/Ubuntu machine (CI runs as root).
# Qt's xcb/offscreen plugins need the X/EGL libraries; CJK fonts make screenshots and PDFs readable;
# PostgreSQL lets the data-layer tests run against a real server too.
set -euo pipefail
want=(binutils libegl1 libxcb-cursor0 libxkbcommon-x11-0 libgl1 libfontconfig1 libdbus-1-3 fonts-noto-cjk xvfb postgresql poppler-utils)
missing=()
for pkg in "${want[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "warning: missing system packages (install them as root): ${missing[*]}" >&2
  fi
fi
