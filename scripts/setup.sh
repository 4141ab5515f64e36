# Shared set-up for ./run and ./test (sourced, not executed): the virtual environment in .venv,
# pinned dependencies installed only when requirements/*.txt changed, and a local secret key.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

find_python() {
  for candidate in "${MOTCUA_PYTHON:-}" python3.11 python3.12 python3.13 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  echo "motcua needs Python 3.11 or newer (set MOTCUA_PYTHON to its path)." >&2
  return 1
}

if [ ! -x .venv/bin/python ]; then
  PYTHON="$(find_python)"
  echo "Creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi

stamp=".venv/.requirements.sha256"
wanted="$(cat requirements/*.txt | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$wanted" ]; then
  echo "Installing pinned dependencies into .venv"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
  echo "$wanted" >"$stamp"
fi

mkdir -p var
if [ -z "${MOTCUA_SECRET_KEY:-}" ]; then
  if [ ! -s var/secret_key ]; then
    .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))' >var/secret_key
    chmod 600 var/secret_key
  fi
  MOTCUA_SECRET_KEY="$(cat var/secret_key)"
  export MOTCUA_SECRET_KEY
fi
export PATH="$ROOT/.venv/bin:$PATH"
