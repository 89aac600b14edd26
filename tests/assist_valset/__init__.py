"""The Assist validation set: three homes and requests the agent is never tuned on.

The development set (tests/assist_devset, homes in tests/homes) is what the agent is
tuned on. This set stands in for the issue owners' held-out sets: other homes, other
wording, other languages (Australian English, Spanish, Dutch). Keep it honest: fix a
case only when the case or the judge is wrong, never to follow the agent. It reuses the
development set's case format, judge, harness and runner; bench/assist_validation.py
runs it and writes bench/ASSIST_VALIDATION.md.
"""
