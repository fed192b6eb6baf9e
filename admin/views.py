"""One sqladmin view per Tortoise model, generated from the model's metadata and scoped to the viewer."""

from __future__ import annotations

import re
from typing import Any

from sqladmin import ModelView
from sqladmin.authorization import Action as ViewAction
from sqladmin.helpers import slugify_class_name
from sqladmin.pagination import Pagination
from sqlalchemy import BigInteger, Integer, Select, String, cast, false, func, or_, select
from sqlalchemy.orm.attributes import set_committed_value
from starlette.requests import Request

from admin import audit, related, shown, users
from admin import scope as scopes
from admin.tables import Entity
from authz.actions import Action
from authz.enforcer import EVERYWHERE
from authz.masking import Sensitive, hides, revealing_action, reveals
from authz.masking import shown as shown_to
from authz.scope import Scope
from kernel.error_codes import CommonErrorCode
from kernel.errors import Forbidden
from kernel.values import RegionCode

READS = {str(ViewAction.LIST.value), str(ViewAction.DETAILS.value), str(ViewAction.EXPORT.value)}
WRITES = {str(ViewAction.CREATE.value), str(ViewAction.EDIT.value), str(ViewAction.DELETE.value)}
ID_SUFFIX = re.compile(r"^[0-9Xx]{4,18}$")
INLINE_ROWS = 10
"""Related records shown on a record's page; more are one click away in their own list."""
MASK_KEEPS = 4
"""The masked form shows the last four characters, so a four-character suffix search reveals nothing more."""


class ScopedModelView(ModelView):
    """Rows limited to the viewer's regions, writes to holders of admin.write, sensitive columns masked."""

    entity: Entity
    read_action: Action
    region_attribute: str | None = None
    region_entity: Entity | None = None
    readings: dict[str, shown.Reading] = {}
    sensitive: dict[str, Sensitive] = {}
    personal: bool = False
    reference_params: tuple[str, ...] = ()
    children: tuple[related.Reference, ...] = ()
    named_by: related.Reference | None = None
    incoming: tuple[related.Reference, ...] = ()
    page_size = 25
    can_import = False
    list_template = "dibao/list.html"
    details_template = "dibao/details.html"

    # --- who may see what -------------------------------------------------------------------
    @classmethod
    def read_scope(cls, request: Request) -> Scope:
        allowed = scopes.scope(request, Action.ADMIN_ACCESS).intersect(scopes.scope(request, cls.read_action))
        if cls.region_attribute is None and not allowed.everything:
            return Scope.of([])
        return allowed

    def write_scope(self, request: Request) -> Scope:
        return self.read_scope(request).intersect(scopes.scope(request, Action.ADMIN_WRITE))

    def _region_of(self, obj: Any) -> str | None:
        return getattr(obj, self.region_attribute, None) if self.region_attribute else None

    def _unmasked(self, request: Request, obj: Any) -> bool:
        """May the viewer see every sensitive column of this row in full?"""
        return all(
            reveals(scopes.scope(request, revealing_action(kind)), self._region_of(obj))
            for kind in self.sensitive.values()
        )

    def is_accessible(self, request: Request) -> bool:
        """Shown and reachable when any action is allowed; remembered for this request only."""
        memo = scopes.memo(request)
        key = ("accessible", self.identity)
        if key not in memo:
            memo[key] = any(self.has_permission(request, action) for action in self._authorization_actions())
        return memo[key]

    def has_permission(self, request: Request, action: str, obj: Any | None = None) -> bool:
        if scopes.principal_of(request) is None:
            return False
        action = str(getattr(action, "value", action))
        if action in READS:
            allowed = self.read_scope(request)
        elif action in WRITES:
            allowed = self.write_scope(request)
            if action == ViewAction.EDIT and obj is not None and not self._unmasked(request, obj):
                return False
        else:
            return False
        if obj is None:
            return not allowed.empty
        return allowed.admits(self._region_of(obj))

    # --- the one row filter, on every query ---------------------------------------------------
    @classmethod
    def scoped(cls, stmt: Select, request: Request) -> Select:
        column = getattr(cls.model, cls.region_attribute) if cls.region_attribute else None
        allowed = cls.read_scope(request)
        if column is None:
            return stmt.where(false()) if not allowed.everything else stmt
        return stmt.where(allowed.clause(column))

    def list_query(self, request: Request) -> Select:
        """Scoped rows, narrowed to one related record when the URL names it (`?household_id=12`)."""
        stmt = self.scoped(select(self.model), request)
        for name in self.reference_params:
            value = request.query_params.get(name)
            if value:
                stmt = stmt.where(getattr(self.model, name) == _as_id(getattr(self.model, name), value))
        return stmt

    def count_query(self, request: Request) -> Select:
        return self.scoped(select(func.count(self.pk_columns[0])).select_from(self.model), request)

    def form_details_query(self, request: Request) -> Select:
        return self.scoped(super().form_details_query(request), request)

    def form_edit_query(self, request: Request) -> Select:
        return self.scoped(super().form_edit_query(request), request)

    # --- search, filters, sorting: one statement for the list, its count and the export ------
    def search_placeholder(self) -> str:
        """Say what can be typed: the searchable columns, members' names, ID-number suffixes, place names."""
        words = [self._column_labels.get(name, name) for name in self._search_fields if name not in self.sensitive]
        words += ["成员姓名"] if self.children else []
        words += ["身份证号后4位"] if any(not hides(kind) for kind in self.sensitive.values()) else []
        words += ["区划名称"] if self.region_entity is not None and self.region_attribute else []
        return "、".join(words)

    def search_query(self, stmt: Select, term: str) -> Select:
        return self._search(stmt, term, region_codes=(), full_suffix=False)

    def _search(self, stmt: Select, term: str, *, region_codes, full_suffix: bool) -> Select:
        """Names and codes by part, a region by code prefix or name, ID numbers by suffix, members' names too."""
        term = term.strip()
        if not term:
            return stmt
        model, expressions = self.model, []
        for name in self._search_fields:
            column = getattr(model, name)
            if name in self.sensitive:
                if not hides(self.sensitive[name]):
                    expressions.append(_suffix(column, term, full_suffix))
            elif name == self.region_attribute:
                expressions.append(column.startswith(term))
            else:
                expressions.append(cast(column, String).ilike(f"%{term}%"))
        if self.region_attribute and region_codes:
            expressions.append(getattr(model, self.region_attribute).in_(region_codes))
        pk = self.pk_columns[0]
        if term.isdigit() and isinstance(pk.type, (Integer, BigInteger)) and len(term) < 19:
            expressions.append(pk == int(term))
        for child in self.children:
            source = child.source.mapped
            names = [getattr(source, s.attribute) for s in child.source.columns if s.attribute.endswith("name")]
            matches = [cast(column, String).ilike(f"%{term}%") for column in names]
            matches += [
                _suffix(getattr(source, name), term, full_suffix)
                for name, kind in scopes.sensitive_columns(child.source).items()
                if not hides(kind)
            ]
            expressions.append(pk.in_(select(getattr(source, child.column)).where(or_(false(), *matches))))
        return stmt.where(or_(false(), *expressions))

    async def filtered_query(self, request: Request) -> Select:
        """The list as the viewer sees it: scope, related record, filters, search and sort."""
        stmt = self.list_query(request)
        for filter_ in self.get_filters():
            stmt = await filter_.apply(stmt, request, self.model)
        term = request.query_params.get("search", "").strip()
        if term:
            stmt = self._search(
                stmt,
                term,
                region_codes=await self._regions_named(term),
                full_suffix=self._sensitive_everywhere(request),
            )
        return self.sort_query(stmt, request)

    async def _regions_named(self, term: str) -> list[str]:
        if self.region_entity is None or self.region_attribute is None or term.isdigit():
            return []
        region = self.region_entity.mapped
        rows = await self._run_arbitrary_query(select(region.code).where(region.name.contains(term)).limit(500))
        return [row[0] for row in rows]

    def _sensitive_everywhere(self, request: Request) -> bool:
        """Every row the viewer may list is unmasked for it, so any suffix of an ID number may be searched."""
        allowed = self.read_scope(request)
        return all(
            allowed.intersect(scopes.scope(request, revealing_action(kind))) == allowed
            for kind in self.sensitive.values()
        )

    async def list(self, request: Request) -> Pagination:
        page = self.validate_page_number(request.query_params.get("page"), 1)
        size = min(
            self.validate_page_number(request.query_params.get("pageSize"), self.page_size), max(self.page_size_options)
        )
        stmt = await self.filtered_query(request)
        count = (
            await self._run_query(
                select(func.count()).select_from(stmt.order_by(None).with_only_columns(self.pk_columns[0]).subquery())
            )
        )[0]
        page = min(max(page, 1), Pagination.max_page(count, size))
        rows = await self._run_query(stmt.limit(size).offset((page - 1) * size))
        await self._prepare(request, rows)
        return Pagination(rows=rows, page=page, page_size=size, count=count)

    # --- what is shown of a row ------------------------------------------------------------
    async def _prepare(self, request: Request, rows: list) -> list:
        """Mask what the viewer may not read in full and learn the region names the page shows."""
        if self.region_attribute:
            await related.load_region_names(
                self.region_entity, {self._region_of(row) for row in rows}, self._run_arbitrary_query
            )
        if self.named_by is not None:
            await related.load_representatives(self.named_by, rows, self.entity.pk.attribute, self._run_arbitrary_query)
        return self.mask(request, rows)

    def mask(self, request: Request, rows: list) -> list:
        """Each sensitive column as authz's masking table shows it to this viewer in the row's region."""
        for row in rows:
            for name, kind in self.sensitive.items():
                value = getattr(row, name, None)
                if value is not None:
                    set_committed_value(
                        row,
                        name,
                        shown_to(scopes.scope(request, revealing_action(kind)), kind, self._region_of(row), value),
                    )
        return rows

    async def get_object_for_details(self, request: Request) -> Any:
        obj = await super().get_object_for_details(request)
        if obj is None:
            return None
        await self._prepare(request, [obj])
        viewed = ("viewed", self.identity, request.path_params.get("pk"))
        if self.personal and viewed not in scopes.memo(request):
            scopes.memo(request)[viewed] = True
            await audit.log(
                request,
                action=audit.VIEW_PERSONAL,
                entity=self.identity,
                entity_id=request.path_params.get("pk"),
                region_code=self._region_of(obj) or "",
            )
        return obj

    async def get_model_objects(self, request: Request, limit: int | None = 0) -> list:
        """Exports stream their own rows (admin.exports); nothing is loaded here."""
        return []

    async def export_data(self, data: list, export_type: str = "csv", request: Request | None = None):
        from admin.exports import export

        return await export(self, request, export_type)

    async def details_context(self, request: Request) -> dict[str, Any]:
        """The records of this and other services that point at this one, shown inline (a household's members,
        accounts, payments, findings and case file), and the audit notes on it."""
        pk = request.path_params.get("pk")
        sections, empty = [], []
        for reference in self.incoming:
            view = self._admin_ref._find_model_view(reference.source_identity)
            if not view.is_accessible(request):
                continue
            section = await view.inline_section(request, reference.column, pk)
            (sections if section["rows"] else empty).append(section)
        notes_allowed = (
            scopes.principal_of(request) is not None and not scopes.scope(request, Action.AUDIT_NOTE_WRITE).empty
        )
        return {
            "related_sections": sections,
            "related_empty": empty,
            "notes": await audit.notes_on(self.identity, str(pk)),
            "can_note": notes_allowed,
        }

    async def inline_section(self, request: Request, column_name: str, pk: Any) -> dict[str, Any]:
        """Up to INLINE_ROWS of this view's rows whose `column_name` holds `pk`, as the list shows them, newest first."""
        column = getattr(self.model, column_name)
        stmt = self.list_query(request).where(column == _as_id(column, pk))
        rows = await self._run_query(stmt.order_by(self.pk_columns[0].desc()).limit(INLINE_ROWS + 1))
        count = len(rows)
        if count > INLINE_ROWS:
            count = (await self._run_arbitrary_query(stmt.with_only_columns(func.count()).order_by(None)))[0][0]
            rows = rows[:INLINE_ROWS]
        await self._prepare(request, rows)
        names = [name for name in self._list_prop_names if name != column_name]
        cells = [[(await self.get_list_value(row, name, request))[1] for name in names] for row in rows]
        url = request.url_for("admin:list", identity=self.identity).include_query_params(**{column_name: pk})
        return {
            "label": self.name,
            "identity": self.identity,
            "count": count,
            "url": url,
            "headers": [self._column_labels.get(name, name) for name in names],
            "rows": [
                {"url": self._build_url_for("admin:details", request, row), "cells": row_cells}
                for row, row_cells in zip(rows, cells, strict=True)
            ],
        }

    # --- writes (the system administrator's user management) --------------------------------
    async def scaffold_form(self, rules: list[str] | None = None):
        return users.extend_form(await super().scaffold_form(rules), self.entity)

    async def on_model_change(self, data: dict, model: Any, is_created: bool, request: Request) -> None:
        """A row may only be written, and only moved, within the writer's regions."""
        await users.prepare_change(self.entity, data, is_created)
        if not is_created and users.is_grant(self.entity):
            scopes.memo(request)["grant holder"] = getattr(model, users.GRANT_HOLDER)
        if self.region_attribute is None:
            return
        allowed = self.write_scope(request)
        wanted = data.get(self.region_attribute)
        if wanted and wanted != EVERYWHERE:
            RegionCode.parse(wanted, field=self.region_attribute)
        regions = [wanted] + ([] if is_created else [self._region_of(model)])
        if not all(allowed.admits(region) for region in regions):
            raise Forbidden(
                "the region lies outside your jurisdiction", "区划超出您的管辖范围", code=CommonErrorCode.FORBIDDEN
            )

    async def after_model_change(self, data: dict, model: Any, is_created: bool, request: Request) -> None:
        """A grant or password changed here takes effect at once, as `revokeRole` does: the holder's tokens and
        admin sessions stop working."""
        if not is_created and users.is_grant(self.entity):
            await users.withdraw_tokens({scopes.memo(request).get("grant holder"), getattr(model, users.GRANT_HOLDER)})
        if not is_created and users.PASSWORD_COLUMN in data:
            await users.withdraw_tokens({model.id})

    async def after_model_delete(self, model: Any, request: Request) -> None:
        if users.is_grant(self.entity):
            await users.withdraw_tokens({getattr(model, users.GRANT_HOLDER)})


def _as_id(column, value: str) -> Any:
    """An id from the URL as the column's type; a malformed one matches nothing rather than failing."""
    if isinstance(column.type, (Integer, BigInteger)):
        return int(value) if str(value).isdigit() else -1
    return value


def _suffix(column, term: str, full_suffix: bool):
    """ID or account numbers ending with the term: any suffix for those who read them in full, else four."""
    term = term.upper()
    if not ID_SUFFIX.match(term):
        return false()
    if full_suffix or len(term) <= MASK_KEEPS:
        return column.endswith(term)
    return column == term


__all__ = ["ScopedModelView", "slugify_class_name"]
