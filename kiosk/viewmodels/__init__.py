"""Python view-models registered into the QML module ``Kiosk``.

Importing this package's modules registers every type; QML owns all wording. They
are all imported before the first frame (kiosk/app.py), so each imports the flow,
drivers, store and services inside the functions that use them, not at the top.
"""
