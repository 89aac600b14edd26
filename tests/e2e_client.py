"""A tiny HTTP client for the end-to-end test, run in its own process.

(The test harness blocks sockets inside the test process; a child process may talk to
the Home Assistant that scripts/develop started on loopback.)
Usage: python tests/e2e_client.py URL TOKENS_FILE METHOD PATH [JSON_BODY]
"""

from __future__ import annotations

import json
from pathlib import Path
import sys
import urllib.parse
import urllib.request


def main() -> None:
    """Refresh the dev login's token, make one request, print the JSON answer."""
    url, tokens_file, method, path = sys.argv[1:5]
    body = sys.argv[5] if len(sys.argv) > 5 else None
    tokens = json.loads(Path(tokens_file).read_text())
    form = urllib.parse.urlencode(
        {
            "client_id": "http://127.0.0.1/",
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
        }
    ).encode()
    with urllib.request.urlopen(f"{url}/auth/token", data=form, timeout=30) as resp:
        access = json.load(resp)["access_token"]
    request = urllib.request.Request(
        f"{url}{path}",
        data=body.encode() if body else None,
        method=method,
        headers={"Authorization": f"Bearer {access}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=300) as resp:
        print(json.dumps(json.load(resp)))


if __name__ == "__main__":
    main()
