"""The Assist development set: cases in four test homes, a judge and a runner.

`cases/` holds the requests (English, French, German), `judge.py` decides success,
failure or wrong action from the state machine and the answer, `runner.py` sends each
case to an agent in a real HA with the home built by tests/homes.
"""
