"""The authorization library every service uses: named actions, the Casbin policy over region codes, row scopes,
masking, the permission classes and the signed token format. Users, sign-in and sessions are `identity`'s."""
