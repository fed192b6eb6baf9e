"""Sign-in to the admin with the authz users; only holders of admin.access get in.

The signed cookie carries only a session id (and the CSRF token of that session); the session itself lives
in the identity store (`admin.sessions`), so signing out, a password change or a role change ends it at once.
"""

from __future__ import annotations

from sqladmin.authentication import AuthenticationBackend
from starlette.requests import Request
from starlette.responses import Response

from admin import audit, sessions
from admin import scope as scopes
from authz.actions import Action
from authz.enforcer import get_authorizer
from identity.service import authenticate, principal_of
from kernel.errors import DomainError
from kernel.observe import note
from kernel.settings import Settings

SESSION_KEY = "principal"
CSRF_KEY = "csrf"
NO_ADMIN_ACCESS = "该用户无权进入管理后台"


class AdminAuth(AuthenticationBackend):
    """Password sign-in recorded on the admin channel; a server-side session named by a signed, strict cookie."""

    def __init__(self, settings: Settings, *, base_url: str = "/admin") -> None:
        super().__init__(
            secret_key=settings.session_secret,
            session_cookie="dibao_admin",
            max_age=sessions.SESSION_HOURS * 3600,
            path=base_url,
            same_site="strict",
            https_only=settings.production,
        )
        self.render_refusal = None

    async def login(self, request: Request) -> Response | bool:
        form = await request.form()
        username = str(form.get("username", "")).strip()
        password = str(form.get("password", ""))
        remote = request.client.host if request.client else ""
        try:
            principal = await authenticate(username=username, password=password, remote=remote, channel="admin")
        except DomainError as error:
            return await self._refuse(request, error.message_zh)
        if not get_authorizer().holds(principal, Action.ADMIN_ACCESS):
            return await self._refuse(request, NO_ADMIN_ACCESS)
        session_id = await sessions.open_session(principal.username, remote=remote)
        request.session.clear()
        request.session[SESSION_KEY] = {**scopes.session_payload(principal), "sid": session_id}
        request.session[CSRF_KEY] = sessions.csrf_token()  # a new token with the new session (no fixation)
        scopes.remember(request, principal)
        await audit.log(request, action=audit.SIGN_IN, entity="session", after={"remote": remote})
        return True

    async def _refuse(self, request: Request, reason: str) -> Response | bool:
        request.session.pop(SESSION_KEY, None)
        if self.render_refusal is None:
            return False
        return await self.render_refusal(request, reason)

    async def logout(self, request: Request) -> Response | bool:
        """The session is revoked in the store: a copy of the cookie kept elsewhere opens nothing."""
        await sessions.revoke((request.session.get(SESSION_KEY) or {}).get("sid"))
        request.session.clear()
        return True

    async def authenticate(self, request: Request) -> Response | bool:
        """The session must still be open in the store; its user's grants are read afresh on every request."""
        signed_in = scopes.principal_from_session(request.session.get(SESSION_KEY))
        known = scopes.principal_of(request)
        if signed_in is not None and known is not None and known.username == signed_in.username:
            return True  # checked already during this request
        user = await sessions.current_user(request.session[SESSION_KEY].get("sid")) if signed_in else None
        principal = await principal_of(user) if user is not None and user.username == signed_in.username else None
        if principal is None or not get_authorizer().holds(principal, Action.ADMIN_ACCESS):
            request.session.pop(SESSION_KEY, None)
            scopes.remember(request, None)
            return False
        scopes.remember(request, principal)
        note(user=principal.username)  # the request's log line names the auditor
        return True

    async def get_user_id(self, request: Request):
        principal = scopes.principal_of(request)
        return principal.username if principal else None
