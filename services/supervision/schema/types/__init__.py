"""GraphQL object and input types of the supervision subgraph, one module per area; no ORM reads (fields load
through `schema.loaders` or call a domain function)."""
