"""Download a model file: resumable, checked for space and sha256, renamed atomically.

Nothing here imports Home Assistant: the caller hands in an aiohttp session (HA's
shared one) and a progress callback. The file is written as `<name>.part` next to its
destination; a connection cut mid-file is resumed with an HTTP Range request; the
finished file is checked against the expected sha256 (the catalog's, or else the
`X-Linked-ETag` Hugging Face sends for LFS files) before it is renamed into place. On
any failure, or when the caller cancels, the partial file is removed.

File writes and hashing run in the default executor, never in the event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
import contextlib
from dataclasses import dataclass
import errno
import hashlib
import logging
import os
from pathlib import Path
import re
import shutil
from typing import IO, Final
from urllib.parse import unquote, urlsplit

import aiohttp

_LOGGER = logging.getLogger(__name__)

CHUNK_BYTES: Final = 1024 * 1024
# Keep this much free after the download (logs, the recorder database...).
DISK_MARGIN_BYTES: Final = 100 * 1024 * 1024
MAX_RESUMES: Final = 5
TIMEOUT: Final = aiohttp.ClientTimeout(total=None, sock_connect=30, sock_read=60)
_SHA256_RE: Final = re.compile(r"^[0-9a-f]{64}$")

type Progress = Callable[[int, int | None], None]
"""Called with (bytes so far, total bytes or None) as the file arrives."""


class DownloadError(Exception):
    """A download that failed; `reason` is a translation key of the config flow."""

    def __init__(self, reason: str, detail: str = "") -> None:
        """Record why the download failed."""
        super().__init__(detail or reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class DownloadRequest:
    """What to fetch and what it must be."""

    url: str
    dest: Path
    sha256: str | None = None
    size: int | None = None


def file_name_from_url(url: str) -> str:
    """The last path segment of a URL, decoded ("" when there is none)."""
    return unquote(urlsplit(url).path.rsplit("/", 1)[-1])


def linked_sha256(response: aiohttp.ClientResponse) -> str | None:
    """The sha256 Hugging Face gives in `X-Linked-ETag` (on the redirect or the file)."""
    for resp in (*response.history, response):
        etag = resp.headers.get("X-Linked-ETag", "").strip().removeprefix("W/").strip('"')
        if _SHA256_RE.match(etag.lower()):
            return etag.lower()
    return None


def check_free_space(
    folder: Path, needed: int, free_bytes: Callable[[Path], int] | None = None
) -> None:
    """Refuse to start when the disk cannot hold `needed` more bytes plus a margin."""
    free = (free_bytes or _free_bytes)(folder)
    if free < needed + DISK_MARGIN_BYTES:
        raise DownloadError(
            "disk_full",
            f"needs {needed // 2**20} MiB (+{DISK_MARGIN_BYTES // 2**20} MiB margin), "
            f"{free // 2**20} MiB free",
        )


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


class _PartFile:
    """The `.part` file and the running hash of what it holds (blocking methods)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.size = 0
        self._hash = hashlib.sha256()
        self._file: IO[bytes] | None = None

    def open_new(self) -> None:
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.path.open("wb")
        self.size = 0
        self._hash = hashlib.sha256()

    def write(self, chunk: bytes) -> None:
        assert self._file is not None
        with _write_errors():
            self._file.write(chunk)
        self._hash.update(chunk)
        self.size += len(chunk)

    def finish(self) -> str:
        assert self._file is not None
        with _write_errors():  # a full disk may show only when the last bytes are flushed
            self._file.flush()
            os.fsync(self._file.fileno())
        self.close()
        return self._hash.hexdigest()

    def close(self) -> None:
        file, self._file = self._file, None
        if file is not None:
            file.close()

    def remove(self) -> None:
        # A file whose buffer could not be written (full disk) fails to close as well.
        with contextlib.suppress(OSError):
            self.close()
        self.path.unlink(missing_ok=True)


@contextlib.contextmanager
def _write_errors() -> Iterator[None]:
    """A failed write as a DownloadError: `disk_full` for ENOSPC, else `cannot_write`."""
    try:
        yield
    except OSError as err:
        reason = "disk_full" if err.errno == errno.ENOSPC else "cannot_write"
        raise DownloadError(reason, str(err)) from err


async def async_download(
    session: aiohttp.ClientSession,
    request: DownloadRequest,
    progress: Progress,
    *,
    free_bytes: Callable[[Path], int] | None = None,
) -> Path:
    """Fetch `request.url` into `request.dest`; raise DownloadError on any failure."""
    loop = asyncio.get_running_loop()
    part = _PartFile(request.dest.with_name(request.dest.name + ".part"))
    if request.size:
        await loop.run_in_executor(None, _prepare_folder, request.dest.parent)
        await loop.run_in_executor(
            None, check_free_space, request.dest.parent, request.size, free_bytes
        )
    try:
        await loop.run_in_executor(None, part.open_new)
        expected = request.sha256.lower() if request.sha256 else None
        resumes = 0
        while True:
            try:
                total, linked = await _fetch(session, request, part, progress, free_bytes)
            except (aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError) as err:
                # The connection dropped mid-file: ask for the rest.
                resumes += 1
                if resumes > MAX_RESUMES or part.size == 0:
                    raise DownloadError("cannot_connect", str(err)) from err
                _LOGGER.info("Download of %s cut at %s bytes; resuming", request.url, part.size)
                continue
            # aiohttp raises ClientPayloadError (above) when a body ends before its
            # Content-Length; this second line of defence is not reached by any real server.
            if total is not None and part.size != total:  # pragma: no cover
                resumes += 1
                if resumes > MAX_RESUMES:
                    raise DownloadError("cannot_connect", "the file arrived incomplete")
                continue
            break
        digest = await loop.run_in_executor(None, part.finish)
        expected = expected or linked
        if expected is None:
            _LOGGER.warning("No checksum known for %s; sha256 is %s", request.url, digest)
        elif digest != expected:
            raise DownloadError("checksum_mismatch", f"expected {expected}, got {digest}")
        await loop.run_in_executor(None, os.replace, part.path, request.dest)
    except BaseException:
        await asyncio.shield(loop.run_in_executor(None, part.remove))
        raise
    return request.dest


def _prepare_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)


async def _fetch(
    session: aiohttp.ClientSession,
    request: DownloadRequest,
    part: _PartFile,
    progress: Progress,
    free_bytes: Callable[[Path], int] | None,
) -> tuple[int | None, str | None]:
    """One GET (from where the part file stops); returns (total size, linked sha256)."""
    loop = asyncio.get_running_loop()
    headers = {"Range": f"bytes={part.size}-"} if part.size else {}
    try:
        async with session.get(request.url, headers=headers, timeout=TIMEOUT) as resp:
            if resp.status == 404:
                raise DownloadError("not_found", request.url)
            if resp.status in (401, 403):
                raise DownloadError("access_denied", f"HTTP {resp.status}")
            if resp.status not in (200, 206):
                raise DownloadError("http_error", f"HTTP {resp.status}")
            if resp.status == 200 and part.size:
                # The server ignored the Range: start over.
                await loop.run_in_executor(None, part.open_new)
            remaining = resp.content_length
            total = None if remaining is None else part.size + remaining
            if remaining is not None and not request.size:
                await loop.run_in_executor(None, _prepare_folder, request.dest.parent)
                await loop.run_in_executor(
                    None, check_free_space, request.dest.parent, remaining, free_bytes
                )
            progress(part.size, total or request.size)
            async for chunk in resp.content.iter_chunked(CHUNK_BYTES):
                await loop.run_in_executor(None, part.write, chunk)
                progress(part.size, total or request.size)
            return total, linked_sha256(resp)
    except (aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError):
        raise
    except (aiohttp.ClientError, TimeoutError) as err:
        raise DownloadError("cannot_connect", str(err)) from err
