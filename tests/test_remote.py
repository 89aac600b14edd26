"""The same agents on a real llama.cpp `llama-server` on loopback (issue 12).

The server runs the built-in model, started from the binaries `scripts/build_engine`
builds (see `tests/llama_server.py`). Where a test needs a server that misbehaves
(answers HTML, never answers), a real aiohttp server on loopback plays it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass, field
from datetime import timedelta
import json
from pathlib import Path
from typing import Any

from aiohttp import (
    ClientSession,
    TraceConfig,
    TraceRequestChunkSentParams,
    TraceRequestStartParams,
    web,
)
from homeassistant import config_entries
from homeassistant.components import conversation
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_API_KEY, CONF_MODEL, CONF_URL
from homeassistant.core import Context, HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.local_slm.config_flow import default_ai_task_data
from custom_components.local_slm.const import (
    CONF_MODEL_SOURCE,
    DEFAULT_AI_TASK_NAME,
    DOMAIN,
    MODEL_SOURCE_REMOTE,
    SUBENTRY_AI_TASK,
)
from custom_components.local_slm.engine.base import EngineTimeout, GenerationRequest
from custom_components.local_slm.engine.client import EngineClient, EngineConfig
from custom_components.local_slm.engine.remote import (
    RemoteConfig,
    RemoteEngine,
    ServerUnreachable,
)
from custom_components.local_slm.prompting.chat_format import render_chat, stop_strings

from .conftest import conversation_subentry
from .llama_server import (
    RPC_CLIENT,
    LlamaServer,
    free_port,
    llama_server,
    split_model,
)
from .test_ai_task import generate, task_entity_id
from .test_offline import NetworkSpy
from .test_services import set_demo_sensors, summarize

MODEL = "smollm2"
AGENT = "conversation.local_slm_conversation"

# The harness refuses inet sockets; loopback is what these tests are about (pytest-socket
# still refuses any host but 127.0.0.1).
pytestmark = pytest.mark.usefixtures("socket_enabled")


# --- servers -------------------------------------------------------------------------


@pytest.fixture
def server(socket_enabled: None, tmp_path: Path, model_path: Path) -> Generator[LlamaServer]:
    """llama-server with the built-in model, started (a free port needs a socket)."""
    srv = llama_server(model_path, tmp_path / "server.log")
    srv.start()
    srv.wait_ready()
    yield srv
    srv.stop()


@pytest.fixture
def own_server(socket_enabled: None, tmp_path: Path, model_path: Path) -> Generator[LlamaServer]:
    """A llama-server of this test alone (it stops or restarts it); not started."""
    srv = llama_server(model_path, tmp_path / "server.log")
    yield srv
    srv.stop()


async def _serve(app: web.Application, **kwargs: Any) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, **kwargs)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}"


@pytest.fixture
async def html_server() -> AsyncGenerator[str]:
    """A real web server that is not an OpenAI API: every page is HTML."""

    async def page(_request: web.Request) -> web.Response:
        return web.Response(text="<html><body>Router login</body></html>", content_type="text/html")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", page)
    runner, url = await _serve(app)
    yield url
    await runner.cleanup()


@dataclass(slots=True)
class StallingServer:
    """An OpenAI-like server on loopback that holds every chat request until `answer` is set."""

    url: str
    answer: asyncio.Event = field(default_factory=asyncio.Event)
    """Set it and the server answers (held requests too)."""
    hung_up: asyncio.Event = field(default_factory=asyncio.Event)
    """Set when a client closed the connection of a request the server was holding."""


async def _answer(request: web.Request, text: str) -> web.StreamResponse:
    """Stream `text` as one OpenAI chat-completion delta (SSE)."""
    events = (
        {"choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]},
        {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
    )
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await resp.prepare(request)
    for event in events:
        await resp.write(f"data: {json.dumps(event)}\n\n".encode())
    await resp.write(b"data: [DONE]\n\n")
    await resp.write_eof()
    return resp


async def _serve_chat(
    chat: Callable[[web.Request], Awaitable[web.StreamResponse]], **kwargs: Any
) -> tuple[web.AppRunner, str]:
    """An OpenAI-like server listing MODEL, with `chat` for /v1/chat/completions."""

    async def models(_request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": MODEL}]})

    app = web.Application()
    app.router.add_get("/v1/models", models)
    app.router.add_post("/v1/chat/completions", chat)
    return await _serve(app, **kwargs)


@pytest.fixture
async def stalling_server() -> AsyncGenerator[StallingServer]:
    """A real aiohttp server that lists a model, then takes its time over chat requests.

    aiohttp cancels a handler whose client hangs up (`handler_cancellation`): a held
    request ends when the engine gives up on it, and teardown releases any other, so
    no handler outlives the test.
    """
    server = StallingServer("")

    async def chat(request: web.Request) -> web.StreamResponse:
        try:
            await server.answer.wait()
        except asyncio.CancelledError:
            server.hung_up.set()
            raise
        return await _answer(request, "Hello!")

    runner, server.url = await _serve_chat(chat, handler_cancellation=True)
    yield server
    server.answer.set()
    await runner.cleanup()


@dataclass(slots=True)
class JsonObjectServer:
    """A server that takes a schema only as `{"type": "json_object", "schema": ...}`."""

    url: str
    formats: list[dict[str, Any]] = field(default_factory=list)
    """The `response_format` of every chat request, in order."""


@pytest.fixture
async def json_object_server() -> AsyncGenerator[JsonObjectServer]:
    """A real aiohttp server answering as llama-cpp-python's own server does: 422 for
    OpenAI's `json_schema` response format (its request model allows only `text` and
    `json_object`). A stand-in: that server needs extras the test venv does not hold."""
    server = JsonObjectServer("")

    async def chat(request: web.Request) -> web.StreamResponse:
        response_format = (await request.json()).get("response_format") or {}
        server.formats.append(response_format)
        if response_format.get("type") not in (None, "text", "json_object"):
            return web.json_response(
                {"detail": [{"msg": "Input should be 'text' or 'json_object'"}]}, status=422
            )
        return await _answer(request, '{"colour": "blue"}')

    runner, server.url = await _serve_chat(chat)
    yield server
    await runner.cleanup()


@pytest.fixture
async def empty_server() -> AsyncGenerator[str]:
    """A real OpenAI-like server whose model list is empty (no model loaded yet)."""

    async def models(_request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": []})

    app = web.Application()
    app.router.add_get("/v1/models", models)
    runner, url = await _serve(app)
    yield url
    await runner.cleanup()


@pytest.fixture
async def failing_server() -> AsyncGenerator[str]:
    """A real OpenAI-like server that lists a model, then fails every request (HTTP 500)."""

    async def fail(_request: web.Request) -> web.StreamResponse:
        return web.json_response({"error": {"message": "out of memory"}}, status=500)

    runner, url = await _serve_chat(fail)
    yield url
    await runner.cleanup()


# --- entries -------------------------------------------------------------------------


def remote_entry(hass: HomeAssistant, url: str, api_key: str = "") -> MockConfigEntry:
    """An entry for the model on `url`, with one agent and one AI task."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=f"{MODEL} (server)",
        unique_id=f"{url}#{MODEL}",
        data={
            CONF_MODEL_SOURCE: MODEL_SOURCE_REMOTE,
            CONF_URL: url,
            CONF_MODEL: MODEL,
            CONF_API_KEY: api_key,
        },
        subentries_data=[
            conversation_subentry(),
            {
                "subentry_type": SUBENTRY_AI_TASK,
                "data": default_ai_task_data(),
                "title": DEFAULT_AI_TASK_NAME,
                "unique_id": None,
            },
        ],
    )
    entry.add_to_hass(hass)
    return entry


async def _setup(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)


@pytest.fixture
async def loaded_remote(
    hass: HomeAssistant, ha_core: None, server: LlamaServer
) -> AsyncGenerator[MockConfigEntry]:
    """An entry on the shared server, set up for real and warmed."""
    entry = remote_entry(hass, server.url)
    await _setup(hass, entry)
    assert entry.state is ConfigEntryState.LOADED
    yield entry
    await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


def _engine(entry: MockConfigEntry) -> RemoteEngine:
    engine = entry.runtime_data.engine
    assert isinstance(engine, RemoteEngine)
    return engine


async def _converse(hass: HomeAssistant, text: str) -> conversation.ConversationResult:
    return await conversation.async_converse(
        hass, text, None, Context(), language="en", agent_id=AGENT
    )


def _speech(result: conversation.ConversationResult) -> str:
    return str(result.response.speech["plain"]["speech"])


async def _turn_on(hass: HomeAssistant, entity_id: str) -> None:
    await hass.services.async_call("light", "turn_on", {"entity_id": entity_id}, blocking=True)


async def _until(condition: Any) -> None:
    """Wait (at most two minutes) for `condition()` to hold: a server starting, a retry."""
    async with asyncio.timeout(120):
        while True:
            if condition():
                return
            await asyncio.sleep(0.2)


async def _start_with_key(hass: HomeAssistant, server: LlamaServer, api_key: str) -> None:
    """Start `server` so that it serves only requests carrying `api_key`."""
    server.argv += ["--api-key", api_key]
    server.start()
    await hass.async_add_executor_job(server.wait_ready)


# --- config flow ---------------------------------------------------------------------


async def _start_remote_flow(hass: HomeAssistant) -> dict[str, Any]:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    assert "remote" in result["menu_options"]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "remote"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "remote"
    return dict(result)


async def test_flow_lists_the_servers_models_and_creates_a_working_entry(
    hass: HomeAssistant, ha_core: None, server: LlamaServer
) -> None:
    """URL (with /v1, as OpenAI clients write it) → the server's models → a loaded entry."""
    result = await _start_remote_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: f"{server.url}/v1/"}
    )
    assert result["step_id"] == "remote_model"
    assert result["data_schema"].schema[CONF_MODEL].config["options"] == [MODEL]

    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_MODEL: MODEL})
    await hass.async_block_till_done(wait_background_tasks=True)

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {
        CONF_MODEL_SOURCE: MODEL_SOURCE_REMOTE,
        CONF_URL: server.url,
        CONF_MODEL: MODEL,
        CONF_API_KEY: "",
    }
    entry = result["result"]
    assert entry.unique_id == f"{server.url}#{MODEL}"
    assert entry.state is ConfigEntryState.LOADED
    assert _engine(entry).llama_server
    assert not entry.supports_options
    await hass.config_entries.async_unload(entry.entry_id)


async def test_flow_refuses_a_second_entry_for_the_same_server_and_model(
    hass: HomeAssistant, ha_core: None, server: LlamaServer
) -> None:
    remote_entry(hass, server.url)
    result = await _start_remote_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: server.url}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_MODEL: MODEL})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


async def test_flow_says_what_is_wrong_with_the_address(
    hass: HomeAssistant, ha_core: None, html_server: str
) -> None:
    """A malformed URL, nothing listening, and a web page that is not an OpenAI API."""
    result = await _start_remote_flow(hass)
    flow_id = result["flow_id"]
    cases = {
        "192.168.1.20:8080": {CONF_URL: "invalid_url"},
        f"http://127.0.0.1:{free_port()}": {"base": "server_unreachable"},
        html_server: {"base": "not_openai_compatible"},
    }
    for url, errors in cases.items():
        result = await hass.config_entries.flow.async_configure(flow_id, {CONF_URL: url})
        assert result["type"] is FlowResultType.FORM, url
        assert result["step_id"] == "remote"
        assert result["errors"] == errors, url


async def test_flow_refuses_a_wrong_key_and_keeps_the_right_one(
    hass: HomeAssistant, ha_core: None, own_server: LlamaServer
) -> None:
    await _start_with_key(hass, own_server, "right-key")
    result = await _start_remote_flow(hass)
    for key in ("", "wrong-key"):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_URL: own_server.url, CONF_API_KEY: key}
        )
        assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: own_server.url, CONF_API_KEY: "right-key"}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_MODEL: MODEL})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_API_KEY] == "right-key"
    await hass.config_entries.async_unload(result["result"].entry_id)


async def test_a_changed_key_starts_a_reauth_flow_that_fixes_the_entry(
    hass: HomeAssistant, ha_core: None, own_server: LlamaServer
) -> None:
    await _start_with_key(hass, own_server, "new-key")
    entry = remote_entry(hass, own_server.url, api_key="old-key")
    await _setup(hass, entry)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    flows = [f for f in hass.config_entries.flow.async_progress() if f["handler"] == DOMAIN]
    assert [f["context"]["source"] for f in flows] == [config_entries.SOURCE_REAUTH]
    flow_id = flows[0]["flow_id"]

    result = await hass.config_entries.flow.async_configure(flow_id, {CONF_API_KEY: "old-key"})
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(flow_id, {CONF_API_KEY: "new-key"})
    await hass.async_block_till_done(wait_background_tasks=True)

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_successful"
    assert entry.data[CONF_API_KEY] == "new-key"
    assert entry.state is ConfigEntryState.LOADED
    await hass.config_entries.async_unload(entry.entry_id)


async def test_flow_says_when_the_server_serves_no_model(
    hass: HomeAssistant, ha_core: None, empty_server: str
) -> None:
    result = await _start_remote_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: empty_server}
    )
    assert result["step_id"] == "remote"
    assert result["errors"] == {"base": "no_models"}


async def test_flow_refuses_a_model_that_fails_a_real_request(
    hass: HomeAssistant, ha_core: None, failing_server: str
) -> None:
    """Listed is not enough: the chosen model must answer one request before the entry."""
    result = await _start_remote_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: failing_server}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_MODEL: MODEL})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "remote_model"
    assert result["errors"] == {"base": "request_failed"}
    assert hass.config_entries.async_entries(DOMAIN) == []


async def _reconfigure_to_remote(
    hass: HomeAssistant, entry: MockConfigEntry
) -> config_entries.ConfigFlowResult:
    result = await entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.MENU
    return await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "remote"}
    )


async def test_reconfiguring_a_server_entry_starts_from_its_address(
    hass: HomeAssistant, ha_core: None, server: LlamaServer
) -> None:
    """The form holds the entry's URL; confirming it keeps the agents and reloads."""
    entry = remote_entry(hass, server.url)
    subentries = dict(entry.subentries)
    result = await _reconfigure_to_remote(hass, entry)
    url_key = next(key for key in result["data_schema"].schema if key == CONF_URL)
    assert url_key.default() == server.url
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: server.url}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_MODEL: MODEL})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done(wait_background_tasks=True)
    assert entry.state is ConfigEntryState.LOADED
    assert entry.subentries == subentries
    await hass.config_entries.async_unload(entry.entry_id)


async def test_reconfigure_to_a_server_model_another_entry_serves_aborts(
    hass: HomeAssistant, ha_core: None, server: LlamaServer, config_entry: MockConfigEntry
) -> None:
    """One entry per server and model: the built-in entry cannot take the server's."""
    remote_entry(hass, server.url)
    result = await _reconfigure_to_remote(hass, config_entry)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: server.url}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_MODEL: MODEL})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert config_entry.data == {CONF_MODEL_SOURCE: "builtin"}


# --- the agents on the server ----------------------------------------------------------


@pytest.mark.usefixtures("demo_home")
async def test_assist_turn_on_a_server_entry_controls_the_light(
    hass: HomeAssistant, loaded_remote: MockConfigEntry
) -> None:
    """The agent of a server entry acts like the local one (its warm-up ran on the server)."""
    await _turn_on(hass, "light.bed_light")

    result = await _converse(hass, "kill the bed light")

    assert hass.states.get("light.bed_light").state == "off"  # type: ignore[union-attr]
    assert "off" in _speech(result).lower()  # HA's own sentence: "Turned off the light"
    assert (await _engine(loaded_remote).async_stats())["requests"] > 0


async def test_diagnostics_of_a_server_entry_name_the_server_not_its_key(
    hass: HomeAssistant, hass_client: ClientSessionGenerator, ha_core: None, own_server: LlamaServer
) -> None:
    """Through HA's diagnostics API: the server's URL and health; the API key is redacted."""
    await _start_with_key(hass, own_server, "secret-key")
    entry = remote_entry(hass, own_server.url, api_key="secret-key")
    await _setup(hass, entry)
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    assert diagnostics["server"]["url"] == own_server.url
    assert diagnostics["server"]["llama_server"] is True
    assert set(diagnostics["server_health"]) == {"recoveries", "lost", "last_lost", "last_error"}
    assert diagnostics["entry"]["data"][CONF_API_KEY] == "**REDACTED**"
    assert "secret-key" not in json.dumps(diagnostics)
    assert "model" not in diagnostics
    await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.usefixtures("demo_home")
async def test_summarize_runs_on_the_server(
    hass: HomeAssistant, loaded_remote: MockConfigEntry
) -> None:
    entity_ids = set_demo_sensors(hass)
    before = (await _engine(loaded_remote).async_stats())["requests"]

    response = await summarize(hass, entity_id=entity_ids, max_words=30)

    assert response["text"]
    assert response["source"] in ("model", "fallback")
    assert (await _engine(loaded_remote).async_stats())["requests"] > before


async def test_ai_task_structure_is_kept_by_the_servers_grammar(
    hass: HomeAssistant, loaded_remote: MockConfigEntry
) -> None:
    response = await generate(
        hass,
        task_entity_id(hass, loaded_remote),
        instructions="Invent a pet: its name and how many legs it has.",
        structure={
            "name": {"selector": {"text": {}}, "required": True},
            "legs": {
                "selector": {"number": {"min": 0, "max": 8, "step": 1, "mode": "box"}},
                "required": True,
            },
        },
    )

    data = response["data"]
    assert set(data) == {"name", "legs"}
    assert isinstance(data["name"], str)
    assert 0 <= data["legs"] <= 8


async def test_scores_are_the_models_log_probabilities(
    hass: HomeAssistant, server: LlamaServer, model_path: Path
) -> None:
    """The server's forced-option scores match the local worker's, option by option."""
    prompt = render_chat(
        [{"role": "user", "content": "Which colour is the sky on a clear day?"}], None
    )
    options = ["Blue.", "Green.", "The sky is blue."]
    local = EngineClient(EngineConfig(str(model_path), n_ctx=2048, n_threads=2))
    await local.async_start()
    try:
        expected = await local.async_score(prompt, options)
    finally:
        await local.async_stop()
    async with ClientSession() as session:
        remote = RemoteEngine(RemoteConfig(server.url, MODEL), session)
        await remote.async_start()
        scores = await remote.async_score(prompt, options)

    assert scores == pytest.approx(expected, abs=0.5)
    assert scores.index(max(scores)) == expected.index(max(expected))


async def test_requests_go_only_to_the_address_the_user_entered(
    hass: HomeAssistant, ha_core: None, server: LlamaServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setup, an Assist turn and a summary: every connection is to the server entered."""
    spy = NetworkSpy()
    spy.install(monkeypatch)
    entry = remote_entry(hass, server.url)
    await _setup(hass, entry)
    hass.states.async_set("sensor.living_room_temperature", "21.5", {"unit_of_measurement": "°C"})

    await _converse(hass, "Tell me something about the weather.")
    await summarize(hass, entity_id=["sensor.living_room_temperature"])
    await hass.config_entries.async_unload(entry.entry_id)

    assert spy.outbound
    assert {target[:2] for _name, target in spy.outbound} == {("127.0.0.1", server.port)}


# --- faults --------------------------------------------------------------------------


async def test_server_down_at_startup_is_retried_until_it_answers(
    hass: HomeAssistant, ha_core: None, own_server: LlamaServer
) -> None:
    entry = remote_entry(hass, own_server.url)
    await _setup(hass, entry)
    assert entry.state is ConfigEntryState.SETUP_RETRY

    own_server.start()
    await hass.async_add_executor_job(own_server.wait_ready)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(minutes=5))
    await hass.async_block_till_done(wait_background_tasks=True)

    assert entry.state is ConfigEntryState.LOADED
    await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.usefixtures("demo_home")
async def test_server_stopped_and_restarted_under_a_loaded_entry(
    hass: HomeAssistant, ha_core: None, own_server: LlamaServer
) -> None:
    """Stopped: a clear spoken error and unavailable entities. Back: the agent works again."""
    own_server.start()
    await hass.async_add_executor_job(own_server.wait_ready)
    entry = remote_entry(hass, own_server.url)
    await _setup(hass, entry)
    engine = _engine(entry)

    await hass.async_add_executor_job(own_server.stop)
    result = await _converse(hass, "kill the bed light")

    assert _speech(result) == "The model server did not answer"
    assert not engine.available
    assert hass.states.get(AGENT).state == "unavailable"  # type: ignore[union-attr]

    own_server.start()
    await hass.async_add_executor_job(own_server.wait_ready)
    await _until(lambda: engine.available)
    await hass.async_block_till_done()
    await _turn_on(hass, "light.bed_light")
    result = await _converse(hass, "kill the bed light")

    assert hass.states.get("light.bed_light").state == "off"  # type: ignore[union-attr]
    assert hass.states.get(AGENT).state != "unavailable"  # type: ignore[union-attr]
    await hass.config_entries.async_unload(entry.entry_id)


async def test_server_dying_mid_generation_fails_the_request_and_is_followed(
    own_server: LlamaServer,
) -> None:
    own_server.start()
    await asyncio.to_thread(own_server.wait_ready)
    async with ClientSession() as session:
        engine = RemoteEngine(RemoteConfig(own_server.url, MODEL), session)
        await engine.async_start()
        request = GenerationRequest(
            prompt=render_chat([{"role": "user", "content": "Tell me a very long story."}], None),
            max_tokens=3000,
            temperature=0.8,
            stop=stop_strings(None, ""),
            # A grammar with no end: the model cannot finish before the server is gone.
            grammar='root ::= "la " root',
        )
        received: list[str] = []

        async def consume() -> None:
            async for text in engine.stream(request):
                received.append(text)

        task = asyncio.create_task(consume())
        await _until(lambda: len(received) > 3)
        await asyncio.to_thread(own_server.stop)

        with pytest.raises(ServerUnreachable):
            await task
        assert not engine.available
        await engine.async_stop()


async def test_a_stalling_server_hits_the_time_limit_and_the_engine_carries_on(
    stalling_server: StallingServer,
) -> None:
    """Accepted and never answered: EngineTimeout, and the engine hangs up (the server
    sees it). Slow is not gone: the engine stays available and its next request, once
    the server answers, succeeds."""
    prompt = render_chat([{"role": "user", "content": "Hello"}], None)
    async with ClientSession() as session:
        engine = RemoteEngine(
            RemoteConfig(stalling_server.url, MODEL), session, request_timeout=1.0
        )
        await engine.async_start()
        assert not engine.llama_server

        with pytest.raises(EngineTimeout):
            await engine.async_generate(GenerationRequest(prompt=prompt, max_tokens=8))
        async with asyncio.timeout(30):
            await stalling_server.hung_up.wait()
        assert engine.available
        assert engine.waiting == 0

        stalling_server.answer.set()
        result = await engine.async_generate(GenerationRequest(prompt=prompt, max_tokens=8))

        assert result.text == "Hello!"
        assert result.finish_reason == "stop"
        await engine.async_stop()


# --- any OpenAI-compatible server: the reduced path -------------------------------------


async def test_requests_right_after_a_streamed_answer_reach_the_server(
    server: LlamaServer,
) -> None:
    """llama-server closes the connection of a streamed answer while announcing
    keep-alive: the next request must not be sent on it (it would look like a lost server)."""
    prompt = render_chat([{"role": "user", "content": "Say hi."}], None)
    async with ClientSession() as session:
        engine = RemoteEngine(RemoteConfig(server.url, MODEL), session)
        await engine.async_start()
        for _ in range(3):
            await engine.async_generate(GenerationRequest(prompt=prompt, max_tokens=4))
            assert await engine.async_count_tokens(prompt) > 0

        assert engine.available
        assert engine.crashes == 0
        await engine.async_stop()


class RequestLog:
    """What a client session sent, seen through aiohttp's tracing: (path, JSON body)."""

    def __init__(self) -> None:
        """Start empty."""
        self.sent: list[tuple[str, bytearray]] = []
        self.trace = TraceConfig()
        self.trace.on_request_start.append(self._start)
        self.trace.on_request_chunk_sent.append(self._chunk)

    async def _start(self, _s: ClientSession, _c: Any, params: TraceRequestStartParams) -> None:
        self.sent.append((params.url.path, bytearray()))

    async def _chunk(self, _s: ClientSession, _c: Any, params: TraceRequestChunkSentParams) -> None:
        self.sent[-1][1].extend(params.chunk)

    def bodies(self, path: str) -> list[dict[str, Any]]:
        """The JSON bodies sent to `path`, in order."""
        return [json.loads(body) for p, body in self.sent if p == path]


async def test_plain_openai_api_generates_structured_output_and_chooses(
    server: LlamaServer,
) -> None:
    """Only /v1/models and /v1/chat/completions (what Ollama, vLLM, LocalAI offer), and
    the schema in OpenAI's own `response_format` form, which llama-server takes as is."""
    log = RequestLog()
    async with ClientSession(trace_configs=[log.trace]) as session:
        engine = RemoteEngine(RemoteConfig(server.url, MODEL), session, llama_extensions=False)
        await engine.async_start()
        template = await engine.async_chat_template()
        assert template.template is None  # ChatML, turned back into messages

        schema = {
            "type": "object",
            "properties": {"colour": {"type": "string", "enum": ["blue", "green"]}},
            "required": ["colour"],
        }
        prompt = render_chat(
            [{"role": "user", "content": "The colour of the sky, as JSON."}], template.template
        )
        result = await engine.async_generate(
            GenerationRequest(prompt=prompt, max_tokens=32, temperature=0.0, json_schema=schema)
        )
        assert json.loads(result.text)["colour"] in ("blue", "green")
        [chat] = log.bodies("/v1/chat/completions")  # accepted the first time
        assert chat["messages"] == [{"role": "user", "content": "The colour of the sky, as JSON."}]
        assert chat["response_format"] == {
            "type": "json_schema",
            "json_schema": {"name": "result", "schema": schema},
        }

        # No log-probabilities here: an option scores by how much of it the greedy answer
        # begins with (0 when all of it).
        greedy = await engine.async_generate(
            GenerationRequest(prompt=prompt, max_tokens=8, temperature=0.0)
        )
        scores = await engine.async_score(prompt, [greedy.text[:12], "The sea is red."])
        assert scores[0] == 0.0
        assert scores[1] < 0.0
        assert await engine.async_count_tokens("hello world") > 0
        await engine.async_stop()
    assert {path for path, _body in log.sent} == {"/v1/models", "/v1/chat/completions"}


async def test_a_server_that_refuses_the_json_schema_form_gets_json_object(
    json_object_server: JsonObjectServer,
) -> None:
    """Refused once, the schema goes as `json_object` + `schema`, then always in that form."""
    schema = {"type": "object", "properties": {"colour": {"type": "string"}}}
    request = GenerationRequest(
        prompt=render_chat([{"role": "user", "content": "The sky's colour?"}], None),
        max_tokens=16,
        json_schema=schema,
    )
    async with ClientSession() as session:
        engine = RemoteEngine(RemoteConfig(json_object_server.url, MODEL), session)
        await engine.async_start()
        first = await engine.async_generate(request)
        second = await engine.async_generate(request)
        await engine.async_stop()

    assert json.loads(first.text) == json.loads(second.text) == {"colour": "blue"}
    assert [f["type"] for f in json_object_server.formats] == [
        "json_schema",
        "json_object",
        "json_object",
    ]
    assert json_object_server.formats[-1]["schema"] == schema


# --- a model split over two machines (two rpc-servers on loopback) ----------------------


@pytest.mark.usefixtures("demo_home")
async def test_model_split_over_two_rpc_servers_serves_an_assist_turn(
    hass: HomeAssistant, ha_core: None, tmp_path: Path, model_path: Path
) -> None:
    """llama-server --rpc A,B: the agent works and both rpc-servers computed their layers."""
    split = split_model(model_path, tmp_path)
    try:
        await hass.async_add_executor_job(split.start)
        cpu_before = {rpc.port: rpc.cpu_seconds() for rpc in split.rpcs}
        entry = remote_entry(hass, split.front.url)
        await _setup(hass, entry)  # the warm-up runs prompts through the split model
        await _turn_on(hass, "light.bed_light")

        await _converse(hass, "kill the bed light")

        assert hass.states.get("light.bed_light").state == "off"  # type: ignore[union-attr]
        for rpc in split.rpcs:
            assert RPC_CLIENT in rpc.output()
            assert rpc.cpu_seconds() > cpu_before[rpc.port]  # it computed its layers
        await hass.config_entries.async_unload(entry.entry_id)
    finally:
        await hass.async_add_executor_job(split.stop)
