from django import template

from portal.presentation import client_status as plain_status

register = template.Library()


@register.filter
def client_status(status: str) -> str:
    return plain_status(status)
