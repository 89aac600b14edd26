"""Config flow steps that choose a model: built-in, a file on this host, or a download.

`ModelSourceSteps` is mixed into the config flow. Its steps serve both a new entry
(`user`) and a model switch (`reconfigure`); each ends in `async_model_chosen`, which
the flow implements, once the model has been loaded for real in a throwaway worker.
Downloads go to `<config>/local_slm/models/`, with progress in the flow, and only
ever start because the user asked for one here.
"""

from __future__ import annotations

import asyncio
from ipaddress import ip_address
from pathlib import Path
import re
from typing import Any, Final
from urllib.parse import quote, urlsplit

from homeassistant.config_entries import SOURCE_RECONFIGURE, ConfigFlow, ConfigFlowResult
from homeassistant.core import callback
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import probatio

from .catalog import CatalogModel, load_catalog, models_that_fit, total_memory_bytes
from .const import (
    CONF_MODEL_PATH,
    CONF_MODEL_SOURCE,
    MODEL_SOURCE_BUILTIN,
    MODEL_SOURCE_FILE,
)
from .download import DownloadError, DownloadRequest, async_download, file_name_from_url
from .engine_setup import async_validate_model
from .model_files import ModelFileInfo, model_files_in, models_folder

CONF_CATALOG_MODEL: Final = "catalog_model"
CONF_URL: Final = "url"
CONF_HF_REPO: Final = "hf_repo"
CONF_HF_FILE: Final = "hf_file"

STEP_BUILTIN: Final = "builtin"
STEP_FILE: Final = "file"
STEP_CATALOG: Final = "catalog"
STEP_DOWNLOAD_URL: Final = "download_url"
STEP_REMOTE: Final = "remote"  # RemoteServerSteps.async_step_remote (remote_flow.py)
MODEL_SOURCE_STEPS: Final = [STEP_BUILTIN, STEP_FILE, STEP_CATALOG, STEP_DOWNLOAD_URL, STEP_REMOTE]
"""The menu of model sources, in the order shown."""

HF_RESOLVE_URL: Final = "https://huggingface.co/{repo}/resolve/main/{file}"
_HF_REPO_RE: Final = re.compile(r"^[\w.-]+/[\w.-]+$")
_LOOPBACK_NAMES: Final = {"localhost"}


def download_url_from_input(user_input: dict[str, Any]) -> tuple[str | None, str | None]:
    """(URL, None) from the form's URL or Hugging Face repo and file; (None, error key)."""
    url = str(user_input.get(CONF_URL) or "").strip()
    repo = str(user_input.get(CONF_HF_REPO) or "").strip().strip("/")
    file = str(user_input.get(CONF_HF_FILE) or "").strip().strip("/")
    if not url:
        if not repo and not file:
            return None, "url_required"
        if not _HF_REPO_RE.match(repo) or not file:
            return None, "hf_repo_invalid"
        url = HF_RESOLVE_URL.format(repo=repo, file=quote(file))
    parts = urlsplit(url)
    if not parts.hostname or not (
        parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(parts.hostname))
    ):
        return None, "url_invalid"
    if not file_name_from_url(url).lower().endswith(".gguf"):
        return None, "url_not_gguf"
    return url, None


def _is_loopback(host: str) -> bool:
    """A server on this very host (plain HTTP is accepted only from there)."""
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


class ModelSourceSteps(ConfigFlow):
    """The steps choosing the model; `async_model_chosen` finishes the flow."""

    _download: DownloadRequest | None = None
    _download_task: asyncio.Task[Path] | None = None
    _download_origin: str = STEP_CATALOG
    _step_errors: dict[str, str] | None = None
    _progress_shown: float = -1.0

    async def async_model_chosen(
        self, data: dict[str, Any], info: ModelFileInfo
    ) -> ConfigFlowResult:
        """Create the entry, or switch the reconfigured one, to this validated model."""
        raise NotImplementedError

    @callback
    def async_show_model_menu(self, step_id: str) -> ConfigFlowResult:
        """The menu of model sources."""
        return self.async_show_menu(step_id=step_id, menu_options=MODEL_SOURCE_STEPS)

    # --- built-in ------------------------------------------------------------
    async def async_step_builtin(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The model shipped with the integration: confirm, then load it."""
        if user_input is not None:
            return await self._async_try_model(
                {CONF_MODEL_SOURCE: MODEL_SOURCE_BUILTIN}, STEP_BUILTIN
            )
        return self.async_show_form(
            step_id=STEP_BUILTIN, data_schema=probatio.Schema({}), errors=self._take_errors()
        )

    # --- a file on this host -----------------------------------------------------
    async def async_step_file(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """A GGUF path (relative to the config folder), or one of the models folder."""
        if user_input is not None:
            path = str(user_input.get(CONF_MODEL_PATH) or "").strip()
            data = {CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: path}
            return await self._async_try_model(data, STEP_FILE, user_input)
        config_dir = Path(self.hass.config.config_dir)
        files = await self.hass.async_add_executor_job(model_files_in, models_folder(config_dir))
        options = [
            SelectOptionDict(value=str(path.relative_to(config_dir)), label=path.name)
            for path in files
        ]
        schema = probatio.Schema(
            {
                probatio.Optional(CONF_MODEL_PATH): SelectSelector(
                    SelectSelectorConfig(
                        options=options, custom_value=True, mode=SelectSelectorMode.DROPDOWN
                    )
                )
            }
        )
        return self.async_show_form(
            step_id=STEP_FILE,
            data_schema=self.add_suggested_values_to_schema(schema, self._last_input),
            errors=self._take_errors(),
            description_placeholders={"folder": str(models_folder(config_dir))},
        )

    # --- the catalog ---------------------------------------------------------------
    async def async_step_catalog(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The catalog's models that fit this host's RAM, best first."""
        models, ram = await self.hass.async_add_executor_job(_catalog_and_ram)
        fitting = models_that_fit(models, ram)
        if not fitting:
            return self.async_abort(reason="no_model_fits")
        if user_input is not None:
            chosen = next(m for m in fitting if m.id == user_input[CONF_CATALOG_MODEL])
            dest = models_folder(self.hass.config.config_dir) / chosen.file_name
            request = DownloadRequest(chosen.url, dest, chosen.sha256, chosen.file_size)
            return await self._async_fetch(request, STEP_CATALOG)
        schema = probatio.Schema(
            {
                probatio.Required(CONF_CATALOG_MODEL, default=fitting[0].id): SelectSelector(
                    SelectSelectorConfig(
                        options=[SelectOptionDict(value=m.id, label=m.label) for m in fitting],
                        mode=SelectSelectorMode.LIST,
                    )
                )
            }
        )
        return self.async_show_form(
            step_id=STEP_CATALOG,
            data_schema=schema,
            errors=self._take_errors(),
            description_placeholders={
                "ram": f"{ram / 1e9:.1f}" if ram else "?",
                "hidden": str(len(models) - len(fitting)),
                "notes": "\n".join(f"- **{m.name}**: {m.tool_calling}" for m in fitting),
            },
        )

    # --- any URL, or a Hugging Face repo and file ----------------------------------
    async def async_step_download_url(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """An HTTPS URL, or a Hugging Face repository and file name."""
        if user_input is not None:
            self._last_input = user_input
            url, error = download_url_from_input(user_input)
            if url is None:
                self._step_errors = {"base": str(error)}
            else:
                dest = models_folder(self.hass.config.config_dir) / file_name_from_url(url)
                return await self._async_fetch(DownloadRequest(url, dest), STEP_DOWNLOAD_URL)
        url_selector = TextSelector(TextSelectorConfig(type=TextSelectorType.URL))
        schema = probatio.Schema(
            {
                probatio.Optional(CONF_HF_REPO): TextSelector(),
                probatio.Optional(CONF_HF_FILE): TextSelector(),
                probatio.Optional(CONF_URL): url_selector,
            }
        )
        return self.async_show_form(
            step_id=STEP_DOWNLOAD_URL,
            data_schema=self.add_suggested_values_to_schema(schema, self._last_input),
            errors=self._take_errors(),
        )

    # --- the download itself ----------------------------------------------------------
    async def _async_fetch(self, request: DownloadRequest, origin: str) -> ConfigFlowResult:
        """Download the file, unless it is already in the models folder."""
        self._download, self._download_origin = request, origin
        if await self.hass.async_add_executor_job(request.dest.is_file):
            return await self.async_step_downloaded()
        return await self.async_step_download()

    async def async_step_download(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show the download's progress; when done, go on to load the file."""
        request = self._download
        assert request is not None
        if self._download_task is None:
            self._progress_shown = -1.0
            self._download_task = self.hass.async_create_task(
                async_download(async_get_clientsession(self.hass), request, self._async_progress),
                f"local_slm download {request.dest.name}",
                eager_start=False,
            )
        if not self._download_task.done():
            return self.async_show_progress(
                step_id="download",
                progress_action="download",
                progress_task=self._download_task,
                description_placeholders={"name": request.dest.name},
            )
        task, self._download_task = self._download_task, None
        try:
            task.result()
        except DownloadError as err:
            self._step_errors = {"base": err.reason}
            return self.async_show_progress_done(next_step_id=self._download_origin)
        except OSError:
            self._step_errors = {"base": "cannot_write"}
            return self.async_show_progress_done(next_step_id=self._download_origin)
        return self.async_show_progress_done(next_step_id="downloaded")

    async def async_step_downloaded(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The file is in the models folder: load it for real."""
        assert self._download is not None
        data = {CONF_MODEL_SOURCE: MODEL_SOURCE_FILE, CONF_MODEL_PATH: str(self._download.dest)}
        return await self._async_try_model(data, self._download_origin)

    @callback
    def async_remove(self) -> None:
        """Closed mid-download: HA keeps track of the download until its `.part` is gone.

        HA cancels the progress task itself but does not wait for a task being
        cancelled (not in `async_block_till_done`, not at shutdown); a plain task
        that awaits it is waited for.
        """
        if (task := self._download_task) is not None and not task.done():
            self.hass.async_create_task(
                _async_wait_for(task), f"local_slm download cleanup {task.get_name()}"
            )

    @callback
    def _async_progress(self, done: int, total: int | None) -> None:
        """Forward progress to the frontend, at most once per percent."""
        if not total:
            return
        fraction = min(done / total, 1.0)
        if fraction - self._progress_shown >= 0.01 or fraction == 1.0:
            self._progress_shown = fraction
            self.async_update_progress(fraction)

    # --- shared ----------------------------------------------------------------------------
    _last_input: dict[str, Any] = {}  # noqa: RUF012  (replaced, never mutated)

    async def _async_try_model(
        self, data: dict[str, Any], step_id: str, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Load the model for real; back to `step_id` with the error if it fails."""
        options = self._get_reconfigure_entry().options if self.source == SOURCE_RECONFIGURE else {}
        info, errors = await async_validate_model(self.hass, data, options)
        if info is None:
            self._step_errors = errors
            self._last_input = user_input or {}
            return await getattr(self, f"async_step_{step_id}")()  # type: ignore[no-any-return]
        return await self.async_model_chosen(data, info)

    def _take_errors(self) -> dict[str, str]:
        errors, self._step_errors = self._step_errors or {}, None
        return errors


def _catalog_and_ram() -> tuple[list[CatalogModel], int | None]:
    return load_catalog(), total_memory_bytes()


async def _async_wait_for(task: asyncio.Task[Path]) -> None:
    """Return once `task` has ended, however it ended (its cleanup included)."""
    await asyncio.wait([task])
