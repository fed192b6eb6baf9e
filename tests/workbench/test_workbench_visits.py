"""The workbench's case page shows the home visit record (入户调查表) and the county's draw, in Chinese."""

from __future__ import annotations

import httpx
import pytest

from services.households.models import VisitDraw, VisitDrawItem
from tests.households.test_home_visits import JPEG, accepted, form, upload
from tests.households.test_workflow import day, ok
from tests.workbench.test_workbench_pages import BASE, signed_in


@pytest.fixture
async def browser(system):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=system), base_url=BASE) as opened:
        yield opened


async def test_the_case_page_shows_the_visit_record_and_the_county_draw(browser, client, tokens, gql):
    # given an application whose investigation recorded a visit with a photo, drawn for the county's visit
    household, application = await accepted(gql)
    photo = (await upload(client, tokens, application, JPEG)).json()
    await ok(
        gql,
        "recordInvestigation",
        application,
        "township.officer",
        on=day(2),
        signatures=["township.officer", "village.assistant"],
        visit=form(household, [photo["id"]]),
    )
    draw = await VisitDraw.create(
        region_code="431102100200",
        seed="页面",
        share_percent="30",
        population=[int(application)],
        drawn=[int(application)],
        drawn_by="county.approver",
        drawn_on=day(3),
    )
    await VisitDrawItem.create(draw_id=draw.id, application_id=int(application), region_code="431102100200", drawn=True)
    # when the township officer opens the case page
    await signed_in(browser, "township.officer")
    page = await browser.get(f"/workbench/households/{household['id']}")
    # then the visit record reads in Chinese, with who was present, its signers, the photo's hash and the draw's mark
    assert page.status_code == 200
    visit = page.text[page.text.index(f'id="visit-{application}-1"') :]
    assert "乡镇入户调查" in visit and "自有住房，65.50 平方米，较差" in visit and "牲畜 耕牛 × 2" in visit
    assert "township.officer、village.assistant" in visit and photo["sha256"] in visit and "村内打零工" in visit
    assert "赵大山" in visit[: visit.index("住房")]
    assert f'id="drawn-{application}"' in page.text


async def test_an_officer_records_the_visit_with_the_investigation_from_the_case_page(browser, gql):
    from services.households.models import HomeVisit
    from tests.workbench.test_workbench_pages import csrf

    # given an accepted application, and the township officer on its case page
    household, application = await accepted(gql)
    await signed_in(browser, "township.officer")
    page = await browser.get(f"/workbench/households/{household['id']}")
    assert 'name="housingType"' in page.text
    step = f"/workbench/households/{household['id']}/applications/{application}/investigate"
    base = {
        "csrf_token": csrf(page),
        "signatures": "township.officer\nvillage.assistant",
        "opinion": "入户核实",
        "membersPresent": [m["id"] for m in household["members"]],
        "housingType": "RENTED",
        "housingCondition": "FAIR",
        "waterMonthly": "8",
        "electricityMonthly": "20.5",
        "gasMonthly": "0",
        "notes": "租住两间平房",
        "on": day(2),
    }
    # when the form names an impossible floor area, then the page says why and nothing is recorded
    refused = await browser.post(step, data={**base, "housingArea": "0"})
    assert refused.status_code == 400 and 'data-code="INVALID_AREA"' in refused.text
    assert not await HomeVisit.filter(application_id=application).exists()
    # when it is posted as seen, then the investigation carries the record
    done = await browser.post(step, data={**base, "housingArea": "32"})
    assert done.status_code == 303, done.text[:500]
    visit = await HomeVisit.get(application_id=application)
    assert (visit.kind, visit.housing_type, str(visit.housing_area), visit.notes) == (
        "INVESTIGATION",
        "RENTED",
        "32.00",
        "租住两间平房",
    )
    assert visit.members_present == [m["id"] for m in household["members"]]
    assert visit.signatures == ["township.officer", "village.assistant"]
