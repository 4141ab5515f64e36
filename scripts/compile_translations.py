"""Compile locale/*/LC_MESSAGES/*.po into .mo files with polib (no GNU gettext needed).

python scripts/compile_translations.py          write the .mo files
python scripts/compile_translations.py --check  fail when a .mo is missing or out of date
"""

import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def compiled(po_path: Path) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "out.mo"
        polib.pofile(str(po_path)).save_as_mofile(str(target))
        return target.read_bytes()


def main(check: bool) -> int:
    stale = []
    for po_path in sorted(ROOT.glob("locale/*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        data = compiled(po_path)
        if check:
            if not mo_path.exists() or mo_path.read_bytes() != data:
                stale.append(str(mo_path.relative_to(ROOT)))
        else:
            mo_path.write_bytes(data)
    if stale:
        print("Out-of-date translations (run: python scripts/compile_translations.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv))
