"""Cursors and page windows (kernel.connections): opaque, bound to their list, refused by code when altered."""

from __future__ import annotations

import base64

import pytest

from kernel.connections import decode, encode, window
from kernel.errors import InvalidInput


def test_a_cursor_is_opaque_and_reads_back_as_its_key():
    cursor = encode("householdsConnection", 4711)
    assert "4711" not in cursor and "=" not in cursor and "/" not in cursor and "+" not in cursor
    assert decode("householdsConnection", cursor, argument="after") == 4711


def test_every_single_changed_character_is_refused():
    cursor = encode("findingsConnection", 12)  # 30 bytes: 40 characters, none with unused bits
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for position in range(len(cursor)):
        changed = cursor[:position] + next(c for c in alphabet if c != cursor[position]) + cursor[position + 1 :]
        with pytest.raises(InvalidInput) as refused:
            decode("findingsConnection", changed, argument="after")
        assert (refused.value.code, refused.value.field) == ("INVALID_CURSOR", "after")


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "a",
        "!!!",
        "12",
        base64.urlsafe_b64encode(b"findingsConnection:12").decode(),
        encode("findingsConnection", 12) + "AA",
    ],
)
def test_made_up_cursors_are_invalid(cursor):
    with pytest.raises(InvalidInput) as refused:
        decode("findingsConnection", cursor, argument="before")
    assert (refused.value.code, refused.value.field) == ("INVALID_CURSOR", "before")


def test_a_cursor_of_another_list_is_foreign_and_says_whose_it_is():
    with pytest.raises(InvalidInput) as refused:
        decode("householdsConnection", encode("paymentsConnection", 3), argument="after")
    assert refused.value.code == "FOREIGN_CURSOR" and refused.value.details == {"cursorOf": "paymentsConnection"}
    assert "游标" in refused.value.message_zh


@pytest.mark.parametrize(
    "first, last, field, code",
    [
        (0, None, "first", "BAD_PAGE_SIZE"),
        (-1, None, "first", "BAD_PAGE_SIZE"),
        (101, None, "first", "BAD_PAGE_SIZE"),
        (None, 0, "last", "BAD_PAGE_SIZE"),
        (None, 101, "last", "BAD_PAGE_SIZE"),
        (5, 5, "last", "AMBIGUOUS_PAGE"),
    ],
)
def test_page_sizes_outside_the_lists_limit_are_refused(first, last, field, code):
    with pytest.raises(InvalidInput) as refused:
        window("x", first=first, after=None, last=last, before=None, maximum=100)
    assert (refused.value.code, refused.value.field) == (code, field)


def test_a_window_without_a_size_is_the_old_lists_default_page():
    assert window("x", first=None, after=None, last=None, before=None, maximum=100, default=50).size == 50
    backward = window("x", first=None, after=None, last=3, before=encode("x", 9), maximum=100)
    assert (backward.forward, backward.size, backward.before, backward.after) == (False, 3, 9, None)
