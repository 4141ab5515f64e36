"""Labour, invalids and social affairs (Sở Lao động - Thương binh và Xã hội): people with meritorious
services, social protection, children, drug rehabilitation, employment, wages, labour safety,
vocational education, overseas employment."""

from __future__ import annotations

from .base import (
    BUSINESS_REG,
    COMMUNE,
    CV,
    DISTRICT,
    HEALTH_CERT,
    ID_COPY,
    LOST_REPORT,
    OLD_LICENCE,
    PHOTOS,
    PROVINCE,
    RESIDENCE,
    Sector,
    act,
    family,
    fee,
    table,
)

DEPT = "H15.11"
D_UNIT = "Phòng Lao động - Thương binh và Xã hội"
C_OFFICER = "Công chức Lao động - Thương binh và Xã hội"

NCC = Sector("LD-NCC", "Người có công", DEPT, "Phòng Người có công", D_UNIT, C_OFFICER)
BTXH = Sector("LD-BTXH", "Bảo trợ xã hội", DEPT, "Phòng Bảo trợ xã hội", D_UNIT, C_OFFICER)
TE = Sector("LD-TE", "Trẻ em", DEPT, "Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới", D_UNIT, C_OFFICER)
TNXH = Sector("LD-PCTNXH", "Phòng, chống tệ nạn xã hội", DEPT, "Chi cục Phòng, chống tệ nạn xã hội", D_UNIT, C_OFFICER)
VL = Sector("LD-VL", "Việc làm", DEPT, "Trung tâm Dịch vụ việc làm tỉnh", D_UNIT)
LD = Sector("LD-LDTL", "Lao động, tiền lương", DEPT, "Phòng Lao động - Tiền lương - Bảo hiểm xã hội")
ATLD = Sector("LD-ATLD", "An toàn, vệ sinh lao động", DEPT, "Phòng Lao động - Tiền lương - Bảo hiểm xã hội")
GDNN = Sector("LD-GDNN", "Giáo dục nghề nghiệp", DEPT, "Phòng Giáo dục nghề nghiệp", D_UNIT)
LDNN = Sector("LD-LDNN", "Quản lý lao động ngoài nước", DEPT, "Phòng Lao động - Tiền lương - Bảo hiểm xã hội")

SECTORS = [NCC, BTXH, TE, TNXH, VL, LD, ATLD, GDNN, LDNN]

L_NCC = (
    "Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11, được sửa đổi, bổ sung bởi Pháp lệnh số "
    "04/2012/UBTVQH13",
    "Nghị định số 31/2013/NĐ-CP quy định chi tiết, hướng dẫn thi hành một số điều của Pháp lệnh Ưu đãi người có công "
    "với cách mạng",
    "Thông tư số 05/2013/TT-BLĐTBXH hướng dẫn về thủ tục lập hồ sơ, quản lý hồ sơ, thực hiện chế độ ưu đãi người có "
    "công với cách mạng và thân nhân",
)
L_BTXH = (
    "Nghị định số 136/2013/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
    "Nghị định số 103/2017/NĐ-CP quy định về thành lập, tổ chức, hoạt động, giải thể và quản lý các cơ sở trợ giúp "
    "xã hội",
    "Thông tư liên tịch số 06/2016/TTLT-BLĐTBXH-BTC sửa đổi Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC",
)
L_KT = (
    "Luật Người khuyết tật số 51/2010/QH12",
    "Nghị định số 28/2012/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật",
    "Thông tư liên tịch số 01/2019/TT-BLĐTBXH quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ "
    "khuyết tật thực hiện",
)
L_NGHEO = (
    "Quyết định số 59/2015/QĐ-TTg về việc ban hành chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016 - 2020",
    "Thông tư số 17/2016/TT-BLĐTBXH hướng dẫn quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm",
)
L_TE = (
    "Luật Trẻ em số 102/2016/QH13",
    "Nghị định số 56/2017/NĐ-CP quy định chi tiết một số điều của Luật Trẻ em",
)
L_TNXH = (
    "Luật Phòng, chống ma túy số 23/2000/QH10, được sửa đổi, bổ sung năm 2008",
    "Nghị định số 94/2010/NĐ-CP quy định về tổ chức cai nghiện ma túy tại gia đình, cai nghiện ma túy tại cộng đồng",
    "Nghị định số 147/2003/NĐ-CP quy định về điều kiện, thủ tục cấp giấy phép và quản lý hoạt động của các cơ sở cai "
    "nghiện ma túy tự nguyện",
    "Nghị định số 09/2013/NĐ-CP quy định chi tiết một số điều của Luật Phòng, chống mua bán người",
)
L_VL = (
    "Luật Việc làm số 38/2013/QH13",
    "Nghị định số 28/2015/NĐ-CP quy định chi tiết thi hành Luật Việc làm về bảo hiểm thất nghiệp",
    "Nghị định số 52/2014/NĐ-CP quy định điều kiện, thủ tục cấp giấy phép hoạt động dịch vụ việc làm của doanh "
    "nghiệp hoạt động dịch vụ việc làm",
)
L_LD = (
    "Bộ luật Lao động số 10/2012/QH13",
    "Nghị định số 11/2016/NĐ-CP quy định chi tiết thi hành một số điều của Bộ luật Lao động về lao động nước ngoài "
    "làm việc tại Việt Nam",
    "Nghị định số 55/2013/NĐ-CP quy định chi tiết thi hành khoản 3 Điều 54 của Bộ luật Lao động về việc cấp phép hoạt "
    "động cho thuê lại lao động",
    "Nghị định số 05/2015/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số nội dung của Bộ luật Lao động",
)
L_ATLD = (
    "Luật An toàn, vệ sinh lao động số 84/2015/QH13",
    "Nghị định số 44/2016/NĐ-CP quy định chi tiết một số điều của Luật An toàn, vệ sinh lao động về hoạt động kiểm "
    "định kỹ thuật an toàn lao động, huấn luyện an toàn, vệ sinh lao động và quan trắc môi trường lao động",
)
L_GDNN = (
    "Luật Giáo dục nghề nghiệp số 74/2014/QH13",
    "Nghị định số 143/2016/NĐ-CP quy định điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục nghề nghiệp",
    "Thông tư số 27/2017/TT-BLĐTBXH quy định về quản lý phôi, văn bằng, chứng chỉ giáo dục nghề nghiệp",
)
L_LDNN = (
    "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 72/2006/QH11",
    "Nghị định số 61/2015/NĐ-CP quy định về chính sách hỗ trợ tạo việc làm và Quỹ quốc gia về việc làm",
)

_MERIT = [
    "Bản khai cá nhân theo mẫu",
    "Giấy tờ chứng minh thuộc đối tượng được hưởng chế độ ưu đãi",
    "Giấy xác nhận của UBND cấp xã nơi cư trú",
]
_NCC = family(
    NCC,
    PROVINCE,
    "Giải quyết chế độ ưu đãi đối với {o}",
    [
        "Bà mẹ Việt Nam anh hùng",
        "Anh hùng lực lượng vũ trang nhân dân, Anh hùng lao động trong thời kỳ kháng chiến",
        "người hoạt động kháng chiến bị nhiễm chất độc hóa học",
        ("con đẻ của người hoạt động kháng chiến bị nhiễm chất độc hóa học", {"rank": 1}),
        "người hoạt động cách mạng, kháng chiến, bảo vệ Tổ quốc, làm nghĩa vụ quốc tế được tặng Huân chương, Huy "
        "chương kháng chiến",
        ("người có công giúp đỡ cách mạng", {"rank": 1}),
        "người hoạt động cách mạng, hoạt động kháng chiến bị địch bắt tù, đày",
        "thân nhân liệt sĩ",
        "thương binh, người hưởng chính sách như thương binh",
        ("người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945", {"rank": 2}),
        ("người hoạt động cách mạng từ ngày 01 tháng 01 năm 1945 đến ngày khởi nghĩa tháng Tám năm 1945", {"rank": 2}),
        ("bệnh binh", {}),
        ("thương binh đồng thời là bệnh binh", {"rank": 2}),
        ("người hoạt động kháng chiến giải phóng dân tộc, bảo vệ Tổ quốc và làm nghĩa vụ quốc tế", {"rank": 1}),
        (
            "thân nhân của người hoạt động kháng chiến được tặng Huân chương, Huy chương chết trước ngày 01 tháng 01 "
            "năm 1995",
            {"rank": 3},
        ),
        ("người phục vụ Bà mẹ Việt Nam anh hùng sống ở gia đình", {"rank": 3}),
        ("người bị thương trong chiến tranh không thuộc quân đội, công an", {"rank": 2}),
        ("thanh niên xung phong được hưởng chính sách như thương binh", {"rank": 3}),
        (
            "người phục vụ thương binh, bệnh binh có tỷ lệ suy giảm khả năng lao động từ 81% trở lên sống ở gia đình",
            {"rank": 3},
        ),
    ],
    [act("", 20, _MERIT)],
    result="Quyết định hưởng chế độ ưu đãi",
    basis=L_NCC,
    subjects="Người có công với cách mạng và thân nhân",
    via="",
) + table(
    NCC,
    PROVINCE,
    L_NCC,
    [
        (
            "Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú",
            5,
            ["Đơn đề nghị di chuyển hồ sơ theo mẫu", RESIDENCE],
            "Phiếu báo di chuyển hồ sơ người có công",
            {},
        ),
        (
            "Tiếp nhận hồ sơ người có công từ tỉnh khác chuyển đến",
            5,
            ["Phiếu báo di chuyển hồ sơ", "Hồ sơ gốc của người có công"],
            "Quyết định tiếp nhận và thực hiện chế độ",
            {},
        ),
        (
            "Hỗ trợ người có công đi làm phương tiện, dụng cụ trợ giúp chỉnh hình; đi điều trị phục hồi chức năng",
            5,
            ["Đơn đề nghị theo mẫu", "Chỉ định của cơ sở chỉnh hình, phục hồi chức năng"],
            "Quyết định hỗ trợ",
            {},
        ),
        (
            "Giám định lại thương tật do vết thương cũ tái phát và điều chỉnh chế độ",
            20,
            [
                "Đơn đề nghị giám định lại theo mẫu",
                "Giấy chứng nhận bị thương",
                "Hồ sơ bệnh án điều trị vết thương tái phát",
            ],
            "Quyết định điều chỉnh trợ cấp thương tật",
            {},
        ),
        (
            "Sửa đổi thông tin cá nhân trong hồ sơ người có công",
            10,
            ["Đơn đề nghị sửa đổi thông tin theo mẫu", "Giấy tờ làm căn cứ sửa đổi thông tin"],
            "Quyết định sửa đổi thông tin cá nhân",
            {"rank": 1},
        ),
        (
            "Di chuyển hài cốt liệt sĩ đang an táng tại nghĩa trang liệt sĩ đi nơi khác theo nguyện vọng của đại diện "
            "thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ",
            5,
            [
                "Đơn đề nghị di chuyển hài cốt liệt sĩ có xác nhận của UBND cấp xã",
                "Bản sao giấy chứng nhận gia đình liệt sĩ",
            ],
            "Giấy giới thiệu di chuyển hài cốt liệt sĩ",
            {},
        ),
        (
            "Di chuyển hài cốt liệt sĩ đang an táng ngoài nghĩa trang liệt sĩ về an táng tại nghĩa trang liệt sĩ theo "
            "nguyện vọng của đại diện thân nhân",
            5,
            ["Đơn đề nghị di chuyển hài cốt liệt sĩ có xác nhận của UBND cấp xã"],
            "Văn bản đồng ý tiếp nhận",
            {"rank": 1},
        ),
        (
            "Thăm viếng mộ liệt sĩ",
            3,
            ["Đơn đề nghị thăm viếng mộ liệt sĩ có xác nhận của UBND cấp xã"],
            "Giấy giới thiệu thăm viếng mộ liệt sĩ",
            {"spot": True},
        ),
        (
            "Cấp đổi, cấp lại Bằng Tổ quốc ghi công",
            30,
            ["Đơn đề nghị cấp đổi, cấp lại Bằng Tổ quốc ghi công", "Bằng Tổ quốc ghi công bị hư hỏng (nếu có)"],
            "Bằng Tổ quốc ghi công",
            {"via": "Bộ Lao động - Thương binh và Xã hội"},
        ),
        (
            "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ",
            10,
            ["Văn bản ủy quyền thờ cúng liệt sĩ có xác nhận của UBND cấp xã", "Bản sao Bằng Tổ quốc ghi công"],
            "Quyết định trợ cấp thờ cúng liệt sĩ",
            {},
        ),
        (
            "Giải quyết trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần",
            10,
            ["Bản khai của thân nhân theo mẫu", "Bản sao giấy chứng tử"],
            "Quyết định trợ cấp một lần và mai táng phí",
            {},
        ),
        (
            "Cấp giấy chứng nhận thân nhân liệt sĩ",
            10,
            ["Đơn đề nghị cấp giấy chứng nhận", "Giấy tờ chứng minh quan hệ thân nhân"],
            "Giấy chứng nhận thân nhân liệt sĩ",
            {"rank": 1},
        ),
        (
            "Công nhận liệt sĩ đối với người hy sinh từ ngày 01 tháng 01 năm 1995 trở về sau",
            30,
            ["Hồ sơ đề nghị công nhận liệt sĩ", "Giấy báo tử", "Biên bản xảy ra sự việc"],
            "Bằng Tổ quốc ghi công",
            {"via": "UBND tỉnh, Bộ Lao động - Thương binh và Xã hội", "rank": 2},
        ),
    ],
    subjects="Người có công với cách mạng và thân nhân",
)

_NCC_DISTRICT = table(
    NCC,
    DISTRICT,
    L_NCC,
    [
        (
            "Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Căm-pu-chi-a",
            20,
            ["Bản khai cá nhân theo mẫu", "Quyết định cử làm chuyên gia hoặc giấy tờ chứng minh"],
            "Quyết định trợ cấp một lần",
            {"rank": 1},
        ),
        (
            "Giải quyết chế độ đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến",
            20,
            ["Bản khai cá nhân theo mẫu", "Giấy tờ chứng minh tham gia thanh niên xung phong"],
            "Quyết định hưởng chế độ",
            {},
        ),
        (
            "Giải quyết chế độ mai táng phí đối với cựu chiến binh",
            10,
            ["Bản khai đề nghị hưởng mai táng phí", "Bản sao giấy chứng tử", "Giấy tờ chứng minh là cựu chiến binh"],
            "Quyết định hưởng mai táng phí",
            {"code": "2.002307"},
        ),
        (
            "Giải quyết chế độ mai táng phí đối với thanh niên xung phong thời kỳ chống Pháp",
            10,
            ["Bản khai đề nghị hưởng mai táng phí", "Bản sao giấy chứng tử"],
            "Quyết định hưởng mai táng phí",
            {"code": "2.002308"},
        ),
        (
            "Giải quyết chế độ trợ cấp một lần đối với người có thành tích tham gia kháng chiến đã được tặng Bằng khen",
            20,
            ["Bản khai cá nhân theo mẫu", "Bản sao Bằng khen"],
            "Quyết định trợ cấp một lần",
            {"rank": 1},
        ),
    ],
    subjects="Người có công với cách mạng và thân nhân",
)
_NCC_COMMUNE = table(
    NCC,
    COMMUNE,
    L_NCC,
    [
        (
            "Xác nhận vào đơn đề nghị di chuyển hài cốt liệt sĩ; đơn đề nghị thăm viếng mộ liệt sĩ",
            1,
            ["Đơn đề nghị theo mẫu"],
            "Đơn đề nghị đã được xác nhận",
            {"spot": True},
        ),
        (
            "Ủy quyền hưởng trợ cấp, phụ cấp ưu đãi",
            3,
            ["Giấy ủy quyền theo mẫu", ID_COPY],
            "Giấy ủy quyền đã được xác nhận",
            {},
        ),
        (
            "Xác nhận bản khai đề nghị giải quyết chế độ ưu đãi người có công",
            3,
            ["Bản khai cá nhân theo mẫu"],
            "Bản khai đã được xác nhận",
            {},
        ),
    ],
    subjects="Người có công với cách mạng và thân nhân",
)

_BTXH = table(
    BTXH,
    PROVINCE,
    L_BTXH,
    [
        (
            "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở bảo trợ xã hội, nhà xã hội",
            10,
            ["Đơn đề nghị tiếp nhận theo mẫu", "Sơ yếu lý lịch của đối tượng", "Giấy tờ xác nhận hoàn cảnh khó khăn"],
            "Quyết định tiếp nhận",
            {},
        ),
        (
            "Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở bảo trợ xã hội",
            1,
            ["Biên bản đối tượng cần bảo vệ khẩn cấp"],
            "Quyết định tiếp nhận",
            {"spot": True},
        ),
        (
            "Dừng trợ giúp xã hội tại cơ sở bảo trợ xã hội",
            5,
            ["Đơn đề nghị dừng trợ giúp xã hội"],
            "Quyết định dừng trợ giúp xã hội",
            {"rank": 1},
        ),
        (
            "Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội có giấy phép hoạt động do Sở Lao động - Thương "
            "binh và Xã hội cấp",
            15,
            [
                "Văn bản đề nghị cấp giấy phép hoạt động",
                "Bản sao quyết định thành lập",
                "Danh sách nhân viên và tài liệu chứng minh điều kiện hoạt động",
            ],
            "Giấy phép hoạt động của cơ sở trợ giúp xã hội",
            {},
        ),
        (
            "Cấp lại, điều chỉnh giấy phép hoạt động đối với cơ sở trợ giúp xã hội có giấy phép hoạt động do Sở Lao "
            "động - Thương binh và Xã hội cấp",
            15,
            ["Văn bản đề nghị cấp lại, điều chỉnh", OLD_LICENCE],
            "Giấy phép hoạt động của cơ sở trợ giúp xã hội",
            {"rank": 1},
        ),
        (
            "Thành lập cơ sở trợ giúp xã hội công lập thuộc UBND cấp tỉnh, cơ sở trợ giúp xã hội công lập thuộc Sở Lao "
            "động - Thương binh và Xã hội",
            20,
            ["Đề án thành lập", "Dự thảo quy chế hoạt động"],
            "Quyết định thành lập cơ sở trợ giúp xã hội",
            {"via": "UBND tỉnh"},
        ),
        (
            "Tổ chức lại, giải thể cơ sở trợ giúp xã hội công lập thuộc UBND cấp tỉnh",
            20,
            ["Đề án tổ chức lại, giải thể", "Phương án giải quyết đối tượng đang được chăm sóc"],
            "Quyết định tổ chức lại, giải thể",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền của Sở Lao động - Thương binh và "
            "Xã hội",
            5,
            [
                "Tờ khai đăng ký thành lập theo mẫu",
                "Dự thảo quy chế hoạt động",
                "Bản sao giấy tờ về quyền sử dụng đất, nhà",
            ],
            "Giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội",
            {},
        ),
        (
            "Đăng ký thay đổi nội dung giấy chứng nhận đăng ký thành lập đối với cơ sở trợ giúp xã hội ngoài công lập "
            "thuộc thẩm quyền thành lập của Sở Lao động - Thương binh và Xã hội",
            5,
            ["Tờ khai đăng ký thay đổi theo mẫu"],
            "Giấy chứng nhận đăng ký thành lập",
            {"rank": 1},
        ),
        (
            "Giải thể cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền thành lập của Sở Lao động - Thương binh "
            "và Xã hội",
            10,
            ["Văn bản đề nghị giải thể", "Phương án giải quyết tài sản, tài chính, nhân sự và đối tượng"],
            "Quyết định giải thể",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_BTXH_DISTRICT = table(
    BTXH,
    DISTRICT,
    L_BTXH,
    [
        (
            "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng "
            "tháng",
            22,
            ["Tờ khai đề nghị trợ giúp xã hội theo mẫu", ID_COPY, "Giấy tờ chứng minh thuộc đối tượng được hưởng"],
            "Quyết định trợ cấp xã hội hàng tháng",
            {
                "code": "1.001776",
                "appraisal": "Hội đồng xét duyệt cấp xã xét duyệt, niêm yết; Phòng "
                "Lao động - Thương binh và Xã hội thẩm định",
            },
        ),
        (
            "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
            5,
            ["Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu", "Bản sao giấy chứng tử"],
            "Quyết định hỗ trợ chi phí mai táng",
            {"code": "1.001731"},
        ),
        (
            "Chi trả trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng khi đối tượng thay "
            "đổi nơi cư trú trong cùng địa bàn huyện",
            5,
            ["Đơn đề nghị chi trả tại nơi cư trú mới"],
            "Quyết định chi trả",
            {},
        ),
        (
            "Chi trả trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú giữa các quận, huyện, thị xã, thành "
            "phố thuộc tỉnh",
            10,
            ["Đơn đề nghị chi trả tại nơi cư trú mới", "Hồ sơ hưởng trợ cấp"],
            "Quyết định chi trả",
            {"rank": 1},
        ),
        (
            "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp huyện",
            10,
            ["Đơn đề nghị tiếp nhận theo mẫu", "Sơ yếu lý lịch của đối tượng"],
            "Quyết định tiếp nhận",
            {"rank": 1},
        ),
        (
            "Hỗ trợ kinh phí nhận nuôi dưỡng, chăm sóc đối tượng cần bảo vệ khẩn cấp",
            10,
            ["Tờ khai nhận chăm sóc, nuôi dưỡng theo mẫu"],
            "Quyết định hỗ trợ kinh phí",
            {},
        ),
        (
            "Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội có giấy phép hoạt động do Phòng Lao động - Thương "
            "binh và Xã hội cấp",
            15,
            ["Văn bản đề nghị cấp giấy phép hoạt động", "Tài liệu chứng minh điều kiện hoạt động"],
            "Giấy phép hoạt động của cơ sở trợ giúp xã hội",
            {"rank": 1},
        ),
        (
            "Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền thành lập của Phòng Lao động - "
            "Thương binh và Xã hội",
            5,
            ["Tờ khai đăng ký thành lập theo mẫu", "Dự thảo quy chế hoạt động"],
            "Giấy chứng nhận đăng ký thành lập",
            {"rank": 1},
        ),
        (
            "Giải thể cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền thành lập của Phòng Lao động - Thương "
            "binh và Xã hội",
            10,
            ["Văn bản đề nghị giải thể"],
            "Quyết định giải thể",
            {"rank": 3},
        ),
        (
            "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở",
            10,
            ["Tờ khai đề nghị hỗ trợ về nhà ở theo mẫu"],
            "Quyết định hỗ trợ",
            {},
        ),
        (
            "Hỗ trợ cho người khuyết tật đặc biệt nặng, người khuyết tật nặng đang mang thai hoặc nuôi con dưới 36 "
            "tháng tuổi",
            15,
            ["Tờ khai thông tin của người khuyết tật theo mẫu", "Bản sao Giấy xác nhận khuyết tật"],
            "Quyết định hỗ trợ kinh phí chăm sóc",
            {"rank": 1},
        ),
    ],
    subjects="Đối tượng bảo trợ xã hội, người khuyết tật",
)

_BTXH_COMMUNE = (
    table(
        BTXH,
        COMMUNE,
        L_KT,
        [
            (
                "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
                25,
                [
                    "Đơn đề nghị xác định mức độ khuyết tật theo mẫu",
                    "Bản sao các giấy tờ y tế chứng minh về khuyết tật (nếu có)",
                ],
                "Giấy xác nhận khuyết tật",
                {
                    "code": "1.001699",
                    "appraisal": "Hội đồng xác định mức độ khuyết tật cấp xã quan sát, đánh giá, kết luận",
                },
            ),
            (
                "Đổi, cấp lại Giấy xác nhận khuyết tật",
                5,
                ["Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật theo mẫu"],
                "Giấy xác nhận khuyết tật",
                {"code": "1.001653", "spot": True},
            ),
        ],
        subjects="Người khuyết tật",
    )
    + table(
        BTXH,
        COMMUNE,
        L_BTXH,
        [
            (
                "Trợ giúp xã hội khẩn cấp về hỗ trợ chi phí mai táng",
                2,
                ["Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu", "Bản sao giấy chứng tử"],
                "Quyết định hỗ trợ",
                {},
            ),
            (
                "Đăng ký hoạt động đối với cơ sở trợ giúp xã hội dưới 10 đối tượng có hoàn cảnh khó khăn",
                5,
                ["Tờ khai đăng ký hoạt động theo mẫu", "Danh sách đối tượng"],
                "Giấy chứng nhận đăng ký hoạt động",
                {"rank": 2},
            ),
            (
                "Tiếp nhận đối tượng cần bảo vệ khẩn cấp và đưa vào chăm sóc tạm thời tại cộng đồng",
                1,
                ["Biên bản về việc đối tượng cần bảo vệ khẩn cấp"],
                "Quyết định chăm sóc tạm thời",
                {"spot": True},
            ),
            (
                "Xác nhận hộ gia đình có người khuyết tật, người cao tuổi thuộc diện hưởng chính sách",
                3,
                ["Đơn đề nghị xác nhận"],
                "Giấy xác nhận",
                {"rank": 3},
            ),
        ],
        subjects="Đối tượng bảo trợ xã hội",
    )
    + table(
        BTXH,
        COMMUNE,
        L_NGHEO,
        [
            (
                "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm",
                15,
                ["Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo theo mẫu"],
                "Quyết định công nhận hộ nghèo, hộ cận nghèo",
                {"appraisal": "Ban giảm nghèo cấp xã rà soát, tổ chức họp dân, niêm yết công khai"},
            ),
            (
                "Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm",
                15,
                ["Giấy đề nghị công nhận hộ thoát nghèo, thoát cận nghèo theo mẫu"],
                "Quyết định công nhận hộ thoát nghèo",
                {},
            ),
            (
                "Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình",
                15,
                ["Giấy đề nghị xác định hộ có mức sống trung bình theo mẫu"],
                "Quyết định công nhận",
                {"rank": 1},
            ),
        ],
        subjects="Hộ gia đình",
    )
)

_NCC_COMMUNE += table(
    NCC,
    COMMUNE,
    L_NCC,
    [
        (
            "Hỗ trợ chi phí mai táng cho người có công với cách mạng từ trần",
            5,
            ["Bản khai đề nghị hỗ trợ mai táng phí", "Bản sao giấy chứng tử"],
            "Văn bản đề nghị gửi Phòng Lao động - Thương binh và Xã hội",
            {"rank": 1},
        ),
        (
            "Xác nhận đơn đề nghị hưởng chế độ ưu đãi trong giáo dục, đào tạo đối với người có công và con của họ",
            3,
            ["Đơn đề nghị hưởng chế độ ưu đãi theo mẫu"],
            "Đơn đề nghị đã được xác nhận",
            {"spot": True},
        ),
    ],
    subjects="Người có công với cách mạng và thân nhân",
)

_TE_COMMUNE = table(
    TE,
    COMMUNE,
    L_TE,
    [
        (
            "Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn "
            "hại cho trẻ em",
            1,
            ["Thông báo, tố giác hành vi xâm hại trẻ em"],
            "Quyết định áp dụng biện pháp can thiệp",
            {"spot": True},
        ),
        (
            "Chấm dứt việc chăm sóc thay thế cho trẻ em",
            5,
            ["Văn bản đề nghị chấm dứt việc chăm sóc thay thế"],
            "Quyết định chấm dứt việc chăm sóc thay thế",
            {},
        ),
        (
            "Đăng ký nhận chăm sóc thay thế cho trẻ em đối với cá nhân, người đại diện gia đình nhận chăm sóc thay "
            "thế không phải là người thân thích của trẻ em",
            15,
            ["Đơn đăng ký nhận chăm sóc thay thế theo mẫu", "Phiếu lý lịch tư pháp", CV],
            "Quyết định giao, nhận chăm sóc thay thế",
            {},
        ),
        (
            "Chuyển trẻ em đang được chăm sóc thay thế tại cơ sở trợ giúp xã hội đến cá nhân, gia đình nhận chăm sóc "
            "thay thế",
            15,
            ["Văn bản đề nghị của cơ sở trợ giúp xã hội", "Đơn đăng ký nhận chăm sóc thay thế"],
            "Quyết định chuyển trẻ em",
            {"rank": 1},
        ),
        (
            "Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ "
            "rơi và trẻ em có hoàn cảnh đặc biệt",
            5,
            ["Báo cáo đánh giá nguy cơ", "Kế hoạch hỗ trợ, can thiệp"],
            "Quyết định phê duyệt kế hoạch hỗ trợ, can thiệp",
            {},
        ),
    ],
    subjects="Trẻ em, cha mẹ, người chăm sóc trẻ em",
)

_TNXH = table(
    TNXH,
    PROVINCE,
    L_TNXH,
    [
        (
            "Cấp giấy phép hoạt động cai nghiện ma túy tự nguyện",
            30,
            [
                "Đơn đề nghị cấp giấy phép theo mẫu",
                "Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp",
                "Danh sách cán bộ, nhân viên",
                "Quy chế hoạt động của cơ sở",
            ],
            "Giấy phép hoạt động cai nghiện ma túy tự nguyện",
            {},
        ),
        (
            "Cấp lại giấy phép hoạt động cai nghiện ma túy tự nguyện",
            10,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy phép hoạt động cai nghiện ma túy tự nguyện",
            {"rank": 1},
        ),
        (
            "Sửa đổi, bổ sung giấy phép hoạt động cai nghiện ma túy tự nguyện",
            15,
            ["Đơn đề nghị sửa đổi, bổ sung theo mẫu", "Tài liệu chứng minh nội dung thay đổi"],
            "Giấy phép hoạt động cai nghiện ma túy tự nguyện",
            {"rank": 2},
        ),
        (
            "Tiếp nhận người tự nguyện chữa trị, cai nghiện tại cơ sở cai nghiện bắt buộc",
            3,
            ["Đơn xin cai nghiện tự nguyện", ID_COPY, "Hợp đồng dịch vụ cai nghiện"],
            "Quyết định tiếp nhận",
            {},
        ),
        (
            "Hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu cho nạn nhân bị mua bán",
            10,
            ["Đơn đề nghị hỗ trợ theo mẫu", "Giấy tờ xác nhận là nạn nhân"],
            "Quyết định hỗ trợ",
            {"rank": 1},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)
_TNXH_DISTRICT = table(
    TNXH,
    DISTRICT,
    L_TNXH,
    [
        (
            "Quyết định quản lý cai nghiện ma túy tự nguyện tại gia đình",
            5,
            ["Bản đăng ký tự nguyện cai nghiện", "Kế hoạch cai nghiện"],
            "Quyết định quản lý cai nghiện tại gia đình",
            {},
        ),
        (
            "Quyết định cai nghiện ma túy tự nguyện tại cộng đồng",
            5,
            ["Bản đăng ký tự nguyện cai nghiện tại cộng đồng"],
            "Quyết định cai nghiện tại cộng đồng",
            {"rank": 1},
        ),
    ],
    subjects="Người nghiện ma túy, gia đình",
)
_TNXH_COMMUNE = table(
    TNXH,
    COMMUNE,
    L_TNXH,
    [
        (
            "Đăng ký cai nghiện ma túy tự nguyện tại gia đình",
            5,
            ["Bản đăng ký tự nguyện cai nghiện ma túy theo mẫu"],
            "Văn bản tiếp nhận đăng ký",
            {},
        ),
        (
            "Đăng ký cai nghiện ma túy tự nguyện tại cộng đồng",
            5,
            ["Bản đăng ký tự nguyện cai nghiện ma túy theo mẫu"],
            "Văn bản tiếp nhận đăng ký",
            {},
        ),
        (
            "Hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu cho nạn nhân bị mua bán (cấp xã)",
            5,
            ["Đơn đề nghị hỗ trợ theo mẫu", "Giấy tờ xác nhận là nạn nhân"],
            "Quyết định hỗ trợ",
            {},
        ),
        ("Xác nhận nạn nhân bị mua bán trở về", 3, ["Đơn đề nghị xác nhận"], "Giấy xác nhận nạn nhân", {"rank": 1}),
        (
            "Đăng ký cai nghiện ma túy bằng thuốc thay thế tại trạm y tế xã",
            5,
            ["Đơn đăng ký theo mẫu", ID_COPY],
            "Văn bản chuyển người đăng ký đến cơ sở điều trị",
            {"rank": 2},
        ),
    ],
    subjects="Cá nhân, gia đình",
)

_UNEMPLOYMENT = [
    "Đề nghị hưởng trợ cấp thất nghiệp theo mẫu",
    "Bản sao hợp đồng lao động đã hết hạn hoặc quyết định thôi việc",
    "Sổ bảo hiểm xã hội",
]
_VL = table(
    VL,
    PROVINCE,
    L_VL,
    [
        (
            "Giải quyết hưởng trợ cấp thất nghiệp",
            20,
            _UNEMPLOYMENT,
            "Quyết định hưởng trợ cấp thất nghiệp",
            {"subjects": "Người lao động", "online": 3},
        ),
        (
            "Tạm dừng hưởng trợ cấp thất nghiệp",
            3,
            ["Thông báo về việc tạm dừng hưởng trợ cấp thất nghiệp"],
            "Quyết định tạm dừng hưởng trợ cấp thất nghiệp",
            {"subjects": "Người lao động"},
        ),
        (
            "Tiếp tục hưởng trợ cấp thất nghiệp",
            3,
            ["Thông báo về việc tìm kiếm việc làm"],
            "Quyết định tiếp tục hưởng trợ cấp thất nghiệp",
            {"subjects": "Người lao động"},
        ),
        (
            "Chấm dứt hưởng trợ cấp thất nghiệp",
            3,
            ["Thông báo chấm dứt hưởng trợ cấp thất nghiệp"],
            "Quyết định chấm dứt hưởng trợ cấp thất nghiệp",
            {"subjects": "Người lao động"},
        ),
        (
            "Chuyển nơi hưởng trợ cấp thất nghiệp (chuyển đi)",
            3,
            ["Đề nghị chuyển nơi hưởng trợ cấp thất nghiệp"],
            "Giấy giới thiệu chuyển nơi hưởng trợ cấp thất nghiệp",
            {"subjects": "Người lao động"},
        ),
        (
            "Chuyển nơi hưởng trợ cấp thất nghiệp (chuyển đến)",
            3,
            ["Giấy giới thiệu chuyển nơi hưởng", "Hồ sơ hưởng trợ cấp"],
            "Quyết định về việc hưởng trợ cấp thất nghiệp tại nơi chuyển đến",
            {"subjects": "Người lao động"},
        ),
        (
            "Thông báo về việc tìm kiếm việc làm hằng tháng",
            1,
            ["Thông báo về việc tìm kiếm việc làm theo mẫu"],
            "Xác nhận việc thông báo tìm kiếm việc làm",
            {"subjects": "Người lao động", "spot": True},
        ),
        (
            "Giải quyết hưởng trợ cấp thất nghiệp đối với người lao động chuyển nơi hưởng trợ cấp thất nghiệp",
            20,
            _UNEMPLOYMENT,
            "Quyết định hưởng trợ cấp thất nghiệp",
            {"subjects": "Người lao động", "rank": 3},
        ),
        (
            "Hỗ trợ cho vay vốn tạo việc làm từ Quỹ quốc gia về việc làm",
            15,
            ["Giấy đề nghị vay vốn hoặc dự án vay vốn theo mẫu", "Giấy tờ chứng minh thuộc đối tượng ưu tiên (nếu có)"],
            "Quyết định phê duyệt cho vay",
            {"subjects": "Người lao động, cơ sở sản xuất, kinh doanh", "rank": 1},
        ),
        (
            "Hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp",
            20,
            ["Đề nghị hỗ trợ học nghề theo mẫu"],
            "Quyết định hỗ trợ học nghề",
            {"subjects": "Người lao động"},
        ),
        (
            "Hỗ trợ kinh phí đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm cho người lao động",
            15,
            ["Văn bản đề nghị hỗ trợ", "Phương án đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề"],
            "Quyết định hỗ trợ kinh phí",
            {"subjects": "Người sử dụng lao động", "rank": 2},
        ),
        (
            "Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm",
            7,
            [
                "Văn bản đề nghị cấp giấy phép theo mẫu",
                BUSINESS_REG,
                "Giấy chứng nhận ký quỹ",
                "Giấy tờ chứng minh địa điểm",
            ],
            "Giấy phép hoạt động dịch vụ việc làm",
            {"subjects": "Doanh nghiệp"},
        ),
        (
            "Cấp lại giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm",
            5,
            ["Văn bản đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy phép hoạt động dịch vụ việc làm",
            {"subjects": "Doanh nghiệp", "rank": 1},
        ),
        (
            "Gia hạn giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm",
            5,
            ["Văn bản đề nghị gia hạn theo mẫu", "Báo cáo tình hình hoạt động dịch vụ việc làm"],
            "Giấy phép hoạt động dịch vụ việc làm (gia hạn)",
            {"subjects": "Doanh nghiệp", "rank": 1},
        ),
    ],
    subjects="Người lao động",
)

_LD = table(
    LD,
    PROVINCE,
    L_LD,
    [
        (
            "Đăng ký nội quy lao động của doanh nghiệp",
            10,
            [
                "Văn bản đề nghị đăng ký nội quy lao động",
                "Nội quy lao động",
                "Văn bản góp ý của tổ chức đại diện tập thể lao động",
            ],
            "Văn bản thông báo đăng ký nội quy lao động",
            {"code": "2.001955", "online": 3},
        ),
        (
            "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
            5,
            [
                "Văn bản đề nghị cấp giấy phép lao động theo mẫu",
                HEALTH_CERT,
                "Phiếu lý lịch tư pháp",
                "Văn bản chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật",
                PHOTOS,
            ],
            "Giấy phép lao động",
            {"fees": (fee("Lệ phí cấp giấy phép lao động", 600000),), "online": 3},
        ),
        (
            "Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
            3,
            ["Văn bản đề nghị cấp lại theo mẫu", "Giấy phép lao động còn thời hạn đã được cấp", PHOTOS],
            "Giấy phép lao động",
            {"fees": (fee("Lệ phí cấp lại giấy phép lao động", 450000),)},
        ),
        (
            "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
            3,
            [
                "Văn bản đề nghị xác nhận theo mẫu",
                "Giấy tờ chứng minh người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
            ],
            "Văn bản xác nhận không thuộc diện cấp giấy phép lao động",
            {"spot": True},
        ),
        (
            "Chấp thuận nhu cầu sử dụng người lao động nước ngoài",
            10,
            ["Báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài"],
            "Văn bản chấp thuận của Chủ tịch UBND tỉnh",
            {"via": "UBND tỉnh"},
        ),
        (
            "Cấp giấy phép hoạt động cho thuê lại lao động",
            20,
            [
                "Văn bản đề nghị cấp giấy phép theo mẫu",
                BUSINESS_REG,
                "Giấy chứng nhận tiền ký quỹ",
                "Sơ yếu lý lịch của người đứng đầu doanh nghiệp",
            ],
            "Giấy phép hoạt động cho thuê lại lao động",
            {"via": "Bộ Lao động - Thương binh và Xã hội"},
        ),
        (
            "Gia hạn giấy phép hoạt động cho thuê lại lao động",
            20,
            ["Văn bản đề nghị gia hạn theo mẫu", "Báo cáo tình hình hoạt động cho thuê lại lao động"],
            "Giấy phép hoạt động cho thuê lại lao động (gia hạn)",
            {"via": "Bộ Lao động - Thương binh và Xã hội", "rank": 2},
        ),
        (
            "Cấp lại giấy phép hoạt động cho thuê lại lao động",
            20,
            ["Văn bản đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy phép hoạt động cho thuê lại lao động",
            {"via": "Bộ Lao động - Thương binh và Xã hội", "rank": 3},
        ),
        (
            "Xếp hạng công ty trách nhiệm hữu hạn một thành viên do UBND cấp tỉnh làm chủ sở hữu",
            15,
            ["Văn bản đề nghị xếp hạng", "Bảng tính điểm xếp hạng công ty"],
            "Quyết định xếp hạng công ty",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Gửi thỏa ước lao động tập thể cấp doanh nghiệp",
            5,
            ["Thỏa ước lao động tập thể đã ký kết", "Biên bản lấy ý kiến tập thể lao động"],
            "Văn bản tiếp nhận thỏa ước lao động tập thể",
            {"rank": 1},
        ),
    ],
    subjects="Người sử dụng lao động",
)

_ATLD = table(
    ATLD,
    PROVINCE,
    L_ATLD,
    [
        (
            "Khai báo với Sở Lao động - Thương binh và Xã hội khi đưa vào sử dụng các loại máy, thiết bị, vật tư, "
            "chất có yêu cầu nghiêm ngặt về an toàn lao động",
            5,
            ["Phiếu khai báo sử dụng máy, thiết bị theo mẫu", "Bản sao giấy chứng nhận kết quả kiểm định"],
            "Văn bản xác nhận khai báo",
            {"online": 3, "spot": True},
        ),
        (
            "Cấp giấy chứng nhận đủ điều kiện hoạt động huấn luyện an toàn, vệ sinh lao động hạng A",
            25,
            ["Đơn đề nghị cấp giấy chứng nhận theo mẫu", "Bản thuyết minh về cơ sở vật chất, thiết bị, giảng viên"],
            "Giấy chứng nhận đủ điều kiện hoạt động huấn luyện an toàn, vệ sinh lao động",
            {},
        ),
        (
            "Gia hạn, sửa đổi, bổ sung, cấp lại, đổi tên giấy chứng nhận đủ điều kiện hoạt động huấn luyện an toàn, "
            "vệ sinh lao động hạng A",
            15,
            ["Đơn đề nghị theo mẫu", OLD_LICENCE],
            "Giấy chứng nhận đủ điều kiện hoạt động huấn luyện",
            {"rank": 1},
        ),
        (
            "Báo cáo công tác an toàn, vệ sinh lao động của doanh nghiệp",
            5,
            ["Báo cáo công tác an toàn, vệ sinh lao động theo mẫu"],
            "Văn bản tiếp nhận báo cáo",
            {"rank": 3},
        ),
    ],
    subjects="Người sử dụng lao động",
)

_GDNN_ORGS = family(
    GDNN,
    PROVINCE,
    "{a} {o}",
    [
        "trường trung cấp công lập trực thuộc tỉnh; cho phép thành lập trường trung cấp tư thục trên địa bàn",
        "trung tâm giáo dục nghề nghiệp công lập trực thuộc tỉnh; cho phép thành lập trung tâm giáo dục nghề nghiệp tư "
        "thục trên địa bàn",
    ],
    [
        act(
            "Thành lập",
            15,
            ["Văn bản đề nghị thành lập", "Đề án thành lập", "Bản sao giấy tờ chứng minh quyền sử dụng đất"],
            "Quyết định thành lập hoặc cho phép thành lập",
            via="UBND tỉnh",
        ),
        act(
            "Sáp nhập, chia, tách",
            15,
            ["Văn bản đề nghị sáp nhập, chia, tách", "Đề án sáp nhập, chia, tách"],
            "Quyết định sáp nhập, chia, tách",
            rank=1,
            via="UBND tỉnh",
        ),
        act(
            "Giải thể",
            15,
            ["Văn bản đề nghị giải thể", "Phương án giải thể"],
            "Quyết định giải thể",
            rank=2,
            via="UBND tỉnh",
        ),
    ],
    basis=L_GDNN,
    subjects="Tổ chức, cá nhân",
)
_GDNN = _GDNN_ORGS + table(
    GDNN,
    PROVINCE,
    L_GDNN,
    [
        (
            "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp đối với trường trung cấp, trung tâm giáo dục "
            "nghề nghiệp, doanh nghiệp",
            10,
            [
                "Văn bản đề nghị cấp giấy chứng nhận theo mẫu",
                "Báo cáo thực trạng cơ sở vật chất, thiết bị, đội ngũ giáo viên",
                "Chương trình đào tạo",
            ],
            "Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp",
            {},
        ),
        (
            "Cấp giấy chứng nhận đăng ký bổ sung hoạt động giáo dục nghề nghiệp đối với trường trung cấp, trung tâm "
            "giáo dục nghề nghiệp, doanh nghiệp",
            10,
            ["Văn bản đề nghị đăng ký bổ sung theo mẫu", "Báo cáo điều kiện bảo đảm cho ngành, nghề đăng ký bổ sung"],
            "Giấy chứng nhận đăng ký bổ sung hoạt động giáo dục nghề nghiệp",
            {},
        ),
        (
            "Cho phép trường trung cấp, trung tâm giáo dục nghề nghiệp hoạt động giáo dục nghề nghiệp trở lại",
            10,
            ["Văn bản đề nghị cho phép hoạt động trở lại", "Báo cáo khắc phục nguyên nhân bị đình chỉ"],
            "Quyết định cho phép hoạt động trở lại",
            {"rank": 2},
        ),
        (
            "Đổi tên trường trung cấp",
            10,
            ["Văn bản đề nghị đổi tên", "Đề án đổi tên"],
            "Quyết định đổi tên trường",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Cho phép thành lập phân hiệu của trường trung cấp tư thục",
            15,
            ["Văn bản đề nghị thành lập phân hiệu", "Đề án thành lập phân hiệu"],
            "Quyết định cho phép thành lập phân hiệu",
            {"rank": 2},
        ),
        (
            "Công nhận hiệu trưởng trường trung cấp tư thục",
            10,
            ["Văn bản đề nghị công nhận hiệu trưởng", "Sơ yếu lý lịch của người được đề nghị", "Bản sao văn bằng"],
            "Quyết định công nhận hiệu trưởng",
            {"rank": 1},
        ),
        (
            "Thôi công nhận hiệu trưởng trường trung cấp tư thục",
            10,
            ["Văn bản đề nghị thôi công nhận hiệu trưởng"],
            "Quyết định thôi công nhận hiệu trưởng",
            {"rank": 3},
        ),
        (
            "Công nhận giám đốc trung tâm giáo dục nghề nghiệp tư thục",
            10,
            ["Văn bản đề nghị công nhận giám đốc", "Sơ yếu lý lịch", "Bản sao văn bằng"],
            "Quyết định công nhận giám đốc",
            {"rank": 1},
        ),
        (
            "Cấp giấy chứng nhận đăng ký hoạt động liên kết đào tạo với nước ngoài đối với trường trung cấp, trung "
            "tâm giáo dục nghề nghiệp",
            20,
            ["Văn bản đề nghị theo mẫu", "Hợp đồng liên kết đào tạo", "Chương trình đào tạo liên kết"],
            "Giấy chứng nhận đăng ký hoạt động liên kết đào tạo",
            {"rank": 2},
        ),
        (
            "Cấp bản sao văn bằng, chứng chỉ giáo dục nghề nghiệp từ sổ gốc",
            3,
            ["Đơn đề nghị cấp bản sao theo mẫu", ID_COPY],
            "Bản sao văn bằng, chứng chỉ từ sổ gốc",
            {"subjects": "Cá nhân", "spot": True},
        ),
        (
            "Chỉnh sửa nội dung văn bằng, chứng chỉ giáo dục nghề nghiệp",
            5,
            ["Đơn đề nghị chỉnh sửa theo mẫu", "Văn bằng, chứng chỉ đề nghị chỉnh sửa", "Giấy tờ làm căn cứ chỉnh sửa"],
            "Quyết định chỉnh sửa văn bằng, chứng chỉ",
            {"subjects": "Cá nhân"},
        ),
        (
            "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp trình độ sơ cấp đối với doanh nghiệp",
            10,
            [
                "Văn bản đề nghị cấp giấy chứng nhận theo mẫu",
                "Báo cáo điều kiện bảo đảm hoạt động giáo dục nghề nghiệp",
            ],
            "Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp",
            {"since": "2019-LD", "subjects": "Doanh nghiệp"},
        ),
        (
            "Thay đổi tên, trụ sở, người đại diện theo pháp luật trong giấy chứng nhận đăng ký hoạt động giáo dục nghề "
            "nghiệp",
            5,
            ["Văn bản đề nghị thay đổi theo mẫu", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp",
            {"since": "2019-LD"},
        ),
        (
            "Chấm dứt hoạt động phân hiệu của trường trung cấp",
            15,
            ["Văn bản đề nghị chấm dứt hoạt động phân hiệu", "Phương án giải quyết quyền lợi người học"],
            "Quyết định chấm dứt hoạt động phân hiệu",
            {"since": "2019-LD"},
        ),
        (
            "Thành lập hội đồng quản trị trường trung cấp tư thục",
            10,
            ["Văn bản đề nghị thành lập hội đồng quản trị", "Biên bản họp các thành viên góp vốn"],
            "Quyết định công nhận hội đồng quản trị",
            {"since": "2019-LD"},
        ),
    ],
    subjects="Tổ chức",
)
_GDNN_DISTRICT = table(
    GDNN,
    DISTRICT,
    L_GDNN,
    [
        (
            "Thành lập trung tâm giáo dục nghề nghiệp công lập thuộc UBND cấp huyện",
            15,
            ["Văn bản đề nghị thành lập", "Đề án thành lập"],
            "Quyết định thành lập",
            {},
        ),
        (
            "Tổ chức lại, giải thể trung tâm giáo dục nghề nghiệp công lập thuộc UBND cấp huyện",
            15,
            ["Văn bản đề nghị tổ chức lại, giải thể", "Đề án tổ chức lại, giải thể"],
            "Quyết định tổ chức lại, giải thể",
            {"rank": 1},
        ),
        (
            "Hỗ trợ đào tạo nghề trình độ sơ cấp, đào tạo dưới 3 tháng cho lao động nông thôn",
            10,
            ["Đơn đề nghị học nghề theo mẫu", ID_COPY],
            "Quyết định hỗ trợ đào tạo nghề",
            {"subjects": "Lao động nông thôn"},
        ),
    ],
    subjects="Tổ chức",
)

_LDNN = table(
    LDNN,
    PROVINCE,
    L_LDNN,
    [
        (
            "Đăng ký hợp đồng nhận lao động thực tập dưới 90 ngày",
            5,
            [
                "Văn bản đăng ký hợp đồng theo mẫu",
                "Bản sao hợp đồng nhận lao động thực tập",
                "Danh sách người lao động",
            ],
            "Văn bản chấp thuận đăng ký hợp đồng",
            {"subjects": "Doanh nghiệp"},
        ),
        (
            "Đăng ký hợp đồng cá nhân của người lao động đi làm việc ở nước ngoài",
            5,
            ["Văn bản đăng ký hợp đồng cá nhân theo mẫu", "Bản sao hợp đồng lao động", ID_COPY],
            "Văn bản xác nhận đăng ký hợp đồng cá nhân",
            {},
        ),
        (
            "Hỗ trợ cho người lao động thuộc đối tượng là người dân tộc thiểu số, người thuộc hộ nghèo, hộ cận nghèo "
            "đi làm việc ở nước ngoài theo hợp đồng",
            10,
            [
                "Đơn đề nghị hỗ trợ theo mẫu",
                "Bản sao hợp đồng đi làm việc ở nước ngoài",
                "Giấy tờ chứng minh thuộc đối tượng hỗ trợ",
            ],
            "Quyết định hỗ trợ",
            {},
        ),
        (
            "Đăng ký hợp đồng nhận lao động thực tập thời hạn trên 90 ngày",
            5,
            ["Văn bản đăng ký hợp đồng theo mẫu", "Bản sao hợp đồng nhận lao động thực tập", "Phương án thực hiện"],
            "Văn bản chấp thuận đăng ký hợp đồng",
            {"subjects": "Doanh nghiệp", "rank": 2},
        ),
        (
            "Đăng ký hợp đồng lao động trực tiếp giao kết",
            5,
            [
                "Văn bản đăng ký theo mẫu",
                "Bản sao hợp đồng lao động",
                "Bản sao giấy phép hoạt động của bên sử dụng lao động",
            ],
            "Văn bản xác nhận đăng ký",
            {"rank": 1},
        ),
    ],
    subjects="Người lao động",
)

TEMPLATES = (
    _NCC
    + _NCC_DISTRICT
    + _NCC_COMMUNE
    + _BTXH
    + _BTXH_DISTRICT
    + _BTXH_COMMUNE
    + _TE_COMMUNE
    + _TNXH
    + _TNXH_DISTRICT
    + _TNXH_COMMUNE
    + _VL
    + _LD
    + _ATLD
    + _GDNN
    + _GDNN_DISTRICT
    + _LDNN
)

TEMPLATES += (
    table(
        NCC,
        PROVINCE,
        L_NCC,
        [
            (
                "Giải quyết chế độ ưu đãi trong giáo dục đào tạo đối với người có công với cách mạng và con của họ",
                10,
                [
                    "Đơn đề nghị hưởng chế độ ưu đãi theo mẫu",
                    "Giấy xác nhận của cơ sở giáo dục nơi đang học",
                    "Bản sao giấy chứng nhận người có công",
                ],
                "Quyết định trợ cấp ưu đãi giáo dục",
                {},
            ),
            (
                "Hỗ trợ người có công với cách mạng về nhà ở",
                30,
                ["Đơn đề nghị hỗ trợ về nhà ở theo mẫu", "Biên bản xác định thực trạng nhà ở"],
                "Quyết định hỗ trợ về nhà ở",
                {"via": "UBND tỉnh", "rank": 1},
            ),
            (
                "Giải quyết chế độ điều dưỡng phục hồi sức khỏe đối với người có công với cách mạng",
                15,
                ["Danh sách người có công đề nghị điều dưỡng do UBND cấp xã lập"],
                "Quyết định điều dưỡng phục hồi sức khỏe",
                {"rank": 1},
            ),
            (
                "Cấp trích lục hoặc sao hồ sơ người có công với cách mạng",
                5,
                ["Văn bản đề nghị cấp trích lục, sao hồ sơ", ID_COPY],
                "Bản trích lục hoặc bản sao hồ sơ",
                {"rank": 1},
            ),
            (
                "Đính chính thông tin trên bia mộ liệt sĩ",
                15,
                ["Đơn đề nghị đính chính thông tin", "Giấy tờ làm căn cứ đính chính"],
                "Văn bản đồng ý đính chính",
                {"rank": 2},
            ),
            (
                "Lập sổ theo dõi và cấp phương tiện trợ giúp, dụng cụ chỉnh hình đối với người có công đang sống tại "
                "gia đình",
                5,
                ["Đơn đề nghị theo mẫu", "Chỉ định của cơ sở chỉnh hình, phục hồi chức năng"],
                "Sổ theo dõi cấp phương tiện trợ giúp, dụng cụ chỉnh hình",
                {"rank": 2},
            ),
            (
                "Mua bảo hiểm y tế đối với người có công với cách mạng và thân nhân",
                5,
                ["Danh sách đề nghị cấp thẻ bảo hiểm y tế do UBND cấp xã lập"],
                "Thẻ bảo hiểm y tế",
                {"rank": 2},
            ),
        ],
        subjects="Người có công với cách mạng và thân nhân",
    )
    + table(
        BTXH,
        PROVINCE,
        L_BTXH,
        [
            (
                "Tiếp nhận người cao tuổi, người khuyết tật tự nguyện vào cơ sở bảo trợ xã hội có đóng góp kinh phí",
                7,
                ["Đơn đề nghị tiếp nhận theo mẫu", "Hợp đồng dịch vụ chăm sóc", "Giấy khám sức khỏe"],
                "Quyết định tiếp nhận",
                {"rank": 1},
            ),
        ],
        subjects="Người cao tuổi, người khuyết tật",
    )
    + table(
        LD,
        PROVINCE,
        L_LD,
        [
            (
                "Báo cáo giải trình thay đổi nhu cầu sử dụng người lao động nước ngoài",
                10,
                ["Báo cáo giải trình thay đổi nhu cầu theo mẫu"],
                "Văn bản chấp thuận của Chủ tịch UBND tỉnh",
                {"via": "UBND tỉnh", "rank": 1},
            ),
        ],
        subjects="Người sử dụng lao động",
    )
    + table(
        GDNN,
        PROVINCE,
        L_GDNN,
        [
            (
                "Thành lập hội đồng trường trung cấp công lập",
                10,
                ["Tờ trình đề nghị thành lập hội đồng trường", "Danh sách thành viên dự kiến"],
                "Quyết định thành lập hội đồng trường",
                {"rank": 1},
            ),
        ],
        subjects="Trường trung cấp công lập",
    )
)

# Added to fill the 2018 catalogue.
L_NKT = (
    "Luật Người khuyết tật số 51/2010/QH12",
    "Nghị định số 28/2012/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật",
)
TEMPLATES += (
    table(
        BTXH,
        PROVINCE,
        L_NKT,
        [
            (
                "Hỗ trợ cơ sở sản xuất, kinh doanh sử dụng từ 30% tổng số lao động trở lên là người khuyết tật",
                20,
                [
                    "Văn bản đề nghị hỗ trợ",
                    "Danh sách lao động là người khuyết tật kèm hợp đồng lao động",
                    ("Bản sao Giấy xác nhận khuyết tật của người lao động", "c"),
                    "Dự án vay vốn hoặc đề nghị hỗ trợ cải tạo điều kiện, môi trường làm việc",
                ],
                "Quyết định hỗ trợ",
                {"rank": 1, "subjects": "Cơ sở sản xuất, kinh doanh"},
            ),
        ],
    )
    + table(
        BTXH,
        PROVINCE,
        L_BTXH,
        [
            (
                "Tiếp nhận người chưa thành niên không có nơi cư trú ổn định bị áp dụng biện pháp giáo dục tại xã, "
                "phường, thị trấn vào cơ sở trợ giúp trẻ em",
                7,
                [
                    "Quyết định áp dụng biện pháp giáo dục tại xã, phường, thị trấn",
                    "Biên bản bàn giao người chưa thành niên",
                ],
                "Quyết định tiếp nhận vào cơ sở trợ giúp trẻ em",
                {"rank": 2, "subjects": "UBND cấp xã"},
            ),
        ],
    )
    + table(
        LD,
        PROVINCE,
        (
            "Nghị định số 52/2016/NĐ-CP quy định tiền lương, thù lao, tiền thưởng đối với người quản lý công ty trách "
            "nhiệm hữu hạn một thành viên do Nhà nước nắm giữ 100% vốn điều lệ",
        ),
        [
            (
                "Phê duyệt quỹ tiền lương, thù lao thực hiện của người quản lý công ty trách nhiệm hữu hạn một thành "
                "viên do UBND cấp tỉnh làm chủ sở hữu",
                15,
                [
                    "Văn bản đề nghị phê duyệt quỹ tiền lương, thù lao",
                    "Báo cáo kết quả sản xuất, kinh doanh và quỹ tiền lương",
                ],
                "Văn bản phê duyệt quỹ tiền lương, thù lao",
                {"rank": 2, "via": "UBND tỉnh", "subjects": "Công ty trách nhiệm hữu hạn một thành viên"},
            ),
        ],
    )
    + table(
        LD,
        DISTRICT,
        (
            "Bộ luật Lao động số 10/2012/QH13",
            "Nghị định số 121/2018/NĐ-CP sửa đổi, bổ sung Nghị định số 49/2013/NĐ-CP về tiền lương",
        ),
        [
            (
                "Gửi thang lương, bảng lương, định mức lao động của doanh nghiệp",
                5,
                [
                    "Văn bản gửi thang lương, bảng lương",
                    "Thang lương, bảng lương và định mức lao động của doanh nghiệp",
                ],
                "Văn bản tiếp nhận",
                {"rank": 2, "subjects": "Doanh nghiệp"},
            ),
            (
                "Giải quyết tranh chấp lao động tập thể về quyền (Chủ tịch UBND cấp huyện)",
                5,
                [
                    "Đơn yêu cầu giải quyết tranh chấp lao động tập thể",
                    "Biên bản hòa giải không thành của hòa giải viên lao động",
                ],
                "Quyết định giải quyết tranh chấp lao động tập thể",
                {"rank": 2, "subjects": "Tập thể lao động, người sử dụng lao động"},
            ),
        ],
    )
)
