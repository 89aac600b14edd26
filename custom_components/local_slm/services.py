"""The integration's actions: `local_slm.summarize`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final, cast

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_DEVICE_CLASS
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv, entity_registry as er
from homeassistant.helpers.target import TargetSelection, async_extract_referenced_entity_ids
import probatio

from .const import DOMAIN
from .runtime import LocalSlmConfigEntry
from .summary.any_language import async_summarize_in_language, digest_speaks
from .summary.digest import build_digest
from .summary.summarize import SummaryOptions, SummaryResult, async_summarize

SERVICE_SUMMARIZE: Final = "summarize"
ATTR_DOMAIN: Final = "domain"
ATTR_INSTRUCTIONS: Final = "instructions"
ATTR_LANGUAGE: Final = "language"
ATTR_STYLE: Final = "style"
ATTR_MAX_WORDS: Final = "max_words"
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
STYLES: Final = ("sentence", "bullets", "headline")
MIN_WORDS: Final = 3
MAX_WORDS: Final = 300

SUMMARIZE_SCHEMA: Final = probatio.Schema(
    {
        **cv.ENTITY_SERVICE_FIELDS,
        probatio.Optional(ATTR_DOMAIN): probatio.All(cv.ensure_list, [cv.string]),
        probatio.Optional(ATTR_DEVICE_CLASS): probatio.All(cv.ensure_list, [cv.string]),
        probatio.Optional(ATTR_INSTRUCTIONS): cv.string,
        probatio.Optional(ATTR_LANGUAGE): cv.string,
        probatio.Optional(ATTR_STYLE, default="sentence"): probatio.In(STYLES),
        probatio.Optional(ATTR_MAX_WORDS): probatio.All(
            probatio.Coerce(int), probatio.Range(min=MIN_WORDS, max=MAX_WORDS)
        ),
        probatio.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
    }
)


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register local_slm.summarize."""

    async def summarize(call: ServiceCall) -> ServiceResponse:
        result = await async_handle_summarize(hass, call)
        return cast("ServiceResponse", result.as_response())

    hass.services.async_register(
        DOMAIN,
        SERVICE_SUMMARIZE,
        summarize,
        schema=SUMMARIZE_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )


async def async_handle_summarize(hass: HomeAssistant, call: ServiceCall) -> SummaryResult:
    """Validate the call, build the digest, and summarise it with the entry's model."""
    entry = _entry(hass, call.data.get(ATTR_CONFIG_ENTRY_ID))
    entity_ids = _entities(hass, call)
    language = call.data.get(ATTR_LANGUAGE) or hass.config.language
    digest = build_digest(hass, entity_ids, language)
    options = SummaryOptions(
        style=call.data[ATTR_STYLE],
        max_words=call.data.get(ATTR_MAX_WORDS),
        instructions=call.data.get(ATTR_INSTRUCTIONS),
    )
    if not digest_speaks(language):
        return await async_summarize_in_language(hass, digest, language, options)
    runtime = entry.runtime_data
    return await async_summarize(runtime.engine, digest, options, cache=runtime.summary_cache)


def _invalid(key: str, **placeholders: str) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders=placeholders or None,
    )


def _entry(hass: HomeAssistant, entry_id: str | None) -> LocalSlmConfigEntry:
    """The entry asked for, or the first loaded one."""
    if entry_id is None:
        loaded: list[LocalSlmConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
        if not loaded:
            raise _invalid("no_entry")
        return loaded[0]
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise _invalid("entry_not_found", entry_id=entry_id)
    if entry.state is not ConfigEntryState.LOADED:
        raise _invalid("entry_not_loaded", entry_id=entry_id)
    return cast("LocalSlmConfigEntry", entry)


def _entities(hass: HomeAssistant, call: ServiceCall) -> list[str]:
    """The targeted entities that have a state, after the domain/device class filters.

    Without a target, a domain filter selects all entities of those domains.
    """
    domains = set(call.data.get(ATTR_DOMAIN) or ())
    device_classes = set(call.data.get(ATTR_DEVICE_CLASS) or ())
    selection = TargetSelection(call.data)
    candidates: Iterable[str]
    if selection.has_any_target:
        selected = async_extract_referenced_entity_ids(hass, selection)
        unknown = sorted(e for e in selected.referenced if hass.states.get(e) is None)
        if unknown:
            raise _invalid("unknown_entities", entities=", ".join(unknown))
        missing = sorted(
            selected.missing_areas
            | selected.missing_devices
            | selected.missing_floors
            | selected.missing_labels
        )
        if missing:
            raise _invalid("unknown_targets", targets=", ".join(missing))
        candidates = sorted(selected.referenced | selected.indirectly_referenced)
    elif domains:
        candidates = sorted(hass.states.async_entity_ids(list(domains)))
    else:
        raise _invalid("no_entities")
    ent_reg = er.async_get(hass)
    chosen = [
        entity_id
        for entity_id in candidates
        if hass.states.get(entity_id) is not None
        and (not domains or entity_id.split(".", 1)[0] in domains)
        and (not device_classes or _device_class(hass, ent_reg, entity_id) in device_classes)
    ]
    if not chosen:
        raise _invalid("no_entities")
    return chosen


def _device_class(hass: HomeAssistant, ent_reg: er.EntityRegistry, entity_id: str) -> Any:
    state = hass.states.get(entity_id)
    if state is not None and (value := state.attributes.get(ATTR_DEVICE_CLASS)):
        return value
    entry = ent_reg.async_get(entity_id)
    return None if entry is None else (entry.device_class or entry.original_device_class)
