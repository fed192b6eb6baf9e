"""One sqladmin view per Tortoise model, generated from the model's metadata and scoped to the viewer."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from markupsafe import Markup
from sqladmin import ModelView
from sqladmin.authorization import Action as ViewAction
from sqladmin.formatters import BASE_FORMATTERS
from sqladmin.helpers import slugify_class_name
from sqlalchemy import Select, String, cast, false, func, or_, select
from sqlalchemy.orm.attributes import set_committed_value
from starlette.requests import Request
from tortoise import fields

from admin import scope as scopes
from admin.labels import category
from admin.tables import ColumnSpec, Entity
from authz.actions import Action
from authz.enforcer import EVERYWHERE
from authz.scope import Scope
from kernel.errors import Forbidden
from kernel.values import SHANGHAI, RegionCode

LIST_LIMIT = 8
SECRET_WORDS = ("password", "secret", "token")
NAME_WORDS = ("name", "username")
SEARCH_SUFFIXES = ("name", "code", "number")
READS = {str(ViewAction.LIST.value), str(ViewAction.DETAILS.value), str(ViewAction.EXPORT.value)}
WRITES = {str(ViewAction.CREATE.value), str(ViewAction.EDIT.value), str(ViewAction.DELETE.value)}


def format_date(value: dt.date) -> str:
    return value.isoformat()


def format_datetime(value: dt.datetime) -> str:
    """Beijing time, to the second."""
    if value.tzinfo is not None:
        value = value.astimezone(SHANGHAI)
    return value.strftime("%Y-%m-%d %H:%M:%S")


def format_money(value: Decimal) -> str:
    return f"¥{value:,.2f}"


def format_json(value: Any) -> Markup:
    return Markup("<code>{}</code>").format(json.dumps(value, ensure_ascii=False, default=str))


TYPE_FORMATTERS = {
    **BASE_FORMATTERS,
    dt.date: format_date,
    dt.datetime: format_datetime,
    dict: format_json,
    list: format_json,
}


def is_secret(spec: ColumnSpec) -> bool:
    return any(word in spec.attribute.lower() for word in SECRET_WORDS)


def is_money(spec: ColumnSpec) -> bool:
    return isinstance(spec.data, fields.DecimalField) and spec.data.decimal_places == 2


def is_long(spec: ColumnSpec) -> bool:
    return isinstance(spec.data, (fields.JSONField, fields.TextField, fields.BinaryField)) or (
        getattr(spec.data, "max_length", 0) or 0
    ) > 120


def _tier(spec: ColumnSpec, entity: Entity) -> int:
    """How much a column deserves a place in the list: 0 first, higher later."""
    name, data = spec.attribute, spec.data
    if spec.field.pk:
        return 0
    if name.endswith(NAME_WORDS) or spec is entity.region or spec.references:
        return 1
    if isinstance(data, (fields.DecimalField, fields.BooleanField)) or name in ("status", "period"):
        return 2
    if isinstance(data, fields.CharField) and (data.max_length or 0) <= 16:
        return 2
    if isinstance(data, (fields.DateField, fields.DatetimeField)):
        return 3
    return 4


def list_columns(entity: Entity) -> list[str]:
    """Up to eight short, telling columns, in declaration order."""
    candidates = [spec for spec in entity.columns if not is_secret(spec) and not is_long(spec)]
    order = {spec.attribute: index for index, spec in enumerate(entity.columns)}
    chosen = sorted(candidates, key=lambda spec: (_tier(spec, entity), order[spec.attribute]))[:LIST_LIMIT]
    return sorted((spec.attribute for spec in chosen), key=order.__getitem__)


def searchable_columns(entity: Entity) -> list[str]:
    """Names, codes and numbers that people type in to find a record."""
    return [
        spec.attribute
        for spec in entity.columns
        if isinstance(spec.data, fields.CharField)
        and not is_secret(spec)
        and (spec.attribute.endswith(SEARCH_SUFFIXES) or spec.attribute in ("username", "period"))
    ]


class ScopedModelView(ModelView):
    """Rows limited to the viewer's regions, writes to holders of admin.write, sensitive columns masked."""

    entity: Entity
    read_action: Action
    region_attribute: str | None = None
    sensitive: dict[str, tuple[Action, Any]] = {}
    exact_search: tuple[str, ...] = ()
    page_size = 25
    can_import = False

    def read_scope(self, request: Request) -> Scope:
        allowed = scopes.intersect(scopes.scope(request, Action.ADMIN_ACCESS), scopes.scope(request, self.read_action))
        if self.region_attribute is None and not allowed.everything:
            return Scope.of([])
        return allowed

    def write_scope(self, request: Request) -> Scope:
        return scopes.intersect(self.read_scope(request), scopes.scope(request, Action.ADMIN_WRITE))

    def _region_of(self, obj: Any) -> str | None:
        return getattr(obj, self.region_attribute, None) if self.region_attribute else None

    def _unmasked(self, request: Request, obj: Any) -> bool:
        """May the viewer see every sensitive column of this row in full?"""
        return all(
            scopes.covers(scopes.scope(request, action), self._region_of(obj)) for action, _ in self.sensitive.values()
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
        return scopes.covers(allowed, self._region_of(obj))

    def _where(self, stmt: Select, request: Request) -> Select:
        column = getattr(self.model, self.region_attribute) if self.region_attribute else None
        allowed = self.read_scope(request)
        if column is None:
            return stmt.where(false()) if not allowed.everything else stmt
        return stmt.where(scopes.region_clause(column, allowed))

    def list_query(self, request: Request) -> Select:
        return self._where(select(self.model), request)

    def count_query(self, request: Request) -> Select:
        return self._where(select(func.count(self.pk_columns[0])).select_from(self.model), request)

    def form_details_query(self, request: Request) -> Select:
        return self._where(super().form_details_query(request), request)

    def form_edit_query(self, request: Request) -> Select:
        return self._where(super().form_edit_query(request), request)

    def search_query(self, stmt: Select, term: str) -> Select:
        """Partial matches on names and codes; sensitive numbers only when typed in full."""
        term = term.strip()
        expressions = [
            getattr(self.model, name) == term
            if name in self.exact_search
            else cast(getattr(self.model, name), String).ilike(f"%{term}%")
            for name in self._search_fields
        ]
        return stmt.filter(or_(false(), *expressions))

    def _mask(self, request: Request, rows: list) -> list:
        for row in rows:
            for name, (action, mask) in self.sensitive.items():
                value = getattr(row, name, None)
                if value and not scopes.covers(scopes.scope(request, action), self._region_of(row)):
                    set_committed_value(row, name, mask(value))
        return rows

    async def list(self, request: Request):
        pagination = await super().list(request)
        self._mask(request, pagination.rows)
        return pagination

    async def get_object_for_details(self, request: Request) -> Any:
        obj = await super().get_object_for_details(request)
        return self._mask(request, [obj])[0] if obj is not None else None

    async def get_model_objects(self, request: Request, limit: int | None = 0) -> list:
        return self._mask(request, await super().get_model_objects(request, limit))

    async def on_model_change(self, data: dict, model: Any, is_created: bool, request: Request) -> None:
        """A row may only be written, and only moved, within the writer's regions."""
        if self.region_attribute is None:
            return
        allowed = self.write_scope(request)
        wanted = data.get(self.region_attribute)
        if wanted and wanted != EVERYWHERE:
            RegionCode.parse(wanted, field=self.region_attribute)
        regions = [wanted] + ([] if is_created else [self._region_of(model)])
        if not all(scopes.covers(allowed, region) for region in regions):
            raise Forbidden("the region lies outside your jurisdiction", "区划超出您的管辖范围", code="FORBIDDEN")


def _link_formatter(identity: str):
    def formatter(model: Any, attribute: str, request: Request | None = None) -> Any:
        value = getattr(model, attribute, None)
        if value is None:
            return ""
        if request is None:
            return value
        url = request.url_for("admin:details", identity=identity, pk=str(value))
        return Markup('<a href="{}">{}</a>').format(url, value)

    return formatter


def _money_formatter(model: Any, attribute: str) -> str:
    value = getattr(model, attribute, None)
    return "" if value is None else format_money(value)


def _targets(entity: Entity, entities: list[Entity]) -> dict[str, str]:
    """Columns that point at another model's record, with that model's view identity."""
    by_table = {other.table.name: other for other in entities}
    by_model = {f"{other.app}.{other.model.__name__}": other for other in entities}
    found = {}
    for spec in entity.columns:
        target = by_model.get(spec.references or "")
        if target is None and spec.attribute.endswith("_id") and not spec.field.pk:
            target = by_table.get(spec.attribute[: -len("_id")])
        if target is not None:
            found[spec.attribute] = slugify_class_name(target.mapped.__name__)
    return found


def _creatable(entity: Entity, form_columns: list[str]) -> bool:
    """A record can be created here only if every required column is on the form or has a default."""
    shown = set(form_columns)
    return all(
        spec.attribute in shown or spec.field.null or spec.field.default is not None or spec.field.pk
        or getattr(spec.field, "auto_now", False) or getattr(spec.field, "auto_now_add", False)
        for spec in entity.columns
    )


def view_for(entity: Entity, entities: list[Entity] | None = None) -> type[ScopedModelView]:
    """A view class for one entity: labels, lists and search chosen from the model's fields."""
    specs = entity.columns
    visible = [spec.attribute for spec in specs if not is_secret(spec)]
    shown_in_list = list_columns(entity)
    form_columns = [
        spec.attribute
        for spec in specs
        if not is_secret(spec)
        and not (spec.field.pk and spec.field.generated)
        and not getattr(spec.field, "auto_now", False)
        and not getattr(spec.field, "auto_now_add", False)
    ]
    sensitive = {name: rule for name, rule in scopes.SENSITIVE.items() if entity.column(name)}
    links = {name: _link_formatter(identity) for name, identity in _targets(entity, entities or [entity]).items()}
    money = {spec.attribute: _money_formatter for spec in specs if is_money(spec)}
    region = entity.region
    attrs = {
        "__doc__": f"{entity.label}（{entity.model.__name__}）",
        "entity": entity,
        "name": entity.label,
        "name_plural": entity.label,
        "category": category(entity.app),
        "icon": "fa-solid fa-table",
        "read_action": scopes.read_action(entity.app, entity.table.name),
        "region_attribute": region.attribute if region else None,
        "sensitive": sensitive,
        "exact_search": tuple(sensitive),
        "column_labels": {spec.attribute: spec.label for spec in specs},
        "column_list": shown_in_list,
        "column_details_list": visible,
        "column_searchable_list": searchable_columns(entity),
        "column_sortable_list": [name for name in shown_in_list if not is_long(entity.column(name))],
        "column_default_sort": [(entity.pk.attribute, False)],
        "column_formatters": {**money, **links},
        "column_formatters_detail": {**money, **links},
        "column_type_formatters": TYPE_FORMATTERS,
        "column_type_formatters_detail": TYPE_FORMATTERS,
        "form_columns": form_columns,
        "can_create": _creatable(entity, form_columns),
        "export_types": ["csv"],
    }
    return type(f"{entity.mapped.__name__}Admin", (ScopedModelView,), attrs, model=entity.mapped)
