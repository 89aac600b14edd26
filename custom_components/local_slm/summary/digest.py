"""Entity states -> a prioritised digest of short, localized facts.

The digest is computed in code, so every name, number and state word the summary may
contain is known before the model writes anything; `guard` checks against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
import re
from typing import Any, Final, Literal

from homeassistant.const import STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import HomeAssistant, State, callback
from homeassistant.helpers import area_registry as ar, entity_registry as er
from homeassistant.util import dt as dt_util

from .lang import (
    Lang,
    format_number,
    fr_feminine,
    lang_key,
    number_tokens,
    parse_number,
    relative_time,
    separator,
    with_unit,
)
from .wording import (
    ACTIVE,
    BINARY_SENSOR,
    CRITICAL_THRESHOLD,
    DISABLED,
    DOMAIN_STATES,
    ENABLED,
    HEALTH_BINARY,
    HVAC_ACTIONS,
    HVAC_MODES,
    LOW_BATTERY_PERCENT,
    ON_OFF,
    PRIORITY_ACTIVE,
    PRIORITY_DEFAULT,
    PRIORITY_HEALTH,
    PRIORITY_RECENT,
    PRIORITY_SAFETY,
    PRIORITY_SECURITY,
    PRIORITY_UNAVAILABLE,
    PRIORITY_UNKNOWN,
    RECENT_SECONDS,
    SAFETY_BINARY,
    SECURITY_BINARY,
    SECURITY_COVERS,
    UNAVAILABLE,
    UNKNOWN,
    WEATHER,
    Phrase,
)

type FactKind = Literal["adjective", "statement", "measure", "raw"]
type FactStatus = Literal["ok", "unavailable", "unknown"]

DEFAULT_MAX_FACTS: Final = 40
_SHOW_AGE_SECONDS: Final = 86400.0
_TOKEN_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement about one entity, already worded for the summary language.

    `text` is "Name: detail"; `values` holds every number, time and state word the
    fact legitimately contains; higher `priority` is reported first.
    """

    entity_id: str
    name: str
    area: str | None
    domain: str
    device_class: str | None
    text: str
    values: tuple[str, ...]
    critical: bool
    priority: int
    detail: str = ""
    """`text` without the name: "open (3 min ago), battery 80%"."""
    state_text: str = ""
    """The state alone: "open", "21.5 °C", "heat mode, 19.5 °C, target 21 °C"."""
    kind: FactKind = "raw"
    """How `state_text` reads: after "is" (adjective, measure) or after "Name:"."""
    ago: str | None = None
    """"3 min ago" / "il y a 3 min", when the time of the change matters."""
    since: str | None = None
    """"3 min" (for "open for 3 min" / "ouverte depuis 3 min"); None when just now."""
    extra: str | None = None
    """Attribute worth telling: "battery 15% (low)"."""
    status: FactStatus = "ok"
    age_seconds: float | None = None


@dataclass(frozen=True, slots=True)
class Digest:
    """The facts to summarise, most important first, and how many were left out."""

    facts: tuple[Fact, ...]
    omitted: int
    language: Lang


@dataclass(frozen=True, slots=True)
class _Reading:
    state_text: str
    kind: FactKind
    priority: int
    timed: bool
    extra: str | None = None


@callback
def build_digest(
    hass: HomeAssistant,
    entity_ids: Iterable[str],
    language: str,
    *,
    now: datetime | None = None,
    max_facts: int = DEFAULT_MAX_FACTS,
) -> Digest:
    """Return the digest of the given entities' current states.

    Entities without a state are skipped; duplicates are counted once. When there are
    more than `max_facts`, critical facts are kept first, then recently changed ones,
    then the rest; `omitted` counts the facts cut.
    """
    lang = lang_key(language)
    now = now or dt_util.utcnow()
    ent_reg = er.async_get(hass)
    area_reg = ar.async_get(hass)
    temp_unit = str(hass.config.units.temperature_unit)
    facts: list[Fact] = []
    for entity_id in dict.fromkeys(entity_ids):
        if (state := hass.states.get(entity_id)) is None:
            continue
        entry = ent_reg.async_get(entity_id)
        area: str | None = None
        if entry is not None and (area_id := er.async_get_effective_area_id(hass, entry)):
            area_entry = area_reg.async_get_area(area_id)
            area = area_entry.name if area_entry else None
        facts.append(_fact(state, entry, area, lang, now, temp_unit))
    facts.sort(key=_order)
    kept = facts[: max(max_facts, 0)]
    return Digest(facts=tuple(kept), omitted=len(facts) - len(kept), language=lang)


def digest_text(digest: Digest) -> str:
    """Render the digest for the prompt: one "- Name (Area): detail" line per fact."""
    sep = separator(digest.language)
    lines = []
    for fact in digest.facts:
        label = fact.name
        if fact.area and fact.area.casefold() not in fact.name.casefold():
            label = f"{fact.name} ({fact.area})"
        lines.append(f"- {label}{sep}{fact.detail}")
    if digest.omitted:
        more = (
            f"({digest.omitted} more not shown)"
            if digest.language == "en"
            else f"({digest.omitted} autres non affichés)"
        )
        lines.append(more)
    return "\n".join(lines)


def _order(fact: Fact) -> tuple[int, bool, str, str, str]:
    return (
        -fact.priority,
        fact.area is None,
        (fact.area or "").casefold(),
        fact.name.casefold(),
        fact.entity_id,
    )


def _fact(
    state: State,
    entry: er.RegistryEntry | None,
    area: str | None,
    lang: Lang,
    now: datetime,
    temp_unit: str,
) -> Fact:
    name = state.name
    device_class = state.attributes.get("device_class")
    if not isinstance(device_class, str):
        device_class = None
    feminine = lang == "fr" and fr_feminine(name)
    age = (now - state.last_changed).total_seconds()
    status: FactStatus = "ok"
    if state.state == STATE_UNAVAILABLE:
        status = "unavailable"
        reading = _Reading(
            UNAVAILABLE.say(lang, feminine=feminine), "adjective", PRIORITY_UNAVAILABLE, True
        )
    elif state.state == STATE_UNKNOWN:
        status = "unknown"
        reading = _Reading(UNKNOWN.say(lang), "statement", PRIORITY_UNKNOWN, False)
    else:
        reading = _read(state, entry, lang, feminine, now, temp_unit, device_class)
    priority = reading.priority
    extra = reading.extra
    if status == "ok" and (battery := _battery_attribute(state, lang)) is not None:
        extra, low = battery
        if low:
            priority = max(priority, PRIORITY_HEALTH)
    if reading.timed and age < RECENT_SECONDS:
        priority = max(priority, PRIORITY_RECENT)
    critical = priority >= CRITICAL_THRESHOLD
    ago = since = None
    if reading.timed and (critical or age < _SHOW_AGE_SECONDS):
        ago, since = relative_time(age, lang)
    detail = reading.state_text
    if ago:
        detail += f" ({ago})"
    if extra:
        detail += f", {extra}"
    values = [*number_tokens(detail), *_TOKEN_WORD_RE.findall(detail)]
    return Fact(
        entity_id=state.entity_id,
        name=name,
        area=area,
        domain=state.domain,
        device_class=device_class,
        text=f"{name}{separator(lang)}{detail}",
        values=tuple(dict.fromkeys(values)),
        critical=critical,
        priority=priority,
        detail=detail,
        state_text=reading.state_text,
        kind=reading.kind,
        ago=ago,
        since=since,
        extra=extra,
        status=status,
        age_seconds=age,
    )


def _phrase_reading(phrase: Phrase, lang: Lang, feminine: bool, priority: int) -> _Reading:
    if priority == PRIORITY_DEFAULT and phrase in ACTIVE:
        priority = PRIORITY_ACTIVE
    return _Reading(phrase.say(lang, feminine=feminine), phrase.kind, priority, True)


def _read(
    state: State,
    entry: er.RegistryEntry | None,
    lang: Lang,
    feminine: bool,
    now: datetime,
    temp_unit: str,
    device_class: str | None,
) -> _Reading:
    domain, value, attrs = state.domain, state.state, state.attributes
    if domain == "binary_sensor" and value in ("on", "off"):
        on, off = BINARY_SENSOR.get(device_class or "", (ENABLED, DISABLED))
        priority = PRIORITY_DEFAULT
        if value == "on" and device_class in SAFETY_BINARY:
            priority = PRIORITY_SAFETY
        elif value == "on" and device_class in SECURITY_BINARY:
            priority = PRIORITY_SECURITY
        elif value == "on" and device_class in HEALTH_BINARY:
            priority = PRIORITY_HEALTH
        elif value == "on":
            priority = PRIORITY_ACTIVE
        return _phrase_reading(on if value == "on" else off, lang, feminine, priority)
    if domain in ON_OFF and value in ("on", "off"):
        on, off = ON_OFF[domain]
        reading = _phrase_reading(on if value == "on" else off, lang, feminine, PRIORITY_DEFAULT)
        brightness = parse_number(attrs.get("brightness"))
        if domain == "light" and value == "on" and brightness is not None:
            percent = with_unit(str(round(brightness / 255 * 100)), "%", lang)
            at = "at" if lang == "en" else "à"
            reading = _Reading(f"{reading.state_text} {at} {percent}", *_rest(reading))
        return reading
    if domain in {"climate", "water_heater"}:
        return _Reading(_climate(state, lang, feminine, temp_unit), "statement", *_quiet(state))
    if domain == "weather":
        return _Reading(_weather(state, lang, temp_unit), "statement", PRIORITY_DEFAULT, False)
    if domain in DOMAIN_STATES and (phrase := DOMAIN_STATES[domain].get(value)) is not None:
        priority = PRIORITY_DEFAULT
        if (domain, value) == ("alarm_control_panel", "triggered"):
            priority = PRIORITY_SAFETY
        elif value in ("jammed", "error"):
            priority = PRIORITY_HEALTH
        elif domain == "cover" and value in ("open", "opening"):
            priority = PRIORITY_SECURITY if device_class in SECURITY_COVERS else PRIORITY_ACTIVE
        reading = _phrase_reading(phrase, lang, feminine, priority)
        position = parse_number(attrs.get("current_position"))
        if value == "open" and position is not None and 0 < position < 100:
            at = "at" if lang == "en" else "à"
            percent = with_unit(format_number(position, lang), "%", lang)
            reading = _Reading(f"{reading.state_text} {at} {percent}", *_rest(reading))
        return reading
    if domain in ("person", "device_tracker"):
        at = "at" if lang == "en" else "à"
        return _Reading(f"{at} {value}", "adjective", PRIORITY_DEFAULT, True)
    if (number := parse_number(value)) is not None:
        return _measure(number, value, entry, lang, attrs, device_class)
    if device_class == "timestamp" or domain in ("button", "input_button", "scene", "event"):
        parsed = dt_util.parse_datetime(value)
        if parsed is not None:
            return _Reading(_clock(parsed, now), "statement", PRIORITY_DEFAULT, False)
    return _Reading(value.replace("_", " "), "raw", PRIORITY_DEFAULT, True)


def _rest(reading: _Reading) -> tuple[FactKind, int, bool, str | None]:
    return reading.kind, reading.priority, reading.timed, reading.extra


def _quiet(state: State) -> tuple[int, bool]:
    return (PRIORITY_DEFAULT if state.state == "off" else PRIORITY_ACTIVE), False


def _measure(
    number: float,
    raw: str,
    entry: er.RegistryEntry | None,
    lang: Lang,
    attrs: Any,
    device_class: str | None,
) -> _Reading:
    precision = _display_precision(entry)
    unit = attrs.get("unit_of_measurement")
    shown = with_unit(
        format_number(raw, lang, precision), unit if isinstance(unit, str) else None, lang
    )
    if device_class == "battery" and number <= LOW_BATTERY_PERCENT:
        low = "low" if lang == "en" else "faible"
        return _Reading(f"{low} ({shown})", "adjective", PRIORITY_HEALTH, False)
    return _Reading(shown, "measure", PRIORITY_DEFAULT, False)


def _display_precision(entry: er.RegistryEntry | None) -> int | None:
    if entry is None:
        return None
    options: Mapping[str, Any] = entry.options.get("sensor") or {}
    for key in ("display_precision", "suggested_display_precision"):
        if isinstance(precision := options.get(key), int):
            return precision
    return None


def _battery_attribute(state: State, lang: Lang) -> tuple[str, bool] | None:
    if state.domain == "sensor" or state.attributes.get("device_class") == "battery":
        return None
    for key in ("battery_level", "battery"):
        if (level := parse_number(state.attributes.get(key))) is not None:
            percent = with_unit(format_number(level, lang), "%", lang)
            low = level <= LOW_BATTERY_PERCENT
            word = "battery" if lang == "en" else "batterie"
            flag = (" low," if lang == "en" else " faible,") if low else ""
            return f"{word}{flag} {percent}", low
    return None


def _temperature(value: object, lang: Lang, unit: str) -> str | None:
    number = parse_number(value)
    return None if number is None else with_unit(format_number(number, lang), unit, lang)


def _climate(state: State, lang: Lang, feminine: bool, temp_unit: str) -> str:
    attrs, index = state.attributes, (0 if lang == "en" else 1)
    if state.state == "off":
        parts = ["off" if lang == "en" else ("éteinte" if feminine else "éteint")]
    elif state.state in HVAC_MODES:
        parts = [HVAC_MODES[state.state][index]]
    else:
        parts = [f"{state.state.replace('_', ' ')}"]
    if (action := HVAC_ACTIONS.get(str(attrs.get("hvac_action")))) is not None:
        parts.append(action[index])
    if (current := _temperature(attrs.get("current_temperature"), lang, temp_unit)) is not None:
        parts.append(current)
    target_word = "target" if lang == "en" else "consigne"
    if state.state != "off":
        if (target := _temperature(attrs.get("temperature"), lang, temp_unit)) is not None:
            parts.append(f"{target_word} {target}")
        else:
            low = parse_number(attrs.get("target_temp_low"))
            high = parse_number(attrs.get("target_temp_high"))
            if low is not None and high is not None:
                span = f"{format_number(low, lang)}–{format_number(high, lang)}"
                parts.append(f"{target_word} {with_unit(span, temp_unit, lang)}")
    return ", ".join(parts)


def _weather(state: State, lang: Lang, temp_unit: str) -> str:
    attrs = state.attributes
    condition = WEATHER.get(state.state, (state.state, state.state))[0 if lang == "en" else 1]
    unit = attrs.get("temperature_unit")
    temperature = _temperature(
        attrs.get("temperature"), lang, unit if isinstance(unit, str) else temp_unit
    )
    return f"{condition}, {temperature}" if temperature else condition


def _clock(moment: datetime, now: datetime) -> str:
    local = dt_util.as_local(moment)
    if local.date() == dt_util.as_local(now).date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
