"""The development query page in a real browser: GraphiQL offline, its docs explorer, autocompletion, a run and history."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as shown
from selenium.webdriver.support.ui import WebDriverWait

from dibao.seed import DEMO_PASSWORD

ARTIFACTS = Path(__file__).resolve().parents[1] / ".artifacts"
pytestmark = pytest.mark.browser


def button(driver, label: str):
    return WebDriverWait(driver, 15).until(
        shown.element_to_be_clickable((By.CSS_SELECTOR, f"button[aria-label='{label}']"))
    )


def plugin_text(driver, expected: str) -> str:
    WebDriverWait(driver, 15).until(lambda d: expected in d.find_element(By.CSS_SELECTOR, ".graphiql-plugin").text)
    return driver.find_element(By.CSS_SELECTOR, ".graphiql-plugin").text


async def test_graphiql_runs_offline_with_its_docs_autocompletion_and_history_and_a_per_tab_token(
    system, live_server, chromium, gql
):
    driver, wait = chromium, WebDriverWait(chromium, 20)
    # given the query page, opened without a token, then signed in as the municipal officer
    driver.get(f"{live_server}/graphql")
    wait.until(shown.visibility_of_element_located((By.ID, "sign-in")))
    driver.find_element(By.ID, "username").send_keys("municipal.officer")
    driver.find_element(By.ID, "password").send_keys(DEMO_PASSWORD, Keys.ENTER)
    wait.until(shown.visibility_of_element_located((By.ID, "signed-in")))
    # when the docs explorer is opened on the Query root type
    button(driver, "Show Documentation Explorer").click()
    plugin_text(driver, "Root Types")
    driver.find_element(By.XPATH, "//div[contains(@class,'graphiql-plugin')]//a[text()='Query']").click()
    fields = plugin_text(driver, "householdStatistics")
    # then it lists the supergraph's query fields, from every subgraph, with their Chinese descriptions
    for field in ("households", "householdStatistics", "paymentBatches", "batchLines", "findings", "findingsByRule"):
        assert f"\n{field}" in fields or fields.startswith(field), field
    assert "行政区划" in fields
    # when the default query (the city's statistics) runs
    button(driver, "Execute query (Ctrl-Enter)").click()
    wait.until(lambda d: "零陵区" in d.find_element(By.CSS_SELECTOR, ".graphiql-response").text)
    # then the answer is the gateway's, for the officer's token
    expected = (await gql("{ householdStatistics { total { households } } }", user="municipal.officer"))["data"]
    shown_text = driver.find_element(By.CSS_SELECTOR, ".graphiql-response").text
    assert f'"households": {expected["householdStatistics"]["total"]["households"]}' in shown_text
    # and the history lists the run
    button(driver, "Show History").click()
    assert "householdStatistics" in plugin_text(driver, "householdStatistics")
    # when a field name is begun in the editor, autocompletion offers the schema's fields
    editor = driver.find_element(By.CSS_SELECTOR, ".graphiql-query-editor .monaco-editor textarea")
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.DELETE)
    editor.send_keys("{ paymentBa")
    wait.until(
        lambda d: any(
            row.text.startswith("paymentBatches")
            for row in d.find_elements(By.CSS_SELECTOR, ".suggest-widget .monaco-list-row")
        )
    )
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "graphiql.png"))
    # and nothing came from anywhere but the gateway: the bundle, its workers and the API are all local
    loaded = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert {urlparse(url).netloc for url in loaded} == {urlparse(live_server).netloc}
    assert {"/graphiql/editor.worker.js", "/graphiql/graphql.worker.js"} <= {urlparse(url).path for url in loaded}
    # and the token, tabs and history are this tab's only: nothing in localStorage
    kept = driver.execute_script("return [localStorage.length, Object.keys(sessionStorage)]")
    assert kept[0] == 0 and "dibao.graphiql.token" in kept[1] and "graphiql:queries" in kept[1]
    assert "householdStatistics" in json.dumps(
        driver.execute_script("return sessionStorage.getItem('graphiql:queries')")
    )
    # when the officer signs out, the token is gone from the tab
    driver.find_element(By.ID, "sign-out").click()
    wait.until(shown.visibility_of_element_located((By.ID, "sign-in")))
    assert driver.execute_script("return sessionStorage.getItem('dibao.graphiql.token')") is None
