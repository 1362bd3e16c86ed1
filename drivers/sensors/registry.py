"""The device models the kiosk knows, collected from ``drivers/sensors/models/``.

Every table that used to list protocols (codecs, default baud rates,
coordinators, simulators, demo choices) is now a question to this registry.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import Iterable

from drivers.sensors import models as _models_package
from drivers.sensors.api import MeasurementKind
from drivers.sensors.coordinator import Coordinator
from drivers.sensors.device_model import DeviceModel
from drivers.sensors.protocols.base import Codec


def discover(paths: Iterable[str] | None = None) -> dict[str, DeviceModel]:
    """Import every module of the models package (found on ``paths``, by default its
    ``__path__``) and collect its ``MODEL``, keyed by protocol name. Listed by
    measurement, the demo's model first, so "known: ..." messages read well."""
    found: dict[str, DeviceModel] = {}
    for info in sorted(pkgutil.iter_modules(list(paths or _models_package.__path__)), key=lambda i: i.name):
        module = importlib.import_module(f"{_models_package.__name__}.{info.name}")
        model = getattr(module, "MODEL", None)
        if not isinstance(model, DeviceModel):
            raise TypeError(f"{module.__name__} defines no MODEL = DeviceModel(...)")
        if model.protocol in found:
            raise ValueError(f"{module.__name__}: protocol {model.protocol!r} is already registered")
        found[model.protocol] = model
    kinds = list(MeasurementKind)
    order = sorted(found.values(), key=lambda m: (kinds.index(m.kind), not m.demo, m.protocol))
    return {m.protocol: m for m in order}


MODELS: dict[str, DeviceModel] = discover()


def all_models() -> list[DeviceModel]:
    return list(MODELS.values())


def names() -> list[str]:
    return list(MODELS)


def get(protocol: str) -> DeviceModel:
    try:
        return MODELS[protocol]
    except KeyError:
        raise ValueError(f"unknown protocol {protocol!r} (known: {', '.join(MODELS)})") from None


def of_kind(kind: MeasurementKind | str) -> list[DeviceModel]:
    return [m for m in MODELS.values() if m.kind.value == MeasurementKind(kind).value]


def demo_model(kind: MeasurementKind | str) -> DeviceModel:
    """The model demo mode simulates for ``kind`` when the configuration names none."""
    return next(m for m in of_kind(kind) if m.demo)


def codec_for(protocol: str, **options) -> Codec:
    """A fresh codec; ``options`` go to its constructor (e.g. ``error_keys`` for SunTech)."""
    return get(protocol).make_codec(**options)


def coordinator_for(protocol: str, *, bp_plan=None, height_cm: float | None = None, **kw) -> Coordinator:
    """A fresh coordinator. ``bp_plan`` reaches blood-pressure models and ``height_cm``
    (a height typed or measured elsewhere) body models; ``kw`` reaches every coordinator."""
    model = get(protocol)
    if model.kind is MeasurementKind.BLOOD_PRESSURE and bp_plan is not None:
        kw["plan"] = bp_plan
    elif model.kind is MeasurementKind.BODY:
        kw["height_cm"] = height_cm
    return model.coordinator(protocol, **kw)
