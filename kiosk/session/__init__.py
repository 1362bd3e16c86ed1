"""The citizen session: a plain-Python state machine (no Qt), and the visit it builds."""
