"""Django's own messages that its Vietnamese catalogue lacks (Django 5.2), marked here so that
``makemessages`` puts them into ours (``locale/vi``, which comes first in ``LOCALE_PATHS``).

Nothing imports this module; it exists to be extracted. Keep each msgid exactly as Django writes it
(``django/contrib/auth/password_validation.py``, ``django/core/validators.py``, ``django/forms/fields.py``,
``django/core/paginator.py``, ``django/views/csrf.py``); ``tests/core/test_vietnamese_ui.py`` fails when
one of them is shown in English.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

PLURAL = (
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
)

SINGULAR = (
    gettext_noop("Null characters are not allowed."),
    gettext_noop("Enter a valid domain name."),
    gettext_noop("Ensure this value is a multiple of step size %(limit_value)s."),
    gettext_noop("Enter a complete value."),
    gettext_noop("Enter a valid duration."),
    gettext_noop("Enter a valid UUID."),
    gettext_noop("Enter a valid JSON."),
    gettext_noop("“%(pk)s” is not a valid value."),
    gettext_noop("File extension “%(extension)s” is not allowed. Allowed extensions are: %(allowed_extensions)s."),
    gettext_noop("That page number is not an integer"),
    gettext_noop("That page number is less than 1"),
    gettext_noop("That page contains no results"),
    gettext_noop("Forbidden"),
    gettext_noop("CSRF verification failed. Request aborted."),
)
