"""The head revision is read from the migration scripts without Alembic (so that opening an
up-to-date database never imports it); this keeps that reading equal to Alembic's own."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from db.migrate import alembic_config, head_revision, known_revisions


def test_the_head_read_from_the_scripts_is_alembics_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert [head_revision()] == list(script.get_heads())


def test_every_revision_and_what_it_follows_match_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    alembics = {
        each.revision: tuple(sorted(each._all_down_revisions)) for each in script.walk_revisions()
    }
    assert {rev: tuple(sorted(downs)) for rev, downs in known_revisions().items()} == alembics
    assert len(alembics) >= 10
