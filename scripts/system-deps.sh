#!/bin/sh
# System packages leakaid needs beyond Python wheels (Debian/Ubuntu), installed by `make test` / CI.
# Idempotent: `need PKG...` installs only the packages that are missing, and only when running as root;
# otherwise it prints the command to run and carries on (tests that need a package skip without it).
# Add a line `need PKG...  # why` for new packages.
set -eu

_updated=""
need() {
  missing=""
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $pkg"
    fi
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "system-deps: missing:$missing — as root run: apt-get install -y --no-install-recommends$missing" >&2
    return 0
  fi
  if [ -z "$_updated" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update
    _updated=1
  fi
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
}

need fonts-noto-cjk        # Chinese glyphs in generated PDFs (typst) and in browser screenshots
[ "${1:-test}" = "runtime" ] && exit 0   # `make run` needs only the fonts
need chromium              # browser end-to-end tests (Playwright with executable_path; never `playwright install`)
need postgresql            # PostgreSQL server binaries: the store test starts a throwaway cluster
