"""Extension points of the ticket lifecycle, sent explicitly by the services.

Receivers are connected in their app's `AppConfig.ready()`. Signals ending in `_added` or
`closing` are sent inside the service's transaction: a receiver's writes commit or roll
back with the change (use them to record work, e.g. an outbox row). `ticket_closed` is
sent after the transaction commits: use it for work that must only happen once the close
is durable. Nothing here is sent from `save()`.
"""

from django.dispatch import Signal

# kwargs: ticket, message, actor
client_message_added = Signal()
# kwargs: ticket, message, actor
staff_message_added = Signal()
# kwargs: ticket, resolution, actor
resolution_recorded = Signal()
# kwargs: ticket, event, actor, options (dict of extra close options, e.g. an edited explanation)
ticket_closing = Signal()
# kwargs: ticket, event, actor
ticket_closed = Signal()
# kwargs: ticket, event, actor
ticket_reopened = Signal()
