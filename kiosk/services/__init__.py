"""Station services offered after identification (docs/services.md)."""
