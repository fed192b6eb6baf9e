"""Three small subgraphs that use the federation directives, served over HTTP in one process.

registry owns households (two keys: `id` and `regionCode number`) and persons; payments knows households
only by the compound key and provides the payee's name; audit adds a `@requires` field, overrides
`status` (and, progressively, `grade` for every request and `channel` for none), and hides a field with
`@inaccessible`. media owns an entity interface (`Media @key(id)`,
implemented by books and films); reviews adds fields to every kind of media through `@interfaceObject`
without knowing the kinds. `/hang/graphql` never answers and
`/garbage/graphql` answers HTML, for the timeout and bad-response tests.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

import strawberry
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Mount, Route
from strawberry.asgi import GraphQL
from strawberry.federation.schema_directives import Override

HOUSEHOLDS = [
    {"id": str(i), "regionCode": f"4311{i % 3:02d}", "number": i, "name": f"Household {i}"} for i in range(1, 13)
]
BY_ID = {h["id"]: h for h in HOUSEHOLDS}
BY_COMPOUND = {(h["regionCode"], h["number"]): h for h in HOUSEHOLDS}


def allowance_of(number: int) -> int:
    """The monthly allowance payments holds for a household."""
    return 100 * number


# --- registry ------------------------------------------------------------------------------------


@strawberry.federation.type(keys=["id"])
class Person:
    id: strawberry.ID
    name: str = strawberry.federation.field(shareable=True)

    @classmethod
    def resolve_reference(cls, id: strawberry.ID) -> Person:
        return cls(id=id, name=f"Person {id}")


@strawberry.federation.type(keys=["id", "regionCode number"])
class Household:
    id: strawberry.ID
    region_code: str
    number: int
    name: str
    status: str = strawberry.federation.field(default="REGISTERED")

    @strawberry.field
    def head(self) -> Person:
        return Person(id=strawberry.ID(f"p{self.number}"), name=f"Person p{self.number}")

    @strawberry.field
    def grade(self) -> str:
        return f"registry grade {self.number % 3}"

    @strawberry.field
    def channel(self) -> str:
        return "counter"

    @classmethod
    def resolve_reference(
        cls,
        id: strawberry.ID | None = None,
        regionCode: str | None = None,  # noqa: N803
        number: int | None = None,
    ) -> Household | None:
        row = BY_ID.get(str(id)) if id is not None else BY_COMPOUND.get((regionCode, number))
        return None if row is None else household(row)


def household(row: dict) -> Household:
    return Household(id=strawberry.ID(row["id"]), region_code=row["regionCode"], number=row["number"], name=row["name"])


Subject = Annotated[Household | Person, strawberry.union("Subject")]


@strawberry.type
class RegistryQuery:
    @strawberry.field
    def households(self, first: int = 5) -> list[Household]:
        return [household(r) for r in HOUSEHOLDS[:first]]

    @strawberry.field
    def household(self, id: strawberry.ID) -> Household | None:
        return household(BY_ID[str(id)]) if str(id) in BY_ID else None

    @strawberry.field
    def search(self, term: str) -> list[Subject]:
        return [household(HOUSEHOLDS[0]), Person(id=strawberry.ID("p9"), name="Person p9"), household(HOUSEHOLDS[1])]


registry = strawberry.federation.Schema(query=RegistryQuery, types=[Household, Person], federation_version="2.7")

# --- payments ------------------------------------------------------------------------------------


@strawberry.federation.type(keys=["id"], name="Person")
class Payee:
    id: strawberry.ID
    name: str = strawberry.federation.field(external=True)

    @classmethod
    def resolve_reference(cls, id: strawberry.ID) -> Payee:
        return cls(id=id, name=f"Person {id}")


@strawberry.type
class Payment:
    amount: int
    period: str
    payee: Payee = strawberry.federation.field(provides=["name"])


@strawberry.federation.type(keys=["regionCode number"], name="Household")
class PaidHousehold:
    region_code: str
    number: int

    @strawberry.field
    def allowance(self) -> int:
        return allowance_of(self.number)

    @strawberry.field
    def payments(self) -> list[Payment]:
        payee = Payee(id=strawberry.ID(f"p{self.number}"), name=f"Person p{self.number}")
        return [Payment(amount=allowance_of(self.number), period=f"2026-0{m}", payee=payee) for m in (1, 2)]

    @classmethod
    def resolve_reference(cls, regionCode: str, number: int) -> PaidHousehold:  # noqa: N803
        return cls(region_code=regionCode, number=number)


@strawberry.type
class PaymentsQuery:
    @strawberry.field
    def top_households(self) -> list[PaidHousehold]:
        return [PaidHousehold(region_code=h["regionCode"], number=h["number"]) for h in reversed(HOUSEHOLDS[-4:])]


payments = strawberry.federation.Schema(query=PaymentsQuery, types=[PaidHousehold, Payee], federation_version="2.7")

# --- audit ---------------------------------------------------------------------------------------


@strawberry.federation.type(keys=["id"], name="Household")
class AuditedHousehold:
    id: strawberry.ID
    allowance: int = strawberry.federation.field(external=True, default=0)

    @strawberry.federation.field(requires=["allowance"])
    def risk(self) -> str:
        return "high" if self.allowance > 600 else "low"

    @strawberry.federation.field(override="registry")
    def status(self) -> str:
        return "AUDITED" if int(self.id) % 2 else "PENDING"

    @strawberry.federation.field(override=Override(override_from="registry", label="percent(100)"))
    def grade(self) -> str:
        return f"audited grade {self.id}"

    @strawberry.federation.field(override=Override(override_from="registry", label="percent(0)"))
    def channel(self) -> str:
        return "online"

    @strawberry.federation.field(inaccessible=True)
    def internal_note(self) -> str:
        return "not for clients"

    @strawberry.federation.field(tags=["public"])
    def audit_label(self) -> str | None:
        if self.id == "3":
            raise ValueError("household 3 is under review")
        return f"label {self.id}"

    @classmethod
    def resolve_reference(cls, id: strawberry.ID, allowance: int = 0) -> AuditedHousehold:
        return cls(id=id, allowance=allowance)


@strawberry.type
class AuditQuery:
    @strawberry.field
    def audited_count(self) -> int:
        return len(HOUSEHOLDS)


audit = strawberry.federation.Schema(query=AuditQuery, types=[AuditedHousehold], federation_version="2.7")

# --- media: an entity interface -----------------------------------------------------------------

MEDIA = {
    "b1": ("Book", "Dibao handbook", "Li Wei"),
    "f2": ("Film", "Winter relief", "Wang Fang"),
    "b3": ("Book", "Village ledger", "Zhao Min"),
}


@strawberry.federation.interface(keys=["id"])
class Media:
    id: strawberry.ID
    title: str

    @classmethod
    def resolve_reference(cls, id: strawberry.ID) -> Media | None:
        return media_item(str(id))


@strawberry.federation.type(keys=["id"])
class Book(Media):
    author: str


@strawberry.federation.type(keys=["id"])
class Film(Media):
    director: str


def media_item(id: str) -> Media | None:
    if id not in MEDIA:
        return None
    kind, title, maker = MEDIA[id]
    if kind == "Book":
        return Book(id=strawberry.ID(id), title=title, author=maker)
    return Film(id=strawberry.ID(id), title=title, director=maker)


@strawberry.type
class MediaQuery:
    @strawberry.field
    def library(self) -> list[Media]:
        return [media_item(id) for id in MEDIA]

    @strawberry.field
    def book(self, id: strawberry.ID) -> Book | None:
        found = media_item(str(id))
        return found if isinstance(found, Book) else None


media = strawberry.federation.Schema(query=MediaQuery, types=[Media, Book, Film], federation_version="2.7")

# --- reviews: fields on every kind of media through @interfaceObject ----------------------------


@strawberry.federation.interface_object(keys=["id"], name="Media")
class ReviewedMedia:
    id: strawberry.ID

    @strawberry.field
    def reviews(self) -> list[str]:
        return [f"review {n} of {self.id}" for n in (1, 2)]

    @strawberry.field
    def stars(self) -> int:
        return 3 + len(self.id) % 3

    @classmethod
    def resolve_reference(cls, id: strawberry.ID) -> ReviewedMedia:
        return cls(id=id)


@strawberry.type
class ReviewsQuery:
    @strawberry.field
    def top_media(self) -> list[ReviewedMedia]:
        return [ReviewedMedia(id=strawberry.ID(id)) for id in ("f2", "b1")]


reviews = strawberry.federation.Schema(query=ReviewsQuery, types=[ReviewedMedia], federation_version="2.7")

SUBGRAPHS = {"registry": registry, "payments": payments, "audit": audit, "media": media, "reviews": reviews}


async def hang(request: Request) -> JSONResponse:
    await asyncio.sleep(3600)
    return JSONResponse({})


async def garbage(request: Request) -> HTMLResponse:
    return HTMLResponse("<html>upstream error</html>", status_code=200)


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


app = Starlette(
    routes=[
        Route("/healthz", healthz),
        Route("/hang/graphql", hang, methods=["POST"]),
        Route("/garbage/graphql", garbage, methods=["POST"]),
        *(
            Mount(f"/{name}", routes=[Route("/graphql", GraphQL(schema), methods=["GET", "POST"])])
            for name, schema in SUBGRAPHS.items()
        ),
    ]
)
