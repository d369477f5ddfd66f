from django.forms.renderers import TemplatesSetting


class HelpdeskFormRenderer(TemplatesSetting):
    """Every form field renders through templates/forms/field.html: label, help, errors, input."""

    field_template_name = "forms/field.html"
