"""Every generated view exports its list as CSV and as .xlsx, whatever characters its Chinese label holds."""

from __future__ import annotations

import csv
import io

import openpyxl

from admin.exports import sheet_name
from admin.generate import view_for
from admin.tables import build_entities
from authz.enforcer import EVERYWHERE
from dibao.seed import DEMO_PASSWORD
from identity.models import User
from identity.service import create_user
from kernel.db import MODEL_MODULES

WHOLE_AUDITOR = "export.auditor"


def test_sheet_names_drop_what_excel_refuses_and_keep_31_characters():
    assert sheet_name("家庭 / 保障档案") == "家庭 保障档案"
    assert sheet_name("a[b]c:d*e?f/g\\h") == "a b c d e f g h"
    assert len(sheet_name("很长的名字" * 10)) == 31
    assert sheet_name("/") == "导出"


async def test_every_view_exports_as_csv_and_xlsx(sign_in):
    # given a province-wide auditor who is also the system administrator, so every view opens
    if not await User.exists(username=WHOLE_AUDITOR):
        await create_user(
            username=WHOLE_AUDITOR,
            password=DEMO_PASSWORD,
            grants=[("county_auditor", EVERYWHERE), ("system_admin", EVERYWHERE)],
        )
    client, _ = await sign_in(WHOLE_AUDITOR)
    entities = build_entities(MODEL_MODULES)
    views = [view_for(entity, entities) for entity in entities]
    assert sum("/" in view.name for view in views) >= 5
    for view in views:
        assert (await client.get(f"/admin/{view.identity}/list")).status_code == 200, view.name
        # when the list is exported in both formats
        as_csv = await client.get(f"/admin/{view.identity}/export/csv")
        as_xlsx = await client.get(f"/admin/{view.identity}/export/xlsx")
        # then both answer and parse, headed by the view's column labels
        assert as_csv.status_code == 200, (view.name, as_csv.text[:300])
        assert as_xlsx.status_code == 200, (view.name, as_xlsx.text[:300])
        header = next(csv.reader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
        sheet = openpyxl.load_workbook(io.BytesIO(as_xlsx.content), read_only=True).active
        assert [cell.value for cell in next(sheet.iter_rows(max_row=1))] == header
        assert sheet.title == sheet_name(view.name)


async def test_a_visit_photo_reads_and_exports_by_its_hash_and_size_never_its_image(auditor):
    # given a photo kept for an application of the auditor's county
    import hashlib

    from services.households.models import VisitPhoto

    image = b"\xff\xd8\xff\xe0" + "入户照片内容".encode() * 50 + b"\xff\xd9"
    row = await VisitPhoto.create(
        application_id=1,
        household_id=1,
        region_code="431102100200",
        content_type="image/jpeg",
        size=len(image),
        sha256=hashlib.sha256(image).hexdigest(),
        content=image,
        uploaded_by="admin.test",
    )
    entities = build_entities(MODEL_MODULES)
    identity = view_for(next(e for e in entities if e.table.name == "visit_photo"), entities).identity
    # when the auditor opens its page and exports the list
    page = await auditor.get(f"/admin/{identity}/details/{row.id}")
    exported = await auditor.get(f"/admin/{identity}/export/csv")
    # then the hash and size are shown, the image nowhere
    assert page.status_code == 200 and row.sha256 in page.text, page.text[:300]
    assert exported.status_code == 200 and row.sha256 in exported.content.decode("utf-8-sig")
    for body in (page.content, exported.content):
        assert "入户照片内容".encode() not in body and b"\\xff\\xd8" not in body
