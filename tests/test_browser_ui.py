"""A person's first hour with local_slm, in a real browser against a real Home Assistant.

./scripts/develop starts HA without a local_slm entry; headless Debian Chromium (fresh
profile, no background networking), driven by tests/browser_tour.py, logs in, adds the
integration through "Add integration" with the defaults, talks to Assist in English and
French, runs local_slm.summarize from Developer tools, and opens the options and subentry
forms. It fails on an untranslated key, an error toast or alert, a page error, and on any
warning or error of local_slm in HA's log. Screenshots land in .artifacts/browser/.
"""

from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys
import time

from .develop_run import ROOT, Develop, free_port, log_problems

CHROMIUM = Path("/usr/bin/chromium")
TOUR = Path(__file__).with_name("browser_tour.py")
SHOTS = ROOT / ".artifacts" / "browser"
BOOTSTRAP = [sys.executable, str(ROOT / "scripts" / "dev_bootstrap.py")]


def _tour(phase: str, url: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, str(TOUR), phase, url, str(SHOTS)],
        check=True,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _state(run: Develop, entity_id: str) -> str:
    return str(run.api("GET", f"/api/states/{entity_id}")["state"])  # type: ignore[index]


def test_a_person_adds_and_uses_local_slm_in_the_browser(tmp_path: Path) -> None:
    """Added with the defaults in the UI, it controls lights in en and fr and summarizes."""
    assert CHROMIUM.exists(), "Debian's chromium is missing: ./scripts/test installs it"
    run = Develop(tmp_path / "develop", free_port(), DEVELOP_NO_ENTRY="1")
    try:
        entries = "/api/config/config_entries/entry?domain=local_slm"
        assert run.api("GET", entries) == []
        # A person opens the page once HA has started (else its "starting" notices show).
        deadline = time.monotonic() + 300
        while run.api("GET", "/api/config")["state"] != "RUNNING":  # type: ignore[index]
            assert time.monotonic() < deadline, "Home Assistant did not finish starting"
            time.sleep(1)

        setup = _tour("setup", run.url)
        assert setup["problems"] == [], "\n".join(setup["problems"])  # type: ignore[arg-type]
        assert len(run.api("GET", entries)) == 1  # type: ignore[arg-type]

        # The "Local SLM" Assist pipeline, as scripts/develop makes it on each start.
        subprocess.run(
            [*BOOTSTRAP, "--url", run.url, "--config", str(run.config)],
            check=True,
            capture_output=True,
            timeout=900,
        )
        assert _state(run, "light.ceiling_lights") == "on"
        assert _state(run, "light.kitchen_lights") == "on"

        use = _tour("use", run.url)
        assert use["problems"] == [], "\n".join(use["problems"])  # type: ignore[arg-type]
        assert _state(run, "light.ceiling_lights") == "off"  # "turn off the ceiling lights"
        # "éteins la lumière de la cuisine" goes through the English pipeline of an English
        # UI: it is answered (below) but not acted on — a known gap (issues 9 and 14).
        replies = use["replies"]
        assert isinstance(replies, list)
        assert len(replies) == 2
        assert all(replies), replies
        assert "source:" in str(use["summary"])

        run.interrupt()
        assert log_problems(run.log()) == []
    finally:
        run.kill()
