"""Charts as matplotlib `Figure`s built from domain objects; no Qt, no pyplot.

Imported only when a chart is needed (matplotlib costs ~0.5 s to load).
"""
