"""Python view-models registered into the QML module ``Kiosk``.

Importing this package registers every type; QML owns all wording.
"""
