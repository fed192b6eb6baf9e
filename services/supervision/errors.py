"""Supervision's refusals, each with a code and a reason a person can act on."""

from authz.scope import Scope
from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError, Forbidden, InvalidInput, NotFound
from kernel.values import RegionCode
from services.supervision.error_codes import SupervisionErrorCode


class RegistryFileError(InvalidInput):
    """A registry file that cannot be read at all (encoding, format, missing column): nothing is written."""

    code = SupervisionErrorCode.REGISTRY_MALFORMED_FILE


class FindingNotFound(NotFound):
    code = SupervisionErrorCode.FINDING_NOT_FOUND


class InvalidTransition(DomainError):
    """A lifecycle step out of order (verify before assign, close before verify …)."""

    code = SupervisionErrorCode.INVALID_TRANSITION


def not_found(
    what_en: str, what_zh: str, ident: object, *, field: str = "id", code: str = CommonErrorCode.NOT_FOUND
) -> NotFound:
    """A record that does not exist or lies outside the caller's jurisdiction (the two look the same)."""
    return NotFound(
        f"{what_en} {ident} not found in your jurisdiction",
        f"未找到{what_zh} {ident}（或不在管辖范围内）",
        field=field,
        code=code,
    )


def outside(region: object) -> Forbidden:
    """A region the caller's jurisdiction does not reach."""
    return Forbidden(
        f"{region} is outside your jurisdiction",
        f"{region} 不在您的管辖范围内",
        field="regionCode",
        code=CommonErrorCode.FORBIDDEN,
    )


def covered(scope: Scope, region_code: str) -> RegionCode:
    """The region named, refused unless it lies inside the caller's jurisdiction."""
    region = RegionCode.parse(region_code)
    if not scope.covers(region.code):
        raise outside(region)
    return region


def transition(status: str, step_en: str, step_zh: str, *, field: str = "id") -> InvalidTransition:
    return InvalidTransition(
        f"cannot {step_en} while {status}", f"当前状态 {status} 不能{step_zh}", field=field, status=status
    )
