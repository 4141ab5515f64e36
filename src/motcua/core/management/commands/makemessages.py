"""``makemessages`` that also extracts ``_lazy(...)`` (our alias of ``gettext_lazy`` in forms and views)."""

from django.core.management.commands.makemessages import Command as MakeMessages


class Command(MakeMessages):
    xgettext_options = [*MakeMessages.xgettext_options, "--keyword=_lazy"]
