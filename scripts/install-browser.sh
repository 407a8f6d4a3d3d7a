#!/usr/bin/env bash
# Installs Debian's Chromium and the fonts the HTML view needs for the browser tests
# (needs root or sudo; does nothing when Chromium and the fonts are already there).
#   chromium            the browser Playwright drives (executable_path=/usr/bin/chromium)
#   fonts-wqy-microhei  Chinese/Japanese/Korean glyphs (~1.6 MB; fonts-noto-cjk is ~56 MB)
#   fonts-noto-ui-core  Arabic (Noto Sans Arabic UI) and other scripts (~1.4 MB)
set -euo pipefail
PACKAGES=(chromium fonts-wqy-microhei fonts-noto-ui-core)
missing=()
for p in "${PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
  if [ "$status" != "install ok installed" ]; then missing+=("$p"); fi
done
if [ -x /usr/bin/chromium ] && [ ${#missing[@]} -eq 0 ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
test -x /usr/bin/chromium
