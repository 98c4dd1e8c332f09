"""Application services: the use cases the window and the command line share.

Between the screens/CLI and the store, as Anki's operations layer: each
function gathers what one use case needs from the store (which only speaks
SQL), computes it with the pure domain, and, when it changes the file, does
so in one transaction and says what it touched (`Changes`), so the window
refreshes only that.  Neither Qt nor the CLI's argparse is imported here.
"""
