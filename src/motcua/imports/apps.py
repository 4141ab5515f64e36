from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    """Historical import of dossiers (nhập dữ liệu hồ sơ cũ) from another one-stop-shop system."""

    name = "motcua.imports"
    label = "imports"
    verbose_name = _("Imports")
