#!/bin/sh
# System packages leakaid needs beyond Python wheels (Debian/Ubuntu). Idempotent: installs only what is missing,
# and only when running as root; otherwise prints the command to run.
#   fonts-noto-cjk      Chinese glyphs for PDF documents (typst) and the web UI screenshots
#   chromium            browser end-to-end tests (Playwright drives it via executable_path; no `playwright install`)
#   postgresql          PostgreSQL server binaries for the store's PostgreSQL test (throwaway cluster)
set -eu

PACKAGES="fonts-noto-cjk chromium postgresql"

missing=""
for pkg in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $pkg"
  fi
done

if [ -z "$missing" ]; then
  echo "system-deps: all present ($PACKAGES)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing:$missing"
  echo "run as root: apt-get update && apt-get install -y --no-install-recommends$missing"
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $missing
