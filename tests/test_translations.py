"""Every user-facing string exists in every language, and every flow error is translated."""

from __future__ import annotations

import json
from pathlib import Path
import re
from typing import Any

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "custom_components/local_slm/translations"
SOURCES = Path(__file__).resolve().parents[1] / "custom_components/local_slm"


def _keys(tree: Any, prefix: str = "") -> set[str]:
    if not isinstance(tree, dict):
        return {prefix}
    return set().union(*(_keys(v, f"{prefix}/{k}") for k, v in tree.items())) or {prefix}


def _load(lang: str) -> dict[str, Any]:
    return dict(json.loads((TRANSLATIONS / f"{lang}.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("lang", [p.stem for p in TRANSLATIONS.glob("*.json") if p.stem != "en"])
def test_every_language_has_every_english_key(lang: str) -> None:
    """No string shows up untranslated (or as a raw key) in another language."""
    assert _keys(_load(lang)) == _keys(_load("en"))


def test_every_download_and_address_error_is_a_translated_form_error() -> None:
    """The reasons download.py and the URL form can give are config flow errors."""
    code = (SOURCES / "download.py").read_text() + (SOURCES / "model_source_flow.py").read_text()
    reasons = set(re.findall(r'DownloadError\(\s*"(\w+)"', code))
    reasons |= set(re.findall(r'return None, "(\w+)"', code)) | {"cannot_write"}
    assert {"not_found", "cannot_connect", "disk_full", "checksum_mismatch"} <= reasons
    for lang in ("en", *(p.stem for p in TRANSLATIONS.glob("*.json"))):
        assert reasons <= set(_load(lang)["config"]["error"]), lang
