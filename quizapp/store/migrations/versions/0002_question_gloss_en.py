"""Question.gloss_en: an optional English gloss of the question, edited by the teacher.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a plain ADD COLUMN with a default: existing rows get "", no table rebuild on SQLite
    op.add_column("question", sa.Column("gloss_en", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # SQLite >= 3.35 drops a column in place, which keeps the FTS triggers on the table
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE question DROP COLUMN gloss_en")
    else:
        op.drop_column("question", "gloss_en")
