"""One conversation turn: Home Assistant's own matching first, then ours, then act or answer."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncGenerator, Callable, Iterable, Mapping, Sequence
import logging
import re
from typing import Any, Protocol

from hassil.recognize import RecognizeResult
from homeassistant.components import conversation
from homeassistant.components.conversation.agent_manager import get_agent_manager
from homeassistant.components.homeassistant.exposed_entities import async_should_expose
from homeassistant.const import SERVICE_TURN_OFF, SERVICE_TURN_ON
from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent, llm

from ..assist.negation import negated
from ..assist.targets import (
    TODO_DOMAIN,
    EntityTarget,
    async_with_open_items,
    exposed_entity_targets,
)
from ..assist.text import fold, words
from ..assist.tool_specs import ToolSpec
from ..assist.understanding import OPEN_ITEM_INTENTS, OfferedTool
from ..assist.vocabulary import (
    FUNCTION_WORD_WEIGHT,
    Vocabulary,
    is_question_intent,
    load_vocabulary,
)
from ..const import CONF_MAX_HISTORY, DEFAULT_MAX_HISTORY
from ..engine.base import Engine
from .answers import answer_problems, async_answer_from_states, foreign_words
from .chat import (
    async_build_chat_prompt,
    async_generate_reply,
    async_stream_reply,
    instructions_of,
    recites,
)
from .decide import decide
from .decisions import (
    Act,
    ActAll,
    AnswerAbout,
    Ask,
    Chat,
    Decision,
    NotUnderstood,
    Request,
)
from .memory import TargetMemory
from .replies import action_key, join_names, reply, speaks
from .responses import async_action_speech
from .running_timers import without_timer_commands_that_find_nothing

_LOGGER = logging.getLogger(__name__)
_DECIMAL_COMMA = re.compile(r"-?\d+,\d+")
#: Kinds of device a bare percentage also sets (position, speed, volume), besides a light.
_PERCENT_DOMAINS = frozenset({"cover", "valve", "fan", "media_player"})
_LIGHT_ONLY = frozenset({"light"})

LAYER_HA = "ha-intents"
LAYER_HA_FUZZY = "ha-fuzzy"
MODEL_LANGUAGE = "en"
"""The language a small model falls back to: a free answer in it, to a French
question, is held back."""
MAX_ASKED = 6
#: Domains HA's on/off intents open, close, lock or press besides those with turn_on/off.
_ON_OFF_SPECIAL = {
    SERVICE_TURN_ON: frozenset({"cover", "valve", "lock", "button", "input_button", "scene"}),
    SERVICE_TURN_OFF: frozenset({"cover", "valve", "lock"}),
}
#: States an unnamed request acts on where HA's handler does not say: "resume the music"
#: is about the player that is paused (HA's handler would resume every player).
_STATES_ACTED_ON = {"HassMediaUnpause": frozenset({"paused"})}
_ON_OFF_INTENTS = {intent.INTENT_TURN_ON: SERVICE_TURN_ON, intent.INTENT_TURN_OFF: SERVICE_TURN_OFF}


class TurnHost(Protocol):
    """What a turn needs from the agent that runs it."""

    hass: HomeAssistant
    entity_id: str
    memory: TargetMemory
    last_decision: str | None
    decision_counts: Counter[str]

    @property
    def engine(self) -> Engine:
        """The model's engine."""

    @property
    def settings(self) -> dict[str, Any]:
        """The agent's options."""

    @property
    def temperature(self) -> float:
        """Sampling temperature."""

    @property
    def max_tokens(self) -> int:
        """Longest reply."""


def _record(host: TurnHost, chat_log: conversation.ChatLog, layer: str, detail: str) -> None:
    """Note which layer decided, for the log, the trace, the bench and diagnostics."""
    _LOGGER.debug("Layer %s decided: %s", layer, detail)
    host.last_decision = layer
    host.decision_counts[layer] += 1
    chat_log.async_trace({"local_slm_decision": layer, "local_slm_detail": detail})


async def async_run_turn(
    host: TurnHost,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
) -> None:
    """Answer the newest request of the chat log."""
    api = chat_log.llm_api
    language = user_input.language or host.hass.config.language
    vocabulary = await host.hass.async_add_executor_job(load_vocabulary, language)
    entities = await async_with_open_items(
        host.hass, exposed_entity_targets(host.hass, conversation.DOMAIN)
    )
    if api is not None and await _async_try_ha(host, user_input, chat_log, vocabulary, entities):
        return
    if api is None or vocabulary is None:
        _record(host, chat_log, "chat", "no API or no sentence data")
        await _async_chat(host, chat_log, vocabulary, language, user_input.text)
        return
    request = Request(
        text=user_input.text,
        language=language,
        vocabulary=vocabulary,
        entities=entities,
        tools=without_timer_commands_that_find_nothing(host.hass, offered_tools(host.hass, api)),
        previous_name=(host.memory.get(chat_log.conversation_id) or {}).get("name"),
    )
    decision = await decide(host.engine, request)
    _record(host, chat_log, decision.via, repr(decision))
    await _async_carry_out(host, chat_log, decision, vocabulary, language, user_input.text)


async def _async_carry_out(
    host: TurnHost,
    chat_log: conversation.ChatLog,
    decision: Decision,
    vocabulary: Vocabulary,
    language: str,
    text: str,
) -> None:
    match decision:
        case Act():
            _say(host, chat_log, await _async_act(host, chat_log, decision, vocabulary, language))
        case ActAll(acts=acts):
            spoken = [await _async_act(host, chat_log, act, vocabulary, language) for act in acts]
            _say(host, chat_log, " ".join(spoken))
        case Ask(names=names):
            lead = vocabulary.error("duplicate_targets") or reply("no_target", language)
            _say(host, chat_log, f"{lead}: {join_names(list(names[:MAX_ASKED]), language)}?")
        case NotUnderstood():
            _say(host, chat_log, vocabulary.error("no_intent") or reply("no_target", language))
        case AnswerAbout(entity_ids=entity_ids):
            _say(
                host,
                chat_log,
                await async_answer_from_states(host.hass, entity_ids, language, text),
            )
        case Chat(via="question"):
            await _async_answer_freely(host, chat_log, vocabulary, language, text)
        case Chat():
            await _async_chat(host, chat_log, vocabulary, language, text)


async def _async_try_ha(
    host: TurnHost,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
    vocabulary: Vocabulary | None,
    entities: Sequence[EntityTarget],
) -> bool:
    """HA's own matching, as its 'prefer handling commands locally' pipeline path runs it.

    Strict sentence matching first. A response whose intent ran is HA's answer, even an
    error or an empty sentence: acting again could do it twice. A reading that found no
    device ran nothing and falls through, like no match at all. Then HA's
    fuzzy matcher (the gazetteer behind its default agent, for the languages it knows),
    which reads wordings and misheard names the strict templates miss.
    """
    handled = {h.intent_type for h in intent.async_get(host.hass)}
    response = await conversation.async_handle_intents(
        host.hass,
        user_input,
        chat_log,
        # A sentence of an intent nothing handles here ("Unknown intent") is ours, and so
        # is a reading whose free text took a cut word ("tomates a l"), that completes an
        # item no list holds, or whose number HA kept as text.
        intent_filter=lambda result: (
            result.intent.name not in handled
            or _garbled_free_text(result, user_input.text, vocabulary)
            or _item_on_no_list(result, entities)
            or _number_kept_as_text(result)
            or _delayed_command_of_unknown_words(result, vocabulary)
            or _two_amounts_of_one(result, user_input.text)
            or _area_percentage_of_mixed_devices(result, user_input.text, vocabulary, entities)
        ),
    )
    layer = LAYER_HA
    if _matched_nothing(response):
        response = await _async_ha_fuzzy(host.hass, user_input, chat_log, entities)
        layer = LAYER_HA_FUZZY
    if response is None or _matched_nothing(response):
        return False
    host.memory.remember_response(chat_log.conversation_id, response)
    _record(host, chat_log, layer, str(response.response_type))
    speech = response.speech.get("plain", {}).get("speech", "")
    if (about := _state_asked_of_one(response)) is not None:
        # HA's sentence with the state as HA's translations word it: some languages'
        # responses say the raw state ("Nee, die is unlocked").
        language = user_input.language or host.hass.config.language
        # HA read a yes/no question only where its sentence named a state.
        yes_no = response.intent is not None and "state" in response.intent.slots
        question = user_input.text if yes_no else ""
        speech = await async_answer_from_states(
            host.hass, [about], language, question, request=user_input.text
        )
    _say(host, chat_log, speech)
    return True


def _state_asked_of_one(response: intent.IntentResponse) -> str | None:
    """The entity of HA's answer to a state question about one entity, if it is that."""
    states = [*response.matched_states, *response.unmatched_states]
    if (
        response.response_type is intent.IntentResponseType.QUERY_ANSWER
        and response.intent is not None
        and response.intent.intent_type == intent.INTENT_GET_STATE
        and len(states) == 1
    ):
        return states[0].entity_id
    return None


async def _async_ha_fuzzy(
    hass: HomeAssistant,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
    entities: Sequence[EntityTarget],
) -> intent.IntentResponse | None:
    """HA's gazetteer matcher; None when it is absent, declines, or did not understand,
    or when it would act with a telling word of the request left out."""
    agent = get_agent_manager(hass).default_agent
    fallback = getattr(agent, "_async_gazetteer_fallback", None)
    if fallback is None or negated(user_input.text, user_input.language):
        # "please do not switch the kitchen lights off": HA's matcher leaves 'not' out.
        return None
    if await _async_fuzzy_leaves_words_out(agent, user_input, chat_log, entities):
        return None
    response: intent.IntentResponse | None = await fallback(None, user_input, chat_log)
    return None if _matched_nothing(response) else response


async def _async_fuzzy_leaves_words_out(
    agent: Any,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
    entities: Sequence[EntityTarget],
) -> bool:
    """Whether HA's gazetteer would act on a reading that leaves an important word out:
    'heater' of "turn the lounge heater up to 22" (read as the lounge TV's volume),
    'back' of "robot vacuum back to the dock" (read as start). Those go to our layers.
    A question that leaves a word out only answers, unless the word names a device:
    'battery' of "what's the battery on the front door" asks about the "Front door
    battery", not the "Front door" lock HA's reading answers about."""
    gazetteer = getattr(agent, "_gazetteer", None)
    where = getattr(agent, "_get_satellite_area_and_device", None)
    if gazetteer is None or where is None:
        return False
    satellite_area, _ = where(user_input.satellite_id, user_input.device_id)
    _, interpretation = await gazetteer.async_interpret(
        user_input.text, chat_log.conversation_id, satellite_area
    )
    if not interpretation.accepted:
        return False
    if any(
        frame.unexplained_important_tokens and not is_question_intent(frame.intent)
        for frame in interpretation.frames
    ):
        return True
    tokens = interpretation.tokens
    left_out = {
        word
        for frame in interpretation.frames
        for i in frame.unexplained_tokens
        if i < len(tokens)
        for word in words(tokens[i].raw)
    }
    return bool(left_out) and any(
        word in left_out for target in entities for name in target.names for word in words(name)
    )


def _garbled_free_text(result: RecognizeResult, text: str, vocabulary: Vocabulary | None) -> bool:
    """Whether a wildcard slot of HA's reading ('item') ends where no word of the request
    ends ("tomates a l" of "añade tomates a la lista"), or with a word of the intent's
    own sentences ("milk to"): HA's wildcard took words that were not the item."""
    said = set(fold(text).split())
    intent_words = {
        word
        for group in (vocabulary.groups if vocabulary else ())
        if group.intent == result.intent.name
        for word in group.words
    }
    for name, entity in result.entities.items():
        if not entity.is_wildcard:
            continue
        words = fold(str(entity.text or entity.value)).split()
        if words and (words[-1] not in said or words[-1] in intent_words):
            return True
        # "Fenster putzen zu meinen": a word HA's sentences put after the slot ('zu')
        # inside it says the slot ran past its end.
        units = vocabulary.slot_units.get(name, {}) if vocabulary else {}
        if any(word in units for word in words[1:]):
            return True
        # "Der Kaffee ist alle, setz ihn auf die Liste": a verb of the intent inside the
        # slot says it took a clause before the command, and 'ihn' is no item.
        if vocabulary and any(
            word in intent_words and vocabulary.weight_of(word) >= FUNCTION_WORD_WEIGHT
            for word in words[1:]
        ):
            return True
    return False


def _number_kept_as_text(result: RecognizeResult) -> bool:
    """Whether HA's reading holds a number as the text said ('20,5' of "zet de thermostaat
    op 20,5 graden"): HA's Dutch response reads it as a float and fails after the intent
    ran, and the user hears a template error. Ours reads the number as one."""
    return any(
        isinstance(said, str) and _DECIMAL_COMMA.fullmatch(said.strip())
        for entity in result.entities.values()
        for said in (entity.text, entity.value)
    )


def _delayed_command_of_unknown_words(
    result: RecognizeResult, vocabulary: Vocabulary | None
) -> bool:
    """Whether HA read a timer that runs a command later from words no sentence of HA's
    has: "avísame en 45 segundos" (tell me in 45 seconds) is a plain timer, and HA's
    Spanish "{conversation_command} en … segundos" takes 'avísame' for the command."""
    command = result.entities.get("conversation_command")
    if vocabulary is None or command is None or not isinstance(command.value, str):
        return False
    return not any(
        vocabulary.weight_of(word) >= FUNCTION_WORD_WEIGHT for word in words(command.value)
    )


def _two_amounts_of_one(result: RecognizeResult, text: str) -> bool:
    """Whether HA read two amounts from words side by side that say one: "start een
    timer voor een half uur" is half an hour, and HA's Dutch sentence ("{hours} [en]
    [een] {half} uur", for "1 en een half uur") takes the article 'een' for one hour.
    Ours reads the half hour alone."""
    spelled = [
        fold(entity.text)
        for entity in result.entities.values()
        if isinstance(entity.value, int | float)
        and entity.text
        and not any(ch.isdigit() for ch in entity.text)
    ]
    words = f" {fold(text)} "
    return any(f" {a} {b} " in words for a in spelled for b in spelled if a != b)


def _area_percentage_of_mixed_devices(
    result: RecognizeResult,
    text: str,
    vocabulary: Vocabulary | None,
    entities: Sequence[EntityTarget],
) -> bool:
    """Whether HA reads a bare percentage for a room as its lights' brightness while the
    room holds other devices a percentage sets: "zet de slaapkamer op 50 procent" of a
    bedroom with a blind and a lamp says neither. Ours asks which one; a request that
    says a word for lights ('Licht', 'brightness') stays HA's."""
    if (
        result.intent.name != "HassLightSet"
        or "area" not in result.entities
        or "name" in result.entities
        or "brightness" not in result.entities
        or vocabulary is None
    ):
        return False
    if any(vocabulary.word_domains.get(word) == _LIGHT_ONLY for word in fold(text).split()):
        return False
    area = result.entities["area"]
    said_area = {fold(str(area.text or "")), fold(str(area.value))}
    return any(
        target.domain in _PERCENT_DOMAINS and said_area & {fold(a) for a in target.areas}
        for target in entities
    )


def _item_on_no_list(result: RecognizeResult, entities: Sequence[EntityTarget]) -> bool:
    """Whether HA's reading completes (or removes) an item that no list holds: 'le pain'
    of "coche le pain sur la liste", the list's item being "Pain". HA's handler would
    find nothing and say so; our reading names the list's own item."""
    item = result.entities.get("item")
    lists = [target.open_items for target in entities if target.domain == TODO_DOMAIN]
    if result.intent.name not in OPEN_ITEM_INTENTS or item is None or not lists:
        return False
    said = str(item.value).casefold()
    return all(
        items is not None and all(said != known.casefold() for known in items) for items in lists
    )


def _matched_nothing(response: intent.IntentResponse | None) -> bool:
    """HA did not understand, or found no device for its reading: nothing ran, ours may.

    "I see you're targeting the doors, but…" and "I am not aware of any climate in the
    outside area" fall through; an intent that ran and failed does not (no second run).
    """
    return response is None or (
        response.response_type is intent.IntentResponseType.ERROR
        and response.error_code
        in (
            intent.IntentResponseErrorCode.NO_INTENT_MATCH,
            intent.IntentResponseErrorCode.NO_VALID_TARGETS,
        )
    )


def offered_tools(hass: HomeAssistant, api: llm.APIInstance) -> list[OfferedTool]:
    """The API's intent tools this turn, each with the entity domains it may act on.

    Only handlers that call entity services take an entity: the "name" of a timer is
    the timer's own, never a device.
    """
    handlers = {h.intent_type: h for h in intent.async_get(hass)}
    exposed = {
        s.domain
        for s in hass.states.async_all()
        if async_should_expose(hass, conversation.DOMAIN, s.entity_id)
    }
    tools: list[OfferedTool] = []
    for tool in api.tools:
        intent_type = getattr(tool, "intent_type", None)
        if not isinstance(intent_type, str):
            continue
        spec = ToolSpec.from_tool(tool, api.custom_serializer)
        handler = handlers.get(intent_type)
        platforms = getattr(handler, "platforms", None)
        domains: frozenset[str] | None
        if (service := _ON_OFF_INTENTS.get(intent_type)) is not None:
            domains = frozenset(
                d
                for d in exposed
                if hass.services.has_service(d, service) or d in _ON_OFF_SPECIAL[service]
            )
        elif platforms:
            domains = frozenset(platforms)
        elif isinstance(handler, intent.DynamicServiceIntentHandler) and (
            "name" in spec.properties or "area" in spec.properties
        ):
            domains = frozenset(exposed)
        else:
            domains = None
        required: Iterable[str] = getattr(handler, "required_states", None) or _STATES_ACTED_ON.get(
            intent_type, frozenset()
        )
        tools.append(
            OfferedTool(tool.name, intent_type, spec, domains, frozenset(map(str, required)))
        )
    return tools


def _say(host: TurnHost, chat_log: conversation.ChatLog, text: str) -> None:
    chat_log.async_add_assistant_content_without_tools(
        conversation.AssistantContent(agent_id=host.entity_id, content=text)
    )


async def _async_act(
    host: TurnHost,
    chat_log: conversation.ChatLog,
    act: Act,
    vocabulary: Vocabulary,
    language: str,
) -> str:
    """Hand the call to HA, which runs the tool; return what to say about it."""
    call = llm.ToolInput(tool_name=act.tool, tool_args=act.arguments)

    async def deltas() -> AsyncGenerator[conversation.AssistantContentDeltaDict]:
        yield {"role": "assistant", "tool_calls": [call]}

    results: list[conversation.ToolResultContent] = [
        content
        async for content in chat_log.async_add_delta_content_stream(host.entity_id, deltas())
        if isinstance(content, conversation.ToolResultContent)
    ]
    result: Mapping[str, Any] = dict(results[0].result.data) if results else {}
    # Our sentences are English, French and German; HA words a failure in every language
    # it speaks.
    spoken, failed = report(act, result, language, vocabulary.error("handle_error"))
    if not failed:
        host.memory.remember(chat_log.conversation_id, act.arguments)
        # HA's own sentence for the intent, in the user's language, when it has one.
        spoken = (
            await async_action_speech(host.hass, act.tool, language, result, slots=act.arguments)
            or spoken
        )
    return spoken


def report(
    act: Act, data: Mapping[str, Any], language: str, ha_failure: str | None = None
) -> tuple[str, bool]:
    """A sentence from the tool's result (what was actually done, or why not), and failed.

    `ha_failure`: HA's sentence for a failure, said where ours would be English.
    """
    if not data or ("error" in data and "response_type" not in data):
        _LOGGER.debug("%s failed: %s", act.tool, data)
        if ha_failure and not speaks(language):
            return ha_failure, True
        error = str(data.get("error_text") or data["error"]) if data else "no result"
        return reply("failed", language, error=error), True
    if data.get("response_type") == "error":
        speech = data.get("speech", {}).get("plain", {}).get("speech")
        code = data.get("data", {}).get("code", "error")
        if speech and not speaks(language):
            return str(speech), True  # HA's own words, in the user's language
        return reply("failed", language, error=str(speech or code)), True
    if speech := data.get("speech", {}).get("plain", {}).get("speech"):
        return str(speech), False
    success = [t for t in data.get("data", {}).get("success", []) if t.get("type") == "entity"]
    names = [str(t.get("name")) for t in success]
    text_names = (
        join_names(names, language)
        if names
        else str(act.arguments.get("name") or act.arguments.get("area") or "")
    )
    direction = {"HassTurnOn": "on", "HassTurnOff": "off"}.get(act.intent)
    if direction is None:
        return reply("done", language, names=text_names), False
    domains = {str(t.get("id", "")).partition(".")[0] for t in success}
    domain = domains.pop() if len(domains) == 1 else None
    return reply(action_key(direction, domain), language, names=text_names), False


async def _async_answer_freely(
    host: TurnHost,
    chat_log: conversation.ChatLog,
    vocabulary: Vocabulary,
    language: str,
    question: str,
) -> None:
    """A question no reading answers: the model's words, if the facts bear them out.

    The reply is generated whole and checked by the summary guard against the exposed
    states (every number, state word and unit must be in them), and must be in the
    user's language. Otherwise it is never said: "I have no fact that answers that".
    """
    prompt = await _async_chat_prompt(host, chat_log)
    text = await async_generate_reply(
        host.engine, prompt, temperature=host.temperature, max_tokens=host.max_tokens
    )
    exposed = [
        target.entity_id for target in exposed_entity_targets(host.hass, conversation.DOMAIN)
    ]
    why_not = await _async_reply_check(host, chat_log, vocabulary, language, question)
    problems = answer_problems(host.hass, exposed, language, text) if text else ["empty"]
    if not problems and (why := why_not(text)):
        problems = [why]
    if problems:
        _LOGGER.debug("Free answer %r held back: %s", text, problems)
        text = (
            reply("no_fact", language)
            if speaks(language)
            else vocabulary.error("no_intent") or reply("no_fact", language)
        )
    _say(host, chat_log, text)


async def _async_reply_check(
    host: TurnHost,
    chat_log: conversation.ChatLog,
    vocabulary: Vocabulary | None,
    language: str,
    asked: str,
) -> Callable[[str], str | None]:
    """Why the model's words in reply to `asked` are not to be said (None: they are): they
    recite its instructions, or speak the model's language to a user of another one
    (both languages' words from HA's sentence data)."""
    instructions = instructions_of(chat_log)
    model_words = (
        await host.hass.async_add_executor_job(load_vocabulary, MODEL_LANGUAGE)
        if vocabulary is not None and language.split("-")[0] != MODEL_LANGUAGE
        else None
    )

    def why_not(text: str) -> str | None:
        if recites(text, instructions):
            return "it recites the instructions"
        if (
            vocabulary is not None
            and model_words is not None
            and (foreign := foreign_words(text, vocabulary, model_words, asked))
        ):
            return f"words {foreign} are not {language}"
        return None

    return why_not


async def _async_chat_prompt(host: TurnHost, chat_log: conversation.ChatLog) -> str:
    """The conversation so far, as the model reads it, within the agent's history limit."""
    max_history = int(host.settings.get(CONF_MAX_HISTORY, DEFAULT_MAX_HISTORY))
    return await async_build_chat_prompt(
        host.engine, chat_log, max_history=max_history, max_tokens=host.max_tokens
    )


async def _async_chat(
    host: TurnHost,
    chat_log: conversation.ChatLog,
    vocabulary: Vocabulary | None,
    language: str,
    text: str,
) -> None:
    """A free answer from the model, streamed a sentence at a time.

    A sentence that recites the model's instructions, or speaks the model's language to
    a user who does not, ends the reply: said first, "not understood" is said instead.
    """
    prompt = await _async_chat_prompt(host, chat_log)
    why_not = await _async_reply_check(host, chat_log, vocabulary, language, text)

    def keeps(sentence: str) -> bool:
        if why := why_not(sentence):
            _LOGGER.debug("Chat sentence %r held back: %s", sentence, why)
            return False
        return True

    await async_stream_reply(
        host.engine,
        chat_log,
        host.entity_id,
        prompt,
        temperature=host.temperature,
        max_tokens=host.max_tokens,
        keeps=keeps,
        instead=(vocabulary.error("no_intent") if vocabulary else None)
        or reply("no_target", language),
    )
