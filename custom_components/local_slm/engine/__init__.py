"""The inference engine: llama.cpp in a supervised worker process."""
