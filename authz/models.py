"""The identity store: users, their role grants per region, and the sign-in audit."""

from tortoise import fields
from tortoise.models import Model


class User(Model):
    """A person or a machine client (a bank) that can sign in — 用户."""

    id = fields.BigIntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True, description="登录名 / username")
    display_name = fields.CharField(max_length=100, default="", description="姓名 / display name")
    password_hash = fields.CharField(max_length=255, description="口令散列 / password hash (Argon2)")
    kind = fields.CharField(max_length=16, default="user", description="类型 / user or machine")
    is_active = fields.BooleanField(default=True, description="启用 / active")
    created_at = fields.DatetimeField(auto_now_add=True, description="创建时间 / created at")

    class Meta:
        table = "auth_user"


class RoleGrant(Model):
    """A role held by a user in a region and all regions beneath it — 角色授权."""

    id = fields.BigIntField(primary_key=True)
    user = fields.ForeignKeyField("authz.User", related_name="grants", on_delete=fields.CASCADE)
    role = fields.CharField(max_length=64, description="角色 / role")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    created_at = fields.DatetimeField(auto_now_add=True, description="授予时间 / granted at")

    class Meta:
        table = "auth_role_grant"
        unique_together = (("user", "role", "region_code"),)


class SignInEvent(Model):
    """Every sign-in attempt, successful or not — 登录记录."""

    id = fields.BigIntField(primary_key=True)
    username = fields.CharField(max_length=64, db_index=True, description="登录名 / username")
    succeeded = fields.BooleanField(description="成功 / succeeded")
    reason = fields.CharField(max_length=64, default="", description="原因 / reason")
    remote = fields.CharField(max_length=64, default="", description="来源地址 / remote address")
    channel = fields.CharField(max_length=16, default="api", description="渠道 / api or admin")
    at = fields.DatetimeField(auto_now_add=True, db_index=True, description="时间 / time")

    class Meta:
        table = "auth_sign_in_event"
