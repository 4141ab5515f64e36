"""Template helpers of the officials' dossier pages: the user's queue counts for the dashboard."""

from django import template

from motcua.orgs import permissions
from motcua.orgs.permissions import Perm

register = template.Library()


@register.simple_tag
def dossier_queue_counts(user) -> list[dict]:
    """``[{name, label, count}]`` for the user's work queues; empty for users who see no dossiers."""
    if not permissions.has_perm(user, Perm.VIEW_DOSSIER):
        return []
    from motcua.office.dossiers.views import queue_counts

    return queue_counts(user)
