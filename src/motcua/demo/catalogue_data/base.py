"""Building blocks of the hand-written procedure templates: plain data, no Django.

A :class:`Template` is one administrative procedure as it is published (name, level, statutory
time, dossier components, fees, result, legal basis). :func:`family` writes the many procedures a
catalogue really has for one kind of licence — "Cấp / Cấp lại / Điều chỉnh giấy phép … đối với
bệnh viện / phòng khám …" — from one list of objects and one list of actions. The generator
(``motcua.demo.catalogue``) turns templates into validated version contents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

PROVINCE, DISTRICT, COMMUNE = "province", "district", "commune"
WD, HOURS, DAYS, MONTHS = "working_days", "working_hours", "days", "months"

COPY_TYPES = {
    "o": "original",
    "c": "copy",
    "cc": "certified_copy",
    "ocr": "original_or_certified_copy",
    "s": "shown",
}


@dataclass(frozen=True)
class Sector:
    """A field of administration (lĩnh vực) and who handles it at each level."""

    code: str
    name: str
    owner: str  # e-ID code of the provincial department in the demo tree
    unit: str  # the department's unit that appraises dossiers
    district_unit: str = "Phòng chuyên môn thuộc UBND cấp huyện"
    commune_officer: str = "Công chức chuyên môn UBND cấp xã"


@dataclass(frozen=True)
class Comp:
    """Thành phần hồ sơ."""

    name: str
    copy_type: str = "original"
    quantity: int = 1
    from_data_store: bool = False
    cases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fee:
    """Phí (``fee``) or lệ phí (``charge``) in VND."""

    name: str
    amount: int
    kind: str = "charge"
    exemptions: str = ""


@dataclass(frozen=True)
class Case:
    """Trường hợp with its own statutory time (same unit as the procedure), if it differs."""

    key: str
    name: str
    amount: float | None = None


@dataclass(frozen=True)
class Template:
    name: str
    sector: Sector
    level: str
    amount: float  # statutory time limit
    components: tuple[Comp, ...]
    result: str
    basis: tuple[str, ...]
    unit: str = WD
    fees: tuple[Fee, ...] = ()
    code: str = ""  # real national code (CSDLQG), when known
    subjects: str = "Tổ chức, cá nhân"
    cases: tuple[Case, ...] = ()
    conditions: str = ""
    online: int = 2  # the highest legacy online level (1–4) this procedure lends itself to
    spot: bool | None = None  # "4 tại chỗ": None lets the generator choose among eligible ones
    cut: bool | None = None  # time-cut programme: None lets the generator choose
    via: str = ""  # another authority decides (liên thông), e.g. "UBND tỉnh"
    presence: bool = False  # the person must come in person: counter only
    mobile: bool = False  # done on site (lưu động): not received at the desk
    cutoff: str | None = None
    sets: int = 1
    rank: int = 0  # 0: always in the catalogue; higher ranks are trimmed first to fit the totals
    since: str = ""  # key of the 2019 decision that publishes it ("" = the 2018 base catalogue)
    appraisal: str = ""  # what the appraising unit does (for the sequence text)


def comp(spec) -> Comp:
    """``"Tờ khai …"`` → original; ``("Bản sao …", "c")``; ``("…", "o", 2)``; a Comp stays as it is."""
    if isinstance(spec, Comp):
        return spec
    if isinstance(spec, str):
        return Comp(spec)
    name, kind, *rest = spec
    return Comp(name, COPY_TYPES[kind], rest[0] if rest else 1)


def comps(*specs) -> tuple[Comp, ...]:
    return tuple(comp(spec) for spec in specs)


def fee(name: str, amount: int, kind: str = "charge", exemptions: str = "") -> Fee:
    return Fee(name, amount, kind, exemptions)


# Components that recur across sectors.
ID_SHOWN = Comp(
    "Giấy chứng minh nhân dân, Thẻ căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng (xuất trình)",
    "shown",
    from_data_store=True,
)
ID_COPY = Comp(
    "Bản sao Giấy chứng minh nhân dân, Thẻ căn cước công dân hoặc Hộ chiếu của người đề nghị",
    "copy",
    from_data_store=True,
)
RESIDENCE = Comp("Sổ hộ khẩu hoặc giấy tờ chứng minh nơi cư trú (xuất trình)", "shown", from_data_store=True)
MANDATE = Comp("Văn bản ủy quyền (trường hợp nộp hồ sơ thay)", "original_or_certified_copy")
BUSINESS_REG = Comp(
    "Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc giấy tờ có giá trị tương đương",
    "copy",
    from_data_store=True,
)
LAND_CERT = Comp(
    "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất "
    "hoặc giấy tờ về quyền sử dụng đất theo quy định",
    "original_or_certified_copy",
)
OLD_LICENCE = Comp("Bản chính giấy phép (giấy chứng nhận) đã được cấp", "original")
OLD_LICENCE_IF_ANY = Comp("Bản chính giấy phép đã được cấp (trường hợp bị hư hỏng)", "original")
LOST_REPORT = Comp("Đơn trình bày lý do mất, hỏng có xác nhận của cơ quan có thẩm quyền (nếu bị mất)", "original")
CHANGE_PROOF = Comp("Bản sao các giấy tờ chứng minh nội dung thay đổi", "certified_copy")
PHOTOS = Comp("Ảnh màu cỡ 3x4 cm, nền trắng, chụp trong thời gian không quá 06 tháng", "original", 2)
HEALTH_CERT = Comp("Giấy chứng nhận đủ sức khỏe do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp", "original")
CV = Comp("Sơ yếu lý lịch có xác nhận của cơ quan, tổ chức hoặc chính quyền địa phương nơi cư trú", "original")

LOST = Case("mat-hong", "Cấp lại do bị mất hoặc hư hỏng")
CHANGED = Case("thay-doi", "Cấp lại do thay đổi thông tin")


@dataclass(frozen=True)
class Action:
    """One verb of a family: "Cấp", "Cấp lại", "Điều chỉnh", with what it requires."""

    verb: str
    amount: float
    components: tuple
    result: str = ""
    rank: int = 0
    extra: dict = field(default_factory=dict)


def act(verb: str, amount: float, components, result: str = "", rank: int = 0, **extra) -> Action:
    return Action(verb, amount, tuple(components), result, rank, extra)


def family(
    sector: Sector,
    level: str,
    pattern: str,
    objects,
    actions,
    *,
    result: str = "",
    basis: tuple[str, ...] = (),
    **common,
) -> list[Template]:
    """Every ``action × object`` of a kind of licence; ``pattern`` uses ``{a}`` (verb) and ``{o}`` (object).

    An object may be ``(name, {overrides})``; an action's ``extra`` and ``common`` give the other
    template fields. ``result`` may use ``{o}`` too.
    """
    out = []
    for action in actions:
        for obj in objects:
            name, overrides = (obj, {}) if isinstance(obj, str) else obj
            fields = {**common, **action.extra, **overrides}
            out.append(
                Template(
                    name=_sentence(pattern.format(a=action.verb, o=name)),
                    sector=sector,
                    level=level,
                    amount=fields.pop("amount", action.amount),
                    components=comps(*action.components, *fields.pop("plus", ())),
                    result=(action.result or result).format(o=name),
                    basis=tuple(basis) + tuple(fields.pop("basis_plus", ())),
                    rank=max(action.rank, fields.pop("rank", 0)),
                    **fields,
                )
            )
    return out


def proc(sector: Sector, level: str, name: str, amount: float, components, result: str, basis, **fields) -> Template:
    """One procedure written out."""
    return Template(
        name=name,
        sector=sector,
        level=level,
        amount=amount,
        components=comps(*components),
        result=result,
        basis=tuple(basis),
        **fields,
    )


def at(level: str, templates: list[Template], **fields) -> list[Template]:
    """The same procedures at another level (e.g. chứng thực at district and commune)."""
    return [replace(t, level=level, **fields) for t in templates]


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def table(sector: Sector, level: str, basis, rows, **common) -> list[Template]:
    """Procedures written as rows ``(name, amount, components, result[, {other fields}])``."""
    out = []
    for row in rows:
        name, amount, components, result, *rest = row
        fields = {**common, **(rest[0] if rest else {})}
        out.append(proc(sector, level, name, amount, components, result, basis, **fields))
    return out


def licence_actions(
    amount: float,
    components,
    result: str,
    *,
    renew: float | None = None,
    adjust: float | None = None,
    extend: float | None = None,
    verbs: tuple[str, str, str, str] = ("Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn"),
    document: str = "giấy phép",
) -> list[Action]:
    """The usual life of a licence: issue, re-issue (lost, damaged), amend, extend."""
    out = [act(verbs[0], amount, components, result)]
    if renew is not None:
        out.append(
            act(
                verbs[1],
                renew,
                [f"Đơn đề nghị cấp lại {document} theo mẫu", LOST_REPORT, OLD_LICENCE_IF_ANY],
                result,
                rank=1,
                spot=None,
            )
        )
    if adjust is not None:
        out.append(
            act(
                verbs[2],
                adjust,
                [f"Đơn đề nghị điều chỉnh {document} theo mẫu", CHANGE_PROOF, OLD_LICENCE],
                result,
                rank=2,
            )
        )
    if extend is not None:
        out.append(
            act(
                verbs[3],
                extend,
                [
                    f"Đơn đề nghị gia hạn {document} theo mẫu",
                    "Báo cáo tình hình hoạt động trong thời gian được cấp phép",
                ],
                result,
                rank=3,
            )
        )
    return out


_REISSUABLE = re.compile(r"^Cấp (giấy phép|giấy chứng nhận|chứng chỉ|thẻ|giấy xác nhận)\b", re.IGNORECASE)
# Documents issued once per consignment, event or project stage, or whose changes have their own procedure.
_NOT_REISSUABLE = (
    " mới",
    "sửa chữa",
    "di dời",
    "kiểm dịch",
    "lần đầu",
    "khai quật",
    "có thời hạn",
    "thay đổi",
    "điều chỉnh",
    "gia hạn",
    "hình thức",
    "lưu hành",
    "quy hoạch",
    "đồng thời",
    "phổ biến",
    "triển lãm",
    "trình diễn",
    "nhập khẩu",
    "xuất bản",
    "vận chuyển",
    "bồi dưỡng",
    "thẩm định",
    "khoáng sản",
    "trại sáng tác",
    "tượng đài",
    "sao chép",
    "người đẹp",
    "liên hoan",
    "chương trình",
    "cập nhật",
    "quốc tịch",
    "người gốc",
)


def derive_reissues(templates: list[Template], exclude: set[str] = frozenset()) -> list[Template]:
    """ "Cấp lại …" for licences that have no re-issue procedure written out.

    Almost every licence, certificate or card a department issues has a re-issue procedure (lost,
    damaged or with outdated particulars). Those not written by hand are derived here with the
    usual components and a five-day limit, for documents that are re-issued at all (not per
    consignment, event or project stage) and only when the sector has no "Cấp lại" for the same
    document; ``exclude`` names templates of repealed texts. They carry rank 4.
    """
    written = {(t.sector.code, t.level, _key(t.name)) for t in templates if _WRITTEN_REISSUE.match(t.name)}
    out = []
    for t in templates:
        if t.since or t.level == COMMUNE or t.name in exclude or not _REISSUABLE.match(t.name):
            continue
        if any(word in t.name for word in _NOT_REISSUABLE):
            continue
        if (t.sector.code, t.level, _key(t.name)) in written:
            continue
        written.add((t.sector.code, t.level, _key(t.name)))
        out.append(
            replace(
                t,
                name="Cấp lại" + t.name[len("Cấp") :],
                amount=min(t.amount, 5) if t.unit == WD else 5,
                unit=WD,
                components=(
                    Comp(f"Đơn đề nghị cấp lại {_document(t.name)} theo mẫu"),
                    LOST_REPORT,
                    OLD_LICENCE_IF_ANY,
                ),
                fees=(),
                code="",
                cases=(),
                via="",
                spot=None,
                cut=None,
                sets=1,
                rank=4,
                online=min(t.online, 3),
                appraisal="",
            )
        )
    return out


# "Cấp lại …", "Cấp lại, điều chỉnh …", "Cấp, cấp lại …", "Cấp và cấp lại …": a re-issue written by hand.
_WRITTEN_REISSUE = re.compile(r"^Cấp(,| và)? (cấp )?lại\b", re.IGNORECASE)
_DOCUMENT_WORDS = ("giấy", "chứng", "thẻ", "phù", "biển")


def _key(name: str) -> tuple[str, ...]:
    """The first words of the document a "Cấp …" or "Cấp lại …" procedure is about."""
    words = name.lower().replace(",", " ").split()[1:]
    start = next((i for i, word in enumerate(words) if word in _DOCUMENT_WORDS), 0)
    return tuple(words[start : start + 3])


def _document(name: str) -> str:
    """The document a "Cấp …" procedure issues: "Cấp Giấy phép lái xe quốc tế" → "giấy phép lái xe quốc tế"."""
    rest = name[len("Cấp ") :]
    return rest[:1].lower() + rest[1:]
