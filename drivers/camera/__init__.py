"""Camera sources and the face check (1:1 match against the chip photo, with liveness)."""
