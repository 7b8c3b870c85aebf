#!/usr/bin/env bash
# Installs the system packages Briefing needs (cairo, Pango, Poppler, Noto CJK fonts and Noto core for
# other scripts such as Tibetan, Mongolian and Yi through fontconfig fallback, PDF tools for tests)
# when they are missing. Safe to run again; does nothing when all are present.
set -euo pipefail
need=()
for pkg in libcairo2-dev libpango1.0-dev libpoppler-glib-dev fonts-noto-cjk fonts-noto-core poppler-utils qpdf; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing missing system packages: ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
