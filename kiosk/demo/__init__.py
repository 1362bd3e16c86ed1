"""Demo mode: simulated peripherals, a local store and a local FHIR server."""
