"""The Trạm Công dân số health kiosk: Qt Quick app, citizen flow, CLI."""

__version__ = "0.1.0"
