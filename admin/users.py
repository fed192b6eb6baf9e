"""The system administrator's user management: passwords set through the form, role grants checked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wtforms import PasswordField, SelectField
from wtforms.validators import Optional

from admin.error_codes import AdminErrorCode
from admin.tables import Entity
from identity import service as identity
from identity.error_codes import IdentityErrorCode
from kernel.errors import InvalidInput

PASSWORD_COLUMN = "password_hash"
PASSWORD_FIELD = "password"
PASSWORD_MIN = 8
ROLE_LABELS = {
    "village_assistant": "村协理员",
    "township_officer": "乡镇民政专干",
    "township_leader": "乡镇分管领导",
    "county_approver": "县民政局审批",
    "county_finance": "县财政",
    "county_auditor": "县审计",
    "municipal_officer": "市民政局",
    "supervision_inspector": "监察局",
    "bank_client": "银行/信用社",
    "system_admin": "系统管理员",
}


def _has_password(entity: Entity) -> bool:
    return entity.column(PASSWORD_COLUMN) is not None


GRANT_HOLDER = "user_id"
"""The column of a role grant naming the user who holds it."""


def is_grant(entity: Entity) -> bool:
    return entity.app == "authz" and entity.column("role") is not None


async def withdraw_tokens(user_ids: set[Any]) -> None:
    """Refuse every token issued so far to these users (a grant of theirs was changed or removed)."""
    from identity.models import User

    ids = [user_id for user_id in user_ids if user_id is not None]
    if ids:
        await User.filter(id__in=ids).update(tokens_valid_after=dt.datetime.now(dt.UTC))


def typed_in(entity: Entity) -> set[str]:
    """Required columns filled from another form field (the hash from the typed password)."""
    return {PASSWORD_COLUMN} if _has_password(entity) else set()


def form_overrides(entity: Entity) -> dict:
    return {"role": SelectField} if is_grant(entity) else {}


def form_args(entity: Entity) -> dict:
    """Roles offered by name; the choice is checked in `prepare_change` so a bad one gets a coded error."""
    if not is_grant(entity):
        return {}
    choices = [(role, f"{ROLE_LABELS.get(role, role)}（{role}）") for role in identity.ROLES]
    return {"role": {"choices": choices, "validate_choice": False}}


def extend_form(form_class, entity: Entity):
    """A password field on forms of models that keep a password hash; the hash itself is never shown."""
    if _has_password(entity):
        form_class.password = PasswordField(
            "新口令", validators=[Optional()], description=f"至少{PASSWORD_MIN}位；修改用户时留空则不变"
        )
    return form_class


async def prepare_change(entity: Entity, data: dict, is_created: bool) -> None:
    """Turn the typed password into its hash and refuse unknown roles before anything is written."""
    if _has_password(entity):
        password = data.pop(PASSWORD_FIELD, None) or ""
        if password:
            if len(password) < PASSWORD_MIN:
                raise InvalidInput(
                    "password must have at least 8 characters",
                    "口令至少8位",
                    field=PASSWORD_FIELD,
                    code=AdminErrorCode.PASSWORD_TOO_SHORT,
                )
            data[PASSWORD_COLUMN] = await identity.hash_password(password)  # Argon2 off the event loop, as sign-in
        elif is_created:
            raise InvalidInput(
                "a new user needs a password",
                "新用户必须设置口令",
                field=PASSWORD_FIELD,
                code=AdminErrorCode.PASSWORD_REQUIRED,
            )
    if is_grant(entity) and "role" in data and data["role"] not in identity.ROLES:
        raise InvalidInput(
            f"unknown role {data['role']!r}",
            f"未知角色 {data['role']!r}",
            field="role",
            code=IdentityErrorCode.UNKNOWN_ROLE,
        )
