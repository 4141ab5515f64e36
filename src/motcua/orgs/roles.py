"""The staff roles (vai trò): their own module so that the models and the permissions both read them
without importing each other; ``motcua.orgs.permissions.Role`` is the same class."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    DESK_OFFICER = "desk_officer", _("Desk officer")  # cán bộ một cửa
    SPECIALIST = "specialist", _("Specialist")  # chuyên viên
    UNIT_HEAD = "unit_head", _("Unit head")  # trưởng phòng
    AGENCY_LEADER = "agency_leader", _("Agency leader (approver)")  # lãnh đạo cơ quan
    AGENCY_ADMIN = "agency_admin", _("Agency administrator")
    PROVINCE_ADMIN = "province_admin", _("Province administrator")
    INSPECTOR = "inspector", _("Inspector (read-only)")  # thanh tra, kiểm tra
