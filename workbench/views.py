"""The staff workbench — 工作台: the pages village, township and county staff work a case through, server-rendered over
the public GraphQL API with the signed-in user's own token (workbench.api), so a page can never do or show more than
the API allows that user."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from kernel.enums import Relation
from kernel.error_codes import CommonErrorCode
from kernel.labels import (
    APPLICATION_STATE,
    ASSET_SEEN,
    HOUSEHOLD_STATUS,
    HOUSING_CONDITION,
    HOUSING_TYPE,
    INCOME_CATEGORY,
    RELATION,
    SEX,
    TREATMENT,
    VISIT_KIND,
    action_label,
)
from kernel.values import SHANGHAI
from workbench import operations as ops
from workbench import session
from workbench.api import Api, ApiError, SignedOut
from workbench.error_codes import WorkbenchErrorCode

WORKLIST_PAGE = 50
"""Applications per worklist page; the rest are a 下一页 away."""


def _relative(url) -> str:
    """A link to this site's own page by path and query, whatever host the request came through."""
    return f"{url.path}?{url.query}" if url.query else url.path


TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
TEMPLATES.env.globals.update(
    state_label=APPLICATION_STATE.label,
    status_label=HOUSEHOLD_STATUS.label,
    relation_label=RELATION.label,
    sex_label=SEX.label,
    category_label=INCOME_CATEGORY.label,
    treatment_label=TREATMENT.label,
    action_label=action_label,
    visit_kind_label=VISIT_KIND.label,
    housing_label=HOUSING_TYPE.label,
    condition_label=HOUSING_CONDITION.label,
    asset_label=ASSET_SEEN.label,
    steps=ops.STEPS,
    field_labels=ops.FIELD_LABELS,
    housing_types=HOUSING_TYPE.terms,
    housing_conditions=HOUSING_CONDITION.terms,
    relations={code.value: RELATION.label(code.value) for code in Relation},
    categories=INCOME_CATEGORY.terms,
    csrf_field=session.CSRF_FIELD,
)


def member_name(household: dict, person_id: str) -> str:
    """A member's name on the household's page, by id (the id itself if the member is gone)."""
    return next((m["name"] for m in household.get("members", []) if m["id"] == person_id), person_id)


TEMPLATES.env.globals.update(member_name=member_name)
MEMBER_ROWS = 6
"""Member rows on the registration form; a household with more adds them on its page afterwards."""


def _today() -> str:
    return dt.datetime.now(SHANGHAI).date().isoformat()


class Workbench:
    """The workbench's endpoints, bound to the API of the app they are mounted in."""

    def __init__(self, api: Api) -> None:
        self.api = api

    def page(self, request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> Response:
        context = {
            "username": request.session.get("username"),
            "csrf": session.csrf_token(request),
            "today": _today(),
            **context,
        }
        response = TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)
        response.headers["cache-control"] = "no-store"
        return response

    async def query(self, request: Request, document: str, variables: dict[str, Any] | None = None) -> dict:
        return await session.call(
            self.api, request, lambda access: self.api.graphql(request, access, document, variables)
        )

    def refused(self, request: Request) -> Response:
        return self.page(
            request,
            "error.html",
            {"message": "请求来源不符或页面已过期，请返回刷新后重试。", "code": WorkbenchErrorCode.CSRF_REFUSED},
            status_code=403,
        )

    # --- sign in and out ---------------------------------------------------------------------
    async def login(self, request: Request) -> Response:
        context = {"next": request.query_params.get("next", "")}
        if request.method == "GET":
            return self.page(request, "login.html", context)
        form = await session.checked_form(request)
        if form is None:
            return self.refused(request)
        username = str(form.get("username", "")).strip()
        try:
            tokens = await self.api.token(
                request, {"grant_type": "password", "username": username, "password": str(form.get("password", ""))}
            )
        except ApiError as error:
            return self.page(
                request, "login.html", {**context, "error": error, "username_value": username}, status_code=400
            )
        session.start(request, username, tokens)
        target = str(form.get("next") or "")
        return RedirectResponse(
            target if target.startswith("/workbench") else request.url_for("workbench:home"), status_code=303
        )

    async def logout(self, request: Request) -> Response:
        form = await session.checked_form(request)
        if form is None:
            return self.refused(request)
        if session.signed_in(request):
            await self.api.logout(request, request.session["access"], request.session.get("refresh", ""))
        request.session.clear()
        return RedirectResponse(request.url_for("workbench:login"), status_code=303)

    # --- the worklist ------------------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        params = request.query_params
        mine = params.get("scope", "mine") == "mine"
        overdue = {"yes": True, "no": False}.get(params.get("overdue", ""))
        variables = {
            "first": WORKLIST_PAGE,
            "after": params.get("after") or None,
            "state": params.get("state") or None,
            "overdue": overdue,
            "mine": mine,
            "region": params.get("region") or None,
        }
        data = await self.query(request, ops.WORKLIST, variables)
        listed = data["applications"]
        rows = listed["nodes"]
        following = None
        if listed["pageInfo"]["hasNextPage"]:  # the next page keeps the filters and carries the list's own cursor
            following = _relative(request.url.include_query_params(after=listed["pageInfo"]["endCursor"]))
        return self.page(
            request,
            "worklist.html",
            {
                "applications": rows,
                "total": listed["totalCount"],
                "next_page": following,
                "first_page": _relative(request.url.remove_query_params("after")) if params.get("after") else None,
                "mine": mine,
                "filters": params,
                "states": APPLICATION_STATE.terms,
                "overdue_count": sum(1 for row in rows if row["overdue"]),
            },
        )

    # --- a case ------------------------------------------------------------------------------
    async def household(self, request: Request, error: ApiError | None = None, status_code: int = 200) -> Response:
        household_id = request.path_params["household_id"]
        try:
            household = (await self.query(request, ops.HOUSEHOLD, {"id": household_id}))["household"]
        except SignedOut:
            raise
        except ApiError as refusal:
            return self.page(
                request,
                "error.html",
                {"message": refusal.message, "code": refusal.code},
                status_code=404 if refusal.code.endswith("NOT_FOUND") else 400,
            )
        open_applications = [a for a in household["applications"] if a["nextActions"]]
        return self.page(
            request,
            "household.html",
            {
                "household": household,
                "error": error,
                "open_applications": open_applications,
                "may_submit": not any(
                    a["state"] not in ("APPROVED", "REJECTED", "TERMINATED", "RETURNED")
                    for a in household["applications"]
                )
                and household["status"] in ("APPLYING", "REJECTED", "STOPPED"),
            },
            status_code=status_code,
        )

    async def _on_household(self, request: Request, operation) -> Response:
        """A form posted from a case page: `operation(form)` names the GraphQL document and its variables; a refusal
        shows the case page again with the API's reason, success goes back to it."""
        form = await session.checked_form(request)
        if form is None:
            return self.refused(request)
        try:
            await self.query(request, *operation(form))
        except SignedOut:
            raise
        except ApiError as error:
            return await self.household(request, error=error, status_code=400)
        return RedirectResponse(
            request.url_for("workbench:household", household_id=request.path_params["household_id"]), status_code=303
        )

    async def take_step(self, request: Request) -> Response:
        step_name = request.path_params["step"]
        application = request.path_params["application_id"]

        def operation(form: dict[str, Any]) -> tuple[str, dict[str, Any]]:
            if step_name == "extend":
                return ops.EXTEND, {
                    "a": application,
                    "days": _integer(form.get("workingDays"), "workingDays"),
                    "reason": str(form.get("reason", "")),
                    "on": form.get("on") or None,
                }
            step = ops.STEPS.get(step_name)
            if step is None:
                raise ApiError(f"没有“{step_name}”这一步", code=WorkbenchErrorCode.UNKNOWN_STEP, field="step")
            return ops.mutation_of(step), {"a": application, "i": ops.step_input(step, form)}

        return await self._on_household(request, operation)

    async def submit(self, request: Request) -> Response:
        return await self._on_household(
            request, lambda form: (ops.SUBMIT, {"h": request.path_params["household_id"], "on": form.get("on") or None})
        )

    async def income(self, request: Request) -> Response:
        return await self._on_household(
            request,
            lambda form: (
                ops.RECORD_INCOME,
                {
                    "h": request.path_params["household_id"],
                    "category": str(form.get("category", "")),
                    "amount": str(form.get("monthlyAmount", "")).strip(),
                    "person": form.get("personId") or None,
                },
            ),
        )

    # --- registering a household ---------------------------------------------------------------
    async def register(self, request: Request) -> Response:
        context: dict[str, Any] = {"rows": range(MEMBER_ROWS), "values": {}}
        if request.method == "GET":
            return self.page(request, "register.html", context)
        form = await session.checked_form(request)
        if form is None:
            return self.refused(request)
        members = [
            {
                "name": str(form.get(f"name{i}", "")).strip(),
                "idNumber": str(form.get(f"idNumber{i}", "")).strip(),
                "relation": str(form.get(f"relation{i}", "")),
            }
            for i in range(MEMBER_ROWS)
        ]
        members = [member for member in members if member["name"] or member["idNumber"]]
        variables = {
            "input": {
                "regionCode": str(form.get("regionCode", "")).strip(),
                "urbanRural": str(form.get("urbanRural", "RURAL")),
                "address": str(form.get("address", "")).strip(),
                "members": members,
            }
        }
        try:
            data = await self.query(request, ops.REGISTER, variables)
        except ApiError as error:
            return self.page(request, "register.html", {**context, "error": error, "values": form}, status_code=400)
        return RedirectResponse(
            request.url_for("workbench:household", household_id=data["registerHousehold"]["id"]), status_code=303
        )

    # --- the notices to print -------------------------------------------------------------------
    async def notices(self, request: Request) -> Response:
        village = request.query_params.get("village", "").strip()
        period = request.query_params.get("period", "").strip() or _today()[:7]
        context: dict[str, Any] = {"village": village, "period": period, "under_notice": [], "published": []}
        if village:
            try:
                under = await self.query(request, ops.UNDER_NOTICE, {"village": village})
                published = await self.query(request, ops.PUBLIC_LIST, {"village": village, "period": period})
            except SignedOut:
                raise
            except ApiError as error:
                return self.page(request, "notices.html", {**context, "error": error}, status_code=400)
            context["under_notice"] = [*under["applications"]["nodes"], *under["second"]["nodes"]]
            context["published"] = published["publicNotice"]
            context["village_name"] = await self._place_name(request, village)
        return self.page(request, "notices.html", context)

    async def _place_name(self, request: Request, code: str) -> str:
        if len(code) != 12 or not code.isdigit():
            return ""
        data = await self.query(request, ops.REGIONS, {"parent": code[:9] + "000"})
        return next((region["name"] for region in data["regions"] if region["code"] == code), "")


def _integer(value: Any, field: str) -> int:
    try:
        return int(str(value).strip())
    except ValueError as error:
        raise ApiError("请填写整数", code=CommonErrorCode.BAD_USER_INPUT, field=field) from error


def money(value: Any) -> str:
    try:
        return f"¥{Decimal(str(value)):,.2f}"
    except (InvalidOperation, ValueError):
        return str(value)


TEMPLATES.env.filters["money"] = money
