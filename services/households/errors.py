"""Refusals of the households service, each with a code and a reason a clerk can act on."""

from kernel.errors import DomainError, InvalidInput, NotFound
from services.households.error_codes import HouseholdsErrorCode


class UnknownRegion(InvalidInput):
    code = HouseholdsErrorCode.UNKNOWN_REGION

    def __init__(self, code: str, field: str = "regionCode") -> None:
        super().__init__(f"region {code} is not in the region table", f"区划 {code} 不存在", field=field)


class PersonAlreadyRegistered(DomainError):
    code = HouseholdsErrorCode.PERSON_IN_ANOTHER_HOUSEHOLD

    def __init__(self, field: str) -> None:
        super().__init__(
            "this ID number already belongs to a member of another household",
            "该身份证号码已是其他家庭的成员",
            field=field,
        )


class _RecordNotFound(NotFound):
    """A record asked for by id that does not exist, or not for this caller (ids reveal nothing)."""

    kind = ("record", "记录")

    def __init__(self, record_id: object, field: str = "id") -> None:
        shown = str(record_id)[:40]
        super().__init__(
            f"{self.kind[0]} {shown} does not exist or is outside your jurisdiction",
            f"{self.kind[1]} {shown} 不存在或不在您的管辖范围内",
            field=field,
        )


class PersonNotFound(_RecordNotFound):
    code = HouseholdsErrorCode.PERSON_NOT_FOUND
    kind = ("person", "成员")


class HouseholdNotFound(_RecordNotFound):
    code = HouseholdsErrorCode.HOUSEHOLD_NOT_FOUND
    kind = ("household", "家庭")


class NoStandard(DomainError):
    code = HouseholdsErrorCode.NO_STANDARD

    def __init__(self, region_code: str, urban_rural: str, on: object) -> None:
        super().__init__(
            f"no {urban_rural} standard is in force for {region_code} on {on}",
            f"{region_code} 在 {on} 没有生效的{'城市' if urban_rural == 'URBAN' else '农村'}低保标准",
            field="regionCode",
        )
