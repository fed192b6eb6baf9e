"""GraphQL object and input types of the disbursement subgraph, one module per area; no ORM reads (fields load
through `schema.loaders` or call a domain function)."""
