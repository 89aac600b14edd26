"""Pure logic behind the `local_slm.summarize` action.

`digest` turns entity states into facts, `prompt` asks the model to phrase them,
`guard` checks the model's text against the facts and `fallback` writes a
deterministic summary when the model's text is rejected (or there is no model).
"""

from .digest import Digest, Fact, build_digest, digest_text
from .fallback import fallback_summary
from .guard import GuardVerdict, check_faithful
from .prompt import SUMMARY_STOP, build_summary_messages, max_tokens

__all__ = [
    "SUMMARY_STOP",
    "Digest",
    "Fact",
    "GuardVerdict",
    "build_digest",
    "build_summary_messages",
    "check_faithful",
    "digest_text",
    "fallback_summary",
    "max_tokens",
]
