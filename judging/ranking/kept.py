"""The last ranking of a round, kept while nothing it was worked out from has changed.

Ranking a large round reads every counted mark (half a second at 500,000 marks); the results
screen, a category of it, one entry's explanation, who advances and what is missing all ask
for the same ranking again. ``KeptRankings`` keeps the last one of each round (with drafts
counted or not), stamped with two counters read *before* the ranking's unit of work began:

- storage's change counter (SQLite's ``PRAGMA data_version``, ``ChangeCounter``), which moves
  whenever any connection commits — this program's units of work, an import, another program
  on the same file;
- this process's count of declared service calls (``judging.changes.change_count``), which
  moves after any call that stores something, even on a connection the counter cannot see.

A kept ranking is used only while both read the same as its stamp: a mark typed, a definition
edited, components imported, a tie decided, a round closed — any commit at all — and the next
ranking is worked out afresh. Where storage has no counter (a server database), nothing is
kept. A commit between reading the stamp and reading the marks only makes the kept ranking
newer than its stamp, so it is thrown away at the next look: never older than it says.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

from judging.changes import change_count
from judging.ranking.engine import RankedRound
from judging.scoring.ports import ChangeCounter

#: what a kept ranking was worked out from: (storage's change counter, declared calls)
Stamp = tuple[int, int]

#: how many rankings are kept (the round shown, with and without drafts, and one more)
KEPT = 4


class KeptRankings:
    def __init__(self, uow_factory: object, *, size: int = KEPT) -> None:
        self._counter = uow_factory if isinstance(uow_factory, ChangeCounter) else None
        self._size = size
        self._lock = threading.Lock()
        self._kept: OrderedDict[Hashable, tuple[Stamp, RankedRound]] = OrderedDict()

    def stamp(self) -> Stamp | None:
        """The counters now (read before ranking); None: changes cannot be told, keep nothing."""
        if self._counter is None:
            return None
        version = self._counter.data_version()
        if version is None:
            return None
        return version, change_count()

    def get(self, key: Hashable, stamp: Stamp | None) -> RankedRound | None:
        """The ranking kept under ``key`` if it was worked out at ``stamp``, else None."""
        if stamp is None:
            return None
        with self._lock:
            found = self._kept.get(key)
            if found is None or found[0] != stamp:
                return None
            self._kept.move_to_end(key)
            return found[1]

    def put(self, key: Hashable, stamp: Stamp | None, ranked: RankedRound) -> None:
        """Keep ``ranked``, worked out from what storage held at ``stamp``; what was kept at
        another stamp is out of date and goes."""
        if stamp is None:
            return
        with self._lock:
            for old in [k for k, (s, _) in self._kept.items() if s != stamp]:
                del self._kept[old]
            self._kept[key] = (stamp, ranked)
            self._kept.move_to_end(key)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
