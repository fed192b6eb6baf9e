"""Three small federation subgraphs shaped like the product, reachable in-process."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any

import strawberry
from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware
from starlette.applications import Starlette
from starlette.routing import Route
from strawberry.asgi import GraphQL

from gateway.subgraph import Transport

HOUSEHOLD_COUNT = 600
HEAD_COUNT = 7


def household_ids(first: int) -> list[str]:
    """Ids of the first households in the registry."""
    return [f"h{i}" for i in range(1, min(first, HOUSEHOLD_COUNT) + 1)]


def head_of(household_id: str) -> str:
    """Households share a few heads so that entity representations repeat."""
    return f"p{int(household_id[1:]) % HEAD_COUNT}"


def person_name(person_id: str) -> str:
    """The registered name of a person."""
    return f"Person {person_id[1:]}"


def payments_of(household_id: str) -> list[dict[str, str]]:
    """Payments the disbursement subgraph holds for a household."""
    number = int(household_id[1:])
    return [{"amount": f"{number * 10}.00", "period": f"2024-{month:02d}"} for month in (1, 2)][: 1 + number % 2]


def findings_of(household_id: str) -> list[dict[str, str]]:
    """Findings the supervision subgraph holds for a household."""
    number = int(household_id[1:])
    return [{"rule": f"R{number % 3}"}] if number % 4 else []


def monthly_amount(household_id: str) -> str:
    """The monthly allowance of a household."""
    return f"{int(household_id[1:]) * 10}.00"


@dataclass
class Faults:
    """Knobs the tests turn to make subgraph resolvers fail."""

    failing_amounts: set[str] = field(default_factory=set)


FAULTS = Faults()

# --- households ---------------------------------------------------------------------------------


@strawberry.federation.type(keys=["id"])
class Person:
    id: strawberry.ID
    name: str

    @classmethod
    async def resolve_reference(cls, id: strawberry.ID) -> Person:
        return cls(id=id, name=person_name(id))


@strawberry.federation.type(keys=["id"])
class Household:
    id: strawberry.ID

    @strawberry.field
    def head(self) -> Person | None:
        return Person(id=strawberry.ID(head_of(self.id)), name=person_name(head_of(self.id)))

    @classmethod
    async def resolve_reference(cls, id: strawberry.ID) -> Household:
        return cls(id=id)


SearchResult = Annotated[Household | Person, strawberry.union("SearchResult")]


@strawberry.type
class HouseholdsQuery:
    @strawberry.field
    def households(self, first: int) -> list[Household]:
        return [Household(id=strawberry.ID(i)) for i in household_ids(first)]

    @strawberry.field
    def household(self, id: strawberry.ID) -> Household | None:
        return Household(id=id) if id in household_ids(HOUSEHOLD_COUNT) else None

    @strawberry.field
    def search(self, term: str) -> list[SearchResult]:
        return [Household(id=strawberry.ID("h1")), Person(id=strawberry.ID("p2"), name=person_name("p2"))]


households_schema = strawberry.federation.Schema(
    query=HouseholdsQuery, types=[Household, Person], federation_version="2.11"
)

# --- disbursement -------------------------------------------------------------------------------


@strawberry.type
class Payment:
    amount: str | None
    period: str


@strawberry.federation.type(keys=["id"], name="Household")
class PayingHousehold:
    id: strawberry.ID

    @strawberry.field
    async def payments(self) -> list[Payment]:
        return [Payment(**p) for p in payments_of(self.id)]

    @strawberry.field
    def monthly_amount(self) -> str | None:
        if self.id in FAULTS.failing_amounts:
            raise ValueError(f"no allowance computed for household {self.id}")
        return monthly_amount(self.id)

    @classmethod
    async def resolve_reference(cls, id: strawberry.ID) -> PayingHousehold:
        return cls(id=id)


@strawberry.type
class DisbursementQuery:
    @strawberry.field
    def disbursement_total(self, period: str) -> str:
        return f"total for {period}"


disbursement_schema = strawberry.federation.Schema(
    query=DisbursementQuery, types=[PayingHousehold], federation_version="2.11"
)

# --- supervision --------------------------------------------------------------------------------


@strawberry.type
class Finding:
    rule: str


@strawberry.federation.type(keys=["id"], name="Household")
class SupervisedHousehold:
    id: strawberry.ID
    monthly_amount: str | None = strawberry.federation.field(external=True, default=None)

    @strawberry.field
    def findings(self) -> list[Finding]:
        return [Finding(**f) for f in findings_of(self.id)]

    @strawberry.field
    def risk_note(self) -> str | None:
        return f"note {self.id}"

    @strawberry.federation.field(requires=["monthlyAmount"])
    def risk_level(self) -> str:
        if self.monthly_amount is None:
            return "unknown"
        return "high" if float(self.monthly_amount) > 100 else "low"

    @classmethod
    async def resolve_reference(cls, id: strawberry.ID, monthlyAmount: str | None = None) -> SupervisedHousehold:  # noqa: N803
        return cls(id=id, monthly_amount=monthlyAmount)


@strawberry.federation.type(keys=["id"], name="Person")
class SupervisedPerson:
    id: strawberry.ID

    @strawberry.field
    def flagged(self) -> bool:
        return self.id.endswith("3")

    @classmethod
    async def resolve_reference(cls, id: strawberry.ID) -> SupervisedPerson:
        return cls(id=id)


@strawberry.type
class SupervisionQuery:
    @strawberry.field
    def open_findings(self) -> int:
        return 3


supervision_schema = strawberry.federation.Schema(
    query=SupervisionQuery, types=[SupervisedHousehold, SupervisedPerson], federation_version="2.11"
)

SCHEMAS = {
    "households": households_schema,
    "disbursement": disbursement_schema,
    "supervision": supervision_schema,
}


def subgraph_app(schema: strawberry.federation.Schema) -> OpenTelemetryMiddleware:
    """A subgraph served at /graphql, traced like the product's subgraphs."""
    return OpenTelemetryMiddleware(Starlette(routes=[Route("/graphql", GraphQL(schema), methods=["GET", "POST"])]))


@dataclass
class SentRequest:
    """One request a gateway sent to a subgraph."""

    url: str
    content: bytes
    headers: dict[str, str]


class RecordingTransport:
    """Passes requests to a subgraph and records them; can simulate an outage or garbage."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.requests: list[SentRequest] = []
        self.mode = "ok"
        self.delay = 0.0  # seconds a request spends on the way, as on a slow network

    @property
    def bodies(self) -> list[dict[str, Any]]:
        """The JSON bodies posted so far."""
        return [json.loads(r.content) for r in self.requests]

    async def post(self, url: str, content: bytes, headers: Mapping[str, str], timeout: float) -> tuple[int, bytes]:
        self.requests.append(SentRequest(url, content, {k.lower(): v for k, v in headers.items()}))
        if self.mode == "down":
            raise ConnectionRefusedError("connection refused")
        if self.mode == "timeout":
            raise TimeoutError
        if self.mode == "garbage":
            return 502, b"<html>bad gateway</html>"
        if self.mode == "short":
            return 200, b'{"data": {"_entities": []}}'
        if self.delay:
            await asyncio.sleep(self.delay)
        return await self.inner.post(url, content, headers, timeout)

    async def aclose(self) -> None:
        await self.inner.aclose()
