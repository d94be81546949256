"""Redaction operators: ``(value, finding, ctx) -> replacement``.

- ``mask``: the per-type house rule in :mod:`leakaid.redact.mask`;
- ``hash``: ``TYPE_`` + hex of HMAC-SHA256(key, type ‖ normalised value), truncated;
- ``pseudonym``: a consistent, format- and checksum-preserving fake (:mod:`leakaid.redact.pseudonym`);
- ``remove``: the empty string; ``tag``: ``[手机号]``; ``keep``: the value unchanged.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from leakaid.detect.finding import TYPE_LABELS, Finding
from leakaid.errors import ConfigError
from leakaid.redact._chars import canonical
from leakaid.redact.mask import mask_value
from leakaid.redact.policy import KEYED_OPERATORS, Policy
from leakaid.redact.pseudonym import PseudonymRegistry

__all__ = ["OPERATOR_FUNCS", "RedactContext", "hash_op", "keep", "mask", "pseudonym", "remove", "tag"]


@dataclass
class RedactContext:
    """State shared by all operator calls of one run: policy, key, pseudonym registry."""

    policy: Policy = field(default_factory=Policy)
    key: bytes | None = None
    _pseudonyms: PseudonymRegistry | None = None

    def __post_init__(self) -> None:
        if self.key is not None:
            self._pseudonyms = PseudonymRegistry(self.key)

    def require_key(self) -> bytes:
        if self.key is None:
            raise ConfigError(
                "缺少密钥：hash（哈希）和 pseudonym（假名）处理需要密钥，leakaid 不提供默认密钥。"
                "请使用 --key-file 或设置环境变量 LEAKAID_KEY。"
            )
        return self.key

    @property
    def pseudonyms(self) -> PseudonymRegistry:
        self.require_key()
        assert self._pseudonyms is not None
        return self._pseudonyms

    @property
    def pseudonym_collisions(self) -> int:
        return self._pseudonyms.collisions if self._pseudonyms is not None else 0

    @property
    def mask_options(self) -> Mapping[str, str]:
        return {"id_card_mask": self.policy.id_card_mask}

    def check_policy(self) -> None:
        """Fail early (before any file is written) when the policy needs a key that is missing."""
        if self.policy.needs_key:
            self.require_key()


Operator = Callable[[str, Finding, RedactContext], str]


def mask(value: str, finding: Finding, ctx: RedactContext) -> str:
    return mask_value(finding.type, value, ctx.mask_options)


def hash_op(value: str, finding: Finding, ctx: RedactContext) -> str:
    key = ctx.require_key()
    msg = f"{finding.type}\x1f{canonical(finding.type, value)}".encode()
    digest = hmac.new(key, msg, hashlib.sha256).hexdigest()
    return f"{finding.type}_{digest[: ctx.policy.hash_length]}"


def pseudonym(value: str, finding: Finding, ctx: RedactContext) -> str:
    return ctx.pseudonyms.get(finding.type, value)


def remove(value: str, finding: Finding, ctx: RedactContext) -> str:
    return ""


def tag(value: str, finding: Finding, ctx: RedactContext) -> str:
    return f"[{TYPE_LABELS.get(finding.type, finding.type)}]"


def keep(value: str, finding: Finding, ctx: RedactContext) -> str:
    return value


OPERATOR_FUNCS: Mapping[str, Operator] = {
    "mask": mask,
    "hash": hash_op,
    "pseudonym": pseudonym,
    "remove": remove,
    "tag": tag,
    "keep": keep,
}
assert KEYED_OPERATORS <= set(OPERATOR_FUNCS)
