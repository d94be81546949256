"""Recovery plan: intake questions and steps chosen by data rules (``rules.toml``) from the answers."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from leakaid.errors import ConfigError

RULES_PATH = Path(__file__).with_name("rules.toml")
URGENCY_LABELS = {1: "立即", 2: "今天", 3: "本周内", 4: "之后", 5: "视情况"}
STATUSES = ("todo", "doing", "done", "not_applicable")
STATUS_LABELS = {"todo": "待办", "doing": "进行中", "done": "已完成", "not_applicable": "不适用"}

Answers = Mapping[str, Any]


@dataclass(frozen=True)
class Basis:
    law: str
    article: str
    quote: str
    law_title: str

    @property
    def cite(self) -> str:
        return f"{self.law_title}{self.article}"


@dataclass(frozen=True)
class Question:
    key: str
    kind: str  # multi|single|text
    label: str
    options: tuple[tuple[str, str], ...] = ()

    def option_label(self, value: str) -> str:
        return dict(self.options).get(value, value)


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    urgency: int
    why: str
    how: tuple[str, ...]
    basis: tuple[Basis, ...]
    practice: str = ""
    when_any: tuple[str, ...] = ()
    when_all: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()

    @property
    def urgency_label(self) -> str:
        return URGENCY_LABELS[self.urgency]

    def applies(self, answers: Answers) -> bool:
        if self.when_any and not any(_holds(c, answers) for c in self.when_any):
            return False
        if not all(_holds(c, answers) for c in self.when_all):
            return False
        return not any(_holds(c, answers) for c in self.unless)


@dataclass(frozen=True)
class Rules:
    version: int
    questions: tuple[Question, ...]
    steps: tuple[Step, ...]
    laws: Mapping[str, str] = field(default_factory=dict)

    def question(self, key: str) -> Question:
        for q in self.questions:
            if q.key == key:
                return q
        raise KeyError(key)

    def step(self, key: str) -> Step:
        for s in self.steps:
            if s.key == key:
                return s
        raise ConfigError(f"没有名为“{key}”的步骤。")


def _holds(cond: str, answers: Answers) -> bool:
    key, _, value = cond.partition(":")
    got = answers.get(key)
    if got is None or got == "" or got == []:
        return False
    if value == "*":
        return True
    if isinstance(got, (list, tuple, set)):
        return value in got
    return str(got) == value


def _load(path: Path) -> Rules:
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    laws = raw.get("laws", {})
    questions = tuple(
        Question(q["key"], q["kind"], q["label"], tuple(tuple(o) for o in q.get("options", ())))
        for q in raw["questions"]
    )
    steps = []
    for s in raw["steps"]:
        basis = tuple(Basis(b["law"], b["article"], b["quote"], laws[b["law"]]) for b in s.get("basis", ()))
        steps.append(
            Step(
                key=s["key"],
                title=s["title"],
                urgency=int(s["urgency"]),
                why=s["why"],
                how=tuple(s["how"]),
                basis=basis,
                practice=s.get("practice", ""),
                when_any=tuple(s.get("when_any", ())),
                when_all=tuple(s.get("when_all", ())),
                unless=tuple(s.get("unless", ())),
            )
        )
    return Rules(int(raw["version"]), questions, tuple(steps), laws)


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_PATH) -> Rules:
    """The rules file parsed once (pure data; the cache never changes behaviour)."""
    return _load(path)


def validate_answers(answers: Mapping[str, Any], rules: Rules | None = None) -> dict[str, Any]:
    """Check answers against the questions; return a clean copy. Raises ConfigError in Chinese."""
    rules = rules or load_rules()
    clean: dict[str, Any] = {}
    keys = {q.key for q in rules.questions}
    for key in answers:
        if key not in keys:
            raise ConfigError(f"未知的问题“{key}”；可用的问题：{'、'.join(sorted(keys))}。")
    for q in rules.questions:
        value = answers.get(q.key)
        allowed = {o[0] for o in q.options}
        if value is None:
            clean[q.key] = [] if q.kind == "multi" else ""
        elif q.kind == "multi":
            if isinstance(value, str):
                value = [v for v in value.split(",") if v]
            bad = [v for v in value if v not in allowed]
            if bad:
                raise ConfigError(f"问题“{q.key}”没有选项“{bad[0]}”；可选：{'、'.join(sorted(allowed))}。")
            clean[q.key] = sorted(set(value), key=[o[0] for o in q.options].index)
        elif q.kind == "single":
            if value and value not in allowed:
                raise ConfigError(f"问题“{q.key}”没有选项“{value}”；可选：{'、'.join(sorted(allowed))}。")
            clean[q.key] = value or ""
        else:
            clean[q.key] = str(value).strip()[:200]
    return clean


def build_plan(answers: Answers, rules: Rules | None = None) -> list[Step]:
    """Steps that apply to ``answers``, most urgent first (file order within one urgency)."""
    rules = rules or load_rules()
    chosen = [s for s in rules.steps if s.applies(answers)]
    order = {s.key: i for i, s in enumerate(rules.steps)}
    return sorted(chosen, key=lambda s: (s.urgency, order[s.key]))
