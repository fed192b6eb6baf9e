"""The gateway's HTTP/1.1 client against peers that behave well and badly: keep-alive, expiry, framing,
garbage, hangs, drops and TLS. Each peer is a real TCP server on 127.0.0.1 scripted per test."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from gateway.http1 import ConnectionPool, ProtocolError
from gateway.subgraph import MAX_IN_FLIGHT, NetworkTransport, SubgraphClient, SubgraphError, network_transport

OK = b'{"data": {"__typename": "Query"}}'


def answer(body: bytes = OK, *extra: str) -> bytes:
    head = ["HTTP/1.1 200 OK", "content-type: application/json", f"content-length: {len(body)}", *extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


Script = Callable[[int, bytes, asyncio.StreamWriter], Awaitable[None]]
"""What the peer does with request number n (counted over all connections): write, hang or close."""


class Peer:
    """A TCP server that reads HTTP/1.1 requests and runs a script for each; counts connections and requests."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.connections = 0
        self.requests: list[bytes] = []
        self.server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}/graphql"

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                )
                request = head + await reader.readexactly(length)
                self.requests.append(request)
                await self.script(len(self.requests), request, writer)
                if writer.is_closing():
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def peer_for() -> AsyncIterator[Callable[..., Awaitable[Peer]]]:
    started: list[asyncio.Server] = []

    async def start(script: Script, ssl_context: ssl.SSLContext | None = None) -> Peer:
        peer = Peer(script)
        peer.server = await asyncio.start_server(peer.serve, "127.0.0.1", 0, ssl=ssl_context)
        started.append(peer.server)
        return peer

    yield start
    for server in started:
        server.close()


async def always_ok(n: int, request: bytes, writer: asyncio.StreamWriter) -> None:
    writer.write(answer())
    await writer.drain()


async def test_sequential_requests_share_one_keep_alive_connection(peer_for):
    peer = await peer_for(always_ok)
    pool = ConnectionPool(peer.url)
    for _ in range(3):
        assert await pool.post("/graphql", b"{}", {"authorization": "Bearer t"}, 2) == (200, OK)
    await pool.aclose()
    assert peer.connections == 1
    assert len(peer.requests) == 3
    first = peer.requests[0].decode()
    assert first.startswith("POST /graphql HTTP/1.1\r\n")
    assert f"host: {peer.url.split('/')[2]}\r\n" in first and "authorization: Bearer t\r\n" in first
    assert first.endswith("content-length: 2\r\nauthorization: Bearer t\r\n\r\n{}")


async def test_a_connection_idle_past_its_expiry_is_not_reused(peer_for):
    peer = await peer_for(always_ok)
    pool = ConnectionPool(peer.url, idle_seconds=0.05)
    await pool.post("/graphql", b"{}", {}, 2)
    await asyncio.sleep(0.1)
    await pool.post("/graphql", b"{}", {}, 2)
    await pool.aclose()
    assert peer.connections == 2


async def test_connection_close_from_the_server_opens_a_new_connection_next_time(peer_for):
    async def closing(n: int, request: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(answer(OK, "connection: close"))
        await writer.drain()
        writer.close()

    peer = await peer_for(closing)
    pool = ConnectionPool(peer.url)
    assert [await pool.post("/graphql", b"{}", {}, 2) for _ in range(2)] == [(200, OK), (200, OK)]
    await pool.aclose()
    assert peer.connections == 2


async def test_a_chunked_answer_is_assembled(peer_for):
    async def chunked(n: int, request: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
            b'7\r\n{"data"\r\n' + b"8\r\n: null}\n\r\n" + b"0\r\n\r\n"
        )
        await writer.drain()

    peer = await peer_for(chunked)
    pool = ConnectionPool(peer.url)
    assert await pool.post("/graphql", b"{}", {}, 2) == (200, b'{"data": null}\n')
    assert await pool.post("/graphql", b"{}", {}, 2) == (200, b'{"data": null}\n')
    await pool.aclose()
    assert peer.connections == 1


async def test_an_answer_that_is_not_http_is_an_invalid_response_and_not_retried(peer_for):
    async def garbage(n: int, request: bytes, writer: asyncio.StreamWriter) -> None:
        writer.write(b"SSH-2.0-OpenSSH_9.2\r\n\r\n")
        await writer.drain()

    peer = await peer_for(garbage)
    with pytest.raises(ProtocolError):
        await ConnectionPool(peer.url).post("/graphql", b"{}", {}, 2)
    client = SubgraphClient("households", peer.url, timeout=2, retries=1)
    with pytest.raises(SubgraphError) as raised:
        await client.request("{ __typename }", None, {})
    await client.aclose()
    assert raised.value.code == "SUBGRAPH_INVALID_RESPONSE"
    assert raised.value.message.startswith('Subgraph "households" returned a response that is not HTTP')
    assert len(peer.requests) == 2  # one for the bare pool, one for the client: no retry


async def test_a_hanging_peer_times_out_on_time_and_its_connection_is_dropped(peer_for):
    async def hang_first(n: int, request: bytes, writer: asyncio.StreamWriter) -> None:
        if n == 1:
            await asyncio.sleep(5)
        writer.write(answer())
        await writer.drain()

    peer = await peer_for(hang_first)
    client = SubgraphClient("payments", peer.url, timeout=0.3, retries=0)
    started = time.monotonic()
    with pytest.raises(SubgraphError) as raised:
        await client.request("{ __typename }", None, {})
    assert time.monotonic() - started < 1.0
    assert (raised.value.code, raised.value.message) == (
        "SUBGRAPH_TIMEOUT",
        'Subgraph "payments" timed out after 0.3 s',
    )
    # the late answer can never be read as the next request's: the next request gets a new connection
    assert await client.request("{ __typename }", None, {}) == {"data": {"__typename": "Query"}}
    await client.aclose()
    assert peer.connections == 2


async def test_a_dropped_connection_is_retried_for_a_query_but_never_for_a_mutation(peer_for):
    async def drop(n: int, request: bytes, writer: asyncio.StreamWriter) -> None:
        writer.close()

    peer = await peer_for(drop)
    client = SubgraphClient("households", peer.url, timeout=2, retries=1)
    for idempotent in (True, False):
        with pytest.raises(SubgraphError) as raised:
            await client.request("{ __typename }", None, {}, idempotent=idempotent)
        assert raised.value.code == "SUBGRAPH_UNAVAILABLE"
        assert "closed before the answer was complete" in raised.value.message
    await client.aclose()
    assert len(peer.requests) == 3  # the query twice, the mutation once


async def test_a_header_with_a_line_break_is_refused_before_anything_is_sent(peer_for):
    peer = await peer_for(always_ok)
    pool = ConnectionPool(peer.url)
    with pytest.raises(ValueError, match="line break"):
        await pool.post("/graphql", b"{}", {"x-request-id": "a\r\nx-injected: 1"}, 2)
    await pool.aclose()
    assert (peer.connections, peer.requests) == (0, [])


async def test_subgraphs_are_reached_over_tls(peer_for):
    import trustme

    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    peer = await peer_for(always_ok, server_context)
    url = peer.url.replace("http://", "https://")
    trusting = ssl.create_default_context()
    authority.configure_trust(trusting)
    transport = NetworkTransport(ssl_context=trusting)
    assert await transport.post(url, b"{}", {}, 2) == (200, OK)
    assert await transport.post(url, b"{}", {}, 2) == (200, OK)
    await transport.aclose()
    assert peer.connections == 1
    # and a certificate nobody vouches for is refused
    with pytest.raises(ssl.SSLError):
        await ConnectionPool(url).post("/graphql", b"{}", {}, 2)


async def test_concurrent_requests_beyond_the_limit_wait_for_a_connection(peer_for):
    async def slow(n: int, request: bytes, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.05)
        writer.write(answer())
        await writer.drain()

    peer = await peer_for(slow)
    pool = ConnectionPool(peer.url, max_connections=2)
    answers = await asyncio.gather(*(pool.post("/graphql", b"{}", {}, 5) for _ in range(6)))
    await pool.aclose()
    assert answers == [(200, OK)] * 6
    assert peer.connections == 2


async def test_a_subgraph_gets_at_most_its_limit_of_requests_at_once_and_the_rest_wait_their_turn(peer_for):
    in_flight, most = 0, 0

    async def slow(n: int, request: bytes, writer: asyncio.StreamWriter) -> None:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.02)
        in_flight -= 1
        writer.write(answer())
        await writer.drain()

    peer = await peer_for(slow)
    transport = network_transport()
    answers = await asyncio.gather(*(transport.post(peer.url, b"{}", {}, 5) for _ in range(3 * MAX_IN_FLIGHT)))
    await transport.aclose()
    assert answers == [(200, OK)] * (3 * MAX_IN_FLIGHT)
    assert most == MAX_IN_FLIGHT == 8 and peer.connections == MAX_IN_FLIGHT


async def test_a_request_waiting_for_its_turn_past_its_timeout_times_out(peer_for):
    async def hang(n: int, request: bytes, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(1)

    peer = await peer_for(hang)
    client = SubgraphClient("slow", peer.url, transport=NetworkTransport(max_connections=1), timeout=0.2, retries=0)
    started = time.monotonic()
    results = await asyncio.gather(
        *(client.request("{ __typename }", None, {}) for _ in range(2)), return_exceptions=True
    )
    await client.aclose()
    assert [getattr(r, "code", r) for r in results] == ["SUBGRAPH_TIMEOUT"] * 2
    assert time.monotonic() - started < 0.6 and len(peer.requests) == 1  # the second was never sent
