"""What DebtDesk says outside its window: calendar files, desktop notifications, the autostart entry.

Headless, like `letters/` and `charts/`: no Qt here, so the `remind` and
`calendar` commands run at login or in a script without a display.
"""
