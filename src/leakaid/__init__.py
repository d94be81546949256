"""leakaid: detect, redact and assess Chinese personal information; help the people whose data leaked.

Public API::

    import leakaid
    findings = leakaid.scan_text("收件人：张三 手机 138-1234-5678")
    for located in leakaid.scan_file("dump.csv"):
        print(located.location, located.finding.type)
"""

from __future__ import annotations

import logging

from leakaid.detect.finding import TYPES, Finding
from leakaid.errors import LeakaidError

__version__ = "0.1.0"

__all__ = ["TYPES", "Finding", "LeakaidError", "__version__", "scan_file", "scan_text"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):  # lazy: importing leakaid must stay cheap
    if name == "scan_text":
        from leakaid.detect.engine import scan_text

        return scan_text
    if name == "scan_file":
        from leakaid.scan import scan_file

        return scan_file
    raise AttributeError(name)
