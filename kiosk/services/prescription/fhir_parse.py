"""A FHIR R4 searchset of MedicationRequests (with their Patients) -> one Prescription. Pure.

A prescription is the MedicationRequests whose ``groupIdentifier`` is the code under the
configured system. Every returned resource is checked here, whatever the search asked:
a server that ignores a search parameter answers with everything it has (sekmet-fhir
does, with a warning), and that must never become someone else's prescription.
"""
from __future__ import annotations

from datetime import date

from kiosk.services.prescription.code import Code
from kiosk.services.prescription.model import DrugLine, LookupFailed, Prescription

ATC_SYSTEM = "http://www.whocc.no/atc"
FACILITY_EXT = "prescribing-facility"  # under [backend] extension_base_url
STRENGTH_EXT = "strength"
DISPENSED_STATUSES = {"completed"}
WITHDRAWN_STATUSES = {"cancelled", "entered-in-error", "stopped"}


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _ext(resource: dict, name: str) -> str:
    for e in resource.get("extension", []) or []:
        if str(e.get("url", "")).rsplit("/", 1)[-1] == name:
            return str(e.get("valueString", ""))
    return ""


def _line(mr: dict) -> DrugLine:
    med = mr.get("medicationCodeableConcept") or {}
    atc = next((c.get("code", "") for c in med.get("coding", []) or [] if c.get("system") == ATC_SYSTEM), "")
    name = med.get("text") or next((c.get("display", "") for c in med.get("coding", []) or []), "")
    qty = (mr.get("dispenseRequest") or {}).get("quantity") or {}
    quantity = f"{qty['value']:g} {qty.get('unit', '')}".strip() if isinstance(qty.get("value"), (int, float)) else ""
    directions = " ".join(d.get("text", "") for d in mr.get("dosageInstruction", []) or [] if d.get("text"))
    return DrugLine(name=name, strength=_ext(mr, STRENGTH_EXT), quantity=quantity, directions=directions, atc=atc)


def _national_id(patient: dict, system: str) -> str:
    for ident in patient.get("identifier", []) or []:
        if ident.get("system") == system and ident.get("value"):
            return str(ident["value"])
    return ""


def prescription_from(bundle: dict, code: Code, code_system: str, id_system: str) -> Prescription | None:
    """None when no MedicationRequest carries the code; LookupFailed for an answer the kiosk cannot
    trust (requests of several patients under one code, a request without a patient)."""
    resources = [e.get("resource") or {} for e in bundle.get("entry", []) or []]
    patients = {f"Patient/{r.get('id')}": r for r in resources if r.get("resourceType") == "Patient"}
    requests = [r for r in resources if r.get("resourceType") == "MedicationRequest"
                and (r.get("groupIdentifier") or {}).get("system") == code_system
                and str((r.get("groupIdentifier") or {}).get("value", "")).lower() == code.text
                and r.get("status") not in WITHDRAWN_STATUSES]
    if not requests:
        return None
    subjects = {(r.get("subject") or {}).get("reference", "") for r in requests}
    if "" in subjects:
        raise LookupFailed("no_patient", f"{sum(not (r.get('subject') or {}).get('reference') for r in requests)} "
                                         f"MedicationRequest(s) of the code have no subject")
    if len(subjects) > 1:
        raise LookupFailed("several_prescriptions", f"the code's MedicationRequests name {len(subjects)} patients")
    subject = subjects.pop()
    if subject not in patients:
        raise LookupFailed("no_patient", "the code's Patient was not returned with the MedicationRequests")
    id_number = _national_id(patients[subject], id_system)
    if not id_number:
        raise LookupFailed("no_patient", "the code's Patient has no national-ID identifier under the configured system")
    first = requests[0]
    valid_ends = [_date(((r.get("dispenseRequest") or {}).get("validityPeriod") or {}).get("end")) for r in requests]
    return Prescription(
        code=code,
        patient_id_number=id_number,
        lines=tuple(_line(r) for r in requests),
        prescriber=(first.get("requester") or {}).get("display", ""),
        facility=_ext(first, FACILITY_EXT),
        written_on=_date(first.get("authoredOn")),
        valid_until=min((d for d in valid_ends if d), default=None),
        dispensed=all(r.get("status") in DISPENSED_STATUSES for r in requests),
    )
