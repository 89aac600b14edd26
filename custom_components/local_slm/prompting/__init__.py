"""Prompt construction: chat formatting and layout for KV prefix reuse."""
