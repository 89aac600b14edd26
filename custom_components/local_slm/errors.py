"""Engine errors as Home Assistant errors and as spoken answers, both translated."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.translation import async_get_translations

from .const import DOMAIN
from .engine.base import EngineError


def as_ha_error(err: EngineError) -> HomeAssistantError:
    """A translated HomeAssistantError for an engine failure."""
    return HomeAssistantError(
        translation_domain=DOMAIN,
        translation_key=err.code,
        translation_placeholders={"detail": str(err)},
    )


async def async_spoken_error(hass: HomeAssistant, language: str | None, code: str) -> str:
    """The sentence a voice user hears for an engine failure, in their language."""
    key = f"component.{DOMAIN}.exceptions.{code}.message"
    for lang in (language or hass.config.language, "en"):
        translations = await async_get_translations(hass, lang, "exceptions", [DOMAIN])
        if key in translations:
            return translations[key].replace("{detail}", "").strip().rstrip(":").strip()
    return "Sorry, the local model failed to answer."
