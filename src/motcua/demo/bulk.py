"""The bulk writer lives in ``motcua.core.bulk`` (the importer uses it too); the demo's modules import it from here."""

from motcua.core.bulk import insert, lock_for_insert, next_ids, reset_sequences

__all__ = ["insert", "lock_for_insert", "next_ids", "reset_sequences"]
