"""``{% load money %}``: ``{{ amount|vnd }}`` → ``200.000 ₫``; ``{{ amount|fee }}`` → ``Miễn phí`` for 0."""

from django import template

from motcua.core import money

register = template.Library()


@register.filter
def vnd(amount) -> str:
    return money.vnd(amount)


@register.filter
def fee(amount) -> str:
    return money.fee(amount)
