"""Health measurement devices: pure protocol codecs, serial transport, simulators."""
