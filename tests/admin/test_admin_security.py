"""The admin refuses forged requests and ends sessions for good: CSRF, origin checks, server-side sessions."""

from __future__ import annotations

from authz.enforcer import EVERYWHERE
from authz.principal import Grant, Principal
from dibao.seed import DEMO_PASSWORD
from identity.models import AdminSession, AuditNote, User
from identity.service import create_user, revoke_role
from services.households.models import Household
from tests.admin.client import admin_client
from tests.admin.client import sign_in as admin_sign_in

EVIL = "https://evil.example"
COOKIE = "dibao_admin"


async def _household() -> Household:
    return await Household.filter(region_code__startswith="431102").order_by("id").first()


async def _notes() -> int:
    return await AuditNote.all().count()


async def test_a_note_posted_from_a_foreign_origin_is_refused_and_nothing_is_written(auditor):
    # given a signed-in auditor whose browser visits another site, which posts to the admin (token or not)
    household, before = await _household(), await _notes()
    url = f"/admin/household/notes/{household.id}"
    # when the forged requests arrive
    foreign = await auditor.post(url, data={"text": "伪造"}, headers={"origin": EVIL})
    by_referer = await auditor.post(url, data={"text": "伪造"}, headers={"origin": "", "referer": f"{EVIL}/page"})
    unnamed = await auditor.post(url, data={"text": "伪造"}, headers={"origin": "null"})
    # then each is refused, and no note was written
    for response in (foreign, by_referer, unnamed):
        assert response.status_code == 403 and "CSRF_FOREIGN_ORIGIN" in response.text
    assert await _notes() == before


async def test_a_same_origin_post_without_the_sessions_token_is_refused(auditor):
    household, before = await _household(), await _notes()
    url = f"/admin/household/notes/{household.id}"
    # when a post carries no token, or another session's token
    missing = await auditor.post(url, data={"text": "无令牌"}, headers={"x-csrf-token": ""})
    wrong = await auditor.post(url, data={"text": "错令牌", "csrf_token": "x" * 43}, headers={"x-csrf-token": ""})
    # then both are refused and nothing is written; with the page's token the note goes in
    assert (missing.status_code, wrong.status_code) == (403, 403)
    assert "CSRF_TOKEN_INVALID" in missing.text and await _notes() == before
    page = await auditor.get(f"/admin/household/details/{household.id}")
    assert 'name="csrf_token"' in page.text
    assert (await auditor.post(url, data={"text": "有令牌"})).status_code == 302 and await _notes() == before + 1


async def test_the_sign_in_form_is_guarded_too_and_the_cookie_is_strict(system):
    # given a browser that has read the sign-in page
    client = admin_client(system)
    page = await client.get("/admin/login")
    # when a foreign site posts the sign-in form for it
    forged = await client.post(
        "/admin/login", data={"username": "county.auditor", "password": DEMO_PASSWORD}, headers={"origin": EVIL}
    )
    # then it is refused; the session cookie is SameSite=strict and HttpOnly
    assert forged.status_code == 403 and COOKIE not in forged.headers.get("set-cookie", "")
    cookie = page.headers["set-cookie"].lower()
    assert "samesite=strict" in cookie and "httponly" in cookie and "path=/admin" in cookie
    assert (await admin_sign_in(client, "county.auditor", DEMO_PASSWORD)).status_code == 302


async def test_a_cookie_kept_after_signing_out_opens_nothing(auditor, system):
    # given the auditor's session cookie, copied before signing out
    stolen = auditor.cookies.get(COOKIE)
    assert (await auditor.get("/admin/household/list")).status_code == 200
    # when the auditor signs out and the copy is used again
    assert (await auditor.get("/admin/logout")).status_code == 302
    replay = admin_client(system)
    response = await replay.get("/admin/household/list", cookies={COOKIE: stolen})
    # then it is sent to sign in, and the session is revoked in the store
    assert response.status_code == 302 and "/admin/login" in response.headers["location"]
    assert await AdminSession.filter(username="county.auditor", revoked_at__isnull=False).exists()


async def test_a_password_or_role_change_ends_the_users_admin_sessions(sign_in):
    # given a user with an open admin session
    username = "session.auditor"
    if not await User.exists(username=username):
        await create_user(
            username=username,
            password=DEMO_PASSWORD,
            grants=[("county_auditor", "431102000000"), ("county_auditor", "431103000000")],
        )
    client, response = await sign_in(username)
    assert response.status_code == 302 and (await client.get("/admin/household/list")).status_code == 200
    # when the administrator sets a new password for it through the admin
    admin, _ = await sign_in("admin")
    user = await User.get(username=username)
    form = {
        "username": username,
        "display_name": user.display_name,
        "kind": user.kind,
        "is_active": "y",
        "password": "another-password-1",
        "save": "Save",
    }
    assert (await admin.post(f"/admin/user/edit/{user.id}", data=form)).status_code == 302
    # then the session opened before is refused
    assert (await client.get("/admin/household/list")).status_code == 302
    # and after a new sign-in, taking one of its two roles away ends that session too
    again, response = await sign_in(username, "another-password-1")
    assert (await again.get("/admin/household/list")).status_code == 200
    administrator = Principal(username="admin", grants=frozenset({Grant("system_admin", EVERYWHERE)}))
    await revoke_role(actor=administrator, username=username, role="county_auditor", region_code="431103000000")
    assert (await again.get("/admin/household/list")).status_code == 302
