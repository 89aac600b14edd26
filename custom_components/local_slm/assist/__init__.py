"""Pure-logic helpers that let a small model drive Home Assistant's LLM tools.

Nothing in this package imports llama_cpp: it runs in the Home Assistant process
and only produces text (prompts, GBNF grammars) or parses text (model output).
"""
