from __future__ import annotations

import gc

import pytest

from graph.bulk import collector_paused


def test_the_collector_is_back_on_after_an_error_in_the_block() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("in the block")
    assert gc.isenabled()


def test_nested_pauses_switch_it_back_on_only_at_the_outermost() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
