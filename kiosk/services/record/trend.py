"""Thin a series for a chart: hundreds of readings drawn as a few dozen points, peaks kept.

Largest-Triangle-Three-Buckets (Steinarsson 2013): per bucket, the point that
makes the largest triangle with its neighbours, so a single high blood
pressure survives the thinning while flat stretches collapse. Pure Python.
"""
from __future__ import annotations

from typing import Sequence

MAX_POINTS = 60  # a 1280 px chart shows no more than this usefully to an elderly reader


def lttb(points: Sequence[tuple[float, float]], limit: int = MAX_POINTS) -> list[tuple[float, float]]:
    """``points`` sorted by x; at most ``limit`` of them, first and last kept."""
    n = len(points)
    if limit >= n or limit < 3:
        return list(points)
    out = [points[0]]
    every = (n - 2) / (limit - 2)
    a = 0
    for i in range(limit - 2):
        start, end = int(i * every) + 1, int((i + 1) * every) + 1
        nxt_start, nxt_end = end, min(int((i + 2) * every) + 1, n)
        avg_x = sum(p[0] for p in points[nxt_start:nxt_end]) / max(1, nxt_end - nxt_start)
        avg_y = sum(p[1] for p in points[nxt_start:nxt_end]) / max(1, nxt_end - nxt_start)
        ax, ay = points[a]
        best, best_area = start, -1.0
        for j in range(start, min(end, n - 1)):
            x, y = points[j]
            area = abs((ax - avg_x) * (y - ay) - (ax - x) * (avg_y - ay))
            if area > best_area:
                best, best_area = j, area
        out.append(points[best])
        a = best
    out.append(points[-1])
    return out
