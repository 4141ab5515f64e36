"""The "returned" messages link to the rating page ({rate_url}) instead of the status page; templates
an administrator has edited are left as they are."""

from django.db import migrations

from motcua.notifications.defaults import DEFAULTS

VI_SIGN = "\n\nTrân trọng,\n{agency}\n(Thư gửi tự động, vui lòng không trả lời thư này.)"
EN_SIGN = "\n\nKind regards,\n{agency}\n(This message was sent automatically; please do not reply.)"
OLD = {
    ("email", "vi"): "Kính gửi ông/bà {applicant},\n\n"
    "Kết quả giải quyết hồ sơ {code} (thủ tục “{procedure}”) đã được trả ngày {date}. "
    "Cảm ơn ông/bà đã sử dụng dịch vụ. Ông/bà có thể xem lại và đánh giá việc giải quyết hồ sơ tại: "
    "{lookup_url}" + VI_SIGN,
    ("sms", "vi"): "Hồ sơ {code} đã trả kết quả ngày {date}. Cảm ơn ông/bà. Đánh giá: {lookup_url}",
    ("email", "en"): "Dear {applicant},\n\n"
    "The result of your dossier {code} (“{procedure}”) was handed over on {date}. "
    "Thank you. You can review and rate how your dossier was handled at: {lookup_url}" + EN_SIGN,
    ("sms", "en"): "Dossier {code}: result handed over on {date}. Thank you. Rate us: {lookup_url}",
}


def forward(apps, schema_editor):
    Template = apps.get_model("notifications", "NotificationTemplate")
    for (channel, language), old_body in OLD.items():
        _subject, body = DEFAULTS[("returned", channel, language)]
        Template.objects.filter(event="returned", channel=channel, language=language, body=old_body).update(body=body)


def backward(apps, schema_editor):
    Template = apps.get_model("notifications", "NotificationTemplate")
    for (channel, language), old_body in OLD.items():
        _subject, body = DEFAULTS[("returned", channel, language)]
        Template.objects.filter(event="returned", channel=channel, language=language, body=body).update(body=old_body)


class Migration(migrations.Migration):
    dependencies = [("notifications", "0002_default_templates")]

    operations = [migrations.RunPython(forward, backward)]
