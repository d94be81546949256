#!/usr/bin/env bash
# Create bench/.venv-anchors: the anchor tools (jionlp, Presidio) live in their own venv,
# never in leakaid's (jionlp pulls jiojio, GPLv3). Idempotent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv-anchors"
py="${PYTHON:-python3.11}"
if [ ! -x "$venv/bin/python" ]; then
  "$py" -m venv "$venv"
fi
"$venv/bin/pip" install --quiet -r "$here/requirements-anchors.txt"
"$venv/bin/python" - <<'PY'
import importlib.metadata as md
for name in ("jionlp", "presidio-analyzer", "phonenumbers"):
    print(f"{name}=={md.version(name)}")
PY
