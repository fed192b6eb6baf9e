"""The county auditor's day in a real browser: sign in, list, search, filter, open a record, export."""

from __future__ import annotations

import csv
import io
import re
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as shown
from selenium.webdriver.support.ui import WebDriverWait

from dibao.seed import DEMO_PASSWORD
from services.households.models import Household, Person

ARTIFACTS = Path(__file__).resolve().parents[1] / ".artifacts"

pytestmark = pytest.mark.browser
AUDITED_COUNTY = "431102"
OTHER_COUNTY = "431103"


def regions_on(driver) -> set[str]:
    return {cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "span.region-code")}


def sign_in(driver, base: str, username: str = "county.auditor") -> None:
    driver.get(f"{base}/admin/login")
    driver.find_element(By.NAME, "username").send_keys(username)
    driver.find_element(By.NAME, "password").send_keys(DEMO_PASSWORD, Keys.ENTER)
    WebDriverWait(driver, 10).until(shown.url_matches(r"/admin/$"))


def snap(driver, name: str) -> None:
    driver.save_screenshot(str(ARTIFACTS / f"admin-{name}.png"))


async def test_the_county_auditor_works_through_the_admin_in_a_browser(system, live_server, chromium):
    driver, wait = chromium, WebDriverWait(chromium, 10)
    foreign = await Household.filter(region_code__startswith=OTHER_COUNTY).order_by("id").first()
    person = await Person.filter(region_code__startswith=AUDITED_COUNTY).order_by("id").first()

    # sign in: the Chinese home page, no user-management menu for an auditor
    sign_in(driver, live_server)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    assert "最低生活保障管理后台" in driver.page_source and "用户与权限" not in driver.page_source
    snap(driver, "home")

    # list: only the county's households
    driver.get(f"{live_server}/admin/household/list?pageSize=100")
    wait.until(shown.presence_of_element_located((By.CSS_SELECTOR, "span.region-code")))
    listed = regions_on(driver)
    assert listed and all(code.startswith(AUDITED_COUNTY) for code in listed)
    assert foreign.region_code not in listed
    snap(driver, "household-list")

    # search: a member's name through the search box finds the household
    box = driver.find_element(By.ID, "search-input")
    box.send_keys(person.name, Keys.ENTER)
    wait.until(shown.url_contains("search="))
    assert f"/admin/household/details/{person.household_id}" in driver.page_source
    assert all(code.startswith(AUDITED_COUNTY) for code in regions_on(driver))
    snap(driver, "household-search")

    # filter: click a township in the region filter
    driver.get(f"{live_server}/admin/household/list")
    township = next(
        link
        for link in driver.find_elements(By.CSS_SELECTOR, "#filter-sidebar a")
        if re.search(r"region=\d{9}000", link.get_attribute("href") or "")
        and not link.get_attribute("href").endswith("000000")
    )
    code = re.search(r"region=(\d{12})", township.get_attribute("href")).group(1)
    township.click()
    wait.until(shown.url_contains(f"region={code}"))
    assert regions_on(driver) and all(c.startswith(code[:9]) for c in regions_on(driver))
    snap(driver, "household-filter")

    # detail: the household, its related records, and the audit-note form
    driver.get(f"{live_server}/admin/household/details/{person.household_id}")
    wait.until(shown.presence_of_element_located((By.ID, "related-records")))
    assert "家庭成员" in driver.find_element(By.ID, "related-records").text
    assert driver.find_elements(By.CSS_SELECTOR, "#audit-notes textarea")
    snap(driver, "household-detail")

    # guessing another county's URL shows nothing of it
    driver.get(f"{live_server}/admin/household/details/{foreign.id}")
    assert "记录不存在" in driver.page_source and foreign.address not in driver.page_source

    # export: the filtered person list as CSV lands in the download folder with the county's rows only
    driver.get(f"{live_server}/admin/person/list?region={code}")
    driver.find_element(By.ID, "export-menu").click()
    wait.until(shown.visibility_of_element_located((By.CSS_SELECTOR, "a.export-csv"))).click()
    exported = _downloaded(driver.downloads, ".csv")
    rows = list(csv.reader(io.StringIO(exported.read_bytes().decode("utf-8-sig"))))
    region_index = rows[0].index("区划代码")
    assert len(rows) > 1 and all(row[region_index].startswith(code[:9]) for row in rows[1:])
    snap(driver, "person-export")


def _downloaded(folder, suffix: str, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [path for path in folder.iterdir() if path.name.endswith(suffix)]
        if done:
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} file was downloaded: {list(folder.iterdir())}")


AUDITOR_PAGES = (
    "household",
    "person",
    "bank-account",
    "payment",
    "finding",
    "complaint",
    "application",
    "admin-audit-record",
    "paid-line",
    "roster",
)


async def test_the_auditors_pages_read_in_chinese_and_fit_a_1366_screen(system, live_server, chromium):
    """Each page an auditor works with, at 1366×768: no stored code in what is shown, the list fits the width,
    no disabled 操作 button, a household's records on its own page; a screenshot of each."""
    from tests.admin.test_admin_reading import raw_codes

    driver, wait = chromium, WebDriverWait(chromium, 10)
    driver.set_window_size(1366, 768)
    sign_in(driver, live_server)
    for identity in AUDITOR_PAGES:
        driver.get(f"{live_server}/admin/{identity}/list")
        wait.until(shown.presence_of_element_located((By.CSS_SELECTOR, ".card-table")))
        text = driver.find_element(By.TAG_NAME, "body").text
        assert not raw_codes(text), (identity, raw_codes(text))
        snap(driver, f"1366-{identity}-list")
        table = driver.find_element(By.CSS_SELECTOR, ".table-responsive")
        assert driver.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth + 1", table), identity
        assert not any(button.is_displayed() for button in driver.find_elements(By.ID, "dropdownMenuButton")), identity
        rows = driver.find_elements(By.CSS_SELECTOR, f'a[href*="/admin/{identity}/details/"]')
        if rows:
            driver.get(rows[0].get_attribute("href"))
            wait.until(shown.presence_of_element_located((By.ID, "audit-notes")))
            text = driver.find_element(By.TAG_NAME, "body").text
            assert not raw_codes(text), (identity, raw_codes(text))
            if identity == "household":
                sections = {
                    s.get_attribute("data-identity") for s in driver.find_elements(By.CSS_SELECTOR, ".related-section")
                }
                assert {"person", "payment"} <= sections
            snap(driver, f"1366-{identity}-details")
