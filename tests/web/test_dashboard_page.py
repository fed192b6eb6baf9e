"""The dashboard page as served: its own files only (no CDN), no inline script or handler, so a strict CSP holds."""

from __future__ import annotations

import re


async def test_the_dashboard_page_loads_only_its_own_files_and_has_no_inline_script(client):
    page = await client.get("/dashboard")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(asset.startswith("/dashboard/static/") for asset in assets)
    assert re.findall(r"<script[^>]*>", page.text) == [f'<script src="{a}" defer>' for a in assets if a.endswith(".js")]
    assert not re.search(r"\son[a-z]+=", page.text) and "<style" not in page.text and "style=" not in page.text
    for asset in assets:
        served = await client.get(asset)
        assert served.status_code == 200 and served.content, asset
    echarts = await client.get("/dashboard/static/echarts.common.min.js")
    assert "javascript" in echarts.headers["content-type"] and len(echarts.content) > 500_000
    script = (await client.get("/dashboard/static/dashboard.js")).text
    assert "localStorage" not in script and "sessionStorage" in script


async def test_the_dashboard_names_the_open_workflow_steps_from_the_label_table(client):
    from kernel.labels import APPLICATION_STATE
    from services.households.workflow import OPEN

    steps = (await client.get("/dashboard/labels.json")).json()["openSteps"]
    assert steps == [[state, APPLICATION_STATE.label(state)] for state in OPEN]
    assert all(name != state for state, name in steps)
