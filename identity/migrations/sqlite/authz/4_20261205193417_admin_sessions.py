from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE IF NOT EXISTS "admin_session" (
    "id_hash" VARCHAR(64) NOT NULL PRIMARY KEY /* 会话编号散列 \/ SHA-256 of the session id */,
    "username" VARCHAR(64) NOT NULL /* 登录名 \/ username */,
    "remote" VARCHAR(64) NOT NULL /* 来源地址 \/ remote address */,
    "created_at" TIMESTAMP NOT NULL /* 登录时间 \/ signed in at */,
    "expires_at" TIMESTAMP NOT NULL /* 到期 \/ expires at */,
    "revoked_at" TIMESTAMP /* 已注销 \/ signed out or revoked at */
) /* An admin sign-in — 后台会话: the cookie carries its id; the hash is kept, checked on every request. */;
CREATE INDEX IF NOT EXISTS "idx_admin_sessi_usernam_6b615a" ON "admin_session" ("username");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        DROP TABLE IF EXISTS "admin_session";"""


MODELS_STATE = (
    "eJztXW1z4jgS/isqPmWqMntgbAy5L0dmmJncziRbCXO3tTtbLmHL4IuxWVuE4fby368l+R"
    "3z4pAEMfhDCEhqW+pHlp5uteS/GnhOJ//9qW9NHa8/txx6S0w/sBoX6K+Gh6cEvqwrcg45"
    "s1lSgP2meOQKEVbYwKy0EaTFRyENsEmhhI3dkECSRUIzcGbU8T0mx2+CuByCoo6Lvs2VZk"
    "uFf5raJPDZtpvf5h3VtL7NVVszv827oxGkaLamXaDQGXtvHS88Rw8OWYTIt9GMBKHvYRdZ"
    "mOJzRL7P/ICGCHsWMifYG5MQTbFFENyWTgjiFf+JVdbyTait440lq9fcc/6cE4P6YwIZAd"
    "Tu9z8g2fEs8p2E8c/ZvWE7xM0D6XAUeLpBlzOedumMrzz6gZdlrR4Zpu/Op15afrakE99L"
    "BByPstQx8UiAKWF3oMGcYenNXTfqADG8orJpEVHLjIxFbDx3WY9g0qICaVrDMK5vhsbdYG"
    "gYjZXeEktkgIqSTN9jPQ2qGnIFjFkV3vYUpd3WlWa709VUXde6zS6U5fVdzdIfRWVSbYlL"
    "cZ1dfby6HrIK+dCdRY9nCY9cBvAUUhyMzGNkUj9YBeDdBAfl6k8ECghA04oIxPreBEGc8K"
    "wYNPKdXiUjjP6GkprvgM0Ufzdc4o3pBH521A1q/1f/9t2n/u1ZR32T1/11lKPwLIZCTuus"
    "ptXUHkkci96FxqNKH17lxKMOXVZReSrxUipP55u9dK6N7B4M7Wan9W2um/oIUvTuCPQvWo"
    "B4vSUCwSgb8rfhYJSO+y/X+xuN/XCwWx0+AespDqIFh0chIGOoM2jYIlVwKIhJjUS7jeFT"
    "aSls9CdtwKPbbAESog0obkNVLFrKDli0lLVYsKw8FuHcNAmxSBkJ8n2XYK8cjJxcAYoRCL"
    "7UABWjU21SUFqMdSo9GyDI1Xw7AJsYz83NZ3aRaRj+6QoKVOA/11+/XA4AEQ4IFHJojhal"
    "MIyI7QclT8M/726uywFIJQratxyTov8h1wlXKGkJCJE+X2GSaFtdQKJjqwwJ1QIk0ibsBQ"
    "PTUQ6GuL+ffen/WnwU3n2+ueRK80M6DvhV+AUuiwzJpqSEl67HIxE4QjjAWGNsKW6BhGjQ"
    "VSjegxapMyVr4KBlWEQiP8VfpGKumg0zdk+zVcAirtwOE0RAsHXjucuoIhugGV59GdwN+1"
    "9+yeHzvj8csByFpy4LqWedAmbJRdC/r4afEPuJfru5HhRhTMoNf2uwOuE59Q3PXxjYyugs"
    "To31mucJ/iJcxX2tYR4X326aH/LB63ZVk4GtNxkdgCqjs8jN8WZHwIXdrrRUXe22O2piri"
    "cpm6x0MfUwZ4h9nzHIWcIIm/cLHFjGSo6v+OvKrmZNlWkxBXt4zHXIWhR1hth5dkfCUCin"
    "1LcWZ59v9auFmZLbXWqecB7FTqhyz5VqtzDzWVnWBfc3mb5/78A/HAQOCZFD4c/6O8+a4H"
    "CCnBDdkxk9R+aEmPfEQkD1yAMJlsD7oFuFtMSHdsCK7OU0M9iNqtD3jMjzUPeX8J41srrO"
    "WlHske20OadnFtXdp/5bReswnyVTetT3DmxhrfeyzUMS8O8V8MrKyO3z0Tvc52BrGn9qGL"
    "XMVl4Gg3fq04q2bizxer6fJ9i5Hb0DOu+QHjOv9Db/VPnExusPQ5sFdCCUAwUTmBJozKhO"
    "JvOSr0Mqn4luZJ+NHMNk8w1MDGwBh+5N+mVilrHiNlJLoFwOXO4JfSEveVR9QVPYE9rRW8"
    "wNErXjJNEPyIN//6SRIC/5DOi/nsFv2QqAb5IuGwKazXQI8OcU+QGKmnYyHUISG4itnl/7"
    "3C+4YgAleRutHx5P4MXFtps+fL2elc/YGiPcYpyXfXZaTRu+98zWBVpMMEU4WuOHPrII+K"
    "w+4l3GI0hEMTAWjL0lsODgwTFJiZHzKresYwCONAZAxqXR57FM6pVRKZGo10YPi8XRrI6y"
    "2bZieFIiITkGmek3jk9Kqn74x4CS7yXcfAip5WqPy0seKZMSHdB3TNn2o9qDX4ebl9sSpv"
    "355vpjXLy4Blcvt53mcpscRtCVJWbhzbHWZaU2G0Z08oRo6/g25YHNuqawdXOlzVYEdBXm"
    "rl5Ha2bH0wvufA5R5DQ8R4HvkhCNA+xRZl57Vmxqn8frBiGwEItYq4bTgetSW1RHalHVUd"
    "V1VHUdVV1HVde+gzqqWlLPQR1VXUdV11HVdVT1ZjzqqOo6qrp28/wgbp5bYkMzJkP/npTF"
    "++ayz7c5dgJR2qBJ8e0r3ygSQlwITTDzdPD4h3RZWnhTNLZNHTgGPMe6opoXiGCTh9XOQx"
    "5Na8Ll6QSuEZCZi01IWzh04ng8FNfGU8ddliyDv/799/Dg/Ic6VXhkVFzu0N5EoQUqL/CQ"
    "NXpX4FkFjFRCbr9CFpCOZjIiycOpo1h4hyImQjwLOnXgT+UwtOpg6sN6G+rQzRMO3WTz3x"
    "Ogz4gdX9Cmauu2WO0RD+PpxGjWQbsMfxiGcRK0e2phuvUOjpHO9wFarYI164ThvEJHqE3a"
    "FzFp+dO43qTNZJ9vN2nFOFXFpPUQNk0ShpEJE48OwgnIrUHOFpbojJNqsDXfZIzNwvCSNz"
    "njvaOjJSflY3gYFrjMrD1MHWrT9gcwbWW1pV5g911tTEli4Wrtnp21qArTqh84Y4edQSkG"
    "rdNjWRIR7Vc0sDMTUK47VOXbNc16CZrlu+QjC1os41hJ3naCBUWNcVJ2lwUDkEATqCJjIJ"
    "gP3nzLdBxywCIosetGP0PgPB4YGhPmuUwYTrdnAcPpKjrbf9nudkWwZunywMverYQx/c5n"
    "U5bJ7s3/Z+JB/qijPY8h2jOGbueQn6i85OQp7cn8pCRXEsp0ZHFWP/gOrZN0CYlxXSV8dM"
    "+SlSSw/zTJSnGVrjQkddO8lBF60ilyr9QFJJyfVnhiHolVGD74AXHG3s9kyaG4gnpjzywb"
    "GwXN+xpd5cgQeIy7WJyadt8ALxIqle150HSLuEQENb7r373rvx80Hg/Cu+8AoStv8EBKmX"
    "c2dyv3Zq4/w/EMkhTfSr8H/MS6OBgAU0qm7Ew7HmoahvbcZceWeH6G/Gb9Ld3kVROrVPtZ"
    "r1zvkpJ4XNrEm2V1Pp5IIMexBck/japJHyQPFDCstmstlZD6cMLIz9shYtk8rvPhO359HK"
    "QMKLAXSnnErQJDRuQVccAz5wlQEAXU32tqbbYHYeYwQsMPGn6S2d7ZxWwvGnsZs72zslW2"
    "3npwIja5HAsIwlQZTgKfUt7sclsmKbCzOUOzElstmru8xREi059zh82MBCyIgv0SXn4xUp"
    "7zHzxTJJQbJOLYh16zZaMz0Zy4Wm9WbZ8D1WEPK+meVAp+j4pLHa4RnXuo6c3sBmO+uZ4D"
    "8I9Y136wz6zZ6jR3GrmbG4bu5rYYjrgjrWK01o7NisjsaGMs0mxZ/Dh4xmxGSit5d0P6/E"
    "BPHIujlFmM0gKqAOPfbmg9w7scstOquLcRUhzQMrvqg+vjNZCsihaAsZmsVNDouKczms/W"
    "J7qWDt/15qgH0Ii2IN4WdEZmvjlBIQHdW7u+ZGOD1t/ffL38PEC/3A7eXd1dRdsyk1mWZ+"
    "ZNrttB/3MBJ498pwZ2XX9REaWioPQYqaQ5ih8craXyc4lGLI6dtSR+hlDUIvgtDVxy8Bbu"
    "9V5lK7EzfDNHiR3vuwQ6iDfv8ukGTbE5cTyCTNchwAXOMBph7/4NjG6Aj4nFu0pQ9l0l6U"
    "lUZWENz3rt2ttae1vl43PSO1stJ5y5eGlURaAoJ7X/SetZ7UT/Uc3RUzFoNXfizs0N3LnZ"
    "LMIww2G48IPqb09aEZQ8eEewMhGVnntzUtwQ8aKqs34w9j1l11ef5QBSNG0HgKDUWoB4Xh"
    "6ge9BEJWMzKv+Kz0U8rVccobJHiPHIQpiPo9lYDp+gExrsaLmHkvFp43pQTk72Q5M0VUn3"
    "cqbVlmUxiO8WCY0H7DqWsea0ns1+2vIrHNOmy9xWGk3sD1C7BRMzu+MpjLfiERwArQWaG7"
    "D3VNh8q+6ZOHKVLR2M+TGryUtX9rdtZPL/1hs41+/db7GRFwQKawJRm041Wq+ChZ32IB7h"
    "WOJqvIzkPvx8S1y85lTVkg0DcvSSvcPJHl/QB9EngWNOGiXvJxIZ55v8EGmRbU6I9Tp4Zp"
    "P/VOz9Pb3K6y35BxLEb9rdlSZnRGQ2XHZX8ctbIuyZqqDhqPgPqN0XMcThjjQKRM1reP1Z"
    "lBmRvU6jlE3bG5T7bMdOHtSb/vh/b4Svwg=="
)
