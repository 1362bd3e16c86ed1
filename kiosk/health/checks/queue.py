"""The visit store and its queue: depth, oldest unsent visit, dead letters, last successful sync."""
from __future__ import annotations

from offline_store.api import QueueStatus

from kiosk.health.result import HealthResult, amber, green, red
from kiosk.health.station import Station

HOUR = 3600.0
# A visit waits out an outage of hours at most on a healthy station; a day unsent
# is a station that does not drain (the shipped alert fires at the same age).
OLDEST_AMBER_S = 1 * HOUR
OLDEST_RED_S = 24 * HOUR
# With visits waiting, an hour without any successful round is worth a look.
SYNC_STALE_S = 1 * HOUR


def queue(st: Station) -> list[HealthResult]:
    if st.store is not None:
        return _from_status(st, st.store.status(), "")
    # Read-only: a report never moves a damaged store aside nor makes a key (decisions D15).
    from kiosk.devices.store import open_store_readonly
    from offline_store.sqlite_store import StoreNotReadable

    try:
        store, _ = open_store_readonly(st.cfg)  # the key itself is the key_file check's business
    except StoreNotReadable as e:
        if e.reason == "absent":
            return [green("store", "store", "store_absent", str(e)),
                    green("queue.depth", "queue", "queue_empty", "no store yet", 0)]
        if e.reason == "outdated":
            return [amber("store", "store", "store_outdated", str(e))]
        return [red("store", "store", "store_damaged", str(e))]
    try:
        status = store.status()
    finally:
        store.close()
    return _from_status(st, status, f"{store.db_path}: ")


def _from_status(st: Station, q: QueueStatus, where: str) -> list[HealthResult]:
    summary = f"{where}{q.queued} queued, {q.dead_letters} dead letters"
    out = [green("store", "store", "ok", summary) if q.accepting else
           red("store", "store", "store_not_accepting", f"{summary}; refusing new visits: {q.last_error or 'see kiosk.log'}")]
    out.append(green("queue.depth", "queue", "queue_waiting" if q.queued else "queue_empty",
                     f"{q.queued} visit(s) waiting to be sent", q.queued))
    age = q.oldest_unsent_age_s or 0.0
    oldest = f"oldest unsent visit waited {age / HOUR:.1f} h" if q.queued else "nothing waiting"
    if q.queued and q.last_error:
        oldest += f"; last error: {q.last_error}"
    maker = red if age >= OLDEST_RED_S else amber if age >= OLDEST_AMBER_S else green
    out.append(maker("queue.oldest_unsent", "queue", "queue_stalled" if maker is not green else "ok", oldest, age))
    out.append((amber if q.dead_letters else green)(
        "queue.dead_letters", "queue", "dead_letters" if q.dead_letters else "ok",
        f"{q.dead_letters} visit(s) the backend refused: `kiosk queue dead-letters`" if q.dead_letters
        else "no dead letters", q.dead_letters))
    out.append(_last_sync(st, q))
    return out


def _last_sync(st: Station, q: QueueStatus) -> HealthResult:
    if q.last_success_at is None:
        # Nothing waiting and never synced is a new station, not a problem.
        return (amber if q.queued else green)("sync.last_success", "backend", "never_synced",
                                              "no successful sync yet")
    ago = (st.now() - q.last_success_at).total_seconds()
    detail = f"last successful sync {q.last_success_at.isoformat(timespec='seconds')} ({ago / 60:.0f} min ago)"
    stale = q.queued and ago >= SYNC_STALE_S
    return (amber if stale else green)("sync.last_success", "backend", "sync_stale" if stale else "ok", detail,
                                       q.last_success_at.timestamp())
