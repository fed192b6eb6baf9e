"""Admin sessions kept in the identity store: the cookie names one, every request checks it is still open.

Signing out revokes the session; a password or role change (the user's `tokens_valid_after` moves on)
ends every session opened before it; each session also carries its own CSRF token.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from identity.models import AdminSession, User

SESSION_HOURS = 8
KEEP_DAYS = 30
"""Ended sessions are kept this long after expiry (who signed in from where), then removed at a later sign-in."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands datetimes back naive (they were stored in UTC)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


async def open_session(username: str, *, remote: str = "") -> str:
    """A new session for `username`; returns its id (only its hash is stored)."""
    session_id = secrets.token_urlsafe(32)
    now = _now()
    await AdminSession.filter(expires_at__lt=now - dt.timedelta(days=KEEP_DAYS)).delete()  # the store stays small
    await AdminSession.create(
        id_hash=_hash(session_id),
        username=username,
        remote=remote[:64],
        created_at=now,
        expires_at=now + dt.timedelta(hours=SESSION_HOURS),
    )
    return session_id


async def current_user(session_id: str | None) -> User | None:
    """The active user of an open, unexpired session not outdated by a password or role change; else None."""
    if not session_id:
        return None
    session = await AdminSession.get_or_none(id_hash=_hash(session_id), revoked_at=None)
    if session is None or _aware(session.expires_at) <= _now():
        return None
    user = await User.get_or_none(username=session.username, is_active=True)
    if user is None:
        return None
    valid_after = _aware(user.tokens_valid_after)
    if valid_after is not None and valid_after >= _aware(session.created_at):
        return None
    return user


async def revoke(session_id: str | None) -> None:
    if session_id:
        await AdminSession.filter(id_hash=_hash(session_id), revoked_at=None).update(revoked_at=_now())


def csrf_token() -> str:
    return secrets.token_urlsafe(32)
