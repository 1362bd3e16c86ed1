"""Spoken guidance (docs/speech.md): Qt-free; espeak-ng and the player run as child processes."""
