"""Card reader, camera and each serial measurement device."""
from __future__ import annotations

import os

from kiosk.health.result import HealthResult, amber, green, red
from kiosk.health.station import Station


def card_reader(st: Station) -> list[HealthResult]:
    if st.demo:
        return [green("card_reader", "card_reader", "virtual_device", "virtual CCCD reader in the app (demo)")]
    cfg = st.cfg
    try:
        # Listing readers takes no card connection: safe while the kiosk reads a card.
        from smartcard.System import readers

        names = [str(r) for r in readers()]
    except Exception as e:  # pcscd down or libpcsclite missing
        return [red("card_reader", "card_reader", "pcsc_unavailable", f"PC/SC unavailable ({e.__class__.__name__})")]
    wanted = [n for n in names if cfg.card.reader in n]
    if wanted:
        return [green("card_reader", "card_reader", "ok", ", ".join(wanted))]
    return [red("card_reader", "card_reader", "reader_missing",
                f"no reader matching card.reader={cfg.card.reader!r} (found {names})")]


def camera(st: Station) -> list[HealthResult]:
    if st.demo:
        return [green("camera", "camera", "virtual_device", "simulated visitor (demo)")]
    device = st.cfg.face.camera
    if st.live:
        # Opening the camera lights its LED in front of the citizen, and a face check may hold it:
        # the running kiosk only looks for the device node. `kiosk doctor` takes a frame.
        node = device if isinstance(device, str) and not device.isdigit() else f"/dev/video{int(device)}"
        if os.path.exists(node):
            return [green("camera", "camera", "ok", f"{node} present")]
        return [red("camera", "camera", "camera_unavailable", f"{node} not found")]
    import cv2

    cap = cv2.VideoCapture(int(device) if isinstance(device, str) and device.isdigit() else device)
    try:
        ok = cap.isOpened() and cap.read()[0]
    finally:
        cap.release()
    if ok:
        return [green("camera", "camera", "ok", f"{device} delivers frames")]
    return [red("camera", "camera", "camera_unavailable", f"{device} cannot be opened or gives no frame")]


def serial_devices(st: Station) -> list[HealthResult]:
    cfg = st.cfg
    out = []
    for kind in dict.fromkeys([*cfg.flow.measurements, *cfg.devices]):  # each kind once, flow order first
        id, component = f"device.{kind}", f"device:{kind}"
        dev_cfg = cfg.devices.get(kind)
        used = kind in cfg.flow.measurements
        if dev_cfg is not None and not dev_cfg.enabled:
            out.append(amber(id, component, "device_disabled", "disabled in the configuration"))
        elif dev_cfg is None:
            out.append(red(id, component, "device_not_configured",
                           f"flow.measurements lists {kind} but there is no [devices.{kind}]"))
        elif st.sensors is not None and used:
            out.append(_live_device(st, kind, id, component, dev_cfg.protocol))
        elif st.demo:
            out.append(green(id, component, "virtual_device", f"{dev_cfg.protocol} simulator (demo)"))
        elif os.path.exists(dev_cfg.port):
            out.append(green(id, component, "ok", f"{dev_cfg.port} ({dev_cfg.protocol}) present"))
        else:
            out.append(red(id, component, "port_missing", f"{dev_cfg.port} ({dev_cfg.protocol}) not found"))
    return out


def _live_device(st: Station, kind: str, id: str, component: str, protocol: str) -> HealthResult:
    from drivers.sensors.api import MeasurementKind

    dev = st.sensors.get(MeasurementKind(kind))
    connected = getattr(dev, "connected", None)
    if connected is None:  # the stand-in for a device that could not be built
        return red(id, component, "device_not_configured", getattr(dev, "reason", "no device"))
    port = getattr(getattr(dev, "transport", None), "port", "?")
    where = f"{port} ({protocol})" + (" simulator (demo)" if st.demo else "")
    if connected:
        return green(id, component, "ok", f"{where} open")
    return red(id, component, "port_closed", f"{where} not open: unplugged or unpowered")
