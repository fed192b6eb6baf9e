"""The workbench's pages over HTTP: sign-in, forms only from its own pages (CSRF), refusals shown with their code,
and nothing beyond what the signed-in user's token allows."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest

from dibao.seed import DEMO_PASSWORD
from services.households.models import Application, Household

BASE = "http://dibao.test"


@pytest.fixture
async def client(system):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=system), base_url=BASE) as opened:
        yield opened


def csrf(page: httpx.Response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


async def signed_in(client: httpx.AsyncClient, username: str) -> str:
    page = await client.get("/workbench/login")
    response = await client.post(
        "/workbench/login", data={"csrf_token": csrf(page), "username": username, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 303, response.text
    return csrf(await client.get("/workbench/"))


async def test_a_page_needs_a_signed_in_user(client):
    response = await client.get("/workbench/")
    assert response.status_code == 303 and response.headers["location"].startswith(f"{BASE}/workbench/login")


async def test_a_wrong_password_is_shown_with_its_reason(client):
    page = await client.get("/workbench/login")
    response = await client.post(
        "/workbench/login",
        data={"csrf_token": csrf(page), "username": "township.officer", "password": "not-the-password"},
    )
    assert response.status_code == 400
    assert 'id="error"' in response.text and "township.officer" in response.text  # the username is kept
    assert (await client.get("/workbench/")).status_code == 303  # and nobody is signed in


async def test_the_session_cookie_is_strict_and_http_only(client):
    page = await client.get("/workbench/login")
    response = await client.post(
        "/workbench/login", data={"csrf_token": csrf(page), "username": "township.officer", "password": DEMO_PASSWORD}
    )
    cookie = response.headers["set-cookie"].lower()
    assert "dibao_workbench=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert "path=/workbench" in cookie


@pytest.mark.parametrize("how", ["foreign origin", "no token"])
async def test_a_form_posted_from_elsewhere_is_refused_and_changes_nothing(client, how):
    token = await signed_in(client, "township.officer")
    application = await Application.filter(state="SUBMITTED", region_code__startswith="431102").order_by("id").first()
    if application is None:
        household = (
            await Household.filter(region_code__startswith="431102100", status="APPLYING").order_by("id").first()
        )
        application = await Application.create(
            household_id=household.id,
            region_code=household.region_code,
            state="SUBMITTED",
            channel="IN_PERSON",
            submitted_on="2026-11-01",
        )
    data = {"csrf_token": token} if how == "foreign origin" else {}
    headers = {"origin": "https://evil.example"} if how == "foreign origin" else {}
    response = await client.post(
        f"/workbench/households/{application.household_id}/applications/{application.id}/accept",
        data=data,
        headers=headers,
    )
    assert response.status_code == 403 and "CSRF_REFUSED" in response.text
    assert (await Application.get(id=application.id)).state == "SUBMITTED"


async def test_a_refused_step_is_shown_with_its_code_and_field(client):
    token = await signed_in(client, "village.assistant")
    response = await client.post(
        "/workbench/households/new",
        data={
            "csrf_token": token,
            "regionCode": "431102100200",
            "urbanRural": "RURAL",
            "address": "",
            "name0": "错号",
            "idNumber0": "431102197003121030",
            "relation0": "HEAD",
        },
    )
    assert response.status_code == 400
    assert 'data-code="INVALID_ID_CHECKSUM"' in response.text and "身份证" in response.text
    assert "错号" in response.text  # what was typed is kept for correcting


async def test_staff_see_only_their_own_region(client):
    await signed_in(client, "village.assistant")
    foreign = await Household.filter(region_code__startswith="431103").order_by("id").first()
    page = await client.get(f"/workbench/households/{foreign.id}")
    assert page.status_code == 404 and "HOUSEHOLD_NOT_FOUND" in page.text


async def test_signing_out_ends_the_session_for_good(client):
    token = await signed_in(client, "township.officer")
    cookie = client.cookies.get("dibao_workbench")
    response = await client.post("/workbench/logout", data={"csrf_token": token})
    assert response.status_code == 303
    # the old cookie, replayed, no longer works: its tokens were revoked at sign-out
    client.cookies.set("dibao_workbench", cookie, domain="dibao.test", path="/workbench")
    again = await client.get("/workbench/")
    assert again.status_code == 303 and "/workbench/login" in again.headers["location"]


async def test_a_long_worklist_pages_on_with_its_filters_and_counts_every_case(client, monkeypatch):
    # given seven applications in the county, worklist pages of two, and a county approver looking at them all
    households = await Household.filter(region_code__startswith="431102").order_by("-id").limit(7)
    for household in households:
        await Application.create(
            household_id=household.id,
            region_code=household.region_code,
            state="SUBMITTED",
            submitted_on=dt.date.today(),
        )
    monkeypatch.setattr("workbench.views.WORKLIST_PAGE", 2)
    await signed_in(client, "county.approver")
    first = await client.get("/workbench/", params={"scope": "all"})
    ids = lambda page: re.findall(r'data-application="(\d+)"', page.text)  # noqa: E731
    total = int(re.search(r"（共 (\d+) 件", first.text).group(1))
    assert len(ids(first)) == 2 and total >= 7
    # when they follow 下一页 twice
    following = re.search(r'<a href="([^"]+)" id="next-page">下一页</a>', first.text).group(1).replace("&amp;", "&")
    assert following.startswith("/workbench/?") and "scope=all" in following  # the filter stays, the host is not named
    second = await client.get(following)
    third_link = re.search(r'<a href="([^"]+)" id="next-page">', second.text).group(1).replace("&amp;", "&")
    third = await client.get(third_link)
    # then each page holds the next applications, none twice, and the count is the whole list's
    seen = ids(first) + ids(second) + ids(third)
    assert len(seen) == len(set(seen)) == 6 and f"（共 {total} 件" in third.text and 'id="first-page"' in third.text
