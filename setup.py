"""C extensions: the hot loops of leakaid, each with a pure-Python reference it is tested against.

Metadata lives in pyproject.toml; this file only declares the extension modules. They are optional at
install time (no compiler → the pure-Python paths run); the test suite fails when they are missing.
"""

from setuptools import Extension, setup

FLAGS = ["-O3", "-std=c11", "-Wall", "-Wextra", "-Wno-unused-parameter"]

setup(
    ext_modules=[
        Extension("leakaid.detect._skim", ["src/leakaid/detect/_skim.c"], optional=True, extra_compile_args=FLAGS),
        Extension(
            "leakaid.detect.pii_names._crf", ["src/leakaid/detect/pii_names/_crf.c"], optional=True,
            extra_compile_args=FLAGS,
        ),
        Extension("leakaid.assess._rows", ["src/leakaid/assess/_rows.c"], optional=True, extra_compile_args=FLAGS),
    ]
)
