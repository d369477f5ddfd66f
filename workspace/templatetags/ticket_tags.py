from django import template

from tickets import presentation
from tickets.models import TicketEvent

register = template.Library()


@register.filter
def status_label(value: str) -> str:
    return presentation.status_label(value)


@register.filter
def event_sentence(event: TicketEvent) -> str:
    return presentation.event_sentence(event)


@register.filter
def actor_name(event: TicketEvent) -> str:
    return event.actor.display_name if event.actor else "The helpdesk"
