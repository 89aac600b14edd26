"""Load a GGUF model with one engine build and generate a token (the release workflow's check).

Usage: python scripts/engine_smoke.py ENGINE_DIR MODEL.gguf
ENGINE_DIR is .cache/engine/<target> (holding llama_cpp/); the pure-Python extras are in
.cache/engine/python. Loads the CPU backend as the integration's worker does.
"""

from __future__ import annotations

from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Import the build, load the model, print the CPU variant and one generated token."""
    build, model = Path(sys.argv[1]).absolute(), sys.argv[2]
    sys.path.insert(0, str(build))
    sys.path.append(str(build.parent / "python"))
    sys.path.insert(0, str(ROOT / "custom_components" / "local_slm" / "engine"))
    import llama_cpp  # noqa: PLC0415
    import worker  # noqa: PLC0415  (the integration's worker module, for its backend loading)

    assert Path(llama_cpp.__file__ or "").parent.parent.samefile(build), llama_cpp.__file__
    variant = worker.load_cpu_backend()
    llm = llama_cpp.Llama(model_path=model, n_ctx=256, n_threads=2, verbose=False)
    out = llm("The capital of France is", max_tokens=1, temperature=0.0)
    text = out["choices"][0]["text"]  # type: ignore[index]
    assert text, "no token generated"
    print(f"{build.name}: cpu variant {variant}, generated {text!r}")


if __name__ == "__main__":
    main()
