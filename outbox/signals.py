"""Extension point: after each delivery attempt is recorded (inside its transaction)."""

from django.dispatch import Signal

# kwargs: email (OutboxEmail), attempt (DeliveryAttempt)
delivery_attempted = Signal()
