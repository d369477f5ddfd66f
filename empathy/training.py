"""Train the engine's learned signal on the corpus's train side; choose thresholds on dev.

Development time only (`manage.py empathy_train`): needs scikit-learn, which the app never
imports at run time. The result is plain JSON (empathy/engine/data/model.json) that
`empathy.engine.learned` reads with the standard library. Training is deterministic
(liblinear, fixed data order), so running it again gives the same file; a test holds the
shipped file to the script.

Thresholds are chosen on dev for the engine as it runs: the rules and the model together.
For worries, the threshold that gives the best F1 of "the rules fire, or the model says
yes". For distress, the fail-safe first: the calm threshold is the highest at which no
distressed message on dev is read as calm, and only then the best accuracy.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from empathy.corpus import splits
from empathy.engine.learned import MODEL_FILE, Model, features, model_from_dict
from empathy.engine.types import WORRY_KINDS
from empathy.evaluation import EVALUATED_AT

C = 8.0  # regularisation, chosen on dev (0.5, 2 and 8 tried)
MIN_DOCUMENTS = 5  # a feature must appear in at least this many training texts
DECIMALS = 3
SMALLEST = 0.05  # weights nearer zero than this are dropped, to keep the file small
TOLERANCE = 1e-10  # the solver stops this close to the optimum (its default is 1e-4)


def message_targets(message: dict[str, Any]) -> dict[str, int]:
    targets = {f"worry:{kind}": int(kind in message["worries"]) for kind in WORRY_KINDS}
    targets["distress:not_calm"] = int(message["distress"] != "calm")
    targets["distress:distressed"] = int(message["distress"] == "distressed")
    return targets


def draft_targets(draft: dict[str, Any]) -> dict[str, int]:
    return {
        "draft:condescending": int(draft["condescending"]),
        "draft:reassures_data": int(draft["reassures_data"]),
    }


def _fit(documents: list[list[str]], targets: list[dict[str, int]]) -> dict[str, Any]:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    vectorizer = CountVectorizer(analyzer=_given, binary=True, min_df=MIN_DOCUMENTS)
    matrix = normalize(vectorizer.fit_transform(documents))
    vocabulary = vectorizer.get_feature_names_out().tolist()
    outputs: dict[str, Any] = {}
    for name in targets[0]:
        labels = [row[name] for row in targets]
        model = LogisticRegression(
            C=C,
            solver="liblinear",
            class_weight="balanced",
            # Solved to the optimum, not to where the solver happens to stop: the weights are
            # then the same on every scikit-learn and numpy version, to the kept decimals.
            tol=TOLERANCE,
            max_iter=100_000,
            random_state=0,
        ).fit(matrix, labels)
        weights = {
            str(index): round(float(weight), DECIMALS)
            for index, weight in enumerate(model.coef_[0])
            if abs(weight) >= SMALLEST
        }
        outputs[name] = {
            "bias": round(float(model.intercept_[0]), DECIMALS),
            "threshold": 0.5,
            "weights": weights,
        }
    return {"vocabulary": vocabulary, "outputs": outputs}


def _given(document: list[str]) -> list[str]:
    return document


def message_documents(messages: list[dict[str, Any]]) -> list[list[str]]:
    from empathy.engine.analysis import analyse_message_rules
    from empathy.engine.text import normalise

    out = []
    for message in messages:
        clean = normalise(message["text"])
        out.append(features(clean, analyse_message_rules(clean).as_features()))
    return out


def draft_documents(drafts: list[dict[str, Any]]) -> list[list[str]]:
    from empathy.engine.review import draft_rule_features
    from empathy.engine.text import normalise

    return [
        features(clean, draft_rule_features(clean))
        for clean in (normalise(draft["text"]) for draft in drafts)
    ]


def training_set() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The corpus's train side, and the two hand-written sets the rules were first tuned on
    (tests/empathy/eval_data.py and dev_data.py). The earlier held-out set stays out."""
    from empathy.evaluation import ROOT, load_set

    train_side = splits()["train"]
    messages, drafts = list(train_side.messages), list(train_side.drafts)
    for name in LEGACY_SETS:
        more_messages, more_drafts = load_set(ROOT / "tests" / "empathy" / name)
        messages += more_messages
        drafts += more_drafts
    return messages, drafts + plain_wording_drafts()


LEGACY_SETS = ("eval_data.py", "dev_data.py")

# Plain wording is neutral: every glossary entry's plain words in a few matter-of-fact
# sentences, as drafts that neither talk down nor reassure, so the model does not learn
# to hear a slight in "the part of Windows that installs updates".
PLAIN_FRAMES = (
    "We checked {plain} and it is working properly now.",
    "{Plain} needed a restart this morning, which is done.",
)


def plain_wording_drafts() -> list[dict[str, Any]]:
    from empathy.glossary import shipped_rows

    drafts = []
    for row in shipped_rows():
        plain = str(row["plain"]).strip().rstrip(".")
        if not plain:
            continue
        for frame in PLAIN_FRAMES:
            text = frame.format(plain=plain, Plain=plain[:1].upper() + plain[1:])
            drafts.append({"text": text, "condescending": False, "reassures_data": False})
    return drafts


def train() -> dict[str, Any]:
    """Both models (client messages, technician drafts), thresholds set on dev."""
    from empathy.engine.analysis import analyse_message_rules
    from empathy.engine.review import draft_rule_features
    from empathy.engine.text import normalise

    dev = splits()["dev"]
    train_messages, train_drafts = training_set()
    messages = _fit(message_documents(train_messages), [message_targets(m) for m in train_messages])
    drafts = _fit(draft_documents(train_drafts), [draft_targets(d) for d in train_drafts])
    message_model, draft_model = model_from_dict(messages), model_from_dict(drafts)
    readings = [message_model.read_features(doc) for doc in message_documents(dev.messages)]
    rules = [analyse_message_rules(normalise(m["text"])) for m in dev.messages]
    for kind in WORRY_KINDS:
        name = f"worry:{kind}"
        # The engine keeps what the rules find and lets the model add what they missed,
        # unless the words rule it out: the threshold is chosen for that combination.
        truth = [kind in m["worries"] for m in dev.messages]
        probabilities = [reading.probabilities[name] for reading in readings]
        fired = [kind in rule.kinds for rule in rules]
        ruled_out = [kind in rule.guarded for rule in rules]
        messages["outputs"][name]["threshold"], messages["outputs"][name]["doubt"] = _best_pair(
            truth, probabilities, fired, ruled_out
        )
    chosen = model_from_dict(messages)
    calm, distressed = _distress_thresholds(dev.messages, chosen)
    messages["outputs"]["distress:not_calm"]["threshold"] = calm
    messages["outputs"]["distress:distressed"]["threshold"] = distressed
    draft_readings = [draft_model.read_features(doc) for doc in draft_documents(dev.drafts)]
    draft_rules = [draft_rule_features(normalise(d["text"])) for d in dev.drafts]
    for name, label, rule_said in (
        ("draft:condescending", "condescending", "r:tone:True"),
        ("draft:reassures_data", "reassures_data", "r:reassures:True"),
    ):
        # As for worries: what the rules find stands, the model adds what they missed.
        drafts["outputs"][name]["threshold"] = _best_accuracy(
            [bool(d[label]) for d in dev.drafts],
            [
                1.0 if rule_said in found else reading.probabilities[name]
                for found, reading in zip(draft_rules, draft_readings, strict=True)
            ],
        )
    return {"messages": messages, "drafts": drafts}


CANDIDATES = [round(0.05 * step, 2) for step in range(1, 20)] + [0.97, 0.99]


DOUBTS = [0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]


def _best_pair(
    truth: list[bool], probabilities: list[float], fired: list[bool], ruled_out: list[bool]
) -> tuple[float, float]:
    """The (threshold, doubt) pair with the best F1 of the engine's rule: a rule's finding
    stands unless p < doubt; the model adds a worry when p ≥ threshold and the words do not
    rule it out."""
    best, best_score = (0.5, 0.0), -1.0
    for doubt in DOUBTS:
        for threshold in CANDIDATES:
            said = [
                (p >= doubt) if rule else (not out and p >= threshold)
                for p, rule, out in zip(probabilities, fired, ruled_out, strict=True)
            ]
            tp = sum(s and t for s, t in zip(said, truth, strict=True))
            wrong = sum(s != t for s, t in zip(said, truth, strict=True))
            score = 2 * tp / (2 * tp + wrong) if tp else 0.0
            if score > best_score + 1e-12:
                best, best_score = (threshold, doubt), score
    return best


def _best_accuracy(truth: list[bool], probabilities: list[float]) -> float:
    """The best accuracy; among equals the highest threshold, so the model speaks up only
    when it is surer (a false "this talks down" costs the coach the technician's trust)."""

    def accuracy(threshold: float) -> float:
        said = [p >= threshold for p in probabilities]
        return sum(s == t for s, t in zip(said, truth, strict=True)) / len(truth)

    return _argmax(sorted(CANDIDATES, reverse=True), accuracy)


def _distress_thresholds(dev: list[dict[str, Any]], model: Model) -> tuple[float, float]:
    """The highest calm threshold at which no distressed message on dev reads as calm,
    then the distressed threshold with the best accuracy: through the engine itself."""
    from empathy.engine.analysis import hear, settle_distress

    heard = [hear(m["text"], now=EVALUATED_AT, model=model) for m in dev]

    def levels(calm: float, distressed: float) -> list[str]:
        outputs = dict(model.outputs)
        outputs["distress:not_calm"] = replace(outputs["distress:not_calm"], threshold=calm)
        outputs["distress:distressed"] = replace(
            outputs["distress:distressed"], threshold=distressed
        )
        trial = replace(model, outputs=outputs)
        return [settle_distress(item, trial)[0] for item in heard]

    def safe(calm: float) -> bool:
        read = levels(calm, 1.01)
        return not any(
            m["distress"] == "distressed" and r == "calm" for m, r in zip(dev, read, strict=True)
        )

    calm = max((t for t in CANDIDATES if safe(t)), default=CANDIDATES[0])

    def accuracy(distressed: float) -> float:
        read = levels(calm, distressed)
        right: int = sum(r == m["distress"] for m, r in zip(dev, read, strict=True))
        return right / len(dev)

    return calm, _argmax(CANDIDATES, accuracy)


def _argmax(candidates: Iterable[float], score: Callable[[float], float]) -> float:
    best, best_score = 0.5, -1.0
    for candidate in candidates:
        value = score(candidate)
        if value > best_score + 1e-12:
            best, best_score = candidate, value
    return best


def write(model: dict[str, Any]) -> int:
    text = serialise(model)
    MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
    MODEL_FILE.write_text(text, encoding="utf-8")
    return len(text.encode())


def loaded(section: dict[str, Any]) -> Model:
    return model_from_dict(section)


def serialise(model: dict[str, Any]) -> str:
    return json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"


def matches_shipped(model: dict[str, Any]) -> bool:
    return MODEL_FILE.exists() and MODEL_FILE.read_text(encoding="utf-8") == serialise(model)
