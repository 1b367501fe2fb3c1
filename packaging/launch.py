"""Entry point of the frozen programs (see build.spec)."""

from itadesk.cli import entry

entry()
