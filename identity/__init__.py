"""The identity service: users and their role grants, sign-in and its throttle, sessions and token revocation,
the `/auth` endpoints and the `authz` subgraph (users and roles), all over the `authz` database.

It runs in the gateway's process, beside the identity store. The authorization library it uses (actions,
the Casbin policy, scopes, masking, the token format) is `authz`, which every service imports; no service
imports this package.
"""
