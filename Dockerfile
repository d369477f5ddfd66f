FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    HELPDESK_VAR_DIR=/data
WORKDIR /app

COPY pyproject.toml README.md ./
RUN pip install .

COPY . .
RUN DEBUG=0 SECRET_KEY=collectstatic-only-not-a-real-secret-0123456789abcdefghijkl \
    python manage.py collectstatic --no-input \
    && useradd --create-home helpdesk && mkdir -p /data/media && chown -R helpdesk /data
USER helpdesk

EXPOSE 8000
CMD ["gunicorn", "helpdesk.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
