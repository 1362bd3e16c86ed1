import os

import pytest

from offline_store.sealing import Sealer
from offline_store.sqlite_store import SqliteVisitStore


@pytest.fixture
def key():
    return os.urandom(32)


@pytest.fixture
def store(tmp_path, key):
    s = SqliteVisitStore(tmp_path / "data", Sealer(key))
    yield s
    s.close()
