"""Sign-in to the admin with the authz users; only holders of admin.access get in."""

from __future__ import annotations

import time

from sqladmin.authentication import AuthenticationBackend
from starlette.requests import Request
from starlette.responses import Response

from admin import audit
from admin import scope as scopes
from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.models import User
from authz.service import authenticate, principal_of
from kernel.errors import DomainError
from kernel.observe import note
from kernel.settings import Settings

SESSION_KEY = "principal"
SESSION_HOURS = 8
NO_ADMIN_ACCESS = "该用户无权进入管理后台"


class AdminAuth(AuthenticationBackend):
    """Password sign-in recorded on the admin channel; the grants travel in a signed session cookie."""

    def __init__(self, settings: Settings, *, base_url: str = "/admin") -> None:
        super().__init__(
            secret_key=settings.session_secret,
            session_cookie="dibao_admin",
            max_age=SESSION_HOURS * 3600,
            path=base_url,
            same_site="lax",
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
        request.session.clear()
        request.session[SESSION_KEY] = {**scopes.session_payload(principal), "since": int(time.time())}
        scopes.remember(request, principal)
        await audit.log(request, action=audit.SIGN_IN, entity="session", after={"remote": remote})
        return True

    async def _refuse(self, request: Request, reason: str) -> Response | bool:
        request.session.clear()
        if self.render_refusal is None:
            return False
        return await self.render_refusal(request, reason)

    async def logout(self, request: Request) -> Response | bool:
        request.session.clear()
        return True

    async def authenticate(self, request: Request) -> Response | bool:
        """The session names the user; its grants are read afresh, so a revoked role or account stops at once."""
        data = request.session.get(SESSION_KEY)
        signed_in = scopes.principal_from_session(data)
        if signed_in is None or time.time() - data.get("since", 0) > SESSION_HOURS * 3600:
            scopes.remember(request, None)
            return False
        principal = scopes.principal_of(request)
        if principal is None or principal.username != signed_in.username:
            principal = await current_principal(signed_in.username)
        if principal is None:
            request.session.clear()
            scopes.remember(request, None)
            return False
        if not get_authorizer().holds(principal, Action.ADMIN_ACCESS):
            request.session.clear()
            scopes.remember(request, None)
            return False
        scopes.remember(request, principal)
        note(user=principal.username)  # the request's log line names the auditor
        return True

    async def get_user_id(self, request: Request):
        principal = scopes.principal_of(request)
        return principal.username if principal else None


async def current_principal(username: str):
    """The user's principal as the identity store has it now; None when gone or disabled."""
    user = await User.get_or_none(username=username, is_active=True)
    return await principal_of(user) if user is not None else None
