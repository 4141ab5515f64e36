from django.utils.functional import SimpleLazyObject

from motcua.orgs import permissions
from motcua.orgs.permissions import Perm


def _menu(user) -> dict:
    from motcua.orgs.selectors import top_agency

    top = top_agency()
    return {
        "staff": permissions.has_perm(user, Perm.MANAGE_STAFF),
        "dossiers": permissions.has_perm(user, Perm.VIEW_DOSSIER),
        "audit": permissions.can(user, Perm.VIEW_AUDIT, top),
        "calendar": permissions.can(user, Perm.MANAGE_CALENDAR, top),
        "catalogue": permissions.has_perm(user, Perm.MANAGE_CATALOGUE),
        "decisions": permissions.can(user, Perm.MANAGE_CATALOGUE, top),
        "reports": permissions.has_perm(user, Perm.VIEW_REPORTS),
        "notifications": permissions.can(user, Perm.MANAGE_ORG, top),
    }


def office_menu(request) -> dict:
    """Which back-office sections the user may open, computed only when a template asks."""
    return {"office_menu": SimpleLazyObject(lambda: _menu(request.user))}
