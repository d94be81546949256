"""Policy parsing, keys, and the hash / remove / tag / keep operators."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from redactfixtures import KEY, OTHER_KEY

from leakaid.detect.finding import Finding
from leakaid.errors import ConfigError
from leakaid.redact import Policy, Redactor, load_key, load_policy, redact_text
from leakaid.redact.operators import RedactContext, hash_op
from leakaid.redact.policy import parse_type_operator


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "policy.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_policy_file(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        '[operators]\ndefault = "tag"\nMOBILE = "hash"\nperson = "pseudonym"\n'
        '[options]\ntypes = ["MOBILE", "PERSON", "ID_CARD"]\nmin_score = 0.6\nid_card_mask = "1+1"\nhash_length = 12\n',
    )
    pol = load_policy(p)
    assert pol.default == "tag"
    assert pol.operator_for("MOBILE") == "hash"
    assert pol.operator_for("PERSON") == "pseudonym"
    assert pol.operator_for("ID_CARD") == "tag"
    assert pol.types == frozenset({"MOBILE", "PERSON", "ID_CARD"})
    assert pol.min_score == 0.6 and pol.id_card_mask == "1+1" and pol.hash_length == 12
    assert pol.needs_key
    assert not pol.covers("EMAIL")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[operators]\nMOBILE = "scramble"\n', "处理方式"),
        ('[operators]\nPHONE = "mask"\n', "未知的信息类型"),
        ("[operators\n", "TOML"),
        ('[options]\ncolour = "red"\n', "未知的选项"),
        ("[options]\nmin_score = 2\n", "min_score"),
        ('[options]\nmin_score = "high"\n', "min_score"),
        ('[options]\nid_card_mask = "3+4"\n', "id_card_mask"),
        ("[options]\nhash_length = 4\n", "hash_length"),
        ('[options]\ntypes = "MOBILE"\n', "types"),
        ('[extra]\na = 1\n', "未知的表"),
    ],
)
def test_policy_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_policy(_write(tmp_path, text))


def test_policy_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="无法读取策略文件"):
        load_policy(tmp_path / "nope.toml")


def test_type_operator_option() -> None:
    assert parse_type_operator("mobile=HASH") == ("MOBILE", "hash")
    for bad in ("MOBILE", "MOBILE=shred", "PHONE=mask"):
        with pytest.raises(ConfigError):
            parse_type_operator(bad)


def test_overrides_merge() -> None:
    pol = Policy(per_type={"MOBILE": "hash"}).with_overrides(default="tag", per_type={"EMAIL": "remove"}, types=["mobile"])
    assert pol.default == "tag" and pol.operator_for("MOBILE") == "hash" and pol.operator_for("EMAIL") == "remove"
    assert pol.types == frozenset({"MOBILE"})


def test_no_default_key() -> None:
    with pytest.raises(ConfigError, match="缺少密钥") as exc:
        load_key(None, environ={})
    assert "LEAKAID_KEY" in str(exc.value) and "--key-file" in str(exc.value)
    with pytest.raises(ConfigError, match="缺少密钥"):
        Redactor.create(Policy(default="hash"))
    with pytest.raises(ConfigError, match="缺少密钥"):
        redact_text("手机 13812345678", policy=Policy(per_type={"MOBILE": "pseudonym"}))
    # a policy without keyed operators needs no key
    assert redact_text("手机 13812345678", policy=Policy()).text == "手机 138****5678"


def test_key_sources(tmp_path: Path) -> None:
    f = tmp_path / "k"
    f.write_bytes(KEY + b"\n")
    assert load_key(f) == KEY
    assert load_key(None, environ={"LEAKAID_KEY": KEY.decode()}) == KEY
    f.write_bytes(b"short")
    with pytest.raises(ConfigError, match="太短"):
        load_key(f)
    with pytest.raises(ConfigError, match="无法读取密钥文件"):
        load_key(tmp_path / "missing")


def test_hash_operator() -> None:
    ctx = RedactContext(Policy(default="hash"), KEY)
    f = Finding(0, 11, "MOBILE", 0.9)
    h = hash_op("13812345678", f, ctx)
    assert re.fullmatch(r"MOBILE_[0-9a-f]{16}", h)
    assert hash_op("138-1234-5678", f, ctx) == h  # normalised before hashing
    assert hash_op("+86 138 1234 5678", f, ctx) == h
    assert hash_op("13812345679", f, ctx) != h
    assert hash_op("13812345678", f, RedactContext(Policy(default="hash"), OTHER_KEY)) != h
    short = RedactContext(Policy(default="hash", hash_length=8), KEY)
    assert hash_op("13812345678", f, short) == h[:15]


def test_remove_tag_keep() -> None:
    text = "手机 138-1234-5678，邮箱 zhangsan@example.com"
    assert redact_text(text, policy=Policy(default="tag")).text == "手机 [手机号]，邮箱 [电子邮箱]"
    assert redact_text(text, policy=Policy(default="remove")).text == "手机 ，邮箱 "
    assert redact_text(text, policy=Policy(default="keep")).text == text
    res = redact_text(text, policy=Policy(per_type={"EMAIL": "keep"}))
    assert res.text == "手机 138-****-5678，邮箱 zhangsan@example.com"
    (rep,) = res.replacements
    assert (rep.type, rep.operator, text[rep.start : rep.end]) == ("MOBILE", "mask", "138-1234-5678")
    assert res.text[rep.out_start : rep.out_end] == "138-****-5678"


def test_types_limit_redaction() -> None:
    text = "手机 13812345678 邮箱 zhangsan@example.com"
    out = redact_text(text, policy=Policy(types=frozenset({"EMAIL"}))).text
    assert "13812345678" in out and "zhangsan@" not in out


def test_redact_text_pseudonym_consistent_across_calls() -> None:
    pol = Policy(default="pseudonym")
    a = redact_text("手机 13812345678", policy=pol, key=KEY).text
    b = redact_text("电话：138-1234-5678。", policy=pol, key=KEY).text
    assert a[3:] == b[3:16].replace("-", "")
    assert a != "手机 13812345678"
