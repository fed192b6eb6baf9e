"""Feed page sizes come from the environment with documented defaults, and a size no producer would serve is
refused before the process starts."""

import pytest

from kernel.settings import InvalidConfiguration, Settings, load_settings


def test_pages_of_ten_thousand_unless_configured(monkeypatch):
    monkeypatch.delenv("DIBAO_FEED_PAGE_SIZE", raising=False)
    monkeypatch.delenv("DIBAO_FEED_PAGE_LIMIT", raising=False)
    settings = load_settings()
    assert (
        (settings.feed_page_size, settings.feed_page_limit)
        == (Settings.feed_page_size, Settings.feed_page_limit)
        == (10_000, 10_000)
    )
    monkeypatch.setenv("DIBAO_FEED_PAGE_SIZE", "2500")
    monkeypatch.setenv("DIBAO_FEED_PAGE_LIMIT", " 20000 ")
    assert (load_settings().feed_page_size, load_settings().feed_page_limit) == (2500, 20_000)


def test_a_page_size_above_the_limit_is_refused_naming_both_variables(monkeypatch):
    monkeypatch.setenv("DIBAO_FEED_PAGE_SIZE", "20000")
    monkeypatch.delenv("DIBAO_FEED_PAGE_LIMIT", raising=False)
    with pytest.raises(InvalidConfiguration) as refused:
        load_settings()
    assert "DIBAO_FEED_PAGE_SIZE (20000)" in str(refused.value) and "DIBAO_FEED_PAGE_LIMIT (10000)" in str(
        refused.value
    )


@pytest.mark.parametrize("value", ["0", "-5", "ten", "1.5"])
def test_a_page_size_that_is_not_a_positive_whole_number_is_refused_naming_the_variable(monkeypatch, value):
    monkeypatch.setenv("DIBAO_FEED_PAGE_LIMIT", value)
    with pytest.raises(InvalidConfiguration) as refused:
        load_settings()
    assert str(refused.value).startswith("DIBAO_FEED_PAGE_LIMIT must be a whole number") and repr(value) in str(
        refused.value
    )
