from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .roles import Role
from .validators import MAX_LENGTH, validate_eid_code


class Level(models.TextChoices):
    """Administrative level (cấp). Districts exist only for data before 1 Jul 2025."""

    PROVINCE = "province", _("Province")
    DISTRICT = "district", _("District")
    COMMUNE = "commune", _("Commune")


class AgencyKind(models.TextChoices):
    PEOPLES_COMMITTEE = "committee", _("People's Committee")
    DEPARTMENT = "department", _("Department")
    BOARD = "board", _("Board")
    SERVICE_CENTRE = "service_centre", _("Public administration service centre")
    RECEPTION_POINT = "reception_point", _("Reception point")  # điểm tiếp nhận of a commune centre (ND 118 Art 7)
    UNIT = "unit", _("Unit")
    OTHER = "other", _("Other agency")


class Agency(models.Model):
    """A node of the organisation tree (cơ quan, đơn vị; ``kind=unit`` for phòng ban inside an agency).

    ``path`` is a materialised path of primary keys (``/1/7/42/``) so that a jurisdiction check or a
    subtree query is one indexed prefix match. Historical agencies (merged, dissolved) keep their
    row with ``valid_to`` and ``successor`` so old dossiers still resolve their codes and names.
    """

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    code = models.CharField(
        _("e-ID code"),
        max_length=MAX_LENGTH,
        unique=True,
        null=True,
        blank=True,
        validators=[validate_eid_code],
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=AgencyKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField(editable=False, default=0)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
    )

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        from django.utils import timezone

        return self.valid_to is None or self.valid_to >= timezone.localdate()

    def is_within(self, ancestor: "Agency") -> bool:
        """True when this agency is ``ancestor`` or lies in its subtree."""
        return bool(ancestor.path) and self.path.startswith(ancestor.path)


class StaffRole(models.Model):
    """A role a staff member holds in an agency or unit; the role applies to its whole subtree."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_roles")
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="staff_roles",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("staff role")
        verbose_name_plural = _("staff roles")
        constraints = [models.UniqueConstraint(fields=["user", "agency", "role"], name="unique_staff_role")]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} — {self.agency}"


class AgencyPlacement(models.Model):
    """Append-only history of where an agency stood in the tree: from ``valid_from`` on, its parent was
    ``parent`` (``None``: a root), until the agency's next placement starts or the agency ends.

    ``Agency.parent`` and ``Agency.path`` are today's tree, kept fast for jurisdiction checks; these rows
    keep yesterday's. A row is never changed: a correction is a new row with the same ``valid_from`` (the
    latest recorded wins). ``valid_from=None`` means "since the agency began". ``orgs.selectors.tree_on``
    reads them.
    """

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="placements")
    parent = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("agency placement")
        verbose_name_plural = _("agency placements")
        ordering = ["agency", models.F("valid_from").asc(nulls_first=True), "pk"]
        indexes = [models.Index(fields=["agency", "valid_from"], name="placement_agency_from_idx")]

    def __str__(self) -> str:
        return f"{self.agency_id} ⊂ {self.parent_id} from {self.valid_from or '…'}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("agency placements are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("agency placements are append-only")
