"""Access helpers for the officials' back office: every view states the permission it needs."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from motcua.orgs import permissions
from motcua.orgs.permissions import Perm


def staff_required(perm: Perm):
    """Require a logged-in staff member who holds ``perm`` somewhere; object checks come after."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not permissions.has_perm(request.user, perm):
                from motcua.audit import services as audit

                audit.record_denial(request.user, perm=str(perm), request=request)
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
