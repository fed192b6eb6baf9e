"""The city dashboard (数据大屏) in a real browser: sign in, the charts draw the demo city's figures, offline, one screen."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as shown
from selenium.webdriver.support.ui import WebDriverWait

from dibao.seed import DEMO_PASSWORD
from kernel.labels import APPLICATION_STATE
from services.households.workflow import OPEN
from tests.households.support import register

ARTIFACTS = Path(__file__).resolve().parents[1] / ".artifacts"
pytestmark = pytest.mark.browser

STATISTICS = """{ householdStatistics { regionCode total { households persons monthlyAmount } byRegion { key
  name households persons } byStatus { key households persons }
  applications { state count overdue } overdueApplications monthly { month households amount } }
  findingsByRule { rule title findings open overdue } }"""
CHART = (
    "const chart = echarts.getInstanceByDom(document.getElementById(arguments[0])); return chart && chart.getOption();"
)


def on_one_screen(driver, width: int = 1366, height: int = 768) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


def sign_in(driver, base: str, username: str) -> None:
    driver.get(f"{base}/dashboard")
    WebDriverWait(driver, 10).until(shown.visibility_of_element_located((By.ID, "sign-in-form")))
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(DEMO_PASSWORD, Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.body.dataset.drawn"))


async def test_the_city_dashboard_draws_the_demo_citys_figures_on_one_screen(system, live_server, chromium, gql):
    driver = chromium
    on_one_screen(driver)
    # given two applications waiting in the demo village, one of them submitted months ago
    for submitted in ("2026-09-01", None):
        household = await register(gql)
        body = await gql(
            "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
            {"h": household["id"], "on": submitted},
            user="village.assistant",
        )
        assert "errors" not in body, body
    # given the municipal officer signs in on the dashboard page
    sign_in(driver, live_server, "municipal.officer")
    # when the charts have drawn, and the same statistics are asked of the public GraphQL API
    regions, monthly = driver.execute_script(CHART, "chart-regions"), driver.execute_script(CHART, "chart-monthly")
    backlog, findings = driver.execute_script(CHART, "chart-backlog"), driver.execute_script(CHART, "chart-findings")
    body = await gql(STATISTICS, user="municipal.officer")
    stats, by_rule = body["data"]["householdStatistics"], body["data"]["findingsByRule"]
    # then households and persons by county are the eleven counties' figures
    assert regions["xAxis"][0]["data"] == [r["name"] for r in stats["byRegion"]] and len(stats["byRegion"]) == 11
    assert regions["series"][0]["data"] == [r["households"] for r in stats["byRegion"]]
    assert regions["series"][1]["data"] == [r["persons"] for r in stats["byRegion"]]
    # and money per month is the amount due each month, to the cent
    assert monthly["xAxis"][0]["data"] == [m["month"] for m in stats["monthly"]] and stats["monthly"]
    shown = [Decimal(str(v)).quantize(Decimal("0.01")) for v in monthly["series"][0]["data"]]
    assert shown == [Decimal(m["amount"]) for m in stats["monthly"]]
    # and the backlog chart shows the open applications and the overdue ones per step
    open_steps = {a["state"]: a for a in stats["applications"] if a["state"] in OPEN}
    assert backlog["xAxis"][0]["data"] == [APPLICATION_STATE.label(state) for state in OPEN if state in open_steps]
    assert sum(backlog["series"][0]["data"]) == sum(a["count"] for a in open_steps.values()) >= 2
    assert sum(backlog["series"][1]["data"]) == sum(a["overdue"] for a in open_steps.values())
    # and findings by rule are the supervision figures, one slice per rule
    assert [(d["rule"], d["value"]) for d in findings["series"][0]["data"]] == [
        (t["rule"], t["findings"]) for t in by_rule
    ] and by_rule
    # and the headline figures are the city's cases in care and the money due a month
    active = next(s for s in stats["byStatus"] if s["key"] == "ACTIVE")
    assert driver.find_element(By.ID, "kpi-households").text.replace(",", "") == str(active["households"])
    assert driver.find_element(By.ID, "kpi-persons").text.replace(",", "") == str(active["persons"])
    assert Decimal(driver.find_element(By.ID, "kpi-amount").text.replace(",", "")) == Decimal(
        stats["total"]["monthlyAmount"]
    )
    assert driver.find_element(By.ID, "region-name").text == "永州市"
    # and it fits 1366×768 without scrolling, loads nothing from elsewhere, keeps the token for this tab only
    assert driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
    ) == [1366, 768]
    origins = {
        urlparse(url).netloc
        for url in driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href])"
        )
    }
    assert origins == {urlparse(live_server).netloc}
    assert driver.execute_script("return localStorage.length") == 0
    assert driver.execute_script("return sessionStorage.getItem('dibao.dashboard.token')")
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "dashboard-municipal.png"))


async def test_a_wrong_password_is_told_and_a_panel_the_user_may_not_read_says_so(system, live_server, chromium):
    driver = chromium
    on_one_screen(driver)
    # when someone signs in with a wrong password
    driver.get(f"{live_server}/dashboard")
    WebDriverWait(driver, 10).until(shown.visibility_of_element_located((By.ID, "sign-in-form")))
    driver.find_element(By.ID, "username").send_keys("municipal.officer")
    driver.find_element(By.ID, "password").send_keys("wrong-password", Keys.ENTER)
    # then the form says so and nothing is kept
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "sign-in-error").text)
    assert (
        driver.execute_script("return sessionStorage.length") == 0
        and not driver.find_element(By.ID, "board").is_displayed()
    )
    # when county finance (pays, but may read neither the statistics nor the findings) signs in
    sign_in(driver, live_server, "county.finance")
    # then no chart is drawn with figures it may not see, and each panel says why it is empty
    for chart in ("chart-regions", "chart-monthly", "chart-backlog", "chart-findings"):
        assert driver.execute_script(CHART, chart) is None
        note = driver.find_element(By.CSS_SELECTOR, f"#{chart} + .panel-error")
        assert note.is_displayed() and note.text.startswith("您的角色无权查看此项数据"), note.text
    assert driver.find_element(By.ID, "kpi-households").text == "–"
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "dashboard-refused.png"))
    # and signing out forgets the token
    driver.find_element(By.ID, "sign-out").click()
    assert (
        driver.execute_script("return sessionStorage.length") == 0
        and driver.find_element(By.ID, "sign-in-form").is_displayed()
    )
