"""Village, township and county staff work a case through the workbench in a real browser: the ten steps from
registration to approval as the four roles, the notice list to print, a refused step, and a phone's width."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from pathlib import Path

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as shown
from selenium.webdriver.support.ui import Select, WebDriverWait

from dibao.seed import DEMO_PASSWORD
from kernel.values import id_check_digit
from services.households.models import Application, Household, WorkflowStep

ARTIFACTS = Path(__file__).resolve().parents[1] / ".artifacts"
VILLAGE = "431102100200"
START = dt.date.today() - dt.timedelta(days=20)
_numbers = itertools.count(int(time.time()) % 500)

pytestmark = pytest.mark.browser


def new_id(birth: str) -> str:
    body = f"431196{birth}{next(_numbers) % 1000:03d}"
    return body + id_check_digit(body)


def day(offset: int) -> str:
    return (START + dt.timedelta(days=offset)).isoformat()


def snap(driver, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"workbench-{name}.png"))


class Desk:
    """One member of staff at the workbench in the shared browser."""

    def __init__(self, driver, base: str) -> None:
        self.driver, self.base, self.wait = driver, base, WebDriverWait(driver, 15)

    def sign_in(self, username: str) -> None:
        self.driver.delete_all_cookies()
        self.driver.get(f"{self.base}/workbench/login")
        self.driver.find_element(By.NAME, "username").send_keys(username)
        self.driver.find_element(By.NAME, "password").send_keys(DEMO_PASSWORD)
        self.driver.find_element(By.CSS_SELECTOR, "#login-form button").click()
        self.wait.until(shown.text_to_be_present_in_element((By.ID, "signed-in-as"), username))

    def open_from_worklist(self, name: str) -> None:
        """The case appears on the user's own worklist, by the applicant's name; open it."""
        self.driver.get(f"{self.base}/workbench/")
        self.wait.until(shown.presence_of_element_located((By.CSS_SELECTOR, "#worklist, #worklist-empty")))
        while not (found := self.driver.find_elements(By.LINK_TEXT, name)):  # a busy desk pages on, as its user does
            self.driver.execute_script("window.beforeStep = true")
            self.driver.find_element(By.ID, "next-page").click()
            self.wait.until(next_page)
        found[0].click()
        self.wait.until(shown.presence_of_element_located((By.ID, "household")))

    def take(self, step: str, on: str, **fields: str) -> None:
        form = self.wait.until(shown.presence_of_element_located((By.CSS_SELECTOR, f'form.step[data-step="{step}"]')))
        for name, value in fields.items():
            form.find_element(By.NAME, name).send_keys(value)
        self.driver.execute_script("arguments[0].value = arguments[1]", form.find_element(By.NAME, "on"), on)
        self.driver.execute_script("window.beforeStep = true")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        self.wait.until(next_page)


def next_page(driver) -> bool:
    """The posted form has been answered by a new, fully loaded page. Asked of the document rather than of the old
    form's element, which Chromium may report on mid-navigation with an inspector error instead of as stale."""
    try:
        return driver.execute_script("return !window.beforeStep && document.readyState === 'complete'")
    except WebDriverException:
        return False


async def test_a_case_goes_from_registration_to_approval_through_the_workbench(system, live_server, chromium):
    driver = chromium
    driver.set_window_size(1366, 768)
    desk = Desk(driver, live_server)
    head = f"台测{next(_numbers)}"

    # the village assistant registers the household with its members, records an income and applies
    desk.sign_in("village.assistant")
    driver.get(f"{live_server}/workbench/households/new")
    driver.find_element(By.NAME, "regionCode").send_keys(VILLAGE)
    driver.find_element(By.NAME, "address").send_keys("工作台村1号")
    for row, (name, relation, birth) in enumerate([(head, "HEAD", "19700101"), ("钱工作", "SPOUSE", "19720202")]):
        driver.find_element(By.NAME, f"name{row}").send_keys(name)
        driver.find_element(By.NAME, f"idNumber{row}").send_keys(new_id(birth))
        Select(driver.find_element(By.NAME, f"relation{row}")).select_by_value(relation)
    snap(driver, "register")
    driver.find_element(By.CSS_SELECTOR, "#register-form button[type=submit]").click()
    desk.wait.until(shown.presence_of_element_located((By.ID, "income-form")))
    Select(driver.find_element(By.NAME, "category")).select_by_value("WAGES")
    driver.find_element(By.NAME, "monthlyAmount").send_keys("300")
    driver.find_element(By.CSS_SELECTOR, "#income-form button").click()
    desk.wait.until(shown.presence_of_element_located((By.ID, "incomes")))
    submit = driver.find_element(By.ID, "submit-application")
    driver.execute_script("arguments[0].value = arguments[1]", submit.find_element(By.NAME, "on"), day(0))
    submit.find_element(By.CSS_SELECTOR, "button").click()
    desk.wait.until(shown.presence_of_element_located((By.CSS_SELECTOR, "section.card")))
    household_id = int(driver.current_url.rstrip("/").rsplit("/", 1)[1])

    # the township officer finds it on the worklist, accepts it and records the investigation;
    # an investigation signed by one person only is refused with its reason, and nothing is written
    desk.sign_in("township.officer")
    snap(driver, "worklist-township")
    desk.open_from_worklist(head)
    desk.take("accept", day(1))
    desk.take("investigate", day(2), signatures="township.officer")
    error = desk.wait.until(shown.presence_of_element_located((By.ID, "error")))
    assert "至少两人" in error.text
    snap(driver, "refused-step")
    desk.take("investigate", day(2), signatures="township.officer\nvillage.assistant")

    # the township leader gives the township's opinion
    desk.sign_in("township.leader")
    desk.open_from_worklist(head)
    desk.take("township_opinion", day(3), opinion="同意上报")

    # the officer publishes the notice; the village's notice list, ready to print, names the applicant
    desk.sign_in("township.officer")
    desk.open_from_worklist(head)
    desk.take("publish_notice", day(4))
    driver.get(f"{live_server}/workbench/notices?village={VILLAGE}")
    assert head in desk.wait.until(shown.presence_of_element_located((By.ID, "under-notice"))).text
    snap(driver, "notices")
    desk.open_from_worklist(head)
    desk.take("close_notice", day(11))

    # the county approver approves
    desk.sign_in("county.approver")
    desk.open_from_worklist(head)
    desk.take("approve", day(12), opinion="符合条件")
    assert desk.wait.until(shown.presence_of_element_located((By.ID, "household-status"))).text == "在保"
    snap(driver, "approved")

    # and the registry holds what the pages did: the case in care, every step by its owner
    household = await Household.get(id=household_id)
    application = await Application.get(household_id=household_id)
    steps = await WorkflowStep.filter(application_id=application.id).order_by("id").values_list("to_state", "actor")
    assert application.state == "APPROVED" and household.status == "ACTIVE" and household.monthly_amount > 0
    assert steps == [
        ("SUBMITTED", "village.assistant"),
        ("ACCEPTED", "township.officer"),
        ("INVESTIGATING", "township.officer"),
        ("TOWNSHIP_OPINION", "township.leader"),
        ("NOTICE_1", "township.officer"),
        ("COUNTY_REVIEW", "township.officer"),
        ("APPROVED", "county.approver"),
    ]


async def test_the_workbench_fits_a_phone(system, live_server, chromium):
    """At a phone's width the worklist and a case page need no sideways scrolling: tables become one block per row."""
    driver = chromium
    driver.set_window_size(390, 844)
    desk = Desk(driver, live_server)
    desk.sign_in("township.officer")
    household = await Household.filter(region_code=VILLAGE).order_by("id").first()
    for path, name in (
        ("/workbench/?scope=all", "phone-worklist"),
        (f"/workbench/households/{household.id}", "phone-household"),
    ):
        driver.get(live_server + path)
        desk.wait.until(shown.presence_of_element_located((By.TAG_NAME, "main")))
        assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"), path
        snap(driver, name)
