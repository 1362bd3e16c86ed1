"""Maintenance mode, the parts without Qt: PIN hash, attempt delays, the audit
chain, the entry gesture, editing the PIN into the TOML file, exit codes.

The view-models in ``kiosk/viewmodels/maintenance_vm.py`` and
``dashboard_vm.py`` put these on screen; ``docs/maintenance.md`` describes it all.
"""
