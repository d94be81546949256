"""One small module per identifier (python-stdnum style): ``compact``, ``is_valid``, ``info``.

Contract: ``is_valid`` never raises; ``compact`` only strips separators and folds
full-width characters; ``info`` returns a plain dict and raises ``ValueError`` on
an invalid value.
"""
