"""Peripheral drivers: card, camera, sensors.

Each driver keeps its protocol logic pure (bytes in, typed frozen events out, no
I/O, no Qt) and puts the transport and any simulator beside it. The kiosk only
talks to the small interfaces in each package's ``api`` module.
"""
