"""Chip ID card (CCCD, ICAO 9303) reading over PC/SC. See ``api`` for the interface."""
