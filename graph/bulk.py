"""Making a million records at once, without Python's cyclic garbage collector in the way.

The collector runs a full pass over every container made so far each time enough new ones
have outlived the younger passes; reading a big knowledge base makes millions of long-lived
tuples, records and dicts and no reference cycles, so those passes find nothing and, as the
heap grows, take most of the time (half of reading a million meetings, a third of building
their people view). :func:`collector_paused` holds it off for such a step.

The meetings of a knowledge base also share their records (one per person, place, occasion
and date): :func:`per_record` computes something of each record once, not once per meeting.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

Record = TypeVar("Record")
Result = TypeVar("Result")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block; it is switched back on after
    it, if it was on (so blocks can nest). Reference counting frees memory as usual meanwhile.

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def per_record(compute: Callable[[Record], Result]) -> Callable[[Record], Result]:
    """``compute``, remembered for each record object: by its ``id()``, the record kept with
    the result so that its id is not reused while the function lives.

    >>> calls = []
    >>> upper = per_record(lambda text: calls.append(text) or text.upper())
    >>> shared = "lavrov"
    >>> upper(shared), upper(shared), len(calls)
    ('LAVROV', 'LAVROV', 1)
    """
    seen: dict[int, tuple[Record, Result]] = {}

    def once(record: Record) -> Result:
        known = seen.get(id(record))
        if known is None:
            known = seen[id(record)] = (record, compute(record))
        return known[1]

    return once
