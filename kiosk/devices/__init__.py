"""Build the peripherals from the configuration: real drivers, or simulators in demo mode.

One module per area (card, camera, sensors, store) so each can grow on its own.
"""
