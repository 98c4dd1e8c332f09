"""The pure domain core: debts, schedules, overdue stages.

Nothing in this package imports Qt, SQL or an output library, and nothing reads
the clock: every function that depends on "today" takes the date as a parameter.
"""
