"""Which one-stop form applies to a dossier, its numbers, and the data each form shows.

The forms are those of TT 01/2018/TT-VPCP (dossiers received before 1 Jul 2025) and of TT 03/2025/TT-VPCP
(from 1 Jul 2025); the layout and fields follow ``docs/legal/circular-01-2018.md`` and
``docs/legal/regime-2025.md``. Everything is read from the dossier, its procedure version and its
append-only events; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import CharField, OuterRef, Q, QuerySet, Subquery
from django.db.models.fields.json import KeyTextTransform
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import User
from motcua.catalogue import schema
from motcua.core.text import nfc
from motcua.dossiers import clock, regime, selectors
from motcua.dossiers.models import Dossier, DossierEvent, DossierStep
from motcua.dossiers.workflow import Action
from motcua.orgs.models import Agency

from . import headers, qr

FORM_KINDS = ("receipt", "supplement", "refusal", "apology", "control", "stop")

# Form numbers (Mẫu số) and the circular of each set, as the regimes define them (dossiers/regime.py);
# the 2018 set has no stop notice.
FORM_NUMBERS = {name: rules.forms for name, rules in regime.REGIMES.items()}
CIRCULAR = {name: rules.circular for name, rules in regime.REGIMES.items()}
TITLES = {
    "receipt": "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    "supplement": "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
    "refusal": "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
    "apology_2018": "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
    "apology_2025": "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
    "control": "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
    "stop": "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
    "logbook": "SỔ THEO DÕI HỒ SƠ",
}
# Abbreviation of the kind of paper in "Số: 12/PBS-BPTNTKQ" (2025 ministry copy; TB = Thông báo, Decree 30).
NUMBER_KIND = {
    "receipt": "",
    "supplement": "PBS",
    "refusal": "PTC",
    "apology": "PXL",
    "control": "PKS",
    "stop": "TB",
    "logbook": "STD",
}
PAPER = {"control": "a4", "logbook": "a4-landscape"}  # the others are A5 portrait
UNIT_WORDS = {"working_days": "ngày làm việc", "working_hours": "giờ làm việc", "days": "ngày", "months": "tháng"}
COPY_WORDS = {
    "original": "Bản chính",
    "copy": "Bản sao",
    "certified_copy": "Bản sao chứng thực",
    "original_or_certified_copy": "Bản chính hoặc bản sao chứng thực",
    "shown": "Bản chính để đối chiếu",
}
VERDICT_WORDS = {"early": "Trước hạn", "on_time": "Đúng hạn", "late": "Quá hạn"}
RETURN_WORDS = {
    "counter": "Bộ phận Tiếp nhận và Trả kết quả",
    "post": "Nhà riêng/trụ sở qua dịch vụ bưu chính công ích",
    "online": "Trực tuyến",
}
REPRESENTATIVE_WORDS = {
    "name": "Họ và tên",
    "full_name": "Họ và tên",
    "id_number": "Số định danh cá nhân",
    "address": "Địa chỉ",
    "phone": "Số điện thoại",
    "email": "Email",
    "document": "Giấy tờ ủy quyền",
    "authorisation": "Giấy tờ ủy quyền",
}
HANDOVERS = (Action.FORWARD, Action.INTERAGENCY, Action.SEND_BACK, Action.DECIDE, Action.RETURN)
EVENT_ACTIONS = {
    "receipt": (Action.RECEIVE, Action.RESUBMIT),
    "supplement": (Action.REQUEST_COMPLETION, Action.REQUEST_SUPPLEMENT),
    "refusal": (Action.REFUSE_INTAKE, Action.DECIDE),
    "apology": (Action.APOLOGISE,),
    "stop": (Action.STOP, Action.WITHDRAW),
}


class NotApplicable(Exception):
    """The form does not apply to this dossier's history; the message says why."""


@dataclass
class FormDoc:
    """One form ready to render: its template, paper and everything it shows."""

    kind: str
    form_set: str
    number: str  # Mẫu số
    title: str
    template: str
    paper: str
    filename: str
    context: dict = field(default_factory=dict)


# --- formatting (Decree 30/2020: a day below 10 and the months 1 and 2 take a leading zero) -------------


def local(moment: dt.datetime | None) -> dt.datetime | None:
    return timezone.localtime(moment) if moment else None


def vn_date(day: dt.date | dt.datetime | None, *, blank: str = "ngày … tháng … năm …") -> str:
    if day is None:
        return blank
    if isinstance(day, dt.datetime):
        day = local(day).date()
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def vn_time(moment: dt.datetime | None) -> str:
    """``10 giờ 00 phút, ngày 06 tháng 3 năm 2026``."""
    if moment is None:
        return "… giờ … phút, ngày … tháng … năm …"
    moment = local(moment)
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {vn_date(moment)}"


def short_time(moment: dt.datetime | None, *, minutes: str = "") -> str:
    """``10 giờ 00, 06/03/2026`` for table cells (``minutes=" phút"`` for the control sheet)."""
    if moment is None:
        return ""
    moment = local(moment)
    return f"{moment.hour:02d} giờ {moment.minute:02d}{minutes}, ngày {moment:%d/%m/%Y}"


def cell_time(moment: dt.datetime | None) -> str:
    """``06/03/2026 10:00`` for the logbook's columns."""
    return f"{local(moment):%d/%m/%Y %H:%M}" if moment else ""


def amount_words(amount, unit: str) -> str:
    value = Decimal(str(amount)).normalize()
    text = f"{value:f}".replace(".", ",")
    return f"{text} {UNIT_WORDS.get(unit, unit)}"


def place_and_date(header: headers.Header, moment: dt.datetime | None) -> str:
    place = header.place_name or "……"
    return f"{place}, {vn_date(moment)}"


# --- which set, which event ---------------------------------------------------------------------------


def form_set(moment: dt.datetime | dt.date | None) -> str:
    """TT 01/2018 for dossiers received before the change date (1 Jul 2025), TT 03/2025 from it."""
    return regime.at(moment).name


def dossier_form_set(dossier: Dossier, events: list[DossierEvent]) -> str:
    """The set of the dossier's regime (``regime.of``: its receipt, else its submission or first event)."""
    return regime.of(dossier, events[0].at if events else None).name


def _pick_event(kind: str, events: list[DossierEvent], seq: int | None) -> DossierEvent:
    actions = EVENT_ACTIONS[kind]
    matching = [
        event
        for event in events
        if event.action in actions
        and not (event.action == Action.DECIDE and (event.data or {}).get("outcome") != "refused")
    ]
    if seq is not None:
        chosen = next((event for event in matching if event.seq == seq), None)
        if chosen is None:
            raise NotApplicable(_("Event %(seq)s of this dossier does not issue this form.") % {"seq": seq})
        return chosen
    if not matching:
        raise NotApplicable(NOT_APPLICABLE[kind])
    return matching[-1]


NOT_APPLICABLE = {
    "receipt": "This dossier was never received, so it has no receipt slip.",
    "supplement": "Nobody asked to supplement or complete this dossier.",
    "refusal": "This dossier was not refused.",
    "apology": "No apology was issued for this dossier.",
    "stop": "Processing of this dossier was not stopped or withdrawn.",
    "control": "This dossier was never received, so it has no control sheet.",
}


# --- numbers -----------------------------------------------------------------------------------------


def year_bounds(moment: dt.datetime | dt.date) -> tuple[dt.datetime, dt.datetime]:
    year = local(moment).year if isinstance(moment, dt.datetime) else moment.year
    start = timezone.make_aware(dt.datetime(year, 1, 1))
    return start, timezone.make_aware(dt.datetime(year + 1, 1, 1))


def logbook_number(dossier: Dossier) -> int | None:
    """The dossier's number in its desk's logbook of the year: received dossiers in order, from 1."""
    if dossier.received_at is None:
        return None
    start, end = year_bounds(dossier.received_at)
    earlier = Q(received_at__lt=dossier.received_at) | Q(received_at=dossier.received_at, pk__lte=dossier.pk)
    return (
        Dossier.objects.filter(agency_id=dossier.agency_id, received_at__gte=start, received_at__lt=end)
        .filter(earlier)
        .count()
    )


def _event_filter(kind: str) -> Q:
    if kind == "refusal":
        return Q(action=Action.REFUSE_INTAKE) | Q(action=Action.DECIDE, data__outcome="refused")
    return Q(action__in=EVENT_ACTIONS[kind])


def event_number(kind: str, event: DossierEvent, issuer: Agency, issuer_field: str = "agency") -> int:
    """The paper's number at the issuing agency in the year: papers of the same kind in order, from 1."""
    start, end = year_bounds(event.at)
    return (
        DossierEvent.objects.filter(_event_filter(kind), at__gte=start, at__lt=end)
        .filter(**{f"dossier__{issuer_field}": issuer})
        .filter(Q(at__lt=event.at) | Q(at=event.at, pk__lte=event.pk))
        .count()
    )


def number_text(kind: str, number: int | None, header: headers.Header) -> str:
    prefix = NUMBER_KIND[kind]
    suffix = f"{prefix}-{header.number_suffix}" if prefix else header.number_suffix
    return f"{number if number else '…'}/{suffix}"


# --- the dossier's data ---------------------------------------------------------------------------------


def _case(dossier: Dossier) -> dict | None:
    if not dossier.case:
        return None
    return next((c for c in dossier.version.content.get("cases", []) if c.get("key") == dossier.case), None)


def request_text(dossier: Dossier) -> str:
    """Nội dung yêu cầu giải quyết: the procedure's name, and the case when there is one."""
    case = _case(dossier)
    name = nfc(dossier.version.name)
    return f"{name} ({nfc(case['name'])})" if case and case.get("name") else name


def limits(dossier: Dossier) -> dict:
    content = dossier.version.content
    case = _case(dossier) or {}
    statutory = case.get("statutory") or content.get("statutory")
    committed = schema.limit_for(content, dossier.case or None)
    result = {"statutory": amount_words(statutory["amount"], statutory["unit"]) if statutory else "", "committed": ""}
    if committed and committed != statutory:
        result["committed"] = amount_words(committed["amount"], committed["unit"])
    return result


def applicant(dossier: Dossier) -> dict:
    rep = dossier.representative or {}
    representative = [
        {"label": REPRESENTATIVE_WORDS.get(key, key.replace("_", " ").capitalize()), "value": nfc(str(value))}
        for key, value in rep.items()
        if value
    ]
    name = nfc(dossier.applicant_name)
    return {
        "name": name,
        # who signs as the person filing: the authorised representative when there is one
        "signer": nfc(str(rep.get("name") or rep.get("full_name") or "")) or name,
        "organisation": dossier.applicant_kind == "organisation",
        "id_number": dossier.applicant_id_number,
        "address": nfc(dossier.applicant_address),
        "phone": dossier.applicant_phone,
        "email": dossier.applicant_email,
        "representative": representative,
    }


def components(dossier: Dossier) -> list[dict]:
    specs = {spec["key"]: spec for spec in dossier.version.content.get("components", [])}
    rows = []
    for component in dossier.components.all():
        if not (component.received or component.from_data_store):
            continue
        spec = specs.get(component.key, {})
        rows.append(
            {
                "name": nfc(component.name),
                "copy": COPY_WORDS.get(spec.get("copy_type", "original"), ""),
                "quantity": spec.get("quantity", 1),
                "from_data_store": component.from_data_store,
            }
        )
    return rows


def return_place(dossier: Dossier) -> str:
    if dossier.return_method == "post":
        address = nfc(dossier.applicant_address)
        return f"{RETURN_WORDS['post']}{f' (địa chỉ: {address})' if address else ''}"
    if dossier.return_method == "online":
        return f"{RETURN_WORDS['online']} (tài khoản dịch vụ công của người nộp hồ sơ)"
    return f"{RETURN_WORDS['counter']} ({nfc(dossier.agency.name)})"


def _names(user_ids) -> dict[int, str]:
    """Officials' full names (``str(user)``: the full name, else the user name)."""
    ids = {pk for pk in user_ids if pk}
    return {user.pk: nfc(str(user)) for user in User.objects.filter(pk__in=ids)}


def actor_name(event: DossierEvent, names: dict[int, str] | None = None) -> str:
    """Who acted: the official's full name today, else the label recorded with the event."""
    if names is not None and event.actor_id in names:
        return names[event.actor_id]
    if names is None and event.actor_id:
        return _names([event.actor_id]).get(event.actor_id) or nfc(event.actor_label)
    return nfc(event.actor_label)


def control_rows(dossier: Dossier, events: list[DossierEvent]) -> list[dict]:
    """One row per hand-over, read from the events and the state each one left behind.

    The giver is the unit that held the dossier before the event, the receiver the one holding it after;
    the verdict compares the hand-over moment with the giving step's deadline.
    """
    states = [(event, event.state or {}) for event in events]
    step_ids, unit_ids, user_ids = set(), set(), set()
    for event, state in states:
        step_ids.add(state.get("current_step_id"))
        unit_ids.add(state.get("current_unit_id"))
        user_ids.add(state.get("handler_id"))
        user_ids.add(event.actor_id)
    steps = {s.pk: s for s in DossierStep.objects.filter(pk__in={i for i in step_ids if i}).select_related("unit")}
    units = {a.pk: a for a in Agency.objects.filter(pk__in={i for i in unit_ids if i})}
    names = _names(user_ids)
    time_unit = clock.limit(dossier)[1]

    def holder(state: dict) -> tuple[Agency | None, DossierStep | None]:
        return units.get(state.get("current_unit_id")), steps.get(state.get("current_step_id"))

    rows = []
    previous: dict | None = None
    for index, (event, state) in enumerate(states):
        if event.action not in HANDOVERS or previous is None:
            previous = state
            continue
        giver_unit, giver_step = holder(previous)
        receiver_unit, receiver_step = holder(state)
        receiver_name = names.get(state.get("handler_id"), "")
        if not receiver_name and receiver_step is not None:
            receiver_name = _next_actor(states, index, receiver_step.pk, names)
        data = event.data or {}
        receiver_label = receiver_unit.name if receiver_unit else ""
        note = ""
        if event.action == Action.FORWARD:
            note = nfc(data.get("note", ""))
        elif event.action == Action.INTERAGENCY:
            note = "Liên thông: " + nfc(data.get("task", ""))
        elif event.action == Action.SEND_BACK:
            note = "Trả lại: " + nfc(data.get("reason", ""))
        elif event.action == Action.DECIDE:
            note = "Đã có kết quả giải quyết" if data.get("outcome") != "refused" else "Từ chối giải quyết"
        elif event.action == Action.RETURN:
            receiver_label = "Tổ chức, cá nhân nộp hồ sơ"
            receiver_name = nfc(data.get("received_by", ""))
            note = "Trả kết quả: " + RETURN_WORDS.get(data.get("method", ""), "")
        verdict = ""
        if giver_step is not None and giver_step.due_at:
            verdict = clock.verdict(event.at, giver_step.due_at, time_unit)
        rows.append(
            {
                "giver": nfc(giver_unit.name) if giver_unit else "",
                "giver_step": _step_label(giver_step),
                "receiver": nfc(receiver_label),
                "receiver_step": _step_label(receiver_step) if event.action != Action.RETURN else "",
                "at": short_time(event.at, minutes=" phút"),
                "giver_name": actor_name(event, names),
                "receiver_name": receiver_name,
                "verdict": VERDICT_WORDS.get(verdict, ""),
                "note": note.strip(),
            }
        )
        previous = state
    return rows


def _step_label(step: DossierStep | None) -> str:
    """The step's name beside its unit; an inter-agency step is named by its unit alone."""
    return nfc(step.name) if step is not None and not step.interagency else ""


def _next_actor(states: list[tuple[DossierEvent, dict]], index: int, step_id: int, names: dict[int, str]) -> str:
    """Who first acted on the dossier while it sat at ``step_id`` after hand-over ``index``: its receiver."""
    before = states[index][1]
    for event, state in states[index + 1 :]:
        if before.get("current_step_id") != step_id:
            return ""
        if event.action in (*HANDOVERS, Action.ASSIGN) and (event.actor_id or event.actor_label):
            return actor_name(event, names)
        before = state
    return ""


def partners(events: list[DossierEvent]) -> list[str]:
    """Cơ quan phối hợp giải quyết: the agencies consulted or sent the dossier (liên thông)."""
    seen: list[str] = []
    for event in events:
        data = event.data or {}
        name = ""
        if event.action == Action.INTERAGENCY:
            name = data.get("agency_name", "")
        elif event.action == Action.CONSULT:
            name = data.get("unit_name", "")
        name = nfc(name)
        if name and name not in seen:
            seen.append(name)
    return seen


def _reason_lines(text: str) -> list[str]:
    return [line.strip(" -•\t") for line in nfc(text).splitlines() if line.strip(" -•\t")]


# --- the forms -----------------------------------------------------------------------------------------


def build(dossier: Dossier, kind: str, *, event_seq: int | None = None, request=None, base_url: str = "") -> FormDoc:
    """The form ``kind`` of ``dossier`` (for its event ``event_seq``, else the latest that issues it)."""
    if kind not in FORM_KINDS:
        raise NotApplicable(_("Unknown form “%(kind)s”.") % {"kind": kind})
    events = list(dossier.events.order_by("seq"))
    rules = regime.of(dossier, events[0].at if events else None)
    fset = rules.name
    if kind not in rules.forms:
        raise NotApplicable(
            _("The 2018 form set (TT 01/2018) has no stop notice; it exists from %(day)s.")
            % {"day": f"{regime.change_date():%d/%m/%Y}"}
        )
    desk_header = headers.resolve(dossier.agency)
    header = desk_header
    context: dict = {
        "dossier": dossier,
        "set": fset,
        "circular": rules.circular,
        "decree": rules.decree,
        "applicant": applicant(dossier),
        "request_text": request_text(dossier),
        "desk_label": nfc(dossier.agency.name),
    }
    if kind == "control":
        if dossier.received_at is None:
            raise NotApplicable(_(NOT_APPLICABLE["control"]))
        event = next((e for e in events if e.action == Action.RECEIVE), events[0])
        number = logbook_number(dossier)
        context.update(
            lead=nfc(dossier.lead_agency.name),
            partners=partners(events),
            received=vn_time(dossier.received_at),
            due=vn_time(dossier.due_at),
            rows=control_rows(dossier, events),
        )
    else:
        event = _pick_event(kind, events, event_seq)
        if kind == "receipt":
            if not dossier.code:
                raise NotApplicable(_(NOT_APPLICABLE["receipt"]))
            number = logbook_number(dossier)
            appointment = (event.data or {}).get("appointment")
            due = dt.datetime.fromisoformat(appointment) if appointment else dossier.original_due_at
            url = qr.status_url(dossier.code, request=request, base_url=base_url)
            context.update(
                components=components(dossier),
                sets=dossier.version.content.get("sets", 1) or 1,
                limits=limits(dossier),
                received=vn_time(dossier.received_at),
                due=vn_time(due),
                return_place=return_place(dossier),
                volume=local(dossier.received_at).year,
                book_number=number,
                receiver_name=actor_name(event),
                status_url=url,
                qr=qr.svg_data_uri(url),
                copies=["Liên 1: Lưu", "Liên 2: Giao người nộp hồ sơ"],
            )
        elif kind == "supplement":
            number = event_number(kind, event, dossier.agency)
            context.update(
                items=event.data.get("items", []),
                guide_name=actor_name(event),
                guide_phone=dossier.agency.phone,
                after_receipt=event.action == Action.REQUEST_SUPPLEMENT,
            )
        elif kind == "refusal":
            number = event_number(kind, event, dossier.agency)
            context.update(
                reasons=_reason_lines(event.data.get("reasons", "")),
                receiver_name=actor_name(event),
                after_appraisal=event.action == Action.DECIDE,
            )
        elif kind == "apology":
            header = headers.resolve(dossier.lead_agency)
            number = event_number(kind, event, dossier.lead_agency, "lead_agency")
            old_due = event.data.get("old_due")
            new_due = event.data.get("new_due")
            context.update(
                agency_name=nfc(dossier.lead_agency.name),
                received_on=vn_date(dossier.received_at),
                old_due=vn_time(dt.datetime.fromisoformat(old_due)) if old_due else vn_time(None),
                new_due=vn_date(dt.datetime.fromisoformat(new_due)) if new_due else vn_date(None),
                reason=nfc(event.data.get("reason", "")),
            )
        else:  # stop
            number = event_number(kind, event, dossier.agency)
            context.update(
                withdrawn=event.action == Action.WITHDRAW,
                requested_on=vn_date(event.at),
                stopped_at=vn_time(event.at),
                reason=nfc(event.data.get("reason", "")),
                received=vn_time(dossier.received_at) if dossier.received_at else "",
            )
    context.setdefault("copies", [""])
    context["fit_pages"] = len(context["copies"])  # one page per copy (pdf.render picks the type size)
    title = TITLES.get(f"{kind}_{fset}", TITLES.get(kind, ""))
    form_number = rules.forms[kind]
    context.update(
        kind=kind,
        header=header,
        form_number=form_number,
        title=title,
        number=number_text(kind, number, header),
        place_date=place_and_date(header, event.at if kind != "control" else dossier.received_at),
        paper=PAPER.get(kind, "a5"),
        event=event,
    )
    slug = dossier.code or f"ho-so-{dossier.pk}"
    return FormDoc(
        kind=kind,
        form_set=fset,
        number=form_number,
        title=title,
        template=f"documents/forms/{kind}.html",
        paper=PAPER.get(kind, "a5"),
        filename=f"{slug}-mau-{form_number}-{kind}.pdf",
        context=context,
    )


# --- the logbook --------------------------------------------------------------------------------------------


def logbook_queryset(desk: Agency, start: dt.date, end: dt.date, q: str = "") -> QuerySet[Dossier]:
    """Dossiers received by ``desk`` from ``start`` to ``end`` (inclusive), oldest first, searchable."""
    start_at = timezone.make_aware(dt.datetime.combine(start, dt.time.min))
    end_at = timezone.make_aware(dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min))
    qs = Dossier.objects.filter(agency=desk, received_at__gte=start_at, received_at__lt=end_at)
    qs = selectors.search(qs, q)
    returned_to = (
        DossierEvent.objects.filter(dossier=OuterRef("pk"), action=Action.RETURN)
        .order_by("-seq")
        .annotate(who=KeyTextTransform("received_by", "data"))
        .values("who")[:1]
    )
    return (
        qs.select_related("version", "lead_agency")
        .annotate(returned_to=Subquery(returned_to, output_field=CharField()))
        .order_by("received_at", "pk")
    )


def number_rows(desk: Agency, rows: list[Dossier], *, first: int | None = None) -> None:
    """Give each row its number in the desk's logbook of the year (``row.book_number``).

    ``first`` is the number of the first row when the rows are known to be contiguous (no search,
    period starting on 1 January): then no query is needed.
    """
    if not rows:
        return
    if first is not None:
        for offset, row in enumerate(rows):
            row.book_number = first + offset
        return
    by_year: dict[int, list[Dossier]] = {}
    for row in rows:
        by_year.setdefault(local(row.received_at).year, []).append(row)
    for rows_of_year in by_year.values():
        start, _end = year_bounds(rows_of_year[0].received_at)
        last = rows_of_year[-1]
        wanted = {row.pk: row for row in rows_of_year}
        ordered = (
            Dossier.objects.filter(agency=desk, received_at__gte=start)
            .filter(Q(received_at__lt=last.received_at) | Q(received_at=last.received_at, pk__lte=last.pk))
            .order_by("received_at", "pk")
            .values_list("pk", flat=True)
        )
        for position, pk in enumerate(ordered.iterator(chunk_size=5000), start=1):
            if pk in wanted:
                wanted[pk].book_number = position


def logbook_row(dossier: Dossier) -> dict:
    return {
        "pk": dossier.pk,
        "number": getattr(dossier, "book_number", None),
        "code": dossier.code,
        "procedure": nfc(dossier.version.name),
        "applicant": nfc(dossier.applicant_name),
        "address": nfc(dossier.applicant_address),
        "phone": dossier.applicant_phone,
        "lead": nfc(dossier.lead_agency.name),
        "received": cell_time(dossier.received_at),
        "due": cell_time(dossier.due_at),
        "returned": cell_time(dossier.returned_at),
        "method": RETURN_WORDS.get(dossier.return_method, ""),
        "signed_by": nfc(getattr(dossier, "returned_to", None) or ""),
    }


def _book(rules: regime.Regime, start: dt.date, end: dt.date, rows: list[dict]) -> dict:
    return {
        "set": rules.name,
        "circular": rules.circular,
        "form_number": rules.forms["logbook"],
        "group_label": "Nhận và trả kết quả" if rules.name == "2025" else "Ngày, tháng, năm",
        "period": f"Từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}",
        "rows": rows,
    }


def logbook_books(start: dt.date, end: dt.date, rows: list[Dossier]) -> list[dict]:
    """The logbook of a period as one book per regime: a period straddling the change date prints the rows
    received before it in the 2018 book (Mẫu 06) and the others in the 2025 book (Mẫu 07)."""
    change = regime.change_date()
    if not start < change <= end:
        return [_book(regime.at(end), start, end, [logbook_row(row) for row in rows])]
    old = [logbook_row(row) for row in rows if regime.of(row).name == "2018"]
    new = [logbook_row(row) for row in rows if regime.of(row).name != "2018"]
    last_old = change - dt.timedelta(days=1)
    return [_book(regime.REGIMES["2018"], start, last_old, old), _book(regime.REGIMES["2025"], change, end, new)]


def logbook_context(desk: Agency, start: dt.date, end: dt.date, rows: list[Dossier], q: str = "") -> dict:
    books = logbook_books(start, end, rows)
    last = books[-1]
    header = headers.resolve(desk)
    return {
        "kind": "logbook",
        "set": last["set"],
        "circular": last["circular"],
        "form_number": ", ".join(book["form_number"] for book in books),
        "books": books,
        "title": TITLES["logbook"],
        "header": header,
        "number": number_text("logbook", None, header),
        "desk": desk,
        "start": start,
        "end": end,
        "period": f"Từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}",
        "volume": start.year,
        "q": q,
        "rows": [row for book in books for row in book["rows"]],
        "group_label": last["group_label"],
        "paper": PAPER["logbook"],
        "place_date": place_and_date(header, timezone.now()),
    }


__all__ = [
    "FORM_KINDS",
    "FormDoc",
    "NotApplicable",
    "build",
    "form_set",
    "logbook_context",
    "logbook_number",
    "logbook_queryset",
    "number_rows",
    "vn_date",
    "vn_time",
]
