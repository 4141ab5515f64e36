"""Default texts of every event × channel × language (dossiers and petitions), installed by data migrations
and used by “reset to default”. Keys: (event, channel, language) → (subject, body); SMS have no subject."""

from __future__ import annotations

VI_SIGN = "\n\nTrân trọng,\n{agency}\n(Thư gửi tự động, vui lòng không trả lời thư này.)"
EN_SIGN = "\n\nKind regards,\n{agency}\n(This message was sent automatically; please do not reply.)"

DEFAULTS: dict[tuple[str, str, str], tuple[str, str]] = {
    # --- online dossier submitted -------------------------------------------------------------
    ("submitted", "email", "vi"): (
        "Hồ sơ trực tuyến đã được gửi: {procedure}",
        "Kính gửi ông/bà {applicant},\n\n"
        "Hồ sơ trực tuyến của ông/bà về thủ tục “{procedure}” đã được gửi đến {agency} lúc {submitted_at}. "
        "Bộ phận Một cửa sẽ kiểm tra và thông báo cho ông/bà việc tiếp nhận hồ sơ." + VI_SIGN,
    ),
    ("submitted", "sms", "vi"): (
        "",
        "{agency} đã nhận hồ sơ trực tuyến “{procedure}” của ông/bà lúc {submitted_at}; hồ sơ đang chờ kiểm tra.",
    ),
    ("submitted", "email", "en"): (
        "Online dossier sent: {procedure}",
        "Dear {applicant},\n\n"
        "Your online dossier for “{procedure}” reached {agency} at {submitted_at}. "
        "The one-stop desk will check it and tell you whether it is accepted." + EN_SIGN,
    ),
    ("submitted", "sms", "en"): (
        "",
        "{agency} got your online dossier “{procedure}” at {submitted_at}; it is waiting to be checked.",
    ),
    # --- received: code and appointment (form 01) ----------------------------------------------
    ("accepted", "email", "vi"): (
        "Hồ sơ {code} đã được tiếp nhận",
        "Kính gửi ông/bà {applicant},\n\n"
        "{agency} đã tiếp nhận hồ sơ của ông/bà về thủ tục “{procedure}”.\n"
        "Mã hồ sơ: {code}\n"
        "Ngày hẹn trả kết quả: {appointment}\n\n"
        "Tra cứu tình trạng hồ sơ: {lookup_url}" + VI_SIGN,
    ),
    ("accepted", "sms", "vi"): (
        "",
        "Hồ sơ {code} ({procedure}) đã được tiếp nhận. Hẹn trả kết quả: {appointment}. Tra cứu: {lookup_url}",
    ),
    ("accepted", "email", "en"): (
        "Dossier {code} received",
        "Dear {applicant},\n\n"
        "{agency} has received your dossier for “{procedure}”.\n"
        "Dossier code: {code}\n"
        "Appointment for the result: {appointment}\n\n"
        "Follow your dossier: {lookup_url}" + EN_SIGN,
    ),
    ("accepted", "sms", "en"): (
        "",
        "Dossier {code} ({procedure}) received. Result due: {appointment}. Status: {lookup_url}",
    ),
    # --- online dossier returned for completion (form 02) ---------------------------------------
    ("completion_requested", "email", "vi"): (
        "Đề nghị bổ sung, hoàn thiện hồ sơ: {procedure}",
        "Kính gửi ông/bà {applicant},\n\n"
        "{agency} đề nghị ông/bà bổ sung, hoàn thiện hồ sơ trực tuyến về thủ tục “{procedure}” "
        "(Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) với các nội dung sau:\n{items}\n\n"
        "Sau khi hoàn thiện, ông/bà vui lòng nộp lại hồ sơ." + VI_SIGN,
    ),
    ("completion_requested", "sms", "vi"): (
        "",
        "{agency} đề nghị bổ sung, hoàn thiện hồ sơ “{procedure}”: {items}. Vui lòng nộp lại hồ sơ.",
    ),
    ("completion_requested", "email", "en"): (
        "Please complete your dossier: {procedure}",
        "Dear {applicant},\n\n"
        "{agency} asks you to complete your online dossier for “{procedure}” "
        "(request to supplement and complete the dossier):\n{items}\n\n"
        "Please submit the dossier again once it is complete." + EN_SIGN,
    ),
    ("completion_requested", "sms", "en"): (
        "",
        "{agency} asks you to complete the dossier “{procedure}”: {items}. Please submit it again.",
    ),
    # --- refused at intake (form 03) -------------------------------------------------------------
    ("refused", "email", "vi"): (
        "Từ chối tiếp nhận hồ sơ: {procedure}",
        "Kính gửi ông/bà {applicant},\n\n"
        "{agency} từ chối tiếp nhận hồ sơ của ông/bà về thủ tục “{procedure}” "
        "(Phiếu từ chối tiếp nhận, giải quyết hồ sơ) vì lý do sau:\n{reason}" + VI_SIGN,
    ),
    ("refused", "sms", "vi"): ("", "{agency} từ chối tiếp nhận hồ sơ “{procedure}”. Lý do: {reason}"),
    ("refused", "email", "en"): (
        "Dossier not accepted: {procedure}",
        "Dear {applicant},\n\n"
        "{agency} cannot accept your dossier for “{procedure}” (refusal notice) for this reason:\n{reason}" + EN_SIGN,
    ),
    ("refused", "sms", "en"): ("", "{agency} did not accept the dossier “{procedure}”. Reason: {reason}"),
    # --- supplement during processing ------------------------------------------------------------
    ("supplement_requested", "email", "vi"): (
        "Hồ sơ {code} cần bổ sung",
        "Kính gửi ông/bà {applicant},\n\n"
        "Trong quá trình giải quyết hồ sơ {code} (thủ tục “{procedure}”), {agency} đề nghị ông/bà "
        "bổ sung các nội dung sau:\n{items}\n\n"
        "Thời hạn giải quyết được tính lại từ khi nhận đủ hồ sơ bổ sung.\n"
        "Tra cứu tình trạng hồ sơ: {lookup_url}" + VI_SIGN,
    ),
    ("supplement_requested", "sms", "vi"): ("", "Hồ sơ {code} cần bổ sung: {items}. Tra cứu: {lookup_url}"),
    ("supplement_requested", "email", "en"): (
        "Dossier {code}: documents needed",
        "Dear {applicant},\n\n"
        "While processing your dossier {code} (“{procedure}”), {agency} needs the following:\n{items}\n\n"
        "The time limit counts again from when the complete supplement arrives.\n"
        "Follow your dossier: {lookup_url}" + EN_SIGN,
    ),
    ("supplement_requested", "sms", "en"): ("", "Dossier {code} needs: {items}. Status: {lookup_url}"),
    # --- apology and new appointment (form 04) ------------------------------------------------
    ("apology", "email", "vi"): (
        "Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ {code}",
        "Kính gửi ông/bà {applicant},\n\n"
        "{agency} thành thật xin lỗi ông/bà vì hồ sơ {code} (thủ tục “{procedure}”) chưa được giải quyết "
        "đúng ngày hẹn.\n"
        "Lý do: {reason}\n"
        "Ngày hẹn trả kết quả mới: {new_appointment}\n\n"
        "Tra cứu tình trạng hồ sơ: {lookup_url}" + VI_SIGN,
    ),
    ("apology", "sms", "vi"): (
        "",
        "{agency} xin lỗi ông/bà: hồ sơ {code} chậm trả kết quả do {reason}. Hẹn lại ngày {new_appointment}.",
    ),
    ("apology", "email", "en"): (
        "Apology and new appointment for dossier {code}",
        "Dear {applicant},\n\n"
        "{agency} apologises: your dossier {code} (“{procedure}”) will not be ready on the appointed day.\n"
        "Reason: {reason}\n"
        "New appointment: {new_appointment}\n\n"
        "Follow your dossier: {lookup_url}" + EN_SIGN,
    ),
    ("apology", "sms", "en"): (
        "",
        "{agency} apologises: dossier {code} is delayed ({reason}). New appointment: {new_appointment}.",
    ),
    # --- result ready ---------------------------------------------------------------------------------
    ("result_ready", "email", "vi"): (
        "Hồ sơ {code} đã có kết quả",
        "Kính gửi ông/bà {applicant},\n\n"
        "Hồ sơ {code} (thủ tục “{procedure}”) đã có kết quả giải quyết. Mời ông/bà nhận kết quả tại "
        "{agency} hoặc theo hình thức đã đăng ký.\n\n"
        "Tra cứu tình trạng hồ sơ: {lookup_url}" + VI_SIGN,
    ),
    ("result_ready", "sms", "vi"): (
        "",
        "Hồ sơ {code} đã có kết quả. Mời ông/bà nhận kết quả tại {agency}. Tra cứu: {lookup_url}",
    ),
    ("result_ready", "email", "en"): (
        "Dossier {code}: result ready",
        "Dear {applicant},\n\n"
        "The result of your dossier {code} (“{procedure}”) is ready. Please collect it at {agency} "
        "or receive it the way you chose.\n\n"
        "Follow your dossier: {lookup_url}" + EN_SIGN,
    ),
    ("result_ready", "sms", "en"): ("", "The result of dossier {code} is ready at {agency}. Status: {lookup_url}"),
    # --- result handed over ------------------------------------------------------------------------
    ("returned", "email", "vi"): (
        "Hồ sơ {code} đã trả kết quả",
        "Kính gửi ông/bà {applicant},\n\n"
        "Kết quả giải quyết hồ sơ {code} (thủ tục “{procedure}”) đã được trả ngày {date}. "
        "Cảm ơn ông/bà đã sử dụng dịch vụ.\n"
        "Đánh giá việc giải quyết hồ sơ: {rate_url}\n"
        "Tra cứu tình trạng hồ sơ: {lookup_url}" + VI_SIGN,
    ),
    ("returned", "sms", "vi"): ("", "Hồ sơ {code} đã trả kết quả ngày {date}. Cảm ơn ông/bà. Đánh giá: {rate_url}"),
    ("returned", "email", "en"): (
        "Dossier {code}: result handed over",
        "Dear {applicant},\n\n"
        "The result of your dossier {code} (“{procedure}”) was handed over on {date}. "
        "Thank you.\n"
        "Rate how your dossier was handled: {rate_url}\n"
        "Follow your dossier: {lookup_url}" + EN_SIGN,
    ),
    ("returned", "sms", "en"): ("", "Dossier {code}: result handed over on {date}. Thank you. Rate us: {rate_url}"),
    # --- withdrawn --------------------------------------------------------------------------------------
    ("withdrawn", "email", "vi"): (
        "Hồ sơ đã được rút: {procedure}",
        "Kính gửi ông/bà {applicant},\n\n"
        "Hồ sơ của ông/bà về thủ tục “{procedure}” tại {agency} đã được rút theo yêu cầu ngày {date}." + VI_SIGN,
    ),
    ("withdrawn", "sms", "vi"): ("", "Hồ sơ “{procedure}” tại {agency} đã được rút theo yêu cầu ngày {date}."),
    ("withdrawn", "email", "en"): (
        "Dossier withdrawn: {procedure}",
        "Dear {applicant},\n\n"
        "Your dossier for “{procedure}” at {agency} was withdrawn at your request on {date}." + EN_SIGN,
    ),
    ("withdrawn", "sms", "en"): ("", "Your dossier “{procedure}” at {agency} was withdrawn on {date}."),
    # --- processing stopped -------------------------------------------------------------------------
    ("stopped", "email", "vi"): (
        "Thông báo dừng giải quyết hồ sơ {code}",
        "Kính gửi ông/bà {applicant},\n\n"
        "{agency} thông báo dừng giải quyết hồ sơ {code} (thủ tục “{procedure}”).\n"
        "Lý do: {reason}\n\n"
        "Tra cứu tình trạng hồ sơ: {lookup_url}" + VI_SIGN,
    ),
    ("stopped", "sms", "vi"): ("", "{agency} dừng giải quyết hồ sơ {code}. Lý do: {reason}. Tra cứu: {lookup_url}"),
    ("stopped", "email", "en"): (
        "Processing of dossier {code} stopped",
        "Dear {applicant},\n\n"
        "{agency} has stopped processing your dossier {code} (“{procedure}”).\n"
        "Reason: {reason}\n\n"
        "Follow your dossier: {lookup_url}" + EN_SIGN,
    ),
    ("stopped", "sms", "en"): ("", "{agency} stopped processing dossier {code}. Reason: {reason}. {lookup_url}"),
    # --- petitions (phản ánh, kiến nghị): received -------------------------------------------------
    ("petition_received", "email", "vi"): (
        "Phản ánh, kiến nghị {code} của ông/bà đã được tiếp nhận",
        "Kính gửi ông/bà {petitioner},\n\n"
        "{agency} đã tiếp nhận phản ánh, kiến nghị “{title}” của ông/bà, mã số {code}. "
        "Phản ánh, kiến nghị sẽ được xử lý chậm nhất ngày {due}.\n\n"
        "Theo dõi phản ánh, kiến nghị: {petitions_url}" + VI_SIGN,
    ),
    ("petition_received", "sms", "vi"): (
        "",
        "{agency} đã tiếp nhận phản ánh, kiến nghị {code} của ông/bà; hạn xử lý: {due}.",
    ),
    ("petition_received", "email", "en"): (
        "Your petition {code} was received",
        "Dear {petitioner},\n\n"
        "{agency} received your feedback or petition “{title}” with the code {code}. "
        "It will be handled by {due}.\n\n"
        "Follow your petitions: {petitions_url}" + EN_SIGN,
    ),
    ("petition_received", "sms", "en"): ("", "{agency} received your petition {code}; it will be handled by {due}."),
    # --- petition not accepted ----------------------------------------------------------------------------
    ("petition_rejected", "email", "vi"): (
        "Phản ánh, kiến nghị {code} của ông/bà không được thụ lý",
        "Kính gửi ông/bà {petitioner},\n\n"
        "{agency} không thụ lý phản ánh, kiến nghị {code} “{title}” của ông/bà.\n"
        "Lý do: {reason}\n\n"
        "Theo dõi phản ánh, kiến nghị: {petitions_url}" + VI_SIGN,
    ),
    ("petition_rejected", "sms", "vi"): ("", "Phản ánh, kiến nghị {code} của ông/bà không được thụ lý: {reason}"),
    ("petition_rejected", "email", "en"): (
        "Your petition {code} was not accepted",
        "Dear {petitioner},\n\n"
        "{agency} did not accept your petition {code} “{title}”.\n"
        "Reason: {reason}\n\n"
        "Follow your petitions: {petitions_url}" + EN_SIGN,
    ),
    ("petition_rejected", "sms", "en"): ("", "Your petition {code} was not accepted: {reason}"),
    # --- petition forwarded to the competent body -----------------------------------------------------
    ("petition_forwarded", "email", "vi"): (
        "Phản ánh, kiến nghị {code} của ông/bà đã được chuyển",
        "Kính gửi ông/bà {petitioner},\n\n"
        "{agency} đã chuyển phản ánh, kiến nghị {code} “{title}” của ông/bà đến {forwarded_to} "
        "là cơ quan có thẩm quyền.\n"
        "Lý do: {reason}\n\n"
        "Theo dõi phản ánh, kiến nghị: {petitions_url}" + VI_SIGN,
    ),
    ("petition_forwarded", "sms", "vi"): (
        "",
        "Phản ánh, kiến nghị {code} của ông/bà đã được chuyển đến {forwarded_to}.",
    ),
    ("petition_forwarded", "email", "en"): (
        "Your petition {code} was forwarded",
        "Dear {petitioner},\n\n"
        "{agency} forwarded your petition {code} “{title}” to {forwarded_to}, the competent body.\n"
        "Reason: {reason}\n\n"
        "Follow your petitions: {petitions_url}" + EN_SIGN,
    ),
    ("petition_forwarded", "sms", "en"): ("", "Your petition {code} was forwarded to {forwarded_to}."),
    # --- petition answered ----------------------------------------------------------------------------------
    ("petition_answered", "email", "vi"): (
        "Trả lời phản ánh, kiến nghị {code} của ông/bà",
        "Kính gửi ông/bà {petitioner},\n\n"
        "{agency} trả lời phản ánh, kiến nghị {code} “{title}” của ông/bà như sau:\n\n{answer}\n\n"
        "Theo dõi phản ánh, kiến nghị: {petitions_url}" + VI_SIGN,
    ),
    ("petition_answered", "sms", "vi"): (
        "",
        "{agency} đã trả lời phản ánh, kiến nghị {code} của ông/bà. "
        "Nội dung trả lời đã được gửi cho ông/bà bằng văn bản.",
    ),
    ("petition_answered", "email", "en"): (
        "Answer to your petition {code}",
        "Dear {petitioner},\n\n"
        "{agency} answered your feedback or petition {code} “{title}”:\n\n{answer}\n\n"
        "Follow your petitions: {petitions_url}" + EN_SIGN,
    ),
    ("petition_answered", "sms", "en"): (
        "",
        "{agency} answered your petition {code}. The answer was sent to you in writing.",
    ),
}
