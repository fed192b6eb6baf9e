"""Admin fixtures: a fresh browser-like client per user on the shared system app (its own cookie jar)."""

from __future__ import annotations

import httpx
import pytest

from dibao.seed import DEMO_PASSWORD
from tests.admin.client import admin_client
from tests.admin.client import sign_in as admin_sign_in


@pytest.fixture
async def browser(system):
    """Open clients bound to the running system app; each has its own cookies, like a separate browser."""
    opened: list[httpx.AsyncClient] = []

    async def open_one() -> httpx.AsyncClient:
        client = admin_client(system)
        opened.append(client)
        return client

    yield open_one
    for client in opened:
        await client.aclose()


@pytest.fixture
async def sign_in(browser):
    """POST the real admin login form; returns the client (with its session cookie) and the response."""

    async def run(username: str, password: str = DEMO_PASSWORD) -> tuple[httpx.AsyncClient, httpx.Response]:
        client = await browser()
        response = await admin_sign_in(client, username, password)
        return client, response

    return run


@pytest.fixture
async def auditor(sign_in) -> httpx.AsyncClient:
    """county.auditor, signed in (granted county 431102000000 by the demo seed)."""
    client, response = await sign_in("county.auditor")
    assert response.status_code == 302, response.text
    return client


# --- the admin in a real browser: the system served by uvicorn, driven by headless Chromium ---
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / ".artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1440,1000",
    "--lang=zh-CN",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(databases):
    """`dibao serve` on a free 127.0.0.1 port, over the suite's seeded databases; its base URL."""
    port = _free_port()
    log = tempfile.NamedTemporaryFile(prefix="dibao-admin-server-", suffix=".log", delete=False)
    process = subprocess.Popen(
        [sys.executable, "-m", "dibao.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"the admin server did not start: {Path(log.name).read_text()[-2000:]}")
        time.sleep(0.2)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    os.unlink(log.name)


@pytest.fixture
def chromium(tmp_path):
    """Headless Chromium through the system chromedriver (nothing downloaded), a fresh profile, downloads kept."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.downloads = downloads
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
