"""Entry point of the frozen programs (see build.spec)."""

from itadesk.cli import main

raise SystemExit(main())
