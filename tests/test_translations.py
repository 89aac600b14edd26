"""Every language says everything: en, fr and de have the same keys and placeholders.

A key missing in one language shows up in the UI as raw `component.local_slm...` text; a
placeholder missing or misspelt shows a literal `{title}` or raises while formatting.
"""

from __future__ import annotations

import json
from pathlib import Path
import re

import pytest

TRANSLATIONS = Path(__file__).parents[1] / "custom_components" / "local_slm" / "translations"
LANGUAGES = ("en", "fr", "de")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _flatten(tree: dict[str, object], prefix: str = "") -> dict[str, str]:
    """{"a.b.c": text} for every string in a translation file."""
    flat: dict[str, str] = {}
    for key, value in tree.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            flat.update(_flatten(value, path))
        else:
            assert isinstance(value, str), path
            flat[path] = value
    return flat


def _strings(language: str) -> dict[str, str]:
    return _flatten(json.loads((TRANSLATIONS / f"{language}.json").read_text(encoding="utf-8")))


def test_only_the_supported_languages_are_shipped() -> None:
    """A new language file must join LANGUAGES, so the checks below cover it."""
    assert sorted(p.stem for p in TRANSLATIONS.glob("*.json")) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_language_has_exactly_the_english_keys(language: str) -> None:
    """No key missing (raw key in the UI) and none left over (a string nobody reads)."""
    english, other = _strings("en"), _strings(language)
    assert sorted(english.keys() - other.keys()) == [], "missing"
    assert sorted(other.keys() - english.keys()) == [], "not in en.json"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_language_keeps_every_placeholder(language: str) -> None:
    """`{title}`, `{detail}`… appear in each translation exactly as in English."""
    english, other = _strings("en"), _strings(language)
    differing = {
        key: (PLACEHOLDER.findall(text), PLACEHOLDER.findall(other[key]))
        for key, text in english.items()
        if key in other
        and sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(other[key]))
    }
    assert differing == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_empty(language: str) -> None:
    assert [key for key, text in _strings(language).items() if not text.strip()] == []


def test_every_download_and_address_error_is_a_translated_form_error() -> None:
    """The reasons download.py and the URL form can give are config flow errors."""
    sources = TRANSLATIONS.parent
    code = (sources / "download.py").read_text() + (sources / "model_source_flow.py").read_text()
    reasons = set(re.findall(r'DownloadError\(\s*"(\w+)"', code))
    reasons |= set(re.findall(r'return None, "(\w+)"', code)) | {"cannot_write"}
    assert {"not_found", "cannot_connect", "disk_full", "checksum_mismatch"} <= reasons
    for language in LANGUAGES:
        errors = {
            key.split(".")[-1] for key in _strings(language) if key.startswith("config.error.")
        }
        assert reasons <= errors, language
