from django.urls import path

from empathy.apis import AnalysisApi

app_name = "api"

urlpatterns = [
    path("v1/analysis/", AnalysisApi.as_view(), name="analysis"),
]
