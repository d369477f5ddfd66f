from django import forms

from core.limits import LimitedCharField
from followups.models import MadeSense


class SurveyForm(forms.Form):
    satisfaction = forms.TypedChoiceField(
        label="How happy are you with how we helped?",
        coerce=int,
        choices=[(5, "5: very happy"), (4, "4"), (3, "3"), (2, "2"), (1, "1: not happy")],
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose a number from 1 to 5."},
    )
    made_sense = forms.ChoiceField(
        label="Did our explanation make sense?",
        choices=MadeSense.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Please tell us whether the explanation made sense."},
    )
    comment = LimitedCharField(
        limit=4000,
        label="Anything else you'd like to tell us? (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
