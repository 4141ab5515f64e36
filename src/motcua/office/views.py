"""Officials' back office: dashboard, organisation tree, staff roles and the audit log."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import models, transaction
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from motcua.accounts import services as account_services
from motcua.accounts.models import User
from motcua.audit import selectors as audit_selectors
from motcua.audit import services as audit
from motcua.core import exports
from motcua.core import sessions as core_sessions
from motcua.orgs import permissions, selectors, services, transfer
from motcua.orgs.models import Agency, StaffRole
from motcua.orgs.permissions import Perm, Role

from .access import staff_required
from .forms import AgencyForm, AuditSearchForm, ImportForm, RoleAssignForm, StaffAccountForm


@staff_required(Perm.VIEW_ORG)
def dashboard(request):
    roles = list(request.user.staff_roles.select_related("agency").order_by("agency__path"))
    area = permissions.jurisdiction(request.user, Perm.VIEW_ORG)
    return render(
        request,
        "office/dashboard.html",
        {
            "roles": roles,
            "area_count": area.count(),
            "top_agencies": area.filter(depth__lte=min((r.agency.depth for r in roles), default=0) + 1)[:50],
            "can_manage_staff": permissions.has_perm(request.user, Perm.MANAGE_STAFF),
            "can_view_audit": _can_audit(request.user, Perm.VIEW_AUDIT),
        },
    )


# --- Organisation tree -------------------------------------------------------------------


@staff_required(Perm.VIEW_ORG)
def agency_list(request):
    q = request.GET.get("q", "")
    agencies = selectors.search(permissions.jurisdiction(request.user, Perm.VIEW_ORG), q).select_related("parent")
    page = Paginator(agencies, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "office/agency_list.html",
        {"page": page, "q": q, "can_manage": permissions.has_perm(request.user, Perm.MANAGE_ORG)},
    )


@staff_required(Perm.VIEW_ORG)
def agency_detail(request, pk: int):
    agency = get_object_or_404(Agency.objects.select_related("parent", "successor"), pk=pk)
    permissions.require(request.user, Perm.VIEW_ORG, agency, request=request)
    return render(
        request,
        "office/agency_detail.html",
        {
            "agency": agency,
            "children": selectors.children(agency),
            "staff": agency.staff_roles.select_related("user").order_by("role", "user__username"),
            "can_manage": permissions.can(request.user, Perm.MANAGE_ORG, agency),
        },
    )


def _save_agency(request, form: AgencyForm, agency: Agency | None):
    """Validate and save through the service; map its errors onto the form."""
    data = form.cleaned_data
    parent = data.get("parent")
    if parent is not None:
        permissions.require(request.user, Perm.MANAGE_ORG, parent, request=request)
    elif not request.user.is_superuser and (agency is None or agency.parent_id is not None):
        permissions.require(request.user, Perm.MANAGE_ORG, None, request=request)
    try:
        if agency is None:
            return services.create_agency(**data)
        return services.update_agency(agency, **data)
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, exc.messages)
        return None


@staff_required(Perm.MANAGE_ORG)
def agency_create(request):
    parent = None
    if request.GET.get("parent"):
        parent = get_object_or_404(Agency, pk=request.GET["parent"])
        permissions.require(request.user, Perm.MANAGE_ORG, parent, request=request)
    parents = permissions.jurisdiction(request.user, Perm.MANAGE_ORG)
    initial = {"parent": parent, "level": parent.level if parent else None}
    form = AgencyForm(request.POST or None, initial=initial, parents=parents)
    if request.method == "POST" and form.is_valid():
        agency = _save_agency(request, form, None)
        if agency is not None:
            messages.success(request, _("The agency was created."))
            return redirect("office:agency-detail", pk=agency.pk)
    return render(request, "office/agency_form.html", {"form": form, "agency": None})


@staff_required(Perm.MANAGE_ORG)
def agency_edit(request, pk: int):
    agency = get_object_or_404(Agency, pk=pk)
    permissions.require(request.user, Perm.MANAGE_ORG, agency, request=request)
    parents = permissions.jurisdiction(request.user, Perm.MANAGE_ORG) | Agency.objects.filter(pk=agency.parent_id)
    form = AgencyForm(request.POST or None, instance=Agency.objects.get(pk=pk), parents=parents.distinct())
    if request.method == "POST" and form.is_valid():
        saved = _save_agency(request, form, agency)
        if saved is not None:
            messages.success(request, _("The changes were saved."))
            return redirect("office:agency-detail", pk=saved.pk)
    return render(request, "office/agency_form.html", {"form": form, "agency": agency})


@staff_required(Perm.VIEW_ORG)
def agency_export(request, fmt: str):
    agencies = permissions.jurisdiction(request.user, Perm.VIEW_ORG)
    rows = transfer.export_rows(agencies)
    audit.record_export("orgs.agency", request=request, filters={"format": fmt}, count=len(rows))
    if fmt == "json":
        response = HttpResponse(transfer.to_json(rows), content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse("\ufeff" + transfer.to_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="agencies.{fmt}"'
    return response


@staff_required(Perm.MANAGE_ORG)
def agency_import(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            rows = transfer.parse(upload["text"], upload["format"])
            _check_import_jurisdiction(request, rows)
            counts = transfer.import_rows(rows)
        except ValidationError as exc:
            form.add_error("file", exc.messages)
        except ValueError as exc:
            form.add_error("file", _("The file could not be read: %(error)s") % {"error": exc})
        else:
            messages.success(request, _("Import finished: %(created)s created, %(updated)s updated.") % counts)
            return redirect("office:agency-list")
    return render(request, "office/agency_import.html", {"form": form})


def _check_import_jurisdiction(request, rows: list[dict]) -> None:
    """Every imported row must hang under an agency the user manages (roots: superusers only)."""
    manageable = set(
        permissions.jurisdiction(request.user, Perm.MANAGE_ORG).exclude(code=None).values_list("code", flat=True)
    )
    new_codes: set[str] = set()
    for number, row in enumerate(rows, start=1):
        parent_code = (row.get("parent_code") or "").strip().upper()
        code = (row.get("code") or "").strip().upper()
        allowed = request.user.is_superuser or (parent_code and (parent_code in manageable or parent_code in new_codes))
        if not allowed:
            audit.record_denial(request.user, perm=str(Perm.MANAGE_ORG), request=request)
            raise ValidationError(
                _("Row %(row)s: you may not manage agencies under %(parent)s.")
                % {"row": number, "parent": parent_code or "—"}
            )
        if code:
            new_codes.add(code)


# --- Staff roles ---------------------------------------------------------------------------


def _grantable_roles(user) -> list[tuple[str, str]]:
    """Agency administrators grant agency roles; only province administrators grant admin roles."""
    if user.is_superuser or any(r.role == Role.PROVINCE_ADMIN for r in user.staff_roles.all()):
        return list(Role.choices)
    return [(value, label) for value, label in Role.choices if value not in {Role.PROVINCE_ADMIN, Role.INSPECTOR}]


@staff_required(Perm.MANAGE_STAFF)
def staff_list(request):
    area = permissions.jurisdiction(request.user, Perm.MANAGE_STAFF)
    roles = selectors.staff_roles_in(area)
    q = request.GET.get("q", "").strip()
    if q:
        roles = roles.filter(user__username__icontains=q) | roles.filter(user__full_name__icontains=q)
    form = RoleAssignForm(request.POST or None, agencies=area, roles=_grantable_roles(request.user))
    # Only staff already in the area, or not yet placed anywhere, can be picked.
    form.fields["user"].queryset = (
        User.objects.filter(account_type=User.AccountType.STAFF, is_active=True)
        .filter(models.Q(staff_roles__agency__in=area) | models.Q(staff_roles__isnull=True))
        .distinct()
    )
    if request.method == "POST" and form.is_valid():
        agency = form.cleaned_data["agency"]
        permissions.require(request.user, Perm.MANAGE_STAFF, agency, request=request)
        try:
            services.assign_role(form.cleaned_data["user"], agency, form.cleaned_data["role"], granted_by=request.user)
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, _("The role was assigned."))
            return redirect("office:staff-list")
    page = Paginator(roles, 50).get_page(request.GET.get("page"))
    return render(request, "office/staff_list.html", {"page": page, "form": form, "q": q})


@staff_required(Perm.MANAGE_STAFF)
def staff_create(request):
    area = permissions.jurisdiction(request.user, Perm.MANAGE_STAFF)
    form = StaffAccountForm(request.POST or None, agencies=area, roles=_grantable_roles(request.user))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        permissions.require(request.user, Perm.MANAGE_STAFF, data["agency"], request=request)
        try:
            with transaction.atomic():
                user = account_services.create_staff(
                    username=data["username"],
                    full_name=data["full_name"],
                    password=data["password"],
                    email=data["email"],
                    phone=data["phone"],
                )
                services.assign_role(user, data["agency"], data["role"], granted_by=request.user)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error("password", exc.messages)
        else:
            messages.success(request, _("The staff account %(username)s was created.") % {"username": user.username})
            return redirect("office:staff-list")
    return render(request, "office/staff_form.html", {"form": form})


@require_POST
@staff_required(Perm.MANAGE_STAFF)
def staff_role_revoke(request, pk: int):
    staff_role = get_object_or_404(StaffRole.objects.select_related("agency"), pk=pk)
    permissions.require(request.user, Perm.MANAGE_STAFF, staff_role.agency, request=request)
    if staff_role.role not in dict(_grantable_roles(request.user)):
        permissions.require(request.user, Perm.MANAGE_STAFF, None, request=request)
    services.revoke_role(staff_role)
    messages.success(request, _("The role was removed."))
    return redirect("office:staff-list")


@require_POST
@staff_required(Perm.MANAGE_STAFF)
def staff_sessions_end(request, user_pk: int):
    """End every session of a staff member (a lost or shared desk computer): MANAGE_STAFF over one of their
    agencies, audited."""
    person = get_object_or_404(User, pk=user_pk, account_type=User.AccountType.STAFF)
    agencies = [role.agency for role in person.staff_roles.select_related("agency")] or [selectors.top_agency()]
    if not any(permissions.can(request.user, Perm.MANAGE_STAFF, agency) for agency in agencies):
        permissions.require(request.user, Perm.MANAGE_STAFF, None, request=request)
    count = core_sessions.end_sessions(person)
    audit.record("update", obj=person, changes={"sessions_ended": count}, request=request)
    messages.success(
        request, _("%(count)d sessions of %(username)s were ended.") % {"count": count, "username": person.username}
    )
    return redirect("office:staff-list")


# --- Audit log -----------------------------------------------------------------------------


def _can_audit(user, perm: Perm) -> bool:
    """The audit log is province-wide: it needs the permission at the top of the tree."""
    return permissions.can(user, perm, selectors.top_agency())


def _audit_entries(request):
    form = AuditSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    return form, filters, audit_selectors.search(**{k: v for k, v in filters.items() if v})


@staff_required(Perm.VIEW_AUDIT)
def audit_list(request):
    if not _can_audit(request.user, Perm.VIEW_AUDIT):
        permissions.require(request.user, Perm.VIEW_AUDIT, None, request=request)
    form, _filters, entries = _audit_entries(request)
    page = Paginator(entries.select_related("actor"), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "office/audit_list.html",
        {"form": form, "page": page, "can_export": _can_audit(request.user, Perm.EXPORT_AUDIT)},
    )


class _Echo:
    def write(self, value):
        return value


@staff_required(Perm.EXPORT_AUDIT)
def audit_export(request):
    if not _can_audit(request.user, Perm.EXPORT_AUDIT):
        raise PermissionDenied
    _form, filters, entries = _audit_entries(request)
    audit.record_export(
        "audit.auditentry",
        request=request,
        filters={k: str(v) for k, v in filters.items() if v},
        count=entries.count(),
    )
    writer = csv.writer(_Echo())

    def rows():
        yield "\ufeff" + writer.writerow(audit_selectors.EXPORT_COLUMNS)
        for entry in entries.iterator(chunk_size=2000):
            yield writer.writerow(exports.csv_row(audit_selectors.export_row(entry)))

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="audit-log.csv"'
    return response
