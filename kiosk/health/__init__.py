"""Station health: one set of checks (``registry.CHECKS``) read by `kiosk doctor`, the
maintenance dashboard and the Prometheus metrics. Plain Python, no Qt.

- ``result``: the frozen HealthResult (id, component, green/amber/red, reason key, detail, value)
- ``station``: what the checks look at (the configuration, the running kiosk's parts)
- ``registry``: the list of checks, ``run_checks`` and the running kiosk's cached ``HealthMonitor``
- ``metrics``: the Prometheus collector, HTTP server and textfile writer; ``visits``: visit counters
"""
