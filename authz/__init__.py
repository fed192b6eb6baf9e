"""Identity and authorization: tokens, the Casbin policy over region codes, row scopes."""
