"""The running system's edge: the administrator may recompose the supergraph, nobody else; CORS is closed by default."""


async def test_only_the_administrator_may_reload_the_supergraph(client, tokens):
    # given an officer and the administrator
    refused = await client.post(
        "/gateway/reload", headers={"authorization": f"Bearer {await tokens('municipal.officer')}"}
    )
    allowed = await client.post("/gateway/reload", headers={"authorization": f"Bearer {await tokens('admin')}"})
    # then the officer is refused and the administrator's reload recomposes from the live subgraphs
    assert refused.status_code == 403
    assert allowed.status_code == 200, allowed.text


async def test_browsers_of_unknown_origins_get_no_cors_grant(client, tokens):
    response = await client.options(
        "/graphql", headers={"origin": "https://elsewhere.example", "access-control-request-method": "POST"}
    )
    assert "access-control-allow-origin" not in response.headers
