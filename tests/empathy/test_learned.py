"""The learned signal: shipped as data, read with the standard library, equal to training."""

from __future__ import annotations

import pytest

from empathy import training
from empathy.engine import analyse_message
from empathy.engine.learned import features, message_model, model_from_dict


@pytest.mark.slow
def test_the_shipped_model_is_what_training_gives() -> None:
    """Fails when empathy/engine/data/model.json and the training script (or the corpus,
    or the rules it stacks on) disagree: run `manage.py empathy_train` and commit."""
    assert training.matches_shipped(training.train())


def test_the_reader_gives_scikit_learns_probabilities() -> None:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    texts = [
        "all my files are gone!!!",
        "the printer is offline again",
        "no rush, just curious how to share a calendar",
        "I can't log in and the hearing is at 10",
        "my own silly fault, I deleted the folder",
        "the card machine is down and customers are walking out",
    ] * 3
    labels = [1, 0, 0, 1, 0, 1] * 3
    documents = [features(text) for text in texts]
    vectorizer = CountVectorizer(analyzer=training._given, binary=True)
    matrix = normalize(vectorizer.fit_transform(documents))
    fitted = LogisticRegression(C=training.C, solver="liblinear", random_state=0).fit(
        matrix, labels
    )
    vocabulary = vectorizer.get_feature_names_out().tolist()
    model = model_from_dict(
        {
            "vocabulary": vocabulary,
            "outputs": {
                "x": {
                    "bias": float(fitted.intercept_[0]),
                    "threshold": 0.5,
                    "weights": {str(i): float(w) for i, w in enumerate(fitted.coef_[0])},
                }
            },
        }
    )
    expected = fitted.predict_proba(matrix)[:, 1]
    for document, probability in zip(documents, expected, strict=True):
        assert model.read_features(document).probabilities["x"] == pytest.approx(probability)


def test_the_model_is_loaded_once_and_small() -> None:
    assert message_model() is message_model()
    assert training.MODEL_FILE.stat().st_size < 2_500_000


def test_what_the_rules_find_keeps_the_clients_words() -> None:
    worry = analyse_message("I think all my client files are gone from the shared drive").worries[0]
    assert (worry.kind, worry.source, worry.strength) == ("data_loss", "words", "strong")
    assert worry.evidence in "I think all my client files are gone from the shared drive"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nothing is lost, I just wondered why the folder icon turned green.", "data_loss"),
        ("Just in case my laptop ever breaks, how do I keep copies of my photos?", "data_loss"),
        ("Good news: the printer is working again after the restart.", "repeat"),
    ],
)
def test_the_model_never_adds_what_the_words_rule_out(text: str, kind: str) -> None:
    assert kind not in analyse_message(text).worry_kinds
