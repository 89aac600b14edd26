"""A person's tour of local_slm in Home Assistant's web UI, in headless Debian Chromium.

Run by tests/test_browser_ui.py in its own process (the test harness blocks sockets in
the test process; Playwright drives the browser over pipes, the browser talks to HA on
loopback). Fresh profile, no background networking; Playwright only drives the system
browser (it cannot download its own here).

Usage: python tests/browser_tour.py PHASE URL SHOTS_DIR
  setup  log in, add local_slm through "Add integration" with the built-in model
  use    open Assist and send an English and a French sentence, run local_slm.summarize
         in Developer tools > Actions, open the options and the subentry forms
Prints one JSON object: what the UI showed (replies, the summary) and every problem seen:
an untranslated key (raw `component.local_slm...`), an error toast or alert, a page error.
"""

from __future__ import annotations

from collections.abc import Callable
import json
from pathlib import Path
import re
import sys
from typing import Any

from playwright.sync_api import Page, expect, sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
USER, PASSWORD = "dev", "local-slm-dev"  # scripts/develop's local login
SLOW = 300_000  # ms: the model shares 2 cores with everything else
ENGLISH = "turn off the ceiling lights"
FRENCH = "éteins la lumière de la cuisine"
SUMMARIZE = """action: local_slm.summarize
target:
  entity_id:
    - sensor.outside_temperature
    - lock.front_door
    - cover.garage_door
data:
  style: sentence
  max_words: 30
"""
_REJECTION_PREFIX = "local_slm tour: unhandled rejection: "
_REJECTION_JS = """window.addEventListener("unhandledrejection", (event) => {
  let held;
  try { held = JSON.stringify(event.reason); } catch (e) { held = String(event.reason); }
  const stack = event.reason && event.reason.stack ? " " + event.reason.stack : "";
  console.warn(PREFIX + held + stack);
});""".replace("PREFIX", json.dumps(_REJECTION_PREFIX))
RAW_KEY = re.compile(r"component\.local_slm\.[\w.]+|\[%key:[^\]]*\]")


class Tour:
    """One browser page and the problems it showed."""

    def __init__(self, page: Page, url: str, shots: Path) -> None:
        self.page = page
        self.url = url
        self.shots = shots
        self.problems: list[str] = []
        self.seen: dict[str, Any] = {}
        self.rejections: list[str] = []
        page.add_init_script(_REJECTION_JS)
        page.on("pageerror", self._page_error)
        page.on("console", self._console)
        page.on("response", self._response)

    def _page_error(self, error: Any) -> None:
        # The frontend's websocket rejects its pending calls with "disconnected" when the
        # tour navigates away or closes the browser: the tour's doing, not the UI's.
        if str(error) != "disconnected":
            # A promise rejected with a plain object reaches Playwright as "Object":
            # the page's own handler (_REJECTION_JS) logged what it held, and where.
            held = f" (rejected with {self.rejections[-1]})" if self.rejections else ""
            self.problems.append(f"page error: {error}{held} at {self.page.url}")

    def _console(self, message: Any) -> None:
        if message.type == "warning" and message.text.startswith(_REJECTION_PREFIX):
            self.rejections.append(message.text.removeprefix(_REJECTION_PREFIX))
            return
        # Brand images are fetched from the internet; offline they are 404s, not our fault.
        if message.type == "error" and "Failed to load resource" not in message.text:
            self.problems.append(f"console error: {message.text}")

    def _response(self, response: Any) -> None:
        if "/api/brands/integration/local_slm/" in response.url and response.status >= 400:
            self.problems.append(f"no local_slm icon: HTTP {response.status} {response.url}")

    def check(self, where: str) -> None:
        """Raw translation keys, error toasts and error alerts on the page now."""
        text = self.page.locator("body").inner_text()
        shadow_text = self.page.evaluate(_ALL_TEXT_JS)
        for found in RAW_KEY.findall(text + "\n" + shadow_text):
            self.problems.append(f"{where}: untranslated key {found!r}")
        for toast in self.page.locator("ha-toast").all():
            # An idle ha-toast element stays in the page, empty; its text is in shadow roots.
            if (
                toast.is_visible()
                and (text := str(toast.evaluate(_REPLY_TEXT_JS)))
                and text not in _BENIGN_TOASTS
            ):
                self.problems.append(f"{where}: toast {text!r}")
        for alert in self.page.locator("ha-alert[alert-type=error]").all():
            if alert.is_visible():
                self.problems.append(f"{where}: error alert {alert.inner_text()!r}")

    def shot(self, name: str) -> None:
        self.page.screenshot(path=self.shots / f"{name}.png")

    def login(self) -> None:
        self.page.goto(self.url)
        self.page.get_by_role("textbox", name="Username").fill(USER)
        self.page.get_by_role("textbox", name="Password").fill(PASSWORD)
        self.page.get_by_role("button", name="Log in").click()
        self.page.wait_for_url(re.compile(r"/(home|lovelace)"), timeout=SLOW)

    def add_integration(self) -> None:
        """Settings > Devices & services > Add integration > Local SLM > Built-in model."""
        page = self.page
        page.goto(f"{self.url}/config/integrations/dashboard")
        page.get_by_role("button", name="Add integration").click()
        # Typed only once the dialog's search has focus: on the page, "a" opens Assist.
        expect(page.get_by_text("Select brand")).to_be_visible(timeout=SLOW)
        page.keyboard.type("Local SLM")
        page.get_by_text("Local SLM", exact=True).last.click()
        builtin = page.get_by_text(re.compile(r"^Built-in model \(SmolLM2 135M"))
        expect(builtin).to_be_visible(timeout=SLOW)
        page.wait_for_load_state("networkidle")  # the step's description comes a moment later
        self.check("config flow menu")
        self.shot("config_flow")
        builtin.click()
        submit = page.get_by_role("button", name="Submit")
        expect(submit).to_be_visible(timeout=SLOW)
        self.check("built-in model step")
        submit.click()
        finish = page.get_by_role("button", name=re.compile("^(Skip and finish|Finish)$"))
        expect(finish).to_be_visible(timeout=SLOW)
        self.check("entry created")
        self.shot("entry_created")
        finish.click()

    def assist(self) -> None:
        """Assist on the dashboard: one English and one French request."""
        page = self.page
        page.get_by_role("button", name=re.compile(r"^Assist")).click()
        box = page.get_by_role("textbox", name="Enter a request")
        expect(page.get_by_text("How can I assist?")).to_be_visible()
        replies = []
        for sentence in (ENGLISH, FRENCH):
            before = page.locator(".message.hass").count()
            box.fill(sentence)
            box.press("Enter")
            answer = page.locator(".message.hass").nth(before).element_handle(timeout=SLOW)
            page.wait_for_function(_REPLY_DONE_JS, arg=answer, timeout=SLOW)
            replies.append(str(answer.evaluate(_REPLY_TEXT_JS)))
        self.seen["replies"] = replies
        self.check("assist")
        self.shot("assist")
        # Closing a dialog goes back in the browser's history: let that finish first.
        page.keyboard.press("Escape")
        expect(box).to_be_hidden()
        page.wait_for_load_state("networkidle")

    def summarize(self) -> None:
        """Developer tools > Actions, YAML mode, local_slm.summarize, and its response."""
        page = self.page
        page.goto(f"{self.url}/developer-tools/action")
        page.get_by_text("YAML mode").click()
        page.locator(".cm-content").first.click()
        page.keyboard.press("Control+A")
        page.keyboard.press("Delete")
        page.keyboard.insert_text(SUMMARIZE)
        page.get_by_role("button", name="Perform action").click()
        response = page.get_by_text(re.compile(r"^\s*source: (model|fallback)\s*$")).first
        expect(response).to_be_visible(timeout=SLOW)
        self.seen["summary"] = page.locator(".cm-content").last.inner_text()
        self.check("summarize")
        self.shot("summarize")

    def entry_forms(self) -> None:
        """The entry's options (engine) form and its "Add conversation agent" form."""
        page = self.page
        page.goto(f"{self.url}/config/integrations/integration/local_slm")
        _open(page, "Configure", lambda: page.get_by_text("Context size (tokens)"))
        self.check("options form")
        self.shot("options")
        page.keyboard.press("Escape")
        _open(page, "Add conversation agent", lambda: page.get_by_text("Instructions").first)
        self.check("subentry form")
        self.shot("subentry")
        page.keyboard.press("Escape")


def _open(page: Page, button: str, shown: Callable[[], Any]) -> None:
    """Click a button of the entry page and wait for its form."""
    page.get_by_role("button", name=button, exact=True).first.click()
    expect(shown()).to_be_visible(timeout=SLOW)


# An element's text, through shadow roots, skipping a chat message's tool-call details.
_BENIGN_TOASTS = frozenset(
    # HA's own notice when the page was opened while it finished starting (a slow host).
    {"Home Assistant has started!", "Home Assistant has started! Home Assistant has started!"}
)
_REPLY_TEXT_JS = """(el) => {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
    if (node.classList && node.classList.contains('thinking-wrapper')) return;
    if (node.tagName === 'STYLE') return;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return parts.join('').replace(/\\s+/g, ' ').trim();
}"""

# Streamed text ends with "…" until the answer is complete.
_REPLY_DONE_JS = f"""(el) => {{
  const text = ({_REPLY_TEXT_JS})(el);
  return text.length > 0 && !text.endsWith('…');
}}"""

# Text inside open shadow roots, which inner_text() of the body does not reach.
_ALL_TEXT_JS = """() => {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { out.push(el.shadowRoot.textContent || ''); walk(el.shadowRoot); }
    }
  };
  walk(document);
  return out.join('\\n');
}"""


def main() -> None:
    """Run one phase of the tour and print what it saw."""
    phase, url, shots_dir = sys.argv[1:4]
    shots = Path(shots_dir)
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_context(viewport={"width": 1280, "height": 860}).new_page()
        page.set_default_timeout(60_000)
        tour = Tour(page, url, shots)
        try:
            tour.login()
            if phase == "setup":
                tour.add_integration()
            else:
                tour.assist()
                tour.summarize()
                tour.entry_forms()
        except Exception as err:
            tour.problems.append(f"{type(err).__name__}: {err}")
            tour.shot(f"{phase}_failed")
        finally:
            browser.close()
    print(json.dumps({"problems": tour.problems, **tour.seen}, ensure_ascii=False))


if __name__ == "__main__":
    main()
