"""The import contract of ./test ([tool.importlinter] in pyproject.toml) holds, and breaks on a wrong-way import.

Each case copies src/motcua into a temporary folder, adds one module with a forbidden import and runs
``lint-imports`` on the copy with the project's own contract: it must fail and name the import.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint(src: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [str(LINT_IMPORTS), "--no-cache", "--no-logo", "--config", str(ROOT / "pyproject.toml")]
    return subprocess.run(command, cwd=src, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    """A clean copy of the package (sources only), shared by the cases; each case removes what it added."""
    src = tmp_path_factory.mktemp("layering") / "src"
    shutil.copytree(ROOT / "src" / "motcua", src / "motcua", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return src


def test_the_project_keeps_its_contract():
    result = lint(ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        # a lower layer importing a higher one
        (
            "orgs/wrong_way.py",
            "from motcua.dossiers import models",
            "motcua.orgs is not allowed to import motcua.dossiers",
        ),
        (
            "dossiers/wrong_way.py",
            "from motcua.notifications import services",
            "motcua.dossiers is not allowed to import motcua.notifications",
        ),
        ("core/wrong_way.py", "import motcua.office.views", "motcua.core is not allowed to import motcua.office"),
        # two feature apps of the same layer are independent
        (
            "evaluations/wrong_way.py",
            "from motcua.petitions import models",
            "motcua.evaluations is not allowed to import motcua.petitions",
        ),
        # the demo and the simulator are reached only by the wiring
        (
            "imports/wrong_way.py",
            "from motcua.demo import loader",
            "motcua.imports is not allowed to import motcua.demo",
        ),
        ("accounts/wrong_way.py", "from motcua.vneid_sim import keys", "is not allowed to import motcua.vneid_sim"),
        # an import circle inside one app
        ("orgs/wrong_way.py", "from motcua.orgs import models", None),
    ],
)
def test_a_wrong_way_import_breaks_the_contract(copy, module, line, broken):
    path = copy / "motcua" / module
    added = [path]
    path.write_text(line + "\n", encoding="utf-8")
    if broken is None:  # close a circle: models → wrong_way → models
        models = copy / "motcua" / "orgs" / "models.py"
        original = models.read_text(encoding="utf-8")
        models.write_text(original + "\nfrom motcua.orgs import wrong_way  # noqa\n", encoding="utf-8")
    try:
        result = lint(copy)
    finally:
        for extra in added:
            extra.unlink()
        if broken is None:
            models.write_text(original, encoding="utf-8")
    output = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 1, output
    if broken:
        assert broken in output
    else:
        assert "No cycles are allowed in motcua.orgs" in output
    # and the copy is clean again
    assert lint(copy).returncode == 0


def test_every_app_is_in_the_contract():
    """A new app must take its place in the layers and be kept away from the demo (no silent gaps)."""
    import tomllib

    contracts = {
        c["id"]: c for c in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    }
    apps = {f"motcua.{p.parent.name}" for p in (ROOT / "src" / "motcua").glob("*/__init__.py")}
    layered = {name.strip() for layer in contracts["layers"]["layers"] for name in layer.split("|")}
    assert apps - {"motcua.demo", "motcua.vneid_sim"} == layered - {"motcua.urls"}
    assert set(contracts["demo"]["source_modules"]) == apps - {"motcua.demo", "motcua.vneid_sim"}
