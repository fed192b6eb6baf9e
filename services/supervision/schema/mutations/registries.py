"""Registry imports over GraphQL (files up to 8 MB; larger ones through `dibao registry import`): thin translation
to `registry_imports`."""

from __future__ import annotations

import base64
import binascii

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel.enums import RegistryKind
from kernel.errors import InvalidInput
from services.supervision import registry_imports
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.schema.arguments import actor_name
from services.supervision.schema.types.registries import ImportSummary

MAX_UPLOAD = 8 * 1024 * 1024
"""Larger registry files go through `dibao registry import`."""


def _content(content_base64: str) -> bytes:
    try:
        content = base64.b64decode(content_base64, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(
            "the file content is not base64",
            "文件内容不是 base64 编码",
            field="contentBase64",
            code=SupervisionErrorCode.INVALID_BASE64,
        ) from None
    if len(content) > MAX_UPLOAD:
        raise InvalidInput(
            "files above 8 MB are imported with `dibao registry import`",
            "超过 8 MB 的文件请用命令行导入",
            field="contentBase64",
            code=SupervisionErrorCode.FILE_TOO_LARGE,
        )
    return content


@strawberry.type
class RegistryMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.REGISTRY_IMPORT)],
        description="导入比对数据 / import a small registry file (CSV or .xlsx)",
    )
    async def import_registry(
        self, info: Info, kind: RegistryKind, file_name: str, content_base64: str
    ) -> ImportSummary:
        registry_imports.require_city_wide(scope(info, Action.REGISTRY_IMPORT), "registry imports", "比对数据导入")
        result = await registry_imports.import_registry(
            kind=kind, file_name=file_name, content=_content(content_base64), actor=actor_name(info)
        )
        return ImportSummary.from_result(result)
