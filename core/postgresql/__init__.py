"""Django's PostgreSQL backend, with a connection pool that checks connections cheaply."""
