"""The ``leakaid`` command: one Typer app, one module per subcommand group.

Each ``leakaid.cli.<name>`` module listed in ``_COMMAND_MODULES`` exposes
``register(app: typer.Typer) -> None``; ``main(argv)`` returns the exit code so
tests can call it directly.
"""

from __future__ import annotations

import importlib
import sys

import typer

from leakaid import __version__
from leakaid.errors import LeakaidError

_COMMAND_MODULES = ("scan", "redact", "synth", "assess", "case")

app = typer.Typer(
    name="leakaid",
    help="leakaid：个人信息泄露的检测、脱敏、评估与维权工具。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"leakaid {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="显示版本并退出。", callback=_version_callback, is_eager=True),
) -> None:
    """leakaid：个人信息泄露的检测、脱敏、评估与维权工具。"""


def _register_all() -> None:
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"leakaid.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"leakaid.cli.{name}":
                continue  # that capability is not part of this build
            raise
        module.register(app)


_register_all()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    try:
        # with standalone_mode=False click *returns* the code of a typer.Exit instead of raising it
        rc = app(args=argv if argv is not None else sys.argv[1:], prog_name="leakaid", standalone_mode=False)
        if isinstance(rc, int) and not isinstance(rc, bool):
            return rc
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except SystemExit as exc:  # click raises this for --help in some paths
        return int(exc.code or 0)
    except typer.Abort:
        typer.echo("已中止。", err=True)
        return 130
    except typer.TyperException as exc:  # usage errors (bad options, unknown types …)
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            typer.echo(f"错误：{exc}", err=True)
        return 2
    except LeakaidError as exc:
        typer.echo(f"错误：{exc}", err=True)
        return 2
    except BrokenPipeError:  # `leakaid … | head`: stop quietly, like other command-line tools
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return 0
