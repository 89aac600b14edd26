"""Finish setting up the development Home Assistant started by scripts/develop.

Over HA's own HTTP and websocket APIs, on loopback: onboarding with a local admin,
the local_slm entry on the built-in model, and an Assist pipeline using its agent.
Idempotent: whatever is already done is skipped, so it runs on every start; on a
restart it waits for the existing entry to finish loading before it looks for its agent.
Prints the URL and the login.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
import sys
from typing import Any

import aiohttp

CLIENT_ID = "http://127.0.0.1/"
USER = "dev"
PASSWORD = "local-slm-dev"  # a local development login, printed on start


async def _wait_up(session: aiohttp.ClientSession, url: str, seconds: float = 180) -> None:
    for _ in range(int(seconds * 2)):
        try:
            async with session.get(f"{url}/api/onboarding") as resp:
                if resp.status in (200, 401, 404):
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.5)
    raise SystemExit(f"Home Assistant did not answer at {url}")


async def _token(session: aiohttp.ClientSession, url: str, token_file: Path) -> str:
    async with session.get(f"{url}/api/onboarding") as resp:
        steps = {s["step"]: s["done"] for s in await resp.json()} if resp.status == 200 else {}
    if steps and not steps.get("user"):
        async with session.post(
            f"{url}/api/onboarding/users",
            json={
                "client_id": CLIENT_ID,
                "name": "Developer",
                "username": USER,
                "password": PASSWORD,
                "language": "en",
            },
        ) as resp:
            resp.raise_for_status()
            code = (await resp.json())["auth_code"]
        async with session.post(
            f"{url}/auth/token",
            data={"client_id": CLIENT_ID, "grant_type": "authorization_code", "code": code},
        ) as resp:
            resp.raise_for_status()
            tokens = await resp.json()
        token_file.write_text(json.dumps(tokens))
        headers = {"Authorization": f"Bearer {tokens['access_token']}"}
        for step, body in (
            ("core_config", {}),
            ("analytics", {}),
            ("integration", {"client_id": CLIENT_ID, "redirect_uri": CLIENT_ID}),
        ):
            async with session.post(
                f"{url}/api/onboarding/{step}", json=body, headers=headers
            ) as resp:
                if resp.status not in (200, 403):
                    print(f"onboarding {step}: HTTP {resp.status}", file=sys.stderr)
    tokens = json.loads(token_file.read_text())
    async with session.post(
        f"{url}/auth/token",
        data={
            "client_id": CLIENT_ID,
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
        },
    ) as resp:
        resp.raise_for_status()
        return str((await resp.json())["access_token"])


async def _entries(
    session: aiohttp.ClientSession, url: str, headers: dict[str, str]
) -> list[dict[str, Any]]:
    async with session.get(
        f"{url}/api/config/config_entries/entry?domain=local_slm", headers=headers
    ) as resp:
        resp.raise_for_status()
        return list(await resp.json())


async def _wait_loaded(
    session: aiohttp.ClientSession, url: str, headers: dict[str, str], seconds: float = 600
) -> None:
    """Wait until every local_slm entry finished setting up (a restart loads the model)."""
    states: list[str] = []
    for _ in range(int(seconds)):
        states = [entry["state"] for entry in await _entries(session, url, headers)]
        if states and all(state == "loaded" for state in states):
            return
        if any(state in ("setup_error", "migration_error", "failed_unload") for state in states):
            break
        await asyncio.sleep(1)
    raise SystemExit(f"local_slm did not finish setting up (entry states: {states})")


async def _ensure_entry(session: aiohttp.ClientSession, url: str, headers: dict[str, str]) -> None:
    if await _entries(session, url, headers):
        return
    async with session.post(
        f"{url}/api/config/config_entries/flow", json={"handler": "local_slm"}, headers=headers
    ) as resp:
        resp.raise_for_status()
        flow = await resp.json()
    # The menu of model sources, then the built-in model's confirmation form.
    for step_input in ({"next_step_id": "builtin"}, {}):
        async with session.post(
            f"{url}/api/config/config_entries/flow/{flow['flow_id']}",
            json=step_input,
            headers=headers,
        ) as resp:
            resp.raise_for_status()
            result = await resp.json()
    if result.get("type") != "create_entry":
        raise SystemExit(f"local_slm config flow did not create the entry: {result}")


FRENCH_AREA_NAMES = {
    "kitchen": ["Cuisine"],
    "living_room": ["Salon"],
    "bedroom": ["Chambre"],
    "office": ["Bureau"],
    "hallway": ["Couloir", "Entrée"],
    "outside": ["Extérieur"],
}
"""The demo's areas as a French household names them, so French requests find them."""
FRENCH_ENTITY_NAMES = {
    "light.kitchen_lights": "Lumière de la cuisine",
    "light.ceiling_lights": "Plafonnier",
    "light.bed_light": "Lampe de chevet",
    "light.office_rgbw_lights": "Lumière du bureau",
    "light.living_room_rgbww_lights": "Lumière du salon",
    "light.entrance_color_white_lights": "Lumière de l'entrée",
    "fan.ceiling_fan": "Ventilateur de plafond",
    "fan.living_room_fan": "Ventilateur du salon",
    "cover.kitchen_window": "Fenêtre de la cuisine",
    "cover.hall_window": "Fenêtre du couloir",
    "cover.garage_door": "Porte du garage",
    "lock.front_door": "Porte d'entrée",
    "lock.kitchen_door": "Porte de la cuisine",
}
"""The demo's devices' French names (aliases): the demo speaks English and French."""


async def _ws(session: aiohttp.ClientSession, url: str, token: str, *, pipeline: bool) -> None:
    """Give the demo areas French names; make the local_slm agent's pipeline preferred."""
    async with session.ws_connect(f"{url.replace('http', 'ws', 1)}/api/websocket") as ws:
        await ws.receive_json()
        await ws.send_json({"type": "auth", "access_token": token})
        await ws.receive_json()
        ids = iter(range(1, 1000))

        async def call(msg: dict[str, Any]) -> Any:
            msg_id = next(ids)
            await ws.send_json({"id": msg_id, **msg})
            while True:
                reply = await ws.receive_json()
                if reply.get("id") == msg_id:
                    if not reply.get("success", False):
                        raise SystemExit(f"{msg['type']} failed: {reply}")
                    return reply.get("result")

        for area in await call({"type": "config/area_registry/list"}):
            if (aliases := FRENCH_AREA_NAMES.get(area["area_id"])) and not area.get("aliases"):
                await call(
                    {
                        "type": "config/area_registry/update",
                        "area_id": area["area_id"],
                        "aliases": aliases,
                    }
                )
        # With aliases, HA matches an entity by them only: keep its own name among them.
        names = {
            state["entity_id"]: state["attributes"].get("friendly_name")
            for state in await call({"type": "get_states"})
        }
        for entity in await call({"type": "config/entity_registry/list"}):
            alias = FRENCH_ENTITY_NAMES.get(entity["entity_id"])
            if alias and not entity.get("aliases"):
                own = names.get(entity["entity_id"])
                await call(
                    {
                        "type": "config/entity_registry/update",
                        "entity_id": entity["entity_id"],
                        "aliases": [alias, own] if own else [alias],
                    }
                )
        if not pipeline:
            return
        entities = await call({"type": "config/entity_registry/list"})
        agent = next(
            (
                e["entity_id"]
                for e in entities
                if e["platform"] == "local_slm" and e["entity_id"].startswith("conversation.")
            ),
            None,
        )
        if agent is None:
            raise SystemExit("local_slm is loaded but has no conversation agent")
        pipelines = await call({"type": "assist_pipeline/pipeline/list"})
        mine = next((p for p in pipelines["pipelines"] if p["name"] == "Local SLM"), None)
        if mine is None:
            mine = await call(
                {
                    "type": "assist_pipeline/pipeline/create",
                    "name": "Local SLM",
                    "language": "en",
                    "conversation_engine": agent,
                    "conversation_language": "*",
                    "stt_engine": None,
                    "stt_language": None,
                    "tts_engine": None,
                    "tts_language": None,
                    "tts_voice": None,
                    "wake_word_entity": None,
                    "wake_word_id": None,
                    "prefer_local_intents": False,
                }
            )
        await call({"type": "assist_pipeline/pipeline/set_preferred", "pipeline_id": mine["id"]})


async def main() -> None:
    """Bootstrap the running development instance."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--config", required=True, type=Path)
    parser.add_argument(
        "--no-entry", action="store_true", help="leave local_slm to be added through the UI"
    )
    args = parser.parse_args()
    token_file = args.config / ".dev_tokens.json"
    async with aiohttp.ClientSession() as session:
        await _wait_up(session, args.url)
        token = await _token(session, args.url, token_file)
        headers = {"Authorization": f"Bearer {token}"}
        if not args.no_entry:
            await _ensure_entry(session, args.url, headers)
        loaded = bool(await _entries(session, args.url, headers))
        if loaded:
            await _wait_loaded(session, args.url, headers)
        await _ws(session, args.url, token, pipeline=loaded)
    print(f"\n  Home Assistant with local_slm: {args.url}\n  login: {USER} / {PASSWORD}\n")


if __name__ == "__main__":
    asyncio.run(main())
