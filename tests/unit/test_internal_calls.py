"""A server of the multi-process deployment calls other services at their URLs only, never in-process."""

import dataclasses

import pytest

from kernel.internal import InternalCallFailed, InternalClient
from kernel.settings import load_settings


def test_a_server_without_the_targets_url_is_refused_naming_the_variable():
    # given the settings of a server that is not the embedded system and has no households URL
    settings = dataclasses.replace(load_settings(), embedded=False, subgraph_urls={})
    # when it would call households, then the call is refused with the variable to set
    with pytest.raises(InternalCallFailed) as refused:
        InternalClient("households", caller="disbursement", settings=settings)
    assert refused.value.code == "INTERNAL_CALL_FAILED"
    assert refused.value.extensions["variable"] == "DIBAO_HOUSEHOLDS_URL"
    assert "DIBAO_HOUSEHOLDS_URL" in refused.value.message_en and "DIBAO_HOUSEHOLDS_URL" in refused.value.message_zh


async def test_the_embedded_system_calls_a_service_without_a_url_in_process():
    client = InternalClient("households", caller="disbursement", settings=dataclasses.replace(load_settings(), subgraph_urls={}))
    try:
        assert client._url == "http://households.in-process/graphql"
    finally:
        await client.aclose()
