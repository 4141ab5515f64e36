"""``{% desk_can_evaluate dossier as ok %}``: the desk's "Evaluate" link on the office dossier page."""

from django import template

from motcua.orgs import permissions
from motcua.orgs.permissions import Perm

from .. import services

register = template.Library()


@register.simple_tag(takes_context=True)
def desk_can_evaluate(context, dossier) -> bool:
    """True when the viewer is a desk officer of the dossier's desk and the dossier may be rated now."""
    user = context["request"].user
    return permissions.can(user, Perm.RECEIVE_DOSSIER, dossier.agency) and services.can_rate(dossier)
