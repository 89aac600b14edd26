"""Write the development Home Assistant's HTTP settings the way HA 2026.10 keeps them.

Since 2026.10 the HTTP server is configured in `.storage/http` (a confirmed "stable"
config and an optional "pending" one on trial), no longer in YAML `http:`: YAML is
migrated once, with a deprecation repair and a 5-minute trial that reverts the port
unless a person confirms it. scripts/develop calls this before each start, so the
instance binds loopback only on the port asked for, with nothing pending, no YAML to
migrate and so no repair or dialog. The config is built by HA's own storage schema.
Usage: python scripts/dev_http_store.py CONFIG_DIR PORT
"""

from __future__ import annotations

import json
from pathlib import Path
import sys

from homeassistant.components.http.config import (
    HTTP_STORAGE_SCHEMA,
    KEY_PENDING,
    KEY_STABLE,
    KEY_YAML_MIGRATION_DONE,
    STORAGE_KEY,
    STORAGE_MINOR_VERSION,
    STORAGE_VERSION,
)
from homeassistant.components.http.const import CONF_SERVER_HOST, CONF_SERVER_PORT
from homeassistant.util import dt as dt_util

LOOPBACK = "127.0.0.1"


def stable_config(port: int) -> dict[str, object]:
    """HA's full HTTP config (every default filled in) for loopback on `port`."""
    config = HTTP_STORAGE_SCHEMA({CONF_SERVER_HOST: [LOOPBACK], CONF_SERVER_PORT: port})
    return {
        **config,
        "created_at": dt_util.utcnow().isoformat(),
        "error": None,
        "error_message": None,
    }


def write_store(config_dir: Path, port: int) -> Path:
    """Write `.storage/http` so the next start serves loopback on `port`, with nothing on trial."""
    path = config_dir / ".storage" / STORAGE_KEY
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "version": STORAGE_VERSION,
        "minor_version": STORAGE_MINOR_VERSION,
        "key": STORAGE_KEY,
        "data": {
            KEY_STABLE: stable_config(port),
            KEY_PENDING: None,
            KEY_YAML_MIGRATION_DONE: True,
        },
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(document, indent=2))
    tmp.chmod(0o600)  # HA keeps this store private
    tmp.replace(path)
    return path


if __name__ == "__main__":
    write_store(Path(sys.argv[1]), int(sys.argv[2]))
