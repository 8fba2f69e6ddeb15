"""Python's cyclic garbage collector paused while a large piece of work runs.

Reading and ranking a round, importing a large marks file, taking in a score file, writing a
workbook: each makes hundreds of thousands of small objects that live until the work ends, none
of them in a cycle (reference counting frees them). Each burst of allocations would start a
collection that walks all of them again: a third of the time of a 100,000-mark import or of a
ranking at 500,000 marks, about a second of a 500,000-mark workbook. The collector runs again
afterwards, as it was. (The desktop app's worker threads hold it off the same way:
ui.setup.runner.)"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
