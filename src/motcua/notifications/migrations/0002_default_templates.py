"""Install the default Vietnamese and English texts of every event × channel."""

from django.db import migrations

from motcua.notifications.defaults import DEFAULTS


def install(apps, schema_editor):
    Template = apps.get_model("notifications", "NotificationTemplate")
    for (event, channel, language), (subject, body) in DEFAULTS.items():
        Template.objects.get_or_create(
            event=event, channel=channel, language=language, defaults={"subject": subject, "body": body}
        )


def remove(apps, schema_editor):
    apps.get_model("notifications", "NotificationTemplate").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("notifications", "0001_initial")]

    operations = [migrations.RunPython(install, remove)]
