"""The frozen program's entry point: the same as the `debtdesk` console script."""

from debtdesk.cli import main

raise SystemExit(main())
