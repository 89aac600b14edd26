"""The inference worker: llama.cpp in its own process.

Run as a script by `engine.client.EngineClient` with the interpreter that runs Home
Assistant. It never imports Home Assistant. A native crash in llama.cpp ends this
process only; the client sees the pipe close and reports it.

Protocol: one JSON object per line. Requests arrive on stdin; replies leave on a
private copy of the original stdout (fd 1 itself is pointed at stderr, so anything
native code prints cannot corrupt the protocol).

Requests carry an integer "id" and an "op":
- load {path, n_ctx, n_threads, n_batch, adapt_threads} -> {id, ok, info}
- tokenize {text}                               -> {id, ok, count}
- chat_template {}                              -> {id, ok, template, bos, eos}
- generate {prompt, max_tokens, temperature, top_p, top_k, min_p, repeat_penalty,
            grammar, stop, seed, slot}          -> {id, delta} ... then {id, ok, done, stats}
- score {prompt, options}                       -> {id, ok, logprobs}
- cached {prompt, slot}                         -> {id, ok, cached, tokens}
- cancel {target}                               (stops a running generate at the next token)
- stats {}                                      -> {id, ok, stats}
- crash {}                                      (test hook: segfaults at once, even mid-generation)
Errors: {id, ok: false, error: <code>, message}.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import math
import os
import queue
import signal
import sys
import threading
import time
from typing import IO, Any

try:
    from .cpu_share import CpuShare
except ImportError:  # run as a script (as the client does): a sibling module
    from cpu_share import CpuShare  # type: ignore[import-not-found,no-redef]

_PR_SET_PDEATHSIG = 1
_REFIT_PERIOD = 0.2  # seconds between two checks of the free cores within a request
_out_lock = threading.Lock()
_out: IO[str]


def _send(msg: dict[str, Any]) -> None:
    line = json.dumps(msg, ensure_ascii=False, separators=(",", ":"))
    with _out_lock:
        _out.write(line + "\n")
        _out.flush()


class _Cancelled(Exception):
    pass


class Worker:
    """Holds the model and serves requests one at a time."""

    def __init__(self) -> None:
        self.llm: Any = None
        self.path: str | None = None
        self.cancelled: set[int] = set()
        self.current: int | None = None
        self.grammar_cache: dict[str, Any] = {}
        # Saved KV states per workload slot ("assist", "summary", ...): slot -> (tokens, state)
        self.slots: dict[str, tuple[tuple[int, ...], Any]] = {}
        self.active_slot: str | None = None
        self.share: CpuShare | None = None
        self.threads = 0
        """Threads llama.cpp runs now: the free cores (see cpu_share)."""
        self.fitted_at = 0.0
        self.totals = {
            "requests": 0,
            "prompt_tokens": 0,
            "completion_tokens": 0,
            "prompt_tokens_reused": 0,
            "cancelled": 0,
        }

    # --- ops -------------------------------------------------------------
    def op_load(self, req: dict[str, Any]) -> dict[str, Any]:
        from llama_cpp import Llama, __version__  # noqa: PLC0415

        t0 = time.monotonic()
        n_threads = int(req.get("n_threads") or max(1, os.cpu_count() or 1))
        self.llm = Llama(
            model_path=req["path"],
            n_ctx=int(req.get("n_ctx", 4096)),
            n_threads=n_threads,
            n_threads_batch=n_threads,
            n_batch=int(req.get("n_batch", 256)),
            verbose=False,
        )
        self.path = req["path"]
        self.threads = n_threads
        if req.get("adapt_threads", True):
            self.share = CpuShare(n_threads)
            self.share.start()
        meta = dict(self.llm.metadata)
        return {
            "info": {
                "load_seconds": round(time.monotonic() - t0, 3),
                "n_ctx": self.llm.n_ctx(),
                "n_ctx_train": self.llm._model.n_ctx_train(),
                "n_vocab": self.llm.n_vocab(),
                "n_params": self.llm._model.n_params(),
                "n_threads": self.llm.context_params.n_threads,
                "architecture": meta.get("general.architecture"),
                "name": meta.get("general.name"),
                "file_type": meta.get("general.file_type"),
                "size_label": meta.get("general.size_label"),
                "has_chat_template": "tokenizer.chat_template" in meta,
                "library_version": __version__,
                "pid": os.getpid(),
            }
        }

    def _require_model(self) -> Any:
        if self.llm is None:
            raise RuntimeError("no model loaded")
        return self.llm

    def _fit_threads(self, *, now: bool = False) -> None:
        """Run as many threads as there are free cores (checked at most every 0.2 s).

        One token with a thread stuck behind another process can take seconds, so this
        runs before each batch and each token; the check itself is a read of /proc/stat.
        """
        if self.share is None:
            return
        at = time.monotonic()
        if not now and at - self.fitted_at < _REFIT_PERIOD:
            return
        self.fitted_at = at
        wanted = self.share.threads()
        if wanted != self.threads:
            self.llm._ctx.set_n_threads(wanted, wanted)
            self.threads = wanted

    def op_tokenize(self, req: dict[str, Any]) -> dict[str, Any]:
        llm = self._require_model()
        tokens = llm.tokenize(req["text"].encode("utf-8"), add_bos=False, special=True)
        return {"count": len(tokens)}

    def op_chat_template(self, req: dict[str, Any]) -> dict[str, Any]:
        llm = self._require_model()
        meta = llm.metadata

        def token_text(key: str) -> str:
            tid = meta.get(key)
            if tid is None:
                return ""
            return str(llm._model.token_get_text(int(tid)))

        return {
            "template": meta.get("tokenizer.chat_template"),
            "bos": token_text("tokenizer.ggml.bos_token_id"),
            "eos": token_text("tokenizer.ggml.eos_token_id"),
        }

    def _grammar(self, text: str | None) -> Any:
        """A compiled grammar; a grammar llama.cpp cannot parse is refused here.

        LlamaGrammar.from_string only stores the text: a bad grammar would reach the
        sampler chain as NULL and crash. Parse it once with llama.cpp first.
        """
        if not text:
            return None
        if text not in self.grammar_cache:
            import llama_cpp  # noqa: PLC0415
            from llama_cpp.llama_grammar import LlamaGrammar  # noqa: PLC0415

            sampler = llama_cpp.llama_sampler_init_grammar(
                self.llm._model.vocab, text.encode("utf-8"), b"root"
            )
            if not sampler:
                raise ValueError("the grammar does not parse")
            llama_cpp.llama_sampler_free(sampler)
            if len(self.grammar_cache) > 32:
                self.grammar_cache.clear()
            self.grammar_cache[text] = LlamaGrammar.from_string(text, verbose=False)
        return self.grammar_cache[text]

    def _switch_slot(self, slot: str | None, prompt_tokens: list[int]) -> None:
        """Keep one evaluated prefix per workload so workloads do not evict each other.

        Before serving a request of another slot, the current KV state is saved under its
        slot (llama.cpp state copy, once per switch, not per request), and the target
        slot's saved state is restored when it shares a longer prefix than what is loaded.
        """
        llm = self.llm
        if slot is None or slot == self.active_slot:
            return
        if self.active_slot is not None and llm.n_tokens > 0:
            self.slots[self.active_slot] = (tuple(llm._input_ids.tolist()), llm.save_state())
        self.active_slot = slot
        saved = self.slots.get(slot)
        if saved is None:
            return
        tokens, state = saved
        loaded = llm._input_ids.tolist()
        if _common_prefix(tokens, prompt_tokens) > _common_prefix(loaded, prompt_tokens):
            llm.load_state(state)

    def _evaluate_prompt(self, tokens: list[int], reused: int, rid: int) -> None:
        """Read the prompt (all but its last token) one batch at a time.

        llama.cpp cannot be interrupted inside a batch, so a long prompt read in one go
        would hold the CPU until its end even if its caller left. Between batches the
        cancel set is checked; `generate` then finds the prompt cached and only reads
        the last token.
        """
        llm = self.llm
        keep = min(reused, len(tokens) - 1)
        if keep >= len(tokens) - 1:
            return
        llm.n_tokens = keep
        step = max(1, int(llm.n_batch))
        for start in range(keep, len(tokens) - 1, step):
            if rid in self.cancelled:
                raise _Cancelled
            self._fit_threads()
            llm.eval(tokens[start : min(start + step, len(tokens) - 1)])

    def op_generate(self, req: dict[str, Any], rid: int) -> dict[str, Any]:
        import llama_cpp  # noqa: PLC0415

        llm = self._require_model()
        prompt: str = req["prompt"]
        tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)
        max_tokens = int(req.get("max_tokens", 128))
        if len(tokens) + max_tokens > llm.n_ctx():
            raise ValueError(
                f"prompt of {len(tokens)} tokens + {max_tokens} exceeds context {llm.n_ctx()}"
            )
        self._switch_slot(req.get("slot"), tokens)
        reused = _common_prefix(llm._input_ids.tolist(), tokens)
        t0 = time.monotonic()
        self._fit_threads(now=True)
        threads_at_start = self.threads
        self._evaluate_prompt(tokens, reused, rid)
        grammar = self._grammar(req.get("grammar"))
        stops: list[str] = list(req.get("stop") or [])
        eos = llm.token_eos()
        first_token_at: float | None = None
        out_bytes = b""
        emitted = 0  # chars of decoded text already sent
        n_out = 0
        finish = "length"
        text = ""
        seed = req.get("seed")
        if seed is not None:
            llm.set_seed(int(seed))
        for tok in llm.generate(
            tokens,
            temp=float(req.get("temperature", 0.2)),
            top_p=float(req.get("top_p", 0.95)),
            top_k=int(req.get("top_k", 40)),
            min_p=float(req.get("min_p", 0.05)),
            repeat_penalty=float(req.get("repeat_penalty", 1.1)),
            grammar=grammar,
            reset=True,
        ):
            if rid in self.cancelled:
                raise _Cancelled
            if first_token_at is None:
                first_token_at = time.monotonic()
            else:
                self._fit_threads()  # another process may have started (or stopped)
            if tok == eos or llama_cpp.llama_vocab_is_eog(llm._model.vocab, tok):
                finish = "stop"
                break
            n_out += 1
            self.totals["completion_tokens"] += 1  # counted as made, cancelled or not
            out_bytes += llm.detokenize([tok], prev_tokens=None, special=False)
            text = out_bytes.decode("utf-8", errors="ignore")
            stop_at = _find_stop(text, stops)
            if stop_at is not None:
                text = text[:stop_at]
                finish = "stop"
                if len(text) > emitted:
                    _send({"id": rid, "delta": text[emitted:]})
                emitted = len(text)
                break
            # Hold back what could be the start of a stop string.
            safe = len(text) - _partial_stop(text, stops)
            if safe > emitted:
                _send({"id": rid, "delta": text[emitted:safe]})
                emitted = safe
            if n_out >= max_tokens:
                break
        if len(text) > emitted:
            _send({"id": rid, "delta": text[emitted:]})
        t1 = time.monotonic()
        self.totals["requests"] += 1
        self.totals["prompt_tokens"] += len(tokens)
        self.totals["prompt_tokens_reused"] += reused
        gen_start = first_token_at or t1
        return {
            "done": True,
            "text": text,
            "finish_reason": finish,
            "stats": {
                "prompt_tokens": len(tokens),
                "prompt_tokens_reused": reused,
                "completion_tokens": n_out,
                "prompt_seconds": round(gen_start - t0, 4),
                "generation_seconds": round(t1 - gen_start, 4),
                "tokens_per_second": round(n_out / (t1 - gen_start), 2) if t1 > gen_start else None,
                "threads": threads_at_start,
            },
        }

    def op_score(self, req: dict[str, Any]) -> dict[str, Any]:
        """Log-probability of each option as a continuation of the prompt.

        Lets the model choose among few allowed options instead of writing free text.
        The prompt is evaluated once (reusing the loaded prefix); each option costs
        only its own tokens.
        """
        import numpy as np  # noqa: PLC0415

        llm = self._require_model()
        base = llm.tokenize(req["prompt"].encode("utf-8"), add_bos=True, special=True)
        self._switch_slot(req.get("slot"), base)
        self._fit_threads(now=True)
        n_vocab = llm.n_vocab()

        def last_logprobs() -> Any:
            row = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(n_vocab,)).astype(np.float64)
            m = row.max()
            return row - (m + np.log(np.exp(row - m).sum()))

        results: list[float] = []
        for option in req["options"]:
            opt = llm.tokenize(option.encode("utf-8"), add_bos=False, special=False)
            if len(base) + len(opt) > llm.n_ctx():
                results.append(-math.inf)
                continue
            # Rewind to the prompt, keeping what is already evaluated, and re-read
            # its last token so the logits are those that follow the prompt.
            keep = min(_common_prefix(llm._input_ids.tolist(), base), len(base) - 1)
            llm.n_tokens = keep
            llm.eval(base[keep:])
            total = 0.0
            for t in opt:
                total += float(last_logprobs()[t])
                llm.eval([t])
            results.append(total)
        return {"logprobs": results}

    def op_cached(self, req: dict[str, Any]) -> dict[str, Any]:
        """How much of a prompt a slot already holds evaluated (nothing is evaluated)."""
        llm = self._require_model()
        tokens = llm.tokenize(req["prompt"].encode("utf-8"), add_bos=True, special=True)
        slot = req.get("slot")
        if slot is None or slot == self.active_slot:
            held: Any = llm._input_ids.tolist()
        else:
            held = self.slots.get(slot, ((), None))[0]
        return {"cached": _common_prefix(held, tokens), "tokens": len(tokens)}

    def op_stats(self, req: dict[str, Any]) -> dict[str, Any]:
        return {
            "stats": {
                **self.totals,
                "loaded": self.llm is not None,
                "kv_tokens": int(self.llm.n_tokens) if self.llm is not None else 0,
                "path": self.path,
                "slots": sorted(self.slots),
                "active_slot": self.active_slot,
                "threads": self.threads,
                "rss_bytes": _rss_bytes(),
            }
        }


def _common_prefix(a: Any, b: Any) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _find_stop(text: str, stops: list[str]) -> int | None:
    found = [i for s in stops if s and (i := text.find(s)) != -1]
    return min(found) if found else None


def _partial_stop(text: str, stops: list[str]) -> int:
    """Length of the longest suffix of text that is a proper prefix of a stop string."""
    best = 0
    for s in stops:
        for n in range(min(len(s) - 1, len(text)), 0, -1):
            if text.endswith(s[:n]):
                best = max(best, n)
                break
    return best


def _rss_bytes() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:  # noqa: PTH123
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _reader(inbox: queue.Queue[dict[str, Any] | None], worker: Worker) -> None:
    """Read requests; cancellations take effect at once, the rest are queued."""
    for line in sys.stdin:
        raw = line.strip()
        if not raw:
            continue
        try:
            req = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if req.get("op") == "cancel":
            worker.cancelled.add(int(req["target"]))
            continue
        if req.get("op") == "crash":
            # Test hook: a real segfault now, even in the middle of a generation.
            ctypes.string_at(0)
        inbox.put(req)
    inbox.put(None)  # stdin closed: the client is gone


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent (Home Assistant) dies.

    Without it a worker whose Home Assistant was killed (-9, OOM) would keep its model
    in memory until its stdin is read to the end.
    """
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def main() -> None:
    global _out  # noqa: PLW0603
    _die_with_parent()
    # Keep a private handle on the protocol pipe and send fd 1 to stderr.
    proto_fd = os.dup(1)
    os.dup2(2, 1)
    _out = os.fdopen(proto_fd, "w", encoding="utf-8", buffering=1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # HA's Ctrl-C is the client's to handle

    worker = Worker()
    inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
    threading.Thread(target=_reader, args=(inbox, worker), daemon=True).start()
    _send({"id": 0, "ok": True, "ready": True, "pid": os.getpid()})
    while (req := inbox.get()) is not None:
        rid = int(req.get("id", -1))
        op = req.get("op")
        try:
            if op == "shutdown":
                _send({"id": rid, "ok": True})
                break
            if op == "crash":
                ctypes.string_at(0)  # a real segfault, for tests of the supervisor
            if rid in worker.cancelled:
                raise _Cancelled
            worker.current = rid
            if op == "generate":
                result = worker.op_generate(req, rid)
            else:
                handler = getattr(worker, f"op_{op}", None)
                if handler is None:
                    raise ValueError(f"unknown op {op!r}")
                result = handler(req)
            _send({"id": rid, "ok": True, **result})
        except _Cancelled:
            worker.totals["cancelled"] += 1
            _send({"id": rid, "ok": False, "error": "cancelled", "message": "cancelled"})
        except Exception as err:
            code = "invalid_request" if isinstance(err, (ValueError, KeyError)) else "failed"
            _send(
                {"id": rid, "ok": False, "error": code, "message": f"{type(err).__name__}: {err}"}
            )
        finally:
            worker.current = None
            worker.cancelled.discard(rid)
    with contextlib.suppress(Exception):
        _out.flush()
    # Leave at once: a daemon thread blocked reading stdin can hang interpreter shutdown,
    # and the OS frees the model's memory faster than Python's finalizers.
    os._exit(0)


if __name__ == "__main__":
    main()
