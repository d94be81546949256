"""Redaction policy: which operator applies to which type, which types are covered, and options.

A policy comes from CLI options or a small TOML file::

    [operators]
    default = "mask"
    MOBILE = "hash"
    PERSON = "pseudonym"

    [options]
    types = ["MOBILE", "ID_CARD", "PERSON"]   # optional: only these types are redacted and verified
    min_score = 0.5
    id_card_mask = "6+4"                      # or "1+1"
    hash_length = 16                          # hex characters kept from the HMAC (8..64)
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from leakaid.detect.finding import TYPES
from leakaid.errors import ConfigError

__all__ = ["ID_CARD_MASKS", "KEYED_OPERATORS", "OPERATORS", "Policy", "load_policy", "parse_type_operator"]

OPERATORS: tuple[str, ...] = ("mask", "hash", "pseudonym", "remove", "tag", "keep")
KEYED_OPERATORS: frozenset[str] = frozenset({"hash", "pseudonym"})
ID_CARD_MASKS: tuple[str, ...] = ("6+4", "1+1")
_OPTION_KEYS = frozenset({"types", "min_score", "id_card_mask", "hash_length"})


@dataclass(frozen=True)
class Policy:
    """What to redact and how.

    ``default`` applies to every type without an entry in ``per_type``; ``types`` limits
    both redaction and the verify pass (None: all types); ``keep`` leaves a type unchanged.
    """

    default: str = "mask"
    per_type: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    types: frozenset[str] | None = None
    min_score: float | None = None  # None: the engine's default threshold
    id_card_mask: str = "6+4"
    hash_length: int = 16

    def __post_init__(self) -> None:
        _check_operator(self.default, "default")
        for t, op in self.per_type.items():
            _check_type(t)
            _check_operator(op, t)
        if self.types is not None:
            for t in self.types:
                _check_type(t)
        if self.min_score is not None and not 0.0 <= self.min_score <= 1.0:
            raise ConfigError(f"min_score 必须在 0 到 1 之间，收到 {self.min_score}")
        if self.id_card_mask not in ID_CARD_MASKS:
            raise ConfigError(f"id_card_mask 只能是 {' 或 '.join(ID_CARD_MASKS)}，收到 {self.id_card_mask!r}")
        if not 8 <= self.hash_length <= 64:
            raise ConfigError(f"hash_length 必须在 8 到 64 之间，收到 {self.hash_length}")
        object.__setattr__(self, "per_type", MappingProxyType(dict(self.per_type)))

    def operator_for(self, type_: str) -> str:
        return self.per_type.get(type_, self.default)

    def covers(self, type_: str) -> bool:
        return self.types is None or type_ in self.types

    @property
    def covered_types(self) -> tuple[str, ...]:
        return tuple(t for t in TYPES if self.covers(t))

    @property
    def needs_key(self) -> bool:
        """True when some covered type uses a keyed operator (hash, pseudonym)."""
        return any(self.operator_for(t) in KEYED_OPERATORS for t in self.covered_types)

    def with_overrides(
        self,
        *,
        default: str | None = None,
        per_type: Mapping[str, str] | None = None,
        types: Iterable[str] | None = None,
        min_score: float | None = None,
        id_card_mask: str | None = None,
        hash_length: int | None = None,
    ) -> Policy:
        """A copy with CLI options laid over the file's values (per-type entries are merged)."""
        merged = dict(self.per_type)
        merged.update(per_type or {})
        return replace(
            self,
            default=default if default is not None else self.default,
            per_type=merged,
            types=frozenset(_norm_type(t) for t in types) if types is not None else self.types,
            min_score=min_score if min_score is not None else self.min_score,
            id_card_mask=id_card_mask if id_card_mask is not None else self.id_card_mask,
            hash_length=hash_length if hash_length is not None else self.hash_length,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "default": self.default,
            "per_type": dict(self.per_type),
            "types": sorted(self.types) if self.types is not None else None,
            "min_score": self.min_score,
            "id_card_mask": self.id_card_mask,
            "hash_length": self.hash_length,
        }


def _norm_type(t: str) -> str:
    t = t.strip().upper()
    _check_type(t)
    return t


def _check_type(t: str) -> None:
    if t not in TYPES:
        raise ConfigError(f"未知的信息类型 {t!r}；可用类型：{', '.join(TYPES)}")


def _check_operator(op: str, where: str) -> None:
    if op not in OPERATORS:
        raise ConfigError(f"{where} 的处理方式 {op!r} 无效；可用：{', '.join(OPERATORS)}")


def parse_type_operator(spec: str) -> tuple[str, str]:
    """Parse ``MOBILE=hash`` (as given to ``--type-operator``)."""
    if "=" not in spec:
        raise ConfigError(f"--type-operator 的格式应为 类型=处理方式（如 MOBILE=hash），收到 {spec!r}")
    t, op = (s.strip() for s in spec.split("=", 1))
    t = _norm_type(t)
    op = op.lower()
    _check_operator(op, t)
    return t, op


def load_policy(path: str | Path) -> Policy:
    """Read a TOML policy file; every mistake is a ConfigError with a Chinese message."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise ConfigError(f"无法读取策略文件 {p}：{e.strerror or e}") from e
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"策略文件 {p} 不是有效的 UTF-8 TOML：{e}") from e
    return policy_from_dict(data, source=str(p))


def policy_from_dict(data: Mapping[str, Any], *, source: str = "策略") -> Policy:
    unknown = set(data) - {"operators", "options"}
    if unknown:
        raise ConfigError(f"{source}：未知的表 {', '.join(sorted(unknown))}（只支持 [operators] 和 [options]）")
    ops = data.get("operators", {})
    opts = data.get("options", {})
    if not isinstance(ops, Mapping) or not isinstance(opts, Mapping):
        raise ConfigError(f"{source}：[operators] 和 [options] 必须是表")
    default = "mask"
    per_type: dict[str, str] = {}
    for k, v in ops.items():
        if not isinstance(v, str):
            raise ConfigError(f"{source}：[operators] {k} 的值必须是字符串")
        if k.lower() == "default":
            default = v.lower()
            _check_operator(default, "default")
        else:
            t = _norm_type(k)
            _check_operator(v.lower(), t)
            per_type[t] = v.lower()
    bad = set(opts) - _OPTION_KEYS
    if bad:
        raise ConfigError(f"{source}：未知的选项 {', '.join(sorted(bad))}；可用：{', '.join(sorted(_OPTION_KEYS))}")
    types = opts.get("types")
    if types is not None and (not isinstance(types, list) or not all(isinstance(t, str) for t in types)):
        raise ConfigError(f"{source}：options.types 必须是字符串列表")
    min_score = opts.get("min_score")
    if min_score is not None and (isinstance(min_score, bool) or not isinstance(min_score, int | float)):
        raise ConfigError(f"{source}：options.min_score 必须是数字")
    hash_length = opts.get("hash_length", 16)
    if isinstance(hash_length, bool) or not isinstance(hash_length, int):
        raise ConfigError(f"{source}：options.hash_length 必须是整数")
    return Policy(
        default=default,
        per_type=per_type,
        types=frozenset(_norm_type(t) for t in types) if types is not None else None,
        min_score=float(min_score) if min_score is not None else None,
        id_card_mask=str(opts.get("id_card_mask", "6+4")),
        hash_length=hash_length,
    )
