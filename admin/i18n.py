"""The Simplified Chinese catalog, registered with sqladmin's translation machinery."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from sqladmin import i18n
from sqladmin.i18n import I18nConfig

LOCALE = "zh_CN"
CATALOG = Path(__file__).resolve().parent / "translations" / "admin.po"


@lru_cache(maxsize=1)
def translations() -> Translations:
    """The .po file compiled in memory, so no binary catalog is kept in the repository."""
    with CATALOG.open("rb") as source:
        catalog = read_po(source, locale=LOCALE)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(fp=compiled, domain="admin")


def chinese() -> I18nConfig:
    """Register zh_CN with sqladmin and make it the only language of the interface."""
    i18n.translations[LOCALE] = translations()
    if LOCALE not in i18n.SUPPORTED_LOCALES:
        i18n.SUPPORTED_LOCALES.append(LOCALE)
    return I18nConfig(default_locale=LOCALE, language_cookie_name=None, language_header_name=None)
