"""Uploaded files on S3-compatible storage (django-storages), against moto's in-process S3 simulator.

S3 cannot be reached from here; moto answers botocore's calls in process, so the real storage backend,
the dossier services and the protected download view run unchanged.
"""

import boto3
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from moto import mock_aws

from motcua import settings as motcua_settings
from motcua.dossiers import services
from motcua.orgs.permissions import Role

from ..dossiers.conftest import applicant, components, procedure  # noqa: F401

BUCKET = "motcua-files"
S3_ENV = {"MOTCUA_S3_BUCKET": BUCKET, "MOTCUA_S3_REGION": "ap-southeast-1", "MOTCUA_S3_PREFIX": "lao-cai"}


@pytest.fixture
def s3(monkeypatch, settings):
    for name, value in S3_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")  # the simulator accepts any key; none is in the repository
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    with mock_aws():
        client = boto3.client("s3", region_name="ap-southeast-1")
        client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "ap-southeast-1"})
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {"BACKEND": motcua_settings.S3_BACKEND, "OPTIONS": motcua_settings.s3_options()},
        }
        yield client


def test_the_bucket_is_required(monkeypatch):
    monkeypatch.delenv("MOTCUA_S3_BUCKET", raising=False)
    with pytest.raises(ImproperlyConfigured, match="MOTCUA_S3_BUCKET"):
        motcua_settings.s3_options()


def test_an_uploaded_component_lands_in_the_bucket_private_and_downloads_through_the_view(
    s3,
    client,
    officials,
    other_official,
    tree,
    procedure,  # noqa: F811
):
    dossier = services.receive(
        user=officials[Role.DESK_OFFICER],
        desk=tree.justice,
        procedure=procedure,
        applicant=applicant(),
        components=components(),
    )
    item = dossier.components.exclude(file="").get()
    keys = [obj["Key"] for obj in s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert keys == [f"lao-cai/{item.file.name}"]
    grants = s3.get_object_acl(Bucket=BUCKET, Key=keys[0])["Grants"]
    assert all(grant["Grantee"].get("URI") is None for grant in grants)  # no public or authenticated-users grant

    url = reverse("office:dossier-component", args=[dossier.pk, item.pk])
    client.force_login(officials[Role.DESK_OFFICER])
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF-1.4")
    client.force_login(officials[Role.PROVINCE_ADMIN])
    assert client.get(url).status_code == 200
    client.force_login(other_official)  # another agency's official: refused, the bucket is not public
    assert client.get(url).status_code == 403
