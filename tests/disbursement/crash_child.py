"""A child process that compiles a roster or posts bank results, so a test can kill it half-way."""

from __future__ import annotations

import asyncio
import json
import sys

from tortoise import Tortoise

from authz.principal import Grant, Principal
from dibao.wiring import wire_credentials
from kernel.db import tortoise_config
from kernel.settings import DATABASES, load_settings


async def main(verb: str, *args: str) -> None:
    wire_credentials()
    await Tortoise.init(config=tortoise_config(load_settings(), list(DATABASES)))
    try:
        if verb == "compile":
            from services.disbursement.compile import compile_roster

            officer = Principal("township.officer", frozenset({Grant("township_officer", args[0])}))
            await compile_roster(actor=officer, township_code=args[0], period=args[1])
        else:
            from services.disbursement.bank import ResultIn, post_results

            bank = Principal("bank.rcc", frozenset({Grant("bank_client", args[0])}), kind="machine")
            results = [ResultIn(**r) for r in json.loads(args[2])]
            await post_results(actor=bank, batch_id=int(args[1]), results=results)
    finally:
        await Tortoise.close_connections()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:]))
