"""Files made from the household for other programs: CSV tables and a printable schedule.

No Qt here, so the `export-csv` command and the window share the same
builders; reportlab is imported only when a PDF is written.
"""
