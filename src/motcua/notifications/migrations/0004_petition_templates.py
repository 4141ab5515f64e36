"""Petition messages become editable templates: the four petition events and their default texts
(a database made before this migration gets them here; a new one already got them from 0002)."""

from django.db import migrations, models

from motcua.notifications.defaults import DEFAULTS


def install(apps, schema_editor):
    Template = apps.get_model("notifications", "NotificationTemplate")
    for (event, channel, language), (subject, body) in DEFAULTS.items():
        if event.startswith("petition_"):
            Template.objects.get_or_create(
                event=event, channel=channel, language=language, defaults={"subject": subject, "body": body}
            )


def remove(apps, schema_editor):
    apps.get_model("notifications", "NotificationTemplate").objects.filter(event__startswith="petition_").delete()


class Migration(migrations.Migration):

    dependencies = [
        ('notifications', '0003_returned_rate_link'),
    ]

    operations = [
        migrations.AlterField(
            model_name='notificationtemplate',
            name='event',
            field=models.CharField(choices=[('submitted', 'Online dossier submitted, awaiting acceptance'), ('accepted', 'Dossier received (code and appointment)'), ('completion_requested', 'Online dossier returned for completion (form 02)'), ('refused', 'Refused at intake (form 03)'), ('supplement_requested', 'Supplement requested during processing'), ('apology', 'Apology and new appointment (form 04)'), ('result_ready', 'Result ready'), ('returned', 'Result handed over'), ('withdrawn', 'Dossier withdrawn'), ('stopped', 'Processing stopped'), ('petition_received', 'Petition received (code and time limit)'), ('petition_rejected', 'Petition not accepted'), ('petition_forwarded', 'Petition forwarded to the competent body'), ('petition_answered', 'Petition answered')], max_length=30, verbose_name='event'),
        ),
        migrations.RunPython(install, remove),
    ]
