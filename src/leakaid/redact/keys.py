"""The secret key of the keyed operators (hash, pseudonym).

There is deliberately no default key: identifiers are low-entropy, so a hash or pseudonym
made with a known key can be reversed by trying every phone number. The key comes from a
file (``--key-file``) or the ``LEAKAID_KEY`` environment variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from leakaid.errors import ConfigError

__all__ = ["ENV_VAR", "MIN_KEY_BYTES", "load_key"]

ENV_VAR = "LEAKAID_KEY"
MIN_KEY_BYTES = 16
_HOWTO = (
    "可用以下命令生成随机密钥并妥善保存：\n"
    "  python -c \"import secrets; print(secrets.token_hex(32))\" > leakaid.key\n"
    "然后使用 --key-file leakaid.key，或设置环境变量 LEAKAID_KEY。"
)


def load_key(key_file: str | Path | None = None, *, environ: Mapping[str, str] | None = None) -> bytes:
    """Return the key bytes (surrounding whitespace stripped) or raise ConfigError in Chinese."""
    if key_file is not None:
        p = Path(key_file)
        try:
            key = p.read_bytes().strip()
        except OSError as e:
            raise ConfigError(f"无法读取密钥文件 {p}：{e.strerror or e}") from e
        where = f"密钥文件 {p}"
    else:
        env = os.environ if environ is None else environ
        value = env.get(ENV_VAR, "")
        if not value.strip():
            raise ConfigError(
                "缺少密钥：hash（哈希）和 pseudonym（假名）处理需要一个密钥，leakaid 不提供默认密钥。\n" + _HOWTO
            )
        key = value.strip().encode("utf-8")
        where = f"环境变量 {ENV_VAR}"
    if len(key) < MIN_KEY_BYTES:
        raise ConfigError(f"{where} 中的密钥太短（{len(key)} 字节，至少需要 {MIN_KEY_BYTES} 字节）。\n" + _HOWTO)
    return key
