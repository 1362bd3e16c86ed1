"""The take-home slip: its facts (content.py) and its pixels (render.py); no Qt, no words of its own."""
