"""The health checks, one module per area; kiosk/health/registry.py lists them all."""
