"""The demo seed brings petitions in every state, once."""

from django.utils import timezone

from motcua.demo import loader
from motcua.petitions.models import Petition


def test_seed_demo_adds_petitions_in_every_state_once(db):
    result = loader.seed_demo()
    assert result.petitions == 9  # eight sent, one of them forwarded (a new petition at the receiver)
    statuses = set(Petition.objects.values_list("status", flat=True))
    assert statuses == {"received", "processing", "forwarded", "rejected", "answered", "published"}
    now = timezone.now()
    assert Petition.objects.filter(status__in=("received", "processing"), due_at__lt=now).exists()  # overdue
    assert Petition.objects.filter(status="published").count() == 2
    assert Petition.objects.filter(account__username="congdan1").exists()
    assert loader.seed_demo().petitions == 0
    assert Petition.objects.count() == 9
