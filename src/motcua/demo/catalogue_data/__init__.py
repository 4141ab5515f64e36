"""Hand-written templates of the demo catalogue (see README.md for sources)."""

from __future__ import annotations

from importlib import import_module

from .base import Sector, Template, derive_reissues

MODULES = (
    "tu_phap",
    "y_te",
    "gtvt_xay_dung",
    "tai_nguyen_moi_truong",
    "ke_hoach_dau_tu",
    "cong_thuong",
    "nong_nghiep",
    "lao_dong",
    "van_hoa",
    "giao_duc",
    "noi_vu",
    "thong_tin_khoa_hoc",
    "khac",
)


def sectors_and_templates() -> tuple[list[Sector], list[Template]]:
    sectors: list[Sector] = []
    templates: list[Template] = []
    for name in MODULES:
        module = import_module(f"{__name__}.{name}")
        sectors.extend(module.SECTORS)
        templates.extend(module.TEMPLATES)
    from .decisions import CHANGES_2019  # the procedures of repealed texts get no re-issue procedure

    repealed = {name for change in CHANGES_2019 for _level, name in change.abolish_named}
    return sectors, templates + derive_reissues(templates, repealed)
