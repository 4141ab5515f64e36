"""Outbox handlers owned by core."""

from django.core.mail import send_mail

from .outbox import handler


@handler("email.send")
def send_email(payload: dict) -> None:
    """Send one e-mail: payload has ``to`` (list), ``subject`` and ``body``."""
    send_mail(payload["subject"], payload["body"], None, payload["to"], fail_silently=False)
