"""Downloading a model from the flow, against a real server on 127.0.0.1.

The server (tests/model_server.py) serves the real built-in GGUF. Downloads go to
`<config>/local_slm/models/` of a per-test config folder, through Home Assistant's
shared aiohttp session, exactly as for a user. Sockets are enabled for these tests
(`socket_enabled`); the harness still refuses connections to any host but 127.0.0.1.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
import hashlib
import json
from pathlib import Path
import re
import socket
from typing import Any

from homeassistant import config_entries
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.data_entry_flow import EVENT_DATA_ENTRY_FLOW_PROGRESS_UPDATE, FlowResultType
from homeassistant.helpers.aiohttp_client import async_get_clientsession
import pytest

from custom_components.local_slm import catalog, download
from custom_components.local_slm.const import CONF_MODEL_PATH, DOMAIN
from custom_components.local_slm.download import DownloadRequest, async_download
from custom_components.local_slm.model_source_flow import (
    CONF_CATALOG_MODEL,
    CONF_HF_FILE,
    CONF_HF_REPO,
    CONF_URL,
    download_url_from_input,
)

from .model_server import FILE_NAME, ModelServer, start_model_server

# Real sockets, for the local server; pytest-socket still only allows 127.0.0.1.
pytestmark = pytest.mark.usefixtures("ha_core", "socket_enabled")


@pytest.fixture
def hass_config_dir(hass_tmp_config_dir: str) -> str:
    """A config folder of the test's own: downloads land in it."""
    return hass_tmp_config_dir


@pytest.fixture
async def server(model_path: Path) -> AsyncGenerator[ModelServer]:
    """The built-in GGUF served over HTTP on 127.0.0.1."""
    srv, runner = await start_model_server(model_path)
    yield srv
    await runner.cleanup()


def models_dir(hass: HomeAssistant) -> Path:
    """The models folder of the test's config."""
    return Path(hass.config.path("local_slm", "models"))


@pytest.fixture
def test_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: ModelServer
) -> dict[str, Any]:
    """A catalog whose one entry points at the local server.

    The real catalog points at the internet, which the tests cannot reach: its data
    (not its code) is replaced by one entry describing the served file.
    """
    entry = {
        "id": "served",
        "name": "Served SmolLM2",
        "parameters": "135M",
        "quantization": "Q4_1",
        "file_name": "served.gguf",
        "url": server.url,
        "file_size": len(server.data),
        "ram_bytes": 300_000_000,
        "context_length": 8192,
        "license": "Apache-2.0",
        "languages": "English",
        "tool_calling": "None.",
        "sha256": server.sha256,
    }
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps({"models": [entry]}))
    monkeypatch.setattr(catalog, "CATALOG_FILE", path)
    return entry


async def _menu(hass: HomeAssistant, step: str) -> dict[str, Any]:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": step}
    )
    assert result["type"] is FlowResultType.FORM
    return dict(result)


async def _download_from_url(hass: HomeAssistant, url: str) -> dict[str, Any]:
    """Submit a URL, let the download finish, and return the step that follows."""
    result = await _menu(hass, "download_url")
    result = dict(
        await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_URL: url})
    )
    if result["type"] is FlowResultType.SHOW_PROGRESS:
        await hass.async_block_till_done()
        result = dict(await hass.config_entries.flow.async_configure(result["flow_id"]))
    return result


async def test_catalog_download_shows_progress_and_creates_the_entry(
    hass: HomeAssistant, server: ModelServer, test_catalog: dict[str, Any]
) -> None:
    """The chosen catalog model is downloaded with progress, verified, then loaded."""
    progress: list[float] = []

    @callback
    def _record(event: Event) -> None:
        progress.append(event.data["progress"])

    hass.bus.async_listen(EVENT_DATA_ENTRY_FLOW_PROGRESS_UPDATE, _record)
    result = await _menu(hass, "catalog")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CATALOG_MODEL: "served"}
    )
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    assert result["progress_action"] == "download"
    await hass.async_block_till_done()
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.CREATE_ENTRY
    dest = models_dir(hass) / "served.gguf"
    assert result["data"][CONF_MODEL_PATH] == str(dest)
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == server.sha256
    assert sorted(p.name for p in models_dir(hass).iterdir()) == ["served.gguf"]
    assert progress == sorted(progress)
    assert len(progress) > 10
    assert progress[-1] == 1.0
    assert server.ranges == [None]
    await hass.async_block_till_done()
    await hass.config_entries.async_unload(result["result"].entry_id)


async def test_a_download_cut_mid_file_resumes_where_it_stopped(
    hass: HomeAssistant, server: ModelServer, tmp_path: Path
) -> None:
    """The server drops the connection halfway: the rest is asked for with Range."""
    server.cuts_left = 1
    dest = tmp_path / "resumed.gguf"
    seen: list[int] = []
    result = await async_download(
        async_get_clientsession(hass),
        DownloadRequest(server.url, dest),
        lambda done, _total: seen.append(done),
    )
    assert result == dest
    assert len(server.ranges) == 2
    assert server.ranges[0] is None
    resumed_at = int(str(server.ranges[1]).removeprefix("bytes=").rstrip("-"))
    assert 0 < resumed_at < len(server.data)
    assert resumed_at in seen
    assert dest.read_bytes() == server.data
    assert not dest.with_name("resumed.gguf.part").exists()


async def test_a_checksum_mismatch_is_rejected_and_cleaned_up(
    hass: HomeAssistant, server: ModelServer, test_catalog: dict[str, Any]
) -> None:
    """A file that does not match the catalog's sha256 is deleted; the form says why."""
    test_catalog["sha256"] = "0" * 64
    catalog.CATALOG_FILE.write_text(json.dumps({"models": [test_catalog]}))
    result = await _menu(hass, "catalog")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CATALOG_MODEL: "served"}
    )
    await hass.async_block_till_done()
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "catalog"
    assert result["errors"] == {"base": "checksum_mismatch"}
    assert list(models_dir(hass).iterdir()) == []


async def test_the_servers_linked_etag_is_checked_when_no_checksum_is_known(
    hass: HomeAssistant, server: ModelServer
) -> None:
    """Without a catalog checksum, the X-Linked-ETag sha256 must match."""
    server.etag = "f" * 64
    result = await _download_from_url(hass, server.url)
    assert result["errors"] == {"base": "checksum_mismatch"}
    assert list(models_dir(hass).iterdir()) == []


async def test_a_missing_file_is_a_form_error(hass: HomeAssistant, server: ModelServer) -> None:
    """HTTP 404 comes back to the URL form as `not_found`."""
    result = await _download_from_url(hass, f"{server.base_url}/models/nothing.gguf")
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "download_url"
    assert result["errors"] == {"base": "not_found"}
    assert list(models_dir(hass).iterdir()) == []


async def test_a_refused_connection_is_a_form_error(hass: HomeAssistant) -> None:
    """Nothing listening on the port: `cannot_connect`, the same as network down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    result = await _download_from_url(hass, f"http://127.0.0.1:{port}/m.gguf")
    assert result["errors"] == {"base": "cannot_connect"}


async def test_too_little_disk_space_refuses_before_downloading(
    hass: HomeAssistant,
    server: ModelServer,
    test_catalog: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fault injection: the disk reports 10 MiB free (a full disk cannot be made here).

    The catalog knows the size, so nothing is requested from the server.
    """
    monkeypatch.setattr(download, "_free_bytes", lambda _folder: 10 * 2**20)
    result = await _menu(hass, "catalog")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CATALOG_MODEL: "served"}
    )
    await hass.async_block_till_done()
    result = await hass.config_entries.flow.async_configure(result["flow_id"])
    assert result["errors"] == {"base": "disk_full"}
    assert server.ranges == []
    assert list(models_dir(hass).iterdir()) == []


async def test_closing_the_flow_mid_download_removes_the_partial_file(
    hass: HomeAssistant, server: ModelServer
) -> None:
    """The user closes the dialog while the file arrives: no `.part` stays behind."""
    server.stall = asyncio.Event()
    result = await _menu(hass, "download_url")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_URL: server.url}
    )
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    await server.reached_stall.wait()
    part = models_dir(hass) / f"{FILE_NAME}.part"
    assert part.stat().st_size > 0
    hass.config_entries.flow.async_abort(result["flow_id"])
    await hass.async_block_till_done()
    server.stall.set()
    assert list(models_dir(hass).iterdir()) == []


@pytest.mark.parametrize(
    ("user_input", "error"),
    [
        pytest.param({}, "url_required", id="nothing"),
        pytest.param({CONF_URL: "http://example.com/m.gguf"}, "url_invalid", id="plain-http"),
        pytest.param({CONF_URL: "ftp://example.com/m.gguf"}, "url_invalid", id="ftp"),
        pytest.param({CONF_URL: "https://example.com/m.bin"}, "url_not_gguf", id="not-gguf"),
        pytest.param(
            {CONF_HF_REPO: "no-owner", CONF_HF_FILE: "m.gguf"}, "hf_repo_invalid", id="repo"
        ),
        pytest.param({CONF_HF_REPO: "owner/name"}, "hf_repo_invalid", id="no-file"),
    ],
)
async def test_bad_download_addresses_are_refused_without_a_request(
    hass: HomeAssistant, user_input: dict[str, str], error: str
) -> None:
    """Bad addresses are form errors; nothing is downloaded."""
    result = await _menu(hass, "download_url")
    result = await hass.config_entries.flow.async_configure(result["flow_id"], user_input)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": error}
    assert not models_dir(hass).exists()


def test_a_hugging_face_repo_and_file_make_a_resolve_url() -> None:
    """Repository and file name become the file's `resolve` URL on the main branch."""
    url, error = download_url_from_input(
        {CONF_HF_REPO: "HuggingFaceTB/SmolLM2-360M-Instruct-GGUF", CONF_HF_FILE: "m q8.gguf"}
    )
    assert error is None
    assert url == (
        "https://huggingface.co/HuggingFaceTB/SmolLM2-360M-Instruct-GGUF/resolve/main/m%20q8.gguf"
    )


def test_every_download_and_address_error_is_a_translated_form_error() -> None:
    """The reasons download.py and the URL form can give are config flow errors."""
    package = Path(download.__file__).parent
    code = (package / "download.py").read_text() + (package / "model_source_flow.py").read_text()
    reasons = set(re.findall(r'DownloadError\(\s*"(\w+)"', code))
    reasons |= set(re.findall(r'return None, "(\w+)"', code)) | {"cannot_write"}
    assert {"not_found", "cannot_connect", "disk_full", "checksum_mismatch"} <= reasons
    for translations in (package / "translations").glob("*.json"):
        errors = json.loads(translations.read_text(encoding="utf-8"))["config"]["error"]
        assert reasons <= set(errors), translations.name


def _write_catalog(path: Path, entry: dict[str, Any]) -> None:
    path.write_text(json.dumps({"models": [entry]}))


async def test_a_catalog_model_already_in_the_models_folder_is_not_downloaded_again(
    hass: HomeAssistant, server: ModelServer, test_catalog: dict[str, Any], model_path: Path
) -> None:
    """The file is already there (an earlier download): it is loaded, nothing is fetched."""
    models_dir(hass).mkdir(parents=True)
    (models_dir(hass) / "served.gguf").write_bytes(model_path.read_bytes())
    result = await _menu(hass, "catalog")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CATALOG_MODEL: "served"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_MODEL_PATH] == str(models_dir(hass) / "served.gguf")
    assert server.ranges == []
    await hass.async_block_till_done()
    await hass.config_entries.async_unload(result["result"].entry_id)


async def test_no_catalog_model_fits_this_hosts_memory(
    hass: HomeAssistant, test_catalog: dict[str, Any]
) -> None:
    """A catalog of models needing more RAM than the host has: the flow says so and ends."""
    _write_catalog(catalog.CATALOG_FILE, {**test_catalog, "ram_bytes": 2**60})
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "catalog"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "no_model_fits"


async def test_a_server_giving_neither_size_nor_checksum_still_delivers_the_file(
    hass: HomeAssistant, server: ModelServer, caplog: pytest.LogCaptureFixture
) -> None:
    """No Content-Length, no X-Linked-ETag: no percentage, and the log names the sha256."""
    server.send_length = False
    server.send_etag = False
    progress: list[float] = []

    @callback
    def _record(event: Event) -> None:
        progress.append(event.data["progress"])

    hass.bus.async_listen(EVENT_DATA_ENTRY_FLOW_PROGRESS_UPDATE, _record)
    result = await _download_from_url(hass, server.url)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert (models_dir(hass) / FILE_NAME).read_bytes() == server.data
    assert progress == []
    assert f"No checksum known for {server.url}; sha256 is {server.sha256}" in caplog.text
    await hass.async_block_till_done()
    await hass.config_entries.async_unload(result["result"].entry_id)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        pytest.param(401, "access_denied", id="401"),
        pytest.param(403, "access_denied", id="403-gated"),
        pytest.param(500, "http_error", id="500"),
    ],
)
async def test_a_refusing_server_is_a_form_error(
    hass: HomeAssistant, server: ModelServer, status: int, error: str
) -> None:
    """A gated file (401/403) and a broken server (500) come back to the URL form."""
    result = await _download_from_url(hass, f"{server.base_url}/status/{status}/m.gguf")
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "download_url"
    assert result["errors"] == {"base": error}
    assert list(models_dir(hass).iterdir()) == []


async def test_a_connection_that_keeps_dropping_is_given_up(
    hass: HomeAssistant, server: ModelServer
) -> None:
    """After five resumes that all drop, the form says it cannot connect; nothing stays."""
    server.cuts_left = 100
    result = await _download_from_url(hass, server.url)
    assert result["errors"] == {"base": "cannot_connect"}
    assert len(server.ranges) == download.MAX_RESUMES + 1
    assert list(models_dir(hass).iterdir()) == []


async def test_a_server_ignoring_range_sends_the_whole_file_again(
    hass: HomeAssistant, server: ModelServer, tmp_path: Path
) -> None:
    """Cut mid-file, then answered 200 to the Range request: the file starts over."""
    server.cuts_left = 1
    server.honor_range = False
    dest = tmp_path / "again.gguf"
    await async_download(
        async_get_clientsession(hass), DownloadRequest(server.url, dest), lambda *_: None
    )
    assert server.ranges[0] is None
    assert str(server.ranges[1]).startswith("bytes=")
    assert dest.read_bytes() == server.data


async def test_a_disk_that_fills_up_mid_file_is_a_form_error(
    hass: HomeAssistant, server: ModelServer
) -> None:
    """The part file is /dev/full (a real device that is always full): `disk_full`."""
    models_dir(hass).mkdir(parents=True)
    part = models_dir(hass) / f"{FILE_NAME}.part"
    part.symlink_to("/dev/full")
    result = await _download_from_url(hass, server.url)
    assert result["errors"] == {"base": "disk_full"}
    assert list(models_dir(hass).iterdir()) == []


async def test_a_models_folder_that_cannot_be_made_is_a_form_error(
    hass: HomeAssistant, server: ModelServer
) -> None:
    """`local_slm/models` is a file, so the download has nowhere to go: `cannot_write`."""
    models_dir(hass).parent.mkdir(parents=True)
    models_dir(hass).write_text("not a folder")
    result = await _download_from_url(hass, server.url)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "cannot_write"}
    assert server.ranges == []


def test_plain_http_is_accepted_only_from_this_host() -> None:
    """A download server on this very host may use http; any other host needs https."""
    for url in ("http://localhost:8000/m.gguf", "http://127.0.0.1:8000/m.gguf"):
        assert download_url_from_input({CONF_URL: url}) == (url, None)
    assert download_url_from_input({CONF_URL: "http://nas.local/m.gguf"}) == (None, "url_invalid")
