"""One file per device model, each defining ``MODEL`` (a :class:`DeviceModel`).

Add a model by adding a file here; ``drivers.sensors.registry`` finds it.
"""
