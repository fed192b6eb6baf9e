"""A server of the multi-process deployment calls other services at their URLs only, never in-process, and
knows before it starts what it lacks."""

import dataclasses

import pytest

from kernel.internal import InternalCallFailed, InternalClient
from kernel.settings import SERVICES, load_settings, missing_configuration


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
    client = InternalClient(
        "households", caller="disbursement", settings=dataclasses.replace(load_settings(), subgraph_urls={})
    )
    try:
        assert client._url == "http://households.in-process/graphql"
    finally:
        await client.aclose()


def test_a_server_is_told_each_url_it_lacks_or_that_is_not_http_and_in_production_each_database():
    # given a production disbursement server with a households URL missing its scheme and no database URLs
    settings = dataclasses.replace(
        load_settings(),
        env="production",
        subgraph_urls={"households": "households:8000/graphql"},
        configured_databases=frozenset({"households"}),
    )
    # then both are named, and nothing else
    assert [variable for variable, _ in missing_configuration("disbursement", settings)] == [
        "DIBAO_HOUSEHOLDS_URL",
        "DIBAO_DISBURSEMENT_DATABASE_URL",
    ]
    assert "is not an http:// or https:// URL" in missing_configuration("disbursement", settings)[0][1]
    # and a development gateway with every URL lacks nothing (its databases may be SQLite)
    urls = {name: f"http://{name}:8000/graphql" for name in SERVICES}
    assert missing_configuration("gateway", dataclasses.replace(settings, env="development", subgraph_urls=urls)) == []
