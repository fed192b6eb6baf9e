"""Refusals of the households service, each with a code and a reason a clerk can act on."""

from kernel.errors import DomainError, InvalidInput, NotFound


class UnknownRegion(InvalidInput):
    code = "UNKNOWN_REGION"

    def __init__(self, code: str, field: str = "regionCode") -> None:
        super().__init__(f"region {code} is not in the region table", f"区划 {code} 不存在", field=field)


class NotAVillage(InvalidInput):
    code = "REGION_NOT_A_VILLAGE"

    def __init__(self, code: str, field: str = "regionCode") -> None:
        super().__init__(
            f"households are registered in a village or community; {code} is not one",
            f"家庭应登记到村（社区）一级，{code} 不是村级区划",
            field=field,
        )


class PersonAlreadyRegistered(DomainError):
    code = "PERSON_IN_ANOTHER_HOUSEHOLD"

    def __init__(self, field: str) -> None:
        super().__init__(
            "this ID number already belongs to a member of another household",
            "该身份证号码已是其他家庭的成员",
            field=field,
        )


class _RecordNotFound(NotFound):
    """A record asked for by id that does not exist, or not for this caller (ids reveal nothing)."""

    kind = ("record", "记录")

    def __init__(self, record_id: object) -> None:
        shown = str(record_id)[:40]
        super().__init__(f"{self.kind[0]} {shown} does not exist or is outside your jurisdiction",
                         f"{self.kind[1]} {shown} 不存在或不在您的管辖范围内", field="id")


class PersonNotFound(_RecordNotFound):
    code = "PERSON_NOT_FOUND"
    kind = ("person", "成员")


class HouseholdNotFound(_RecordNotFound):
    code = "HOUSEHOLD_NOT_FOUND"
    kind = ("household", "家庭")


class NoStandard(DomainError):
    code = "NO_STANDARD"

    def __init__(self, region_code: str, urban_rural: str, on: object) -> None:
        super().__init__(
            f"no {urban_rural} standard is in force for {region_code} on {on}",
            f"{region_code} 在 {on} 没有生效的{'城市' if urban_rural == 'URBAN' else '农村'}低保标准",
            field="regionCode",
        )
