"""Lint step of ./test: compiled translations are current and no Vietnamese string is left empty or
fuzzy (``makemessages`` guesses a "fuzzy" translation from a similar string: it is not compiled, and the
guess is usually another sentence)."""

import sys
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compile_translations import ROOT, main


def untranslated() -> list[str]:
    missing = []
    for po_path in ROOT.glob("locale/vi/LC_MESSAGES/*.po"):
        catalogue = polib.pofile(str(po_path))
        for entry in catalogue.untranslated_entries():
            missing.append(f"{po_path.name}: {entry.msgid[:70]!r}")
        for entry in catalogue.fuzzy_entries():
            missing.append(f"{po_path.name} (fuzzy): {entry.msgid[:70]!r}")
    return missing


if __name__ == "__main__":
    missing = untranslated()
    if missing:
        print("Vietnamese translations missing:", *missing, sep="\n  ")
    sys.exit(main(check=True) or (1 if missing else 0))
