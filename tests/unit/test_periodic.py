"""The periodic runner that keeps background work going in an app's lifespan."""

import asyncio
import logging

from kernel.periodic import periodic


async def wait_until(condition, seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not reached in time")


async def test_a_failing_tick_is_logged_and_the_next_tick_runs(caplog):
    # given work that fails the first time it runs and succeeds afterwards
    calls: list[str] = []

    async def work() -> None:
        calls.append("call")
        if len(calls) == 1:
            raise RuntimeError("households did not answer")

    # when it runs periodically for a few ticks
    with caplog.at_level(logging.ERROR, logger="dibao.periodic"):
        async with periodic("test pull", work, seconds=0.01) as task:
            await wait_until(lambda: len(calls) >= 3)
            # then the failure did not stop the runner, and it was logged with the work's name
            assert not task.done()
    assert "test pull failed" in caplog.text and "households did not answer" in caplog.text
    assert task.cancelled()


async def test_ticks_never_overlap_even_when_the_work_outlasts_the_interval():
    # given work that takes longer than the interval
    running, most = 0, 0

    async def slow() -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        try:
            await asyncio.sleep(0.05)
        finally:  # leaving the context may cancel a call mid-way: it still ends before the context is left
            running -= 1

    # when it runs periodically every 10 ms for a while
    async with periodic("slow pull", slow, seconds=0.01):
        await asyncio.sleep(0.3)
    # then at most one call was ever running, and none is left running after the context closed
    assert most == 1 and running == 0


async def test_zero_seconds_disables_the_work():
    # given an interval of 0 (DIBAO_PROJECTION_SYNC_SECONDS=0)
    calls = []

    async def work() -> None:
        calls.append(1)

    # when the context is open for a while, then nothing ran and no task was started
    async with periodic("disabled pull", work, seconds=0) as task:
        await asyncio.sleep(0.05)
    assert task is None and calls == []
