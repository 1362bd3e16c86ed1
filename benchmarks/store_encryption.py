"""The encryption-at-rest decision, measured: field-level AES-256-GCM vs SQLCipher.

    <python with sqlcipher3 and cryptography> benchmarks/store_encryption.py [--n 500] [--json]

The kiosk does not depend on sqlcipher3; run this with a scratch virtualenv
that has it (``pip install sqlcipher3==0.6.4 cryptography``). Every variant
commits the same visit bytes, one row per transaction, in WAL with
synchronous=FULL, interleaved so disk noise hits all alike:

- plain: sqlite3, no encryption (the floor);
- aes-gcm: sqlite3, the payload sealed with AES-256-GCM first (what the store does);
- sqlcipher: sqlcipher3 with a raw 32-byte key (no PBKDF2), whole file encrypted.

Also timed: opening a SQLCipher file with a raw key and with a passphrase
(PBKDF2-HMAC-SHA512, 256,000 iterations), and reading back 1,000 rows.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

try:
    import sqlcipher3
except ImportError:  # pragma: no cover
    sys.exit("this benchmark needs sqlcipher3 (pip install sqlcipher3==0.6.4 in a scratch venv)")

KEY = os.urandom(32)
AEAD = AESGCM(KEY)
PAYLOAD = json.dumps({"measurements": [{"code": "systolic", "value": 120 + i, "unit": "mm[Hg]",
                                         "measured_at": "2026-11-23T09:02:00+07:00", "id": str(uuid.uuid4())}
                                        for i in range(9)], "citizen_id": "079158001234",
                      "citizen_name": "Nguyễn Văn Thử"}).encode()


def setup(conn, cipher_key: bytes | None = None):
    if cipher_key is not None:
        conn.execute(f"PRAGMA key = \"x'{cipher_key.hex()}'\"")
    conn.isolation_level = None
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS v (id TEXT PRIMARY KEY, payload BLOB NOT NULL)")
    return conn


def commit_one(conn, seal: bool) -> None:
    vid = str(uuid.uuid4())
    body = PAYLOAD
    if seal:
        nonce = os.urandom(12)
        body = b"\x01" + nonce + AEAD.encrypt(nonce, PAYLOAD, vid.encode())
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO v VALUES (?, ?)", (vid, body))
    conn.execute("COMMIT")


def read_all(conn, sealed: bool) -> float:
    t0 = time.perf_counter()
    for vid, blob in conn.execute("SELECT id, payload FROM v LIMIT 1000"):
        if sealed:
            AEAD.decrypt(blob[1:13], blob[13:], vid.encode())
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="enc-bench-", dir="/var/tmp"))
    conns = {
        "plain": (setup(sqlite3.connect(work / "plain.db")), False),
        "aes-gcm": (setup(sqlite3.connect(work / "gcm.db")), True),
        "sqlcipher": (setup(sqlcipher3.connect(str(work / "cipher.db")), KEY), False),
    }
    times: dict[str, list[float]] = {k: [] for k in conns}
    for _ in range(20):
        for conn, seal in conns.values():
            commit_one(conn, seal)
    for _ in range(args.n):
        for name, (conn, seal) in conns.items():
            t0 = time.perf_counter()
            commit_one(conn, seal)
            times[name].append(time.perf_counter() - t0)
    reads = {name: read_all(conn, seal) for name, (conn, seal) in conns.items()}
    for conn, _ in conns.values():
        conn.close()

    def open_cipher(pragma: str) -> float:
        t0 = time.perf_counter()
        c = sqlcipher3.connect(str(work / "cipher.db"))
        c.execute(pragma)
        c.execute("SELECT count(*) FROM v").fetchone()
        c.close()
        return time.perf_counter() - t0

    c = sqlcipher3.connect(str(work / "pass.db"))
    c.execute("PRAGMA key = 'a passphrase for the benchmark'")
    c.execute("CREATE TABLE t (x)")
    c.close()
    t0 = time.perf_counter()
    c = sqlcipher3.connect(str(work / "pass.db"))
    c.execute("PRAGMA key = 'a passphrase for the benchmark'")
    c.execute("SELECT count(*) FROM t").fetchone()
    c.close()
    open_pass = time.perf_counter() - t0
    open_raw = open_cipher(f"PRAGMA key = \"x'{KEY.hex()}'\"")

    floor = statistics.median(times["plain"])
    result = {
        "n": args.n,
        "commit_p50_ms": {k: statistics.median(v) * 1e3 for k, v in times.items()},
        "commit_p99_ms": {k: sorted(v)[int(0.99 * (len(v) - 1))] * 1e3 for k, v in times.items()},
        "ratio_p50_vs_plain": {k: statistics.median(v) / floor for k, v in times.items()},
        "read_1000_rows_ms": {k: v * 1e3 for k, v in reads.items()},
        "sqlcipher_open_raw_key_ms": open_raw * 1e3,
        "sqlcipher_open_passphrase_ms": open_pass * 1e3,
        "sqlcipher_version": sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0],
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k in times:
            print(f"{k:10s} commit p50 {result['commit_p50_ms'][k]:.3f} ms  p99 {result['commit_p99_ms'][k]:.3f} ms  "
                  f"x{result['ratio_p50_vs_plain'][k]:.2f}  read 1000 rows {result['read_1000_rows_ms'][k]:.1f} ms")
        print(f"SQLCipher {result['sqlcipher_version']} open: raw key {open_raw * 1e3:.1f} ms, "
              f"passphrase {open_pass * 1e3:.1f} ms")
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
