"""A virtual CCCD: the eMRTD applet of a Vietnamese chip ID card in software.

``applet`` is pure (APDU in, APDU out); ``vpcd`` plugs it into a real pcscd
through the vsmartcard virtual reader; ``inprocess`` puts it behind the same
transport interface as a real reader for demo mode and fast tests.
This is a test/demo tool: the kiosk never loads it to read a real card.
"""
