"""Everything a person touches: the Qt desktop app and the command-line front end.

Talks to judging's services only; never to db/ or SQLAlchemy.
"""
