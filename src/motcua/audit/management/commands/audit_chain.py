"""``manage.py audit_chain --seal | --verify``: the hash chain over the audit log (see ``audit.chain``)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from motcua.audit import chain


class Command(BaseCommand):
    help = "Seal the audit entries written since the last seal, or verify the whole chain (exit 1 if broken)."

    def add_arguments(self, parser) -> None:
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--seal", action="store_true", help="Append a seal over the new entries.")
        group.add_argument("--verify", action="store_true", help="Recompute every seal from the entries.")

    def handle(self, *args, seal: bool = False, verify: bool = False, **options) -> None:
        if seal:
            link = chain.seal()
            if link is None:
                self.stdout.write("No new audit entry: nothing to seal.")
            else:
                self.stdout.write(f"Sealed entries {link.first_entry}–{link.last_entry}: {link.digest}")
            return
        verdict = chain.verify()
        if not verdict.ok:
            raise CommandError(
                f"Audit chain broken at the seal of entries {verdict.broken.first_entry}–{verdict.broken.last_entry}: "
                "an entry of that range was changed, removed or added behind the database's guard."
            )
        self.stdout.write(
            f"Audit chain intact: {verdict.seals} seals over {verdict.entries} entries; "
            f"{verdict.unsealed} entries written since the last seal."
        )
