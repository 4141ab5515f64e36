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
# pip's output reduced to one line per package downloaded: "  [3/84] Django==5.2.9"
pip_progress() {
  awk -v total="$1" '
    /^Collecting / { n++; printf "  [%d/%d] %s\n", n, total, $2; fflush(); next }
    /^Requirement already satisfied/ { n++; next }
    /^Installing collected packages/ { print "  installing the downloaded packages…"; fflush(); next }
    /^Successfully installed/ { print "  done"; fflush() }'
}

if [ "$(cat "$stamp" 2>/dev/null || true)" != "$wanted" ]; then
  packages="$(grep -hE '^[A-Za-z0-9_.-]+(\[[^]]*\])?==' requirements/base.txt requirements/s3.txt requirements/dev.txt | sort -u | wc -l)"
  echo "Installing $packages pinned packages into .venv (first start or changed requirements; a few minutes)"
  echo "  upgrading pip"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --disable-pip-version-check --progress-bar off -r requirements/dev.txt |
    pip_progress "$packages"
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
