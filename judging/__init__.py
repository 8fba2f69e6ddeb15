"""The domain of the judging desk: entities, rules, scoring, ranking and the use-case services.

Nothing here imports Qt or SQLAlchemy: persistence comes in through the ports in ``ports.py``.
"""

__version__ = "0.1.0"
