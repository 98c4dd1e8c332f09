"""`python -m debtdesk` behaves like the `debtdesk` command."""

from debtdesk.cli import main

raise SystemExit(main())
