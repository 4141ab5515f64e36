"""``manage.py audit_chain --seal | --verify [--shipped PATH] | --ship PATH``: the hash chain over the audit
log and its copy in a second store (see ``audit.chain``)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from motcua.audit import chain


class Command(BaseCommand):
    help = (
        "Seal the audit entries written since the last seal, verify the whole chain (exit 1 if broken, and "
        "against the seals shipped to a second store with --shipped), or ship the new seals to that store."
    )

    def add_arguments(self, parser) -> None:
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--seal", action="store_true", help="Append a seal over the new entries.")
        group.add_argument("--verify", action="store_true", help="Recompute every seal from the entries.")
        group.add_argument(
            "--ship",
            metavar="PATH",
            help="Append the seals not yet shipped to PATH (a directory: its audit-seals.jsonl; or a file).",
        )
        parser.add_argument(
            "--shipped", metavar="PATH", help="With --verify: also compare the database's seals with those in PATH."
        )

    def handle(self, *args, seal: bool = False, verify: bool = False, ship=None, shipped=None, **options) -> None:
        if seal:
            link = chain.seal()
            if link is None:
                self.stdout.write("No new audit entry: nothing to seal.")
            else:
                self.stdout.write(f"Sealed entries {link.first_entry}–{link.last_entry}: {link.digest}")
            return
        if ship:
            try:
                count = chain.ship(ship)
            except chain.ShippedMismatch as exc:
                raise CommandError(f"Nothing shipped: {exc}.") from exc
            self.stdout.write(f"Shipped {count} new seals to {chain.store_path(ship)}.")
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
        if shipped:
            try:
                against = chain.verify_shipped(shipped)
            except chain.ShippedMismatch as exc:
                raise CommandError(str(exc)) from exc
            if not against.ok:
                raise CommandError(
                    f"The database contradicts the second store at shipped seal {against.broken}: {against.reason} "
                    "(the log or its seals were rewritten after shipping)."
                )
            self.stdout.write(f"The database agrees with the {against.shipped} seals in {chain.store_path(shipped)}.")
