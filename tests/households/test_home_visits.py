"""Home visit records (入户调查表) through the gateway: photos uploaded beside /graphql with their SHA-256, the record taken
with the investigation or the county's visit, shown on the application and in the case file, photos read only by those
who see the household. Every bad form or upload is refused by name, audited, and writes nothing."""

from __future__ import annotations

import hashlib
import struct
import zlib

from kernel.errors import DomainError
from services.households.models import Application, AuditRecord, HomeVisit, VisitPhoto, WorkflowStep
from services.households.visits import photo_type
from tests.households.support import register
from tests.households.test_workflow import day, ok, step

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) + b"\xff\xd9"


def png() -> bytes:
    """A real 1×1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


HOME_VISITS = """query($h: ID!) { household(id: $h) { applications { id homeVisits { kind visitedOn membersPresent housingType housingArea
  housingCondition waterMonthly electricityMonthly gasMonthly employment { personId work monthlyIncome }
  assets { kind description quantity }
  notes signatures recordedBy photos { id contentType size sha256 url } } }
  caseFile { kind title actor detail } } }"""


async def accepted(gql) -> tuple[dict, str]:
    """A household of two whose application the township accepted nineteen days ago."""
    household = await register(gql)
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": day(0)},
        user="village.assistant",
    )
    application = body["data"]["submitApplication"]["id"]
    await ok(gql, "acceptApplication", application, "township.officer", on=day(1))
    return household, application


async def upload(
    client, tokens, application: str, content: bytes, kind: str = "image/jpeg", user: str = "township.officer"
):
    return await client.post(
        f"/files/applications/{application}/visit-photos",
        content=content,
        headers={"authorization": f"Bearer {await tokens(user)}", "content-type": kind},
    )


def form(household: dict, photos: list[str] | None = None, **changes) -> dict:
    members = household["members"]
    return {
        "membersPresent": [members[0]["id"]],
        "housingType": "OWN",
        "housingArea": "65.5",
        "housingCondition": "POOR",
        "waterMonthly": "12.00",
        "electricityMonthly": "35.50",
        "gasMonthly": "0",
        "employment": [{"personId": members[1]["id"], "work": "村内打零工", "monthlyIncome": "600"}],
        "assets": [{"kind": "LIVESTOCK", "description": "耕牛", "quantity": 2}],
        "notes": "房屋漏雨，无大件家电",
        "photoIds": photos or [],
        **changes,
    }


SIGNED = ["township.officer", "village.assistant"]


async def test_the_investigation_keeps_its_visit_record_with_photos_that_only_readers_of_the_household_download(
    gql, client, tokens
):
    # given an accepted application and two photos taken at the household
    household, application = await accepted(gql)
    jpeg = await upload(client, tokens, application, JPEG)
    image = png()
    png_answer = await upload(client, tokens, application, image, "image/png", user="village.assistant")
    assert jpeg.status_code == 201 and png_answer.status_code == 201, (jpeg.text, png_answer.text)
    assert jpeg.json()["sha256"] == hashlib.sha256(JPEG).hexdigest() and jpeg.json()["size"] == len(JPEG)
    assert png_answer.json()["contentType"] == "image/png"
    photos = [jpeg.json()["id"], png_answer.json()["id"]]
    # when the township records the investigation with its visit record
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=SIGNED,
        visit=form(household, photos),
    )
    # then the record shows on the application, with its photos, and in the case file
    body = await gql(HOME_VISITS, {"h": household["id"]}, user="township.officer")
    assert "errors" not in body, body
    visit = body["data"]["household"]["applications"][0]["homeVisits"][0]
    assert visit["kind"] == "INVESTIGATION" and visit["visitedOn"] == day(2) and visit["signatures"] == SIGNED
    assert visit["housingArea"] == "65.50" and visit["electricityMonthly"] == "35.50" and visit["gasMonthly"] == "0.00"
    assert visit["employment"] == [
        {"personId": household["members"][1]["id"], "work": "村内打零工", "monthlyIncome": "600.00"}
    ]
    assert visit["assets"] == [{"kind": "LIVESTOCK", "description": "耕牛", "quantity": 2}]
    assert [(p["id"], p["sha256"], p["url"]) for p in visit["photos"]] == [
        (photos[0], hashlib.sha256(JPEG).hexdigest(), f"/files/visit-photos/{photos[0]}"),
        (photos[1], hashlib.sha256(image).hexdigest(), f"/files/visit-photos/{photos[1]}"),
    ]
    entry = next(e for e in body["data"]["household"]["caseFile"] if e["kind"] == "HOME_VISIT")
    assert (
        entry["actor"] == "township.officer"
        and entry["detail"]["photos"] == 2
        and entry["detail"]["signatures"] == SIGNED
    )
    # and the city, which does not read incomes, sees the form with the spending and earnings hidden
    city = (await gql(HOME_VISITS, {"h": household["id"]}, user="municipal.officer"))["data"]["household"][
        "applications"
    ][0]
    assert (
        city["homeVisits"][0]["waterMonthly"] is None
        and city["homeVisits"][0]["employment"][0]["monthlyIncome"] is None
    )
    assert city["homeVisits"][0]["housingCondition"] == "POOR"
    # and a photo comes back byte for byte to a reader of the household, and to nobody else
    url = visit["photos"][1]["url"]
    read = await client.get(url, headers={"authorization": f"Bearer {await tokens('county.auditor')}"})
    assert read.status_code == 200 and read.content == image and read.headers["content-type"] == "image/png"
    assert read.headers["etag"] == f'"{hashlib.sha256(image).hexdigest()}"'
    assert await AuditRecord.filter(
        action="visitphoto.read", entity_id=photos[1], actor="county.auditor", succeeded=True
    ).exists()
    for user in ("county.finance", "bank.rcc"):
        refused = await client.get(url, headers={"authorization": f"Bearer {await tokens(user)}"})
        assert refused.status_code == 404 and refused.json()["errors"][0]["extensions"]["code"] == "PHOTO_NOT_FOUND", (
            refused.text
        )
        assert image not in refused.content
    anonymous = await client.get(url)
    assert anonymous.status_code == 401


async def refused_form(
    gql, household: dict, application: str, code: str, field: str, *, signatures=SIGNED, **changes
) -> None:
    """The investigation with this form is refused with `code` on `field`; nothing is written, the refusal is audited."""
    visits = await HomeVisit.filter(application_id=application).count()
    steps = await WorkflowStep.filter(application_id=application).count()
    body = await step(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=signatures,
        visit=form(household, **changes),
    )
    error = body["errors"][0]["extensions"]
    assert (error["code"], error["field"]) == (code, field), body
    assert await HomeVisit.filter(application_id=application).count() == visits
    assert await WorkflowStep.filter(application_id=application).count() == steps
    assert (await Application.get(id=application)).state == "ACCEPTED"
    audit = await AuditRecord.filter(action="application.investigate", entity_id=application).order_by("-id").first()
    assert not audit.succeeded and audit.after["code"] == code


async def refused_as_input(gql, household: dict, application: str, field: str, **changes) -> None:
    """A value outside its enum (HousingType, HousingCondition, AssetSeenKind) is refused before the step runs, naming
    its field; nothing is written."""
    visits, steps = (
        await HomeVisit.filter(application_id=application).count(),
        await WorkflowStep.filter(application_id=application).count(),
    )
    body = await step(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=SIGNED,
        visit=form(household, **changes),
    )
    assert [(e["extensions"]["code"], e["extensions"]["field"]) for e in body["errors"]] == [
        ("BAD_USER_INPUT", field)
    ], body
    assert await HomeVisit.filter(application_id=application).count() == visits
    assert await WorkflowStep.filter(application_id=application).count() == steps


async def test_a_visit_record_that_does_not_hold_together_is_refused_by_name_and_writes_nothing(gql, client, tokens):
    household, application = await accepted(gql)
    other, other_application = await accepted(gql)
    stranger = other["members"][0]["id"]
    foreign = (await upload(client, tokens, other_application, JPEG)).json()["id"]
    mine = (await upload(client, tokens, application, JPEG)).json()["id"]
    await refused_form(
        gql, household, application, "RECORDER_NOT_SIGNER", "signatures", signatures=["village.assistant", "某村干部"]
    )
    await refused_form(
        gql, household, application, "MEMBERS_PRESENT_REQUIRED", "visit.membersPresent", membersPresent=[]
    )
    await refused_form(
        gql, household, application, "MEMBER_NOT_IN_HOUSEHOLD", "visit.membersPresent[0]", membersPresent=[stranger]
    )
    await refused_as_input(gql, household, application, "visit.housingType", housingType="CASTLE")
    await refused_as_input(gql, household, application, "visit.housingCondition", housingCondition="")
    await refused_form(gql, household, application, "INVALID_AREA", "visit.housingArea", housingArea="-3")
    await refused_form(gql, household, application, "INVALID_AREA", "visit.housingArea", housingArea="NaN")
    await refused_form(gql, household, application, "INVALID_AMOUNT", "visit.waterMonthly", waterMonthly="-1.00")
    await refused_form(gql, household, application, "INVALID_AMOUNT", "visit.gasMonthly", gasMonthly="1.005")
    await refused_form(
        gql,
        household,
        application,
        "MEMBER_NOT_IN_HOUSEHOLD",
        "visit.employment[0].personId",
        employment=[{"personId": stranger, "work": "务工"}],
    )
    await refused_form(
        gql,
        household,
        application,
        "REQUIRED",
        "visit.employment[0].work",
        employment=[{"personId": household["members"][0]["id"], "work": "  "}],
    )
    await refused_as_input(
        gql, household, application, "visit.assets[0].kind", assets=[{"kind": "YACHT", "description": "游艇"}]
    )
    await refused_form(
        gql,
        household,
        application,
        "INVALID_QUANTITY",
        "visit.assets[0].quantity",
        assets=[{"kind": "APPLIANCE", "description": "冰箱", "quantity": 0}],
    )
    await refused_form(gql, household, application, "TOO_LONG", "visit.notes", notes="漏" * 2001)
    await refused_form(gql, household, application, "PHOTO_NOT_FOUND", "visit.photoIds[0]", photos=[foreign])
    await refused_form(gql, household, application, "PHOTO_NOT_FOUND", "visit.photoIds[0]", photos=["x1"])
    await refused_form(gql, household, application, "DUPLICATE_PHOTO", "visit.photoIds", photos=[mine, mine])
    # and the photo named by a refused form is still free for the right one
    assert (await VisitPhoto.get(id=mine)).visit_id is None
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=SIGNED,
        visit=form(household, [mine]),
    )
    again = await step(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(3),
        signatures=SIGNED,
        visit=form(household, [mine]),
    )
    assert again["errors"][0]["extensions"]["code"] == "PHOTO_ALREADY_USED"


async def refused_upload(
    client, tokens, application: str, content: bytes, kind: str, status: int, code: str, user="township.officer"
):
    photos = await VisitPhoto.all().count()
    answer = await upload(client, tokens, application, content, kind, user=user)
    assert answer.status_code == status and answer.json()["errors"][0]["extensions"]["code"] == code, answer.text
    assert await VisitPhoto.all().count() == photos


async def test_an_upload_that_is_not_a_photo_of_a_case_under_visit_is_refused_and_keeps_nothing(gql, client, tokens):
    household, application = await accepted(gql)
    await refused_upload(client, tokens, application, b"GIF89a" + bytes(40), "image/gif", 415, "PHOTO_TYPE_NOT_ALLOWED")
    await refused_upload(client, tokens, application, JPEG, "", 415, "PHOTO_TYPE_NOT_ALLOWED")
    await refused_upload(client, tokens, application, JPEG, "image/png", 400, "PHOTO_CONTENT_MISMATCH")
    await refused_upload(
        client, tokens, application, b"<svg onload=alert(1)>", "image/jpeg", 400, "PHOTO_CONTENT_MISMATCH"
    )
    await refused_upload(client, tokens, application, JPEG[:-2], "image/jpeg", 400, "PHOTO_CONTENT_MISMATCH")
    await refused_upload(client, tokens, application, b"", "image/jpeg", 400, "PHOTO_EMPTY")
    await refused_upload(client, tokens, "999999999", JPEG, "image/jpeg", 404, "APPLICATION_NOT_FOUND")
    await refused_upload(client, tokens, application, JPEG, "image/jpeg", 403, "FORBIDDEN", user="township.leader")
    await refused_upload(client, tokens, application, JPEG, "image/jpeg", 403, "FORBIDDEN", user="county.finance")
    audit = await AuditRecord.filter(action="visitphoto.upload", entity_id=application).order_by("-id").first()
    assert not audit.succeeded and audit.after["code"] == "PHOTO_EMPTY"
    # a body over DIBAO_MAX_PHOTO_BYTES is refused at the gateway before it is read
    photos = await VisitPhoto.all().count()
    huge = await upload(client, tokens, application, JPEG[:-2] + bytes(5_242_880) + b"\xff\xd9")
    assert huge.status_code == 413 and huge.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"
    assert await VisitPhoto.all().count() == photos
    # a decided case takes no more photos, and the upload path answers nothing but POST
    await Application.filter(id=application).update(state="REJECTED")
    await refused_upload(client, tokens, application, JPEG, "image/jpeg", 400, "ILLEGAL_TRANSITION")
    got = await client.get(
        f"/files/applications/{application}/visit-photos",
        headers={"authorization": f"Bearer {await tokens('township.officer')}"},
    )
    assert got.status_code == 404 and got.json()["errors"][0]["extensions"]["code"] == "FILE_NOT_FOUND"


def test_the_service_keeps_only_whole_photos_within_its_limit():
    assert photo_type(JPEG, "image/jpeg; charset=binary", 10_000) == "image/jpeg"
    assert photo_type(png(), "IMAGE/PNG", 10_000) == "image/png"
    for content, declared, code in (
        (JPEG, "image/jpeg", "PHOTO_TOO_LARGE"),
        (png(), "image/jpeg", "PHOTO_CONTENT_MISMATCH"),
    ):
        try:
            photo_type(content, declared, 100)
        except DomainError as refusal:
            assert refusal.code == code
        else:
            raise AssertionError(f"{declared} of {len(content)} bytes was kept")


async def test_the_county_visit_is_made_by_others_than_the_township_investigators(gql):
    from tests.households.test_workflow import to_county

    household = await register(gql)
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": day(0)},
        user="village.assistant",
    )
    application = body["data"]["submitApplication"]["id"]
    await to_county(gql, application)
    before = await HomeVisit.filter(application_id=application).count()
    same = await step(
        gql,
        "recordHomeVisit",
        application,
        "county.approver",
        on=day(12),
        signatures=["county.approver", "township.officer"],
        visit=form(household),
    )
    assert (same["errors"][0]["extensions"]["code"], same["errors"][0]["extensions"]["field"]) == (
        "VISITOR_NOT_INDEPENDENT",
        "signatures",
    )
    assert await HomeVisit.filter(application_id=application).count() == before
    await ok(
        gql,
        "recordHomeVisit",
        application,
        "county.approver",
        on=day(12),
        signatures=["county.approver", "县低保中心 李明"],
        visit=form(household),
    )
    assert await HomeVisit.filter(application_id=application, kind="COUNTY").count() == 1


async def test_the_multi_process_gateway_streams_an_upload_to_the_households_service_and_the_photo_back(
    gql, tokens, databases
):
    from services.households.app import create_app
    from tests.gateway.processes import file_gateway

    # given the households service listening on a loopback port, and a gateway route that knows its URL
    household, application = await accepted(gql)
    officer = {"authorization": f"Bearer {await tokens('township.officer')}"}
    image = png()
    async with file_gateway("households", create_app(settings=databases, own_database=False), databases) as http:
        # when the officer uploads through it, a GIF is tried, and the photo is read back
        sent = await http.post(
            f"/files/applications/{application}/visit-photos",
            content=image,
            headers={**officer, "content-type": "image/png", "x-forwarded-for": "10.0.0.9"},
        )
        gif = await http.post(
            f"/files/applications/{application}/visit-photos",
            content=b"GIF89a",
            headers={**officer, "content-type": "image/gif"},
        )
        read = await http.get(sent.json()["url"], headers=officer)
        anonymous = await http.get(sent.json()["url"])
    # then the photo arrives whole with its hash, comes back byte for byte, and nobody without a token gets it
    assert sent.status_code == 201 and sent.json()["sha256"] == hashlib.sha256(image).hexdigest(), sent.text
    assert gif.status_code == 415 and gif.json()["errors"][0]["extensions"]["code"] == "PHOTO_TYPE_NOT_ALLOWED"
    assert (
        read.status_code == 200
        and read.content == image
        and read.headers["etag"] == f'"{hashlib.sha256(image).hexdigest()}"'
    )
    assert anonymous.status_code == 401 and image not in anonymous.content
    assert (await VisitPhoto.get(id=sent.json()["id"])).uploaded_by == "township.officer"


async def test_a_case_of_another_county_takes_no_photo_and_shows_none(client, tokens):
    import datetime as dt

    from authz.principal import Grant, Principal
    from services.households import service
    from services.households.models import Region
    from tests.households.support import new_id

    # given a household of the neighbouring county, its application under investigation, and a photo of it
    village = await Region.filter(code__startswith="431103", level="village").order_by("code").first()
    setup = Principal("test.setup", frozenset({Grant("county_approver", "*")}))
    household = await service.register_household(
        actor=setup,
        region_code=village.code,
        urban_rural="RURAL",
        members=[service.MemberIn(name="邻县户主", id_number=new_id(), relation="HEAD")],
    )
    application = await Application.create(
        household_id=household.id,
        region_code=village.code,
        state="INVESTIGATING",
        submitted_on=dt.date(2026, 11, 2),
        accepted_on=dt.date(2026, 11, 3),
    )
    photo = await VisitPhoto.create(
        application_id=application.id,
        household_id=household.id,
        region_code=village.code,
        content_type="image/jpeg",
        size=len(JPEG),
        sha256=hashlib.sha256(JPEG).hexdigest(),
        content=JPEG,
        uploaded_by="test.setup",
    )
    # when this county's officers try to add a photo to it, and to read its photo
    await refused_upload(
        client, tokens, str(application.id), JPEG, "image/jpeg", 404, "APPLICATION_NOT_FOUND", user="county.approver"
    )
    await refused_upload(client, tokens, str(application.id), JPEG, "image/jpeg", 404, "APPLICATION_NOT_FOUND")
    read = await client.get(
        f"/files/visit-photos/{photo.id}", headers={"authorization": f"Bearer {await tokens('county.auditor')}"}
    )
    # then both answer as for a case and a photo that do not exist, and nothing is kept or shown
    assert read.status_code == 404 and read.json()["errors"][0]["extensions"]["code"] == "PHOTO_NOT_FOUND"
    assert JPEG not in read.content
    # while the city, which reads that county's households, gets it
    city = await client.get(
        f"/files/visit-photos/{photo.id}", headers={"authorization": f"Bearer {await tokens('municipal.officer')}"}
    )
    assert city.status_code == 200 and city.content == JPEG
