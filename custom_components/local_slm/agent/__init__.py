"""The conversation agent: how a turn is decided, generated and streamed."""
