from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "admin_session" (
    "id_hash" VARCHAR(64) NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL,
    "remote" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_admin_sessi_usernam_6b615a" ON "admin_session" ("username");
COMMENT ON COLUMN "admin_session"."id_hash" IS '会话编号散列 / SHA-256 of the session id';
COMMENT ON COLUMN "admin_session"."username" IS '登录名 / username';
COMMENT ON COLUMN "admin_session"."remote" IS '来源地址 / remote address';
COMMENT ON COLUMN "admin_session"."created_at" IS '登录时间 / signed in at';
COMMENT ON COLUMN "admin_session"."expires_at" IS '到期 / expires at';
COMMENT ON COLUMN "admin_session"."revoked_at" IS '已注销 / signed out or revoked at';
COMMENT ON TABLE "admin_session" IS 'An admin sign-in — 后台会话: the cookie carries its id; the hash is kept, checked on every request.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "admin_session";"""


MODELS_STATE = (
    "eJztXW132jgW/is6fErPoR0wfoHOJ5qmbXbaZE/C7M6ZyRwfYcugjbEZSyRlZ/Pf90p+B/"
    "PiEIIp/tA0kXVt+T6y9DxX1/LfDTzj4/++69sT6vVnNuU3xPIDu/Ee/d3w8ITAL6uqNOHI"
    "dJpUEH9zPHRDE1HZxKK2GaTVh4wH2OJQw8EuI1BkE2YFdMqp7wk7eREk7RBUpS66mymttg"
    "r/aWqLwM+O07qb6apl381UR7PuZt3hEEo0R9PeI0ZH3lvqsSZ6oOSRId9BUxIw38MusjHH"
    "TUS+T/2AM4Q9G1lj7I0IQxNsEwSX5WOCZMPficbavgWtpd6oYu2aefSvGTG5PyJwIIDW/f"
    "EnFFPPJt8Ji/+c3psOJW4eSCpRkOUmn09l2Qc6uvT4J1lX3PXQtHx3NvHS+tM5H/teYkA9"
    "LkpHxCMB5kRcgQczgaU3c92oA8Twho1Nq4StzNjYxMEzV/QIYR02IC1rmObV9cC8vRiYZm"
    "Opt8QWGaCiIsv3RE+DpjLpgJFowtueonQ6htLq6F1NNQyt2+pCXdne5UPGU9iY1FvhqaTP"
    "Lj9fXg1Eg3zozmGPFwVP0gbwDK0kGJnHyOJ+sAzA+RgHxe5PDBYQgFtbRCD29zoI4oIXxa"
    "CR7/QqGWL0E0pavgU2E/zddIk34mP4U1fXuP1f/ZvzL/2bM119k/f9VXREkYcECjmvi5aW"
    "c3tkcSx+Dz0eNfrwLicep3xexuWpxb5cns43O/lcGzo9GNotvX03MyxjCCVGdwj+D+8AyX"
    "ZXCASzaMjfhINZOO7vr/c3Grvh4LR1OQEbKQ7hHRwehYCMoM3gYZuUwWHBrNJIdDoYfipt"
    "RYz+pAN4dFttQCK8BxTfQ1ks2soWWLSVlViIQ3ks2MyyCLFJEQnyfZdgrxiMnN0CFEMw3N"
    "cAFaNTblJQ2oJ1Kj0HIMi1fDMA6xjP9fVXcZIJY3+5IQVa4D9Xv377cAGISECgEuU5WpTC"
    "MCSOHxQ8Df+4vb4qBiC1WPC+TS2O/odcypYoaQEIkT9fYZLo2F1AQndUgYRqAxLpLewEg/"
    "BRDoa4v5996/+2+Cicf73+IJ3mMz4K5FnkCT4sMiSHkwJeuhqPxOAI4QCxJthSfAcVRIMv"
    "Q/ERvMjphKyAgxdhEZm8i3+pFHPVHJixe5qjAhZx47aYIAKC7WvPnUcNWQPN4PLbxe2g/+"
    "2fOXw+9gcX4ogiS+cLpWf6AmbJSdC/LwdfkPgT/X59dbEIY1Jv8HtDtAnPuG96/qOJ7YzP"
    "4tLYr3me4D+yZdxXCvO4+mZpfsgHr9tVLQG20RJ0AJqMzqIwx5stAQ91u9JWDbXb0dVEri"
    "cl61R6OPWIYIhznxHkomCIrftHHNjm0hFf8VfVXT40USaLJdjDI+lDcUdRZ4iDZ7eEsdA5"
    "hbG1+HBzY1yNZWpuDql5YfAoDkIVR65Up41FzMq238t4k+X79xT+w0FACUOUwz/7Z3lojN"
    "kYUYbuyZQ3kTUm1j2xEVA98kCCOfA+6FaMF8TQDtiQnYJmprhQGfqeMXkZ6r6P6Fkj6+us"
    "ihKPrN6RnF4oqtsv/beKpouYpXB61PcOrLBWR9lmjATy9xJ4ZW2qHfMxdBlzcDRNPjWCWm"
    "YbXwXBO/F5Sa0bW7xe7OcZOlc3dPC5TnpCXhkd+VOVE5tsPwxtNtABVg0ULGBK4DGzPJnM"
    "W74OqXwhupF9NnIMU8w3MDGIBRy+M+mvErOMHbeWWgLlonC6Z/SFvOVR9QVNEU+obrRFGC"
    "S6j5NEPyAP/v2zRoK85Qug/3qC33YUAN8iXTEEtFrpEODPOPIDFN3ayXSIimggsXp+5cu4"
    "4JIASo6tVT8yn8CLq22WPnK9XtTPaI0hbgvOK37q7ZYDv/es9nv0OMYc4WiNH/rIYyBn9a"
    "HsMh5BYRaDYMHYmwMLDh6oRQpEzqtcss4BONIcgCoujb6MMqlXRiuJRL02elgsjmZ1VMy2"
    "JdOTEouKY5CZfuP8pKTph38MOPlewM0HUFrs9rh+xTNlUqID/o4p225U++K3wfrltoRpf7"
    "2++hxXX1yDq5fbTnO5rRoi6NIOZ+H1udZFtdYLIz5+RrZ1fJnixGZDU8S6udIRKwKGCnNX"
    "T9da2fH0vQw+MxQFDZso8F3C0CjAHhfy2rNjqd2M1w0YsBCb2MvC6cBtqRXVkSqqOqu6zq"
    "qus6rrrOo6dlBnVVc0clBnVddZ1XVWdZ1VvR6POqu6zqquwzw/SJjnhjhwG+OBf0+K8n1z"
    "h5ubAjtBWNvkSfXNK98oMkLSCI2xiHTI/Id0WTqMpmjiNXXgGPAcG4pq/YwItmRa7YzJbF"
    "oLTs/HcI6ATF1sQdkj5WPqyVRcB0+oOy9YBn/96+8QwfkPp2V4ZFS92qm9iUMXqHyIR1Wz"
    "d0M8y4CRWlQ7rpAFRNcsQSRlOnWUC085EibEs6FTB/6kGkKrTqY+bLShTt084dRNMf89A/"
    "qM2fElbaqO4YSrPeHDeDo5mnXSrsAfhmGcJO2eWppu/QbH0JDvAdrtBTVLGZuV6Ai1pN2L"
    "pJVP42pJmznc3Cxpw3GqjKT1ELYswlgkYeLRIQwCSjUo2cIcnUlSDVrzTUZsLgwveckZvz"
    "s6nEtSPoKH4REXydrDtKGWtj+AtK2qltrD23e1mKqIwtU6PSerqBamVT+gIyr2oAwHrdNj"
    "WRUi2q8osDMTUK47lOXbNc3aB83yXfJZJC0Wcazk2GaCBVXNUVJ3mwUDsEBjaKJgIFgO3v"
    "KV6TjlQGRQYteN/mTAeTwQGmMRuUwYTrdnA8PpKoZ4/7LT7YbJmoXLA/u9WgFj+kPOpuKg"
    "uLb8P5MP8med7XkM2Z4xdFun/ET1K06e0p4sd0pyK0KZjizP6gd/Q+skQ0LhuK4SObpnyU"
    "qS2H+aZGVxla4wJXXdvJQxetYucq/UBSo4Py3xxDwSyzB88gNCR94vZC6huIR2Y88qGhtD"
    "mvdrdJYjQ+Ap7mJxadp9A/yYUKlsz4Nbt4lLwqTG8/7tef/jRePpILz7FhC69C4eSCHzzh"
    "7dyL1F6M+knkmS6hvp94XcsS5OBsCck4nY006mmjLmzFyxbYnnZ8hvNt7STT41sUy1X/TM"
    "9VtSFR6X1vHmqgYfTySR49iS5J9H1SqfJA8UkJV7ay21qPTmhFGcVyfhsnnc5sN3/Ho7yC"
    "qgID4o5RG3DAwZk1fEAU/pM6AgCri/19I64h2EKRWERm40/CzZrm8j2xfFXka260uvytav"
    "HpyIJq/GAoJUj8sKJhaV66VLLGC3WTAIv2AnnzY0wdaYegRZLgXNg84wGmLv/g3iYos7C4"
    "d7fqPsnt/pjg5FywMveu5atdSqZYeZa09pLJUXLTZlUxfPzbIILNpVmsdpPbuT+D9qOXou"
    "Bu1Waxv20Gqtpg/iWB6GKWbs0Q/Kf4VgybDii2BaR6y+hNlduS8QxDcSfvDhrB+MfE/Z9h"
    "MiOYAUTdsCIKi1EiB5LA/QPXiiDC5x/Vd8LuJpveQIld2KQ67Qw3wczcbV4NaUmWKLloeC"
    "8WltXCVnV/XNBzRVSd+JSJtdlaCKzLpk5gN2qW2ueOt9vd4pPsMxvbyQS0nVwjw7FSho1z"
    "YMKGkNexK6NHOYxSntBAdAa4HmBmK/Z0e+8nIWbl0WfgZabFeWbF6+5aB3JDqqfhFi9Ttw"
    "bTHygsGCto7u6VRXvUso7LQHyUyBgq+rfYjsPv1yQ1y8YneygsS7avSSnZdln/YYg+iTgF"
    "rjRsE+/+GB5ro4RFplUxBitQ9eWPKfit7f6Ut7zTVK/oEE8RfrtqXJGZMqC5ftXbx/JSKe"
    "qRIejqr/gN7dixCHK/IooSPv4dV7OmVMdtrVqWreXuPcF9u+6aDR9Kf/Az0L3kA="
)
