"""exposure (privacy-preserving "am I in this leak?" index): truncated keyed hashes of identifiers in SQLite,
queried with k-anonymity range requests (hash prefix → padded suffix list), as in Have I Been Pwned's range API.

Never stores raw values or records; see docs/assess.md for the threat model and its limits.
"""

from leakaid.exposure.index import (
    PREFIX_HEX,
    SUFFIX_HEX,
    ExposureIndex,
    identifier_token,
    load_or_create_key,
    split_hash,
)

__all__ = ["PREFIX_HEX", "SUFFIX_HEX", "ExposureIndex", "identifier_token", "load_or_create_key", "split_hash"]
