"""GraphQL object, input and enum types of the households subgraph, one module per area; no ORM reads (fields load
through `schema.loaders` or call a domain function)."""
