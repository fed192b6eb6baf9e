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
    tokens_valid_after = fields.DatetimeField(
        null=True, description="令牌生效起点 / access tokens issued earlier are refused (roles changed, signed out)"
    )
    created_at = fields.DatetimeField(auto_now_add=True, description="创建时间 / created at")

    class Meta:
        table = "auth_user"


class RoleGrant(Model):
    """A role held by a user in a region and all regions beneath it — 角色授权."""

    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation["User"] = fields.ForeignKeyField(
        "authz.User", related_name="grants", on_delete=fields.CASCADE
    )
    user_id: int
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


# --- admin UI audit: what people did in the admin, and the notes auditors leave ---
from kernel.audit import AuditRecordBase  # noqa: E402


class AdminAuditRecord(AuditRecordBase):
    """Admin audit trail — 后台操作记录: sign-ins, views of personal data, exports and changes made in the admin."""

    rows = fields.IntField(null=True, description="行数 / rows (exports)")

    class Meta:
        table = "admin_audit_record"


class AuditNote(Model):
    """Audit note — 审计意见: what an auditor wrote about one record of any service."""

    id = fields.BigIntField(primary_key=True)
    entity = fields.CharField(max_length=64, db_index=True, description="对象类型 / entity type")
    entity_id = fields.CharField(max_length=64, db_index=True, description="对象编号 / entity id")
    region_code = fields.CharField(max_length=12, db_index=True, description="区划代码 / region code")
    author = fields.CharField(max_length=64, db_index=True, description="审计人 / author")
    text = fields.TextField(description="意见 / note")
    at = fields.DatetimeField(auto_now_add=True, db_index=True, description="时间 / time")

    class Meta:
        table = "audit_note"


# --- tokens and identity administration: refresh rotation, revocation, audit ---
class RefreshToken(Model):
    """A refresh token handed out — 刷新令牌: each is used once, then replaced within its family."""

    jti = fields.CharField(max_length=64, primary_key=True, description="令牌编号 / token id")
    family = fields.CharField(max_length=64, db_index=True, description="令牌族 / the sign-in it descends from")
    username = fields.CharField(max_length=64, db_index=True, description="登录名 / username")
    expires_at = fields.DatetimeField(description="到期 / expires at")
    used_at = fields.DatetimeField(null=True, description="已使用 / used at")
    revoked_at = fields.DatetimeField(null=True, description="已吊销 / revoked at")
    created_at = fields.DatetimeField(auto_now_add=True, description="签发时间 / issued at")

    class Meta:
        table = "auth_refresh_token"


class RevokedToken(Model):
    """An access token revoked before its expiry (sign-out) — 已吊销令牌: checked by the gateway."""

    jti = fields.CharField(max_length=64, primary_key=True, description="令牌编号 / token id")
    username = fields.CharField(max_length=64, description="登录名 / username")
    expires_at = fields.DatetimeField(db_index=True, description="原到期时间 / original expiry")
    revoked_at = fields.DatetimeField(auto_now_add=True, description="吊销时间 / revoked at")

    class Meta:
        table = "auth_revoked_token"


class IdentityAuditRecord(AuditRecordBase):
    """Identity audit trail — 用户权限审计: users created, roles granted and revoked, sessions ended."""

    class Meta:
        table = "auth_audit_record"


class SignInThrottle(Model):
    """Sign-in attempts counted per account and address, and per address — 登录限速 (authz.throttle)."""

    key = fields.CharField(max_length=160, primary_key=True, description="计数对象 / account@address or address")
    attempts = fields.IntField(description="尝试次数 / attempts charged in the window")
    window_started = fields.FloatField(description="窗口起点 / window start (epoch seconds)")
    next_allowed = fields.FloatField(description="下次允许 / next attempt allowed at (epoch seconds)")

    class Meta:
        table = "auth_sign_in_throttle"


# --- admin UI sessions: server-side, so signing out or a changed password ends them at once ---
class AdminSession(Model):
    """An admin sign-in — 后台会话: the cookie carries its id; the hash is kept, checked on every request."""

    id_hash = fields.CharField(max_length=64, primary_key=True, description="会话编号散列 / SHA-256 of the session id")
    username = fields.CharField(max_length=64, db_index=True, description="登录名 / username")
    remote = fields.CharField(max_length=64, default="", description="来源地址 / remote address")
    created_at = fields.DatetimeField(description="登录时间 / signed in at")
    expires_at = fields.DatetimeField(description="到期 / expires at")
    revoked_at = fields.DatetimeField(null=True, description="已注销 / signed out or revoked at")

    class Meta:
        table = "admin_session"
