"""Shared constants for the redact tests (a unique module name: test directories are not packages)."""

KEY = b"test-key-0123456789abcdef"
OTHER_KEY = b"another-key-0123456789abcdef"
