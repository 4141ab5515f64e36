"""``manage.py seed_demo``: load the demo province (Lào Cai, 2019) and print the demo accounts."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand

from motcua.demo.loader import SeedResult, demo_accounts, seed_demo


class Command(BaseCommand):
    help = "Load the demo province modelled on Lào Cai (idempotent) and print the demo accounts."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--update",
            action="store_true",
            help="Also bring existing demo agencies back in line with the data file.",
        )

    def handle(self, *args, update: bool = False, verbosity: int = 1, **options) -> None:
        result = seed_demo(update=update)
        if verbosity < 1:
            return
        self.stdout.write(self._summary(result))
        self.stdout.write("")
        self.stdout.write(format_accounts(demo_accounts(), settings.DEMO_PASSWORD))

    def _summary(self, result: SeedResult) -> str:
        if not result.changed:
            return self.style.SUCCESS("Demo province already loaded: nothing to do.")
        return self.style.SUCCESS(
            f"Demo province loaded: {result.agencies_created} agencies created, "
            f"{result.agencies_updated} updated, {result.users_created} accounts and "
            f"{result.roles_created} roles created."
        )


def format_accounts(rows: list[tuple[str, str, str]], password: str) -> str:
    """The demo accounts as a plain-text table, with the shared password underneath."""
    header = ("Username", "Role", "Agency")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(2)]
    lines = [f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]}".rstrip() for r in [header, *rows]]
    lines.insert(1, "-" * (sum(widths) + 4 + max(len(row[2]) for row in [header, *rows])))
    lines.append("")
    lines.append(f"Password for every demo account: {password}")
    return "\n".join(lines)
