"""A real HTTP server on 127.0.0.1 serving the built-in GGUF, as a model host would.

It answers Range requests (206), sends the file's sha256 as `X-Linked-ETag` like
Hugging Face does for LFS files, and can misbehave on demand: cut the connection
mid-file, stall mid-file until released, ignore Range, leave out the size and the
checksum, or answer any HTTP status (`/status/<code>/<name>`).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
import hashlib
from pathlib import Path

from aiohttp import web

FILE_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass
class ModelServer:
    """The server's file, what it was asked, and how it should misbehave."""

    data: bytes
    base_url: str = ""
    ranges: list[str | None] = field(default_factory=list)
    """The Range header of every request for the file (None: the whole file)."""
    cuts_left: int = 0
    """Cut this many responses after half the file."""
    stall: asyncio.Event | None = None
    """When set, stop after half the file until the event is set."""
    reached_stall: asyncio.Event = field(default_factory=asyncio.Event)
    etag: str = ""
    send_etag: bool = True
    """False: no `X-Linked-ETag` (a plain web server knows no checksum)."""
    send_length: bool = True
    """False: no Content-Length (chunked), so the size is unknown until the end."""
    honor_range: bool = True
    """False: answer a Range request with the whole file (200), as some servers do."""

    @property
    def sha256(self) -> str:
        """The file's real sha256."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def url(self) -> str:
        """The file's URL."""
        return f"{self.base_url}/models/{FILE_NAME}"

    async def serve(self, request: web.Request) -> web.StreamResponse:
        """The file, from the requested offset."""
        self.ranges.append(request.headers.get("Range"))
        start = 0
        if (rng := request.headers.get("Range")) and self.honor_range:
            start = int(rng.removeprefix("bytes=").split("-", 1)[0])
        size = len(self.data)
        resp = web.StreamResponse(status=206 if start else 200)
        if self.send_length:
            resp.content_length = size - start
        else:
            resp.enable_chunked_encoding()
        if self.send_etag:
            resp.headers["X-Linked-ETag"] = f'"{self.etag or self.sha256}"'
        if start:
            resp.headers["Content-Range"] = f"bytes {start}-{size - 1}/{size}"
        await resp.prepare(request)
        half = start + (size - start) // 2
        chunk = 1024 * 1024
        for offset in range(start, size, chunk):
            if offset >= half and self.cuts_left:
                self.cuts_left -= 1
                assert request.transport is not None
                request.transport.close()  # the connection drops mid-file
                return resp
            if offset >= half and self.stall is not None:
                self.reached_stall.set()
                await self.stall.wait()
            await resp.write(self.data[offset : offset + chunk])
        await resp.write_eof()
        return resp


async def start_model_server(model_path: Path) -> tuple[ModelServer, web.AppRunner]:
    """Serve the file on a free port of 127.0.0.1."""
    server = ModelServer(model_path.read_bytes())
    app = web.Application()
    app.router.add_get(f"/models/{FILE_NAME}", server.serve)
    app.router.add_get("/status/{code}/{name}", _status)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    server.base_url = f"http://127.0.0.1:{port}"
    return server, runner


async def _status(request: web.Request) -> web.Response:
    """Any HTTP status, e.g. 403 for a gated file or 500 for a broken server."""
    return web.Response(status=int(request.match_info["code"]), text="no")
