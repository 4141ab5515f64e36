"""Query parameters checked as openapi.yaml documents them: a bad value is a 400 naming the parameter."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from rest_framework.request import Request

from motcua.worktime.office_calendar import MAX_YEAR, MIN_YEAR


class QuerySerializer(serializers.Serializer):
    """A parameter given empty (``?on=``) is an error unless its field allows blank text."""

    def to_internal_value(self, data):
        blank = {
            name: [str(_("Give a value or leave the parameter out."))]
            for name, field in self.fields.items()
            if not field.read_only
            and name in data
            and data.get(name) == ""
            and not getattr(field, "allow_blank", False)
        }
        if blank:
            raise serializers.ValidationError(blank)
        return super().to_internal_value(data)


def validated(serializer_class: type[serializers.Serializer], request: Request) -> dict:
    """The validated query parameters of ``request``, or a 400 naming each bad one."""
    query = serializer_class(data=request.query_params)
    query.is_valid(raise_exception=True)
    return query.validated_data


def check_year(day):
    """Dates the calendar knows (2000–2099): the reports and the deadlines are computed on it."""
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise serializers.ValidationError(
            _("Give a date between %(first)s and %(last)s.") % {"first": MIN_YEAR, "last": MAX_YEAR}
        )
    return day
