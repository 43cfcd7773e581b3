"""Making a million records at once, without Python's cyclic garbage collector in the way.

The collector runs a full pass over every container made so far each time enough new ones
have outlived the younger passes; reading a big knowledge base makes millions of long-lived
tuples, records and dicts and no reference cycles, so those passes find nothing and, as the
heap grows, take most of the time (half of reading a million meetings, a third of building
their people view). :func:`collector_paused` holds it off for such a step.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
