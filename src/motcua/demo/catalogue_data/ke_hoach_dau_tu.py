"""Planning and investment (Sở Kế hoạch và Đầu tư): business registration, investment, cooperatives,
household businesses, selection of investors, ODA and NGO aid, support for small enterprises."""

from __future__ import annotations

from .base import (
    BUSINESS_REG,
    DISTRICT,
    ID_COPY,
    LOST_REPORT,
    MANDATE,
    PROVINCE,
    Sector,
    act,
    family,
    fee,
    table,
)

DEPT = "H15.04"
DKKD = "Phòng Đăng ký kinh doanh"

DN = Sector("KHDT-DN", "Thành lập và hoạt động của doanh nghiệp", DEPT, DKKD)
HKD = Sector("KHDT-HKD", "Thành lập và hoạt động của hộ kinh doanh", DEPT, DKKD, "Phòng Tài chính - Kế hoạch")
HTX = Sector("KHDT-HTX", "Thành lập và hoạt động của hợp tác xã", DEPT, DKKD, "Phòng Tài chính - Kế hoạch")
DT = Sector("KHDT-DT", "Đầu tư tại Việt Nam", DEPT, "Phòng Kinh tế đối ngoại")
LCNDT = Sector("KHDT-LCNDT", "Đấu thầu, lựa chọn nhà đầu tư", DEPT, "Phòng Thẩm định và Giám sát đầu tư")
ODA = Sector(
    "KHDT-ODA",
    "Vốn hỗ trợ phát triển chính thức (ODA), vốn vay ưu đãi và viện trợ phi chính phủ nước ngoài",
    DEPT,
    "Phòng Kinh tế đối ngoại",
)
DNNVV = Sector("KHDT-DNNVV", "Hỗ trợ doanh nghiệp nhỏ và vừa", DEPT, "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân")

SECTORS = [DN, HKD, HTX, DT, LCNDT, ODA, DNNVV]

L_DN = (
    "Luật Doanh nghiệp số 68/2014/QH13",
    "Nghị định số 78/2015/NĐ-CP về đăng ký doanh nghiệp",
    "Thông tư số 20/2015/TT-BKHĐT hướng dẫn về đăng ký doanh nghiệp",
    "Thông tư số 215/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh "
    "nghiệp, lệ phí đăng ký doanh nghiệp",
)
L_DT = (
    "Luật Đầu tư số 67/2014/QH13",
    "Nghị định số 118/2015/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư",
    "Thông tư số 16/2015/TT-BKHĐT quy định biểu mẫu thực hiện thủ tục đầu tư và báo cáo hoạt động đầu tư tại Việt Nam",
)
L_HTX = (
    "Luật Hợp tác xã số 23/2012/QH13",
    "Nghị định số 193/2013/NĐ-CP quy định chi tiết một số điều của Luật Hợp tác xã",
    "Thông tư số 03/2014/TT-BKHĐT hướng dẫn về đăng ký hợp tác xã và chế độ báo cáo tình hình hoạt động của hợp tác xã",
)
L_LCNDT = (
    "Luật Đấu thầu số 43/2013/QH13",
    "Nghị định số 30/2015/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đấu thầu về lựa chọn nhà đầu tư",
)
L_ODA = (
    "Nghị định số 16/2016/NĐ-CP về quản lý và sử dụng vốn hỗ trợ phát triển chính thức (ODA) và vốn vay ưu đãi của "
    "các nhà tài trợ nước ngoài",
    "Nghị định số 93/2009/NĐ-CP ban hành Quy chế quản lý và sử dụng viện trợ phi chính phủ nước ngoài",
)
L_DNNVV = (
    "Luật Hỗ trợ doanh nghiệp nhỏ và vừa số 04/2017/QH14",
    "Nghị định số 39/2018/NĐ-CP quy định chi tiết một số điều của Luật Hỗ trợ doanh nghiệp nhỏ và vừa",
)

_REG_FEE = (
    fee("Lệ phí đăng ký doanh nghiệp", 100000, exemptions="Miễn lệ phí khi đăng ký qua mạng điện tử"),
    fee("Phí công bố nội dung đăng ký doanh nghiệp", 300000, "fee"),
)
_CHANGE_FEE = (
    fee(
        "Lệ phí đăng ký thay đổi nội dung đăng ký doanh nghiệp",
        100000,
        exemptions="Miễn lệ phí khi đăng ký qua mạng điện tử",
    ),
)
_NOTICE_FEE = (fee("Phí công bố nội dung đăng ký doanh nghiệp", 300000, "fee"),)

_FOUNDING = {
    "doanh nghiệp tư nhân": ["Giấy đề nghị đăng ký doanh nghiệp tư nhân theo mẫu", ID_COPY],
    "công ty trách nhiệm hữu hạn một thành viên": [
        "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
        "Điều lệ công ty",
        "Bản sao giấy tờ pháp lý của chủ sở hữu công ty và người đại diện theo ủy quyền",
    ],
    "công ty trách nhiệm hữu hạn hai thành viên trở lên": [
        "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
        "Điều lệ công ty",
        "Danh sách thành viên",
        "Bản sao giấy tờ pháp lý của các thành viên",
    ],
    "công ty cổ phần": [
        "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
        "Điều lệ công ty",
        "Danh sách cổ đông sáng lập và cổ đông là nhà đầu tư nước ngoài",
        "Bản sao giấy tờ pháp lý của các cổ đông sáng lập",
    ],
    "công ty hợp danh": [
        "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
        "Điều lệ công ty",
        "Danh sách thành viên công ty hợp danh",
        "Bản sao giấy tờ pháp lý của các thành viên",
    ],
}
_FOUND = [
    (name, {"code": "2.001610" if name == "doanh nghiệp tư nhân" else "", "plus": parts})
    for name, parts in _FOUNDING.items()
]
_DN_FOUND = family(
    DN,
    PROVINCE,
    "Đăng ký thành lập {o}",
    _FOUND,
    [act("", 3, [MANDATE])],
    result="Giấy chứng nhận đăng ký doanh nghiệp",
    basis=L_DN,
    subjects="Tổ chức, cá nhân",
    fees=_REG_FEE,
    online=4,
)

_ALL_TYPES = "(đối với doanh nghiệp tư nhân, công ty trách nhiệm hữu hạn, công ty cổ phần, công ty hợp danh)"
_CHANGE = [
    "Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu",
    "Quyết định và bản sao biên bản họp của Hội đồng thành viên, Đại hội đồng cổ đông hoặc chủ sở hữu về việc thay đổi",
]
_DN = table(
    DN,
    PROVINCE,
    L_DN,
    [
        (
            f"Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp {_ALL_TYPES}",
            3,
            _CHANGE,
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE},
        ),
        (
            f"Đăng ký đổi tên doanh nghiệp {_ALL_TYPES}",
            3,
            _CHANGE,
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE},
        ),
        (
            "Đăng ký thay đổi thành viên hợp danh",
            3,
            [*_CHANGE, "Bản sao giấy tờ pháp lý của thành viên hợp danh mới"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE, "rank": 2},
        ),
        (
            "Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần",
            3,
            [*_CHANGE, "Bản sao giấy tờ pháp lý của người đại diện theo pháp luật mới"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE},
        ),
        (
            "Đăng ký thay đổi vốn điều lệ, thay đổi tỷ lệ vốn góp (đối với công ty trách nhiệm hữu hạn, công ty cổ "
            "phần, công ty hợp danh)",
            3,
            _CHANGE,
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE},
        ),
        (
            "Đăng ký thay đổi thành viên công ty trách nhiệm hữu hạn hai thành viên trở lên",
            3,
            [*_CHANGE, "Hợp đồng chuyển nhượng hoặc giấy tờ chứng minh hoàn tất việc chuyển nhượng phần vốn góp"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE},
        ),
        (
            "Đăng ký thay đổi chủ sở hữu công ty trách nhiệm hữu hạn một thành viên",
            3,
            [*_CHANGE, "Hợp đồng chuyển nhượng vốn", "Điều lệ công ty sửa đổi"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE},
        ),
        (
            "Đăng ký thay đổi chủ doanh nghiệp tư nhân trong trường hợp bán, tặng cho doanh nghiệp, chủ doanh nghiệp "
            "chết, mất tích",
            3,
            [*_CHANGE, "Hợp đồng mua bán, tặng cho hoặc giấy tờ chứng minh quyền thừa kế"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE, "rank": 1},
        ),
        (
            "Thông báo bổ sung, thay đổi ngành, nghề kinh doanh " + _ALL_TYPES,
            3,
            _CHANGE,
            "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
            {"fees": _NOTICE_FEE},
        ),
        (
            "Thông báo thay đổi thông tin của cổ đông sáng lập công ty cổ phần chưa niêm yết",
            3,
            _CHANGE,
            "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
            {"rank": 1},
        ),
        (
            "Thông báo thay đổi cổ đông là nhà đầu tư nước ngoài trong công ty cổ phần chưa niêm yết",
            3,
            _CHANGE,
            "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
            {"rank": 2},
        ),
        (
            "Thông báo thay đổi nội dung đăng ký thuế " + _ALL_TYPES,
            3,
            _CHANGE,
            "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
            {},
        ),
        (
            "Thông báo thay đổi thông tin người quản lý doanh nghiệp, thông tin người đại diện theo ủy quyền",
            3,
            _CHANGE,
            "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
            {"rank": 1},
        ),
        (
            "Thông báo cho thuê doanh nghiệp tư nhân",
            3,
            ["Thông báo cho thuê doanh nghiệp tư nhân theo mẫu", "Bản sao hợp đồng cho thuê doanh nghiệp"],
            "Giấy xác nhận về việc cho thuê doanh nghiệp",
            {"rank": 2},
        ),
        (
            "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên từ việc chia, tách, hợp nhất doanh nghiệp",
            3,
            [*_FOUNDING["công ty trách nhiệm hữu hạn một thành viên"], "Nghị quyết chia, tách, hợp nhất doanh nghiệp"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE, "rank": 2},
        ),
        (
            "Đăng ký thay đổi nội dung đăng ký doanh nghiệp đối với công ty nhận sáp nhập",
            3,
            [*_CHANGE, "Hợp đồng sáp nhập", "Nghị quyết thông qua hợp đồng sáp nhập"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE, "rank": 2},
        ),
        (
            "Chuyển đổi công ty trách nhiệm hữu hạn một thành viên thành công ty trách nhiệm hữu hạn hai thành viên "
            "trở lên",
            3,
            [
                "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                "Điều lệ công ty chuyển đổi",
                "Danh sách thành viên",
                "Hợp đồng chuyển nhượng hoặc giấy tờ về việc tặng cho phần vốn góp",
            ],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE},
        ),
        (
            "Chuyển đổi công ty trách nhiệm hữu hạn hai thành viên trở lên thành công ty trách nhiệm hữu hạn một "
            "thành viên",
            3,
            [
                "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                "Điều lệ công ty chuyển đổi",
                "Hợp đồng chuyển nhượng phần vốn góp",
            ],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE, "rank": 1},
        ),
        (
            "Chuyển đổi công ty cổ phần thành công ty trách nhiệm hữu hạn một thành viên",
            3,
            [
                "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                "Điều lệ công ty chuyển đổi",
                "Hợp đồng chuyển nhượng cổ phần",
            ],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE, "rank": 1},
        ),
        (
            "Chuyển đổi công ty cổ phần thành công ty trách nhiệm hữu hạn hai thành viên trở lên",
            3,
            ["Giấy đề nghị đăng ký doanh nghiệp theo mẫu", "Điều lệ công ty chuyển đổi", "Danh sách thành viên"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE, "rank": 1},
        ),
        (
            "Chuyển đổi công ty trách nhiệm hữu hạn thành công ty cổ phần",
            3,
            [
                "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                "Điều lệ công ty chuyển đổi",
                "Danh sách cổ đông sáng lập",
                "Nghị quyết của Hội đồng thành viên về việc chuyển đổi",
            ],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE},
        ),
        (
            "Chuyển đổi doanh nghiệp tư nhân thành công ty trách nhiệm hữu hạn",
            3,
            [
                "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                "Điều lệ công ty chuyển đổi",
                "Danh sách các khoản nợ chưa thanh toán",
            ],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE},
        ),
        (
            "Đăng ký hoạt động chi nhánh, văn phòng đại diện " + _ALL_TYPES,
            3,
            [
                "Thông báo lập chi nhánh, văn phòng đại diện theo mẫu",
                "Quyết định và bản sao biên bản họp về việc thành lập chi nhánh, văn phòng đại diện",
            ],
            "Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện",
            {"fees": _CHANGE_FEE},
        ),
        (
            "Thông báo lập địa điểm kinh doanh",
            3,
            ["Thông báo lập địa điểm kinh doanh theo mẫu"],
            "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
            {"spot": True},
        ),
        (
            "Đăng ký thay đổi nội dung đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh",
            3,
            ["Thông báo thay đổi nội dung đăng ký hoạt động theo mẫu"],
            "Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện",
            {"fees": _CHANGE_FEE},
        ),
        (
            "Thông báo tạm ngừng kinh doanh " + _ALL_TYPES,
            3,
            [
                "Thông báo tạm ngừng kinh doanh theo mẫu",
                "Quyết định và bản sao biên bản họp về việc tạm ngừng kinh doanh",
            ],
            "Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh",
            {"spot": True},
        ),
        (
            "Thông báo tiếp tục kinh doanh trước thời hạn đã thông báo",
            3,
            ["Thông báo tiếp tục kinh doanh theo mẫu"],
            "Giấy xác nhận về việc doanh nghiệp đăng ký tiếp tục kinh doanh",
            {"rank": 1},
        ),
        (
            "Giải thể doanh nghiệp",
            5,
            [
                "Thông báo về giải thể doanh nghiệp theo mẫu",
                "Báo cáo thanh lý tài sản doanh nghiệp",
                "Danh sách chủ nợ và số nợ đã thanh toán",
                "Con dấu và giấy chứng nhận mẫu dấu (nếu có)",
            ],
            "Thông báo về việc giải thể doanh nghiệp",
            {},
        ),
        (
            "Giải thể doanh nghiệp trong trường hợp bị thu hồi Giấy chứng nhận đăng ký doanh nghiệp hoặc theo quyết "
            "định của Tòa án",
            5,
            ["Thông báo về giải thể doanh nghiệp", "Báo cáo thanh lý tài sản doanh nghiệp"],
            "Thông báo về việc giải thể doanh nghiệp",
            {"rank": 1},
        ),
        (
            "Chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh",
            3,
            [
                "Thông báo về việc chấm dứt hoạt động theo mẫu",
                "Quyết định chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh",
            ],
            "Thông báo về việc chấm dứt hoạt động",
            {},
        ),
        (
            "Cấp lại Giấy chứng nhận đăng ký doanh nghiệp",
            3,
            ["Giấy đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"spot": True},
        ),
        (
            "Cấp đổi Giấy chứng nhận đăng ký doanh nghiệp thay cho Giấy phép đầu tư, Giấy chứng nhận đầu tư",
            3,
            [
                "Giấy đề nghị cấp đổi theo mẫu",
                "Bản sao Giấy phép đầu tư hoặc Giấy chứng nhận đầu tư",
                "Bản sao Giấy chứng nhận đăng ký thuế",
            ],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"rank": 1},
        ),
        (
            "Hiệu đính thông tin trong Giấy chứng nhận đăng ký doanh nghiệp",
            3,
            ["Giấy đề nghị hiệu đính thông tin"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"rank": 1},
        ),
        (
            "Cập nhật, bổ sung thông tin đăng ký doanh nghiệp",
            3,
            ["Giấy đề nghị bổ sung, cập nhật thông tin theo mẫu"],
            "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
            {},
        ),
        (
            "Thông báo về việc sử dụng, thay đổi, hủy mẫu con dấu",
            3,
            ["Thông báo về mẫu con dấu theo mẫu"],
            "Thông báo về mẫu con dấu trên Cổng thông tin quốc gia về đăng ký doanh nghiệp",
            {"spot": True},
        ),
        (
            "Đăng ký thành lập doanh nghiệp xã hội",
            3,
            [
                "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                "Cam kết thực hiện mục tiêu xã hội, môi trường",
                "Điều lệ công ty",
            ],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE, "rank": 2},
        ),
        (
            "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên từ việc chia, tách, hợp nhất doanh "
            "nghiệp",
            3,
            [
                *_FOUNDING["công ty trách nhiệm hữu hạn hai thành viên trở lên"],
                "Nghị quyết chia, tách, hợp nhất doanh nghiệp",
            ],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE, "rank": 2},
        ),
        (
            "Đăng ký thành lập công ty cổ phần từ việc chia, tách, hợp nhất doanh nghiệp",
            3,
            [*_FOUNDING["công ty cổ phần"], "Nghị quyết chia, tách, hợp nhất doanh nghiệp"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE, "rank": 2},
        ),
        (
            "Đăng ký thay đổi nội dung đăng ký doanh nghiệp đối với công ty bị tách, công ty nhận sáp nhập",
            3,
            [*_CHANGE, "Nghị quyết về việc tách, sáp nhập"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE, "rank": 2},
        ),
        (
            "Thông báo thay đổi phần vốn góp, tỷ lệ phần vốn góp của thành viên hợp danh, thành viên góp vốn công ty "
            "hợp danh",
            3,
            _CHANGE,
            "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
            {"rank": 3},
        ),
        (
            "Đăng ký thay đổi nội dung đăng ký doanh nghiệp đối với doanh nghiệp hoạt động theo Giấy phép đầu tư, "
            "Giấy chứng nhận đầu tư",
            3,
            [*_CHANGE, "Bản sao Giấy phép đầu tư hoặc Giấy chứng nhận đầu tư"],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _CHANGE_FEE, "rank": 1},
        ),
        (
            "Cấp đổi Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện",
            3,
            ["Giấy đề nghị cấp đổi theo mẫu", "Bản gốc Giấy chứng nhận đăng ký hoạt động"],
            "Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện",
            {"rank": 2},
        ),
        (
            "Đăng ký doanh nghiệp đối với các công ty được thành lập trên cơ sở chuyển đổi từ doanh nghiệp nhà nước, "
            "công ty nhà nước",
            3,
            [
                "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                "Quyết định chuyển đổi của cơ quan có thẩm quyền",
                "Điều lệ công ty",
            ],
            "Giấy chứng nhận đăng ký doanh nghiệp",
            {"fees": _REG_FEE, "rank": 3},
        ),
        (
            "Thông báo chào bán cổ phần riêng lẻ của công ty cổ phần không phải là công ty cổ phần đại chúng",
            3,
            ["Thông báo chào bán cổ phần riêng lẻ theo mẫu", "Nghị quyết của Đại hội đồng cổ đông về việc chào bán"],
            "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
            {"rank": 3},
        ),
        (
            "Đề nghị dừng thực hiện thủ tục đăng ký doanh nghiệp",
            3,
            ["Văn bản đề nghị dừng thực hiện thủ tục"],
            "Thông báo về việc dừng thực hiện thủ tục",
            {"rank": 2},
        ),
    ],
    subjects="Doanh nghiệp",
    online=4,
)

_DT = table(
    DT,
    PROVINCE,
    L_DT,
    [
        (
            "Quyết định chủ trương đầu tư của UBND cấp tỉnh (đối với dự án không thuộc diện cấp Giấy chứng nhận đăng "
            "ký đầu tư)",
            35,
            [
                "Văn bản đề nghị thực hiện dự án đầu tư",
                "Bản sao giấy tờ pháp lý của nhà đầu tư",
                "Đề xuất dự án đầu tư",
                "Bản sao báo cáo tài chính 02 năm gần nhất hoặc tài liệu chứng minh năng lực tài chính",
                "Đề xuất nhu cầu sử dụng đất",
            ],
            "Quyết định chủ trương đầu tư của UBND tỉnh",
            {"via": "UBND tỉnh", "sets": 4},
        ),
        (
            "Quyết định chủ trương đầu tư của UBND cấp tỉnh (đối với dự án thuộc diện cấp Giấy chứng nhận đăng ký đầu "
            "tư)",
            35,
            [
                "Văn bản đề nghị thực hiện dự án đầu tư",
                "Bản sao giấy tờ pháp lý của nhà đầu tư",
                "Đề xuất dự án đầu tư",
                "Tài liệu chứng minh năng lực tài chính của nhà đầu tư",
            ],
            "Quyết định chủ trương đầu tư của UBND tỉnh",
            {"via": "UBND tỉnh", "sets": 4},
        ),
        (
            "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện quyết định chủ trương đầu tư",
            15,
            [
                "Văn bản đề nghị thực hiện dự án đầu tư",
                "Bản sao giấy tờ pháp lý của nhà đầu tư",
                "Đề xuất dự án đầu tư",
                "Tài liệu chứng minh năng lực tài chính",
            ],
            "Giấy chứng nhận đăng ký đầu tư",
            {"online": 3},
        ),
        (
            "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án thuộc diện quyết định chủ trương đầu tư",
            5,
            ["Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư", "Quyết định chủ trương đầu tư"],
            "Giấy chứng nhận đăng ký đầu tư",
            {},
        ),
        (
            "Điều chỉnh tên dự án đầu tư, tên và địa chỉ nhà đầu tư trong Giấy chứng nhận đăng ký đầu tư",
            3,
            ["Văn bản đề nghị điều chỉnh dự án đầu tư", "Tài liệu chứng minh việc thay đổi tên, địa chỉ"],
            "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
            {"spot": True},
        ),
        (
            "Điều chỉnh nội dung dự án đầu tư trong Giấy chứng nhận đăng ký đầu tư (đối với trường hợp không điều "
            "chỉnh quyết định chủ trương đầu tư)",
            10,
            [
                "Văn bản đề nghị điều chỉnh dự án đầu tư",
                "Báo cáo tình hình triển khai dự án đầu tư",
                "Giải trình về lý do điều chỉnh",
            ],
            "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
            {},
        ),
        (
            "Điều chỉnh nội dung dự án đầu tư trong Giấy chứng nhận đăng ký đầu tư (đối với trường hợp điều chỉnh "
            "quyết định chủ trương đầu tư)",
            25,
            [
                "Văn bản đề nghị điều chỉnh dự án đầu tư",
                "Báo cáo tình hình triển khai dự án đầu tư",
                "Đề xuất dự án đầu tư điều chỉnh",
            ],
            "Quyết định điều chỉnh chủ trương đầu tư và Giấy chứng nhận đăng ký đầu tư điều chỉnh",
            {"via": "UBND tỉnh"},
        ),
        (
            "Điều chỉnh dự án đầu tư trong trường hợp chia, tách, sáp nhập dự án đầu tư",
            15,
            ["Văn bản đề nghị điều chỉnh dự án đầu tư", "Quyết định của nhà đầu tư về việc chia, tách, sáp nhập dự án"],
            "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
            {"rank": 2},
        ),
        (
            "Điều chỉnh dự án đầu tư trong trường hợp chia, tách, hợp nhất, sáp nhập, chuyển đổi loại hình tổ chức "
            "kinh tế",
            10,
            [
                "Văn bản đề nghị điều chỉnh dự án đầu tư",
                "Nghị quyết, quyết định về việc chia, tách, hợp nhất, sáp nhập, chuyển đổi loại hình",
            ],
            "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
            {"rank": 2},
        ),
        (
            "Chuyển nhượng dự án đầu tư",
            10,
            [
                "Văn bản đề nghị điều chỉnh dự án đầu tư",
                "Hợp đồng chuyển nhượng dự án",
                "Bản sao giấy tờ pháp lý của nhà đầu tư nhận chuyển nhượng",
            ],
            "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
            {},
        ),
        (
            "Điều chỉnh dự án đầu tư theo bản án, quyết định của tòa án, trọng tài",
            10,
            ["Văn bản đề nghị điều chỉnh dự án đầu tư", "Bản sao bản án, quyết định của tòa án, trọng tài"],
            "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
            {"rank": 3},
        ),
        (
            "Cấp lại Giấy chứng nhận đăng ký đầu tư",
            5,
            ["Văn bản đề nghị cấp lại Giấy chứng nhận đăng ký đầu tư"],
            "Giấy chứng nhận đăng ký đầu tư",
            {"spot": True},
        ),
        (
            "Hiệu đính thông tin trên Giấy chứng nhận đăng ký đầu tư",
            3,
            ["Văn bản đề nghị hiệu đính thông tin"],
            "Giấy chứng nhận đăng ký đầu tư đã hiệu đính",
            {"rank": 1},
        ),
        (
            "Nộp lại Giấy chứng nhận đăng ký đầu tư",
            15,
            ["Văn bản thông báo chấm dứt hoạt động dự án", "Bản gốc Giấy chứng nhận"],
            "Thông báo chấm dứt hiệu lực Giấy chứng nhận đăng ký đầu tư",
            {"rank": 3},
        ),
        (
            "Giãn tiến độ đầu tư",
            15,
            ["Văn bản đề xuất giãn tiến độ đầu tư", "Báo cáo tình hình hoạt động của dự án"],
            "Văn bản chấp thuận giãn tiến độ đầu tư",
            {},
        ),
        (
            "Tạm ngừng hoạt động của dự án đầu tư",
            15,
            ["Văn bản thông báo tạm ngừng hoạt động của dự án"],
            "Văn bản xác nhận tạm ngừng hoạt động",
            {"rank": 1},
        ),
        (
            "Chấm dứt hoạt động dự án đầu tư",
            15,
            ["Quyết định chấm dứt hoạt động dự án của nhà đầu tư", "Bản sao Giấy chứng nhận đăng ký đầu tư"],
            "Thông báo chấm dứt hoạt động dự án đầu tư",
            {},
        ),
        (
            "Đổi Giấy chứng nhận đăng ký đầu tư cho dự án hoạt động theo Giấy phép đầu tư, Giấy chứng nhận đầu tư",
            3,
            [
                "Văn bản đề nghị đổi Giấy chứng nhận đăng ký đầu tư",
                "Bản sao Giấy phép đầu tư hoặc Giấy chứng nhận đầu tư",
            ],
            "Giấy chứng nhận đăng ký đầu tư",
            {"rank": 2},
        ),
        (
            "Áp dụng ưu đãi đầu tư đối với dự án không thuộc diện cấp Giấy chứng nhận đăng ký đầu tư",
            15,
            ["Văn bản đề nghị áp dụng ưu đãi đầu tư", "Bản sao quyết định chủ trương đầu tư hoặc quyết định đầu tư"],
            "Văn bản xác nhận ưu đãi đầu tư",
            {"rank": 3},
        ),
        (
            "Điều chỉnh dự án đầu tư trong trường hợp nhà đầu tư nước ngoài góp vốn, mua cổ phần vào tổ chức kinh tế "
            "thực hiện dự án",
            10,
            ["Văn bản đề nghị điều chỉnh dự án đầu tư", "Hợp đồng góp vốn, mua cổ phần"],
            "Giấy chứng nhận đăng ký đầu tư điều chỉnh",
            {"rank": 3},
        ),
        (
            "Cung cấp thông tin về dự án đầu tư",
            5,
            ["Văn bản đề nghị cung cấp thông tin"],
            "Văn bản cung cấp thông tin",
            {"rank": 1},
        ),
        (
            "Bảo đảm đầu tư trong trường hợp không được tiếp tục áp dụng ưu đãi đầu tư",
            30,
            ["Văn bản đề nghị áp dụng biện pháp bảo đảm đầu tư", "Bản sao Giấy chứng nhận đăng ký đầu tư"],
            "Văn bản về biện pháp bảo đảm đầu tư",
            {"rank": 3},
        ),
        (
            "Thành lập văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC",
            15,
            [
                "Văn bản đăng ký thành lập văn phòng điều hành",
                "Quyết định của nhà đầu tư nước ngoài về việc thành lập văn phòng điều hành",
            ],
            "Giấy chứng nhận đăng ký hoạt động văn phòng điều hành",
            {"rank": 1},
        ),
        (
            "Chấm dứt hoạt động văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC",
            15,
            ["Thông báo chấm dứt hoạt động văn phòng điều hành", "Quyết định chấm dứt hoạt động"],
            "Quyết định thu hồi Giấy chứng nhận đăng ký hoạt động",
            {"rank": 3},
        ),
        (
            "Góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài vào tổ chức kinh tế",
            15,
            [
                "Văn bản đăng ký góp vốn, mua cổ phần, mua phần vốn góp",
                "Bản sao giấy tờ pháp lý của nhà đầu tư nước ngoài",
                "Văn bản thỏa thuận nguyên tắc về việc góp vốn",
            ],
            "Thông báo về việc đáp ứng điều kiện góp vốn, mua cổ phần của nhà đầu tư nước ngoài",
            {},
        ),
    ],
    subjects="Nhà đầu tư",
)

_HTX_ROWS = [
    (
        "Đăng ký {o}",
        5,
        [
            "Giấy đề nghị đăng ký theo mẫu",
            "Điều lệ",
            "Phương án sản xuất, kinh doanh",
            "Danh sách thành viên",
            "Nghị quyết hội nghị thành lập",
        ],
        "Giấy chứng nhận đăng ký",
        {},
    ),
    (
        "Đăng ký thay đổi tên, địa chỉ trụ sở chính, ngành, nghề sản xuất, kinh doanh, vốn điều lệ, người đại diện "
        "theo pháp luật; tên, địa chỉ, người đại diện chi nhánh, văn phòng đại diện của {o}",
        5,
        ["Giấy đề nghị đăng ký thay đổi theo mẫu", "Nghị quyết của đại hội thành viên về việc thay đổi"],
        "Giấy chứng nhận đăng ký",
        {},
    ),
    (
        "Đăng ký khi {o} chia, tách, hợp nhất, sáp nhập",
        5,
        [
            "Giấy đề nghị đăng ký theo mẫu",
            "Nghị quyết của đại hội thành viên về việc chia, tách, hợp nhất, sáp nhập",
            "Phương án sản xuất, kinh doanh",
        ],
        "Giấy chứng nhận đăng ký",
        {"rank": 1},
    ),
    (
        "Giải thể tự nguyện {o}",
        5,
        [
            "Thông báo về việc giải thể",
            "Nghị quyết của đại hội thành viên về giải thể tự nguyện",
            "Con dấu và Giấy chứng nhận mẫu dấu",
        ],
        "Thông báo về việc giải thể",
        {},
    ),
    (
        "Cấp lại Giấy chứng nhận đăng ký {o}",
        5,
        ["Giấy đề nghị cấp lại theo mẫu", LOST_REPORT],
        "Giấy chứng nhận đăng ký",
        {"spot": True},
    ),
    (
        "Tạm ngừng hoạt động của {o}, chi nhánh, văn phòng đại diện, địa điểm kinh doanh",
        3,
        ["Thông báo về việc tạm ngừng hoạt động theo mẫu"],
        "Giấy xác nhận về việc tạm ngừng hoạt động",
        {},
    ),
    (
        "Đăng ký thành lập chi nhánh, văn phòng đại diện, địa điểm kinh doanh của {o}",
        3,
        ["Thông báo lập chi nhánh, văn phòng đại diện, địa điểm kinh doanh", "Nghị quyết của hội đồng quản trị"],
        "Giấy chứng nhận đăng ký hoạt động",
        {},
    ),
    (
        "Chấm dứt hoạt động của chi nhánh, văn phòng đại diện, địa điểm kinh doanh của {o}",
        3,
        ["Thông báo về việc chấm dứt hoạt động", "Quyết định chấm dứt hoạt động"],
        "Thông báo về việc chấm dứt hoạt động",
        {"rank": 1},
    ),
    (
        "Thay đổi cơ quan đăng ký {o}",
        5,
        ["Giấy đề nghị thay đổi cơ quan đăng ký", "Bản sao Giấy chứng nhận đăng ký"],
        "Giấy chứng nhận đăng ký",
        {"rank": 2},
    ),
    (
        "Cấp đổi Giấy chứng nhận đăng ký {o}",
        5,
        ["Giấy đề nghị cấp đổi theo mẫu", "Bản gốc Giấy chứng nhận cũ"],
        "Giấy chứng nhận đăng ký",
        {"rank": 2},
    ),
    (
        "Đăng ký {o} chuyển đổi từ tổ hợp tác",
        5,
        [
            "Giấy đề nghị đăng ký theo mẫu",
            "Nghị quyết của tổ hợp tác về việc chuyển đổi",
            "Điều lệ",
            "Danh sách thành viên",
        ],
        "Giấy chứng nhận đăng ký",
        {"rank": 2},
    ),
    (
        "Thông báo thay đổi nội dung đăng ký {o}",
        3,
        ["Thông báo thay đổi nội dung đăng ký theo mẫu"],
        "Giấy xác nhận thay đổi nội dung đăng ký",
        {"rank": 1},
    ),
]


def _htx(level: str, entity: str) -> list:
    rows = [(name.format(o=entity), amount, comps_, result, extra) for name, amount, comps_, result, extra in _HTX_ROWS]
    return table(
        HTX,
        level,
        L_HTX,
        rows,
        subjects=entity[0].upper() + entity[1:],
        online=3,
        fees=(fee("Lệ phí đăng ký", 100000),),
    )


_HKD = table(
    HKD,
    DISTRICT,
    L_DN,
    [
        (
            "Đăng ký thành lập hộ kinh doanh",
            3,
            [
                "Giấy đề nghị đăng ký hộ kinh doanh theo mẫu",
                ID_COPY,
                "Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp hộ gia đình đăng ký)",
            ],
            "Giấy chứng nhận đăng ký hộ kinh doanh",
            {"code": "1.001612", "fees": (fee("Lệ phí đăng ký hộ kinh doanh", 100000),), "online": 4},
        ),
        (
            "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
            3,
            [
                "Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu",
                "Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh",
            ],
            "Giấy chứng nhận đăng ký hộ kinh doanh",
            {"code": "2.000720", "fees": (fee("Lệ phí đăng ký thay đổi", 50000),), "online": 4},
        ),
        (
            "Tạm ngừng hoạt động hộ kinh doanh",
            3,
            ["Thông báo về việc tạm ngừng kinh doanh theo mẫu"],
            "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh",
            {"code": "1.001570", "spot": True},
        ),
        (
            "Chấm dứt hoạt động hộ kinh doanh",
            3,
            [
                "Thông báo về việc chấm dứt hoạt động hộ kinh doanh",
                "Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh",
                "Thông báo của cơ quan thuế về việc hoàn thành nghĩa vụ thuế",
            ],
            "Thông báo về việc chấm dứt hoạt động",
            {"code": "1.001266"},
        ),
        (
            "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
            3,
            ["Giấy đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy chứng nhận đăng ký hộ kinh doanh",
            {"code": "2.000575", "spot": True},
        ),
        (
            "Tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
            3,
            ["Thông báo tiếp tục kinh doanh"],
            "Giấy xác nhận về việc hộ kinh doanh tiếp tục kinh doanh",
            {"rank": 2},
        ),
    ],
    subjects="Cá nhân, nhóm cá nhân, hộ gia đình",
)

_LCNDT = table(
    LCNDT,
    PROVINCE,
    L_LCNDT,
    [
        (
            "Đăng ký danh mục dự án đầu tư có sử dụng đất",
            30,
            ["Văn bản đề xuất dự án đầu tư có sử dụng đất", "Thông tin về khu đất dự kiến thực hiện dự án"],
            "Quyết định phê duyệt danh mục dự án đầu tư có sử dụng đất",
            {"via": "UBND tỉnh"},
        ),
        (
            "Thẩm định kế hoạch lựa chọn nhà đầu tư",
            20,
            ["Tờ trình đề nghị phê duyệt kế hoạch lựa chọn nhà đầu tư", "Quyết định phê duyệt danh mục dự án"],
            "Quyết định phê duyệt kế hoạch lựa chọn nhà đầu tư",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Thẩm định kết quả lựa chọn nhà đầu tư",
            20,
            ["Tờ trình đề nghị phê duyệt kết quả lựa chọn nhà đầu tư", "Báo cáo đánh giá hồ sơ dự thầu"],
            "Quyết định phê duyệt kết quả lựa chọn nhà đầu tư",
            {"via": "UBND tỉnh", "rank": 1},
        ),
    ],
    subjects="Nhà đầu tư, bên mời thầu",
)

_ODA = table(
    ODA,
    PROVINCE,
    L_ODA,
    [
        (
            "Tiếp nhận dự án hỗ trợ kỹ thuật sử dụng nguồn viện trợ phi chính phủ nước ngoài",
            20,
            ["Văn bản đề nghị phê duyệt khoản viện trợ", "Văn kiện dự án", "Thư cam kết tài trợ của nhà tài trợ"],
            "Quyết định phê duyệt tiếp nhận khoản viện trợ",
            {"via": "UBND tỉnh"},
        ),
        (
            "Phê duyệt khoản viện trợ phi chính phủ nước ngoài là chương trình, dự án đầu tư",
            45,
            ["Văn bản đề nghị phê duyệt khoản viện trợ", "Văn kiện chương trình, dự án", "Thư cam kết tài trợ"],
            "Quyết định phê duyệt khoản viện trợ",
            {"via": "UBND tỉnh", "rank": 1},
        ),
        (
            "Phê duyệt khoản viện trợ phi dự án",
            20,
            ["Văn bản đề nghị phê duyệt khoản viện trợ", "Danh mục hàng hóa, vật tư viện trợ"],
            "Quyết định phê duyệt khoản viện trợ phi dự án",
            {"via": "UBND tỉnh", "rank": 2},
        ),
        (
            "Phê duyệt văn kiện dự án hỗ trợ kỹ thuật sử dụng vốn ODA viện trợ không hoàn lại",
            20,
            ["Tờ trình đề nghị phê duyệt văn kiện dự án", "Văn kiện dự án hỗ trợ kỹ thuật"],
            "Quyết định phê duyệt văn kiện dự án",
            {"via": "UBND tỉnh", "rank": 2},
        ),
    ],
    subjects="Cơ quan, tổ chức tiếp nhận viện trợ",
)

_DNNVV = table(
    DNNVV,
    PROVINCE,
    L_DNNVV,
    [
        (
            "Hỗ trợ tư vấn cho doanh nghiệp nhỏ và vừa",
            10,
            ["Hồ sơ đề xuất nhu cầu hỗ trợ tư vấn theo mẫu", "Tờ khai xác định doanh nghiệp nhỏ và vừa"],
            "Thông báo chấp thuận hỗ trợ tư vấn",
            {},
        ),
        (
            "Hỗ trợ đào tạo cho doanh nghiệp nhỏ và vừa",
            10,
            ["Hồ sơ đề xuất nhu cầu hỗ trợ đào tạo theo mẫu", "Tờ khai xác định doanh nghiệp nhỏ và vừa"],
            "Thông báo chấp thuận hỗ trợ đào tạo",
            {},
        ),
        (
            "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi từ hộ kinh doanh",
            10,
            ["Hồ sơ đề xuất nhu cầu hỗ trợ theo mẫu", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp", BUSINESS_REG],
            "Thông báo chấp thuận hỗ trợ",
            {},
        ),
    ],
    subjects="Doanh nghiệp nhỏ và vừa",
    rank=1,
)

TEMPLATES = (
    _DN_FOUND
    + _DN
    + _DT
    + _htx(PROVINCE, "liên hiệp hợp tác xã")
    + _htx(DISTRICT, "hợp tác xã")
    + _HKD
    + _LCNDT
    + _ODA
    + _DNNVV
)

L_DNXH = (
    "Luật Doanh nghiệp số 68/2014/QH13",
    "Nghị định số 96/2015/NĐ-CP quy định chi tiết một số điều của Luật Doanh nghiệp",
)
L_PPP = ("Nghị định số 63/2018/NĐ-CP về đầu tư theo hình thức đối tác công tư",)
TEMPLATES += (
    table(
        DN,
        PROVINCE,
        L_DN,
        [
            (
                "Đăng ký thành lập doanh nghiệp trên cơ sở chuyển đổi từ hộ kinh doanh",
                3,
                [
                    "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                    "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh",
                    "Bản sao Giấy chứng nhận đăng ký thuế của hộ kinh doanh",
                ],
                "Giấy chứng nhận đăng ký doanh nghiệp",
                {"fees": _REG_FEE},
            ),
        ],
        subjects="Hộ kinh doanh",
        online=4,
    )
    + table(
        DN,
        PROVINCE,
        L_DNXH,
        [
            (
                "Thông báo thay đổi nội dung cam kết thực hiện mục tiêu xã hội, môi trường",
                3,
                [
                    "Thông báo thay đổi nội dung cam kết theo mẫu",
                    "Bản cam kết thực hiện mục tiêu xã hội, môi trường sửa đổi",
                ],
                "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
                {"rank": 2},
            ),
            (
                "Thông báo chấm dứt cam kết thực hiện mục tiêu xã hội, môi trường",
                3,
                ["Thông báo chấm dứt cam kết theo mẫu", "Quyết định của doanh nghiệp về việc chấm dứt"],
                "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
                {"rank": 3},
            ),
            (
                "Thông báo tiếp nhận viện trợ, tài trợ của doanh nghiệp xã hội",
                3,
                ["Thông báo tiếp nhận viện trợ, tài trợ theo mẫu", "Bản sao văn bản tiếp nhận viện trợ, tài trợ"],
                "Văn bản xác nhận tiếp nhận thông báo",
                {"rank": 2},
            ),
            (
                "Thông báo thay đổi nội dung tiếp nhận viện trợ, tài trợ của doanh nghiệp xã hội",
                3,
                ["Thông báo thay đổi theo mẫu"],
                "Văn bản xác nhận tiếp nhận thông báo",
                {"rank": 3},
            ),
            (
                "Chuyển cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện thành doanh nghiệp xã hội",
                3,
                [
                    "Giấy đề nghị đăng ký doanh nghiệp theo mẫu",
                    "Quyết định cho phép chuyển đổi",
                    "Điều lệ doanh nghiệp xã hội",
                ],
                "Giấy chứng nhận đăng ký doanh nghiệp",
                {"rank": 3},
            ),
        ],
        subjects="Doanh nghiệp xã hội",
        online=3,
    )
    + table(
        LCNDT,
        PROVINCE,
        L_PPP,
        [
            (
                "Thẩm định báo cáo nghiên cứu khả thi dự án đầu tư theo hình thức đối tác công tư thuộc thẩm quyền "
                "của UBND tỉnh",
                30,
                ["Tờ trình đề nghị thẩm định", "Báo cáo nghiên cứu khả thi dự án", "Dự thảo hợp đồng dự án"],
                "Quyết định phê duyệt dự án đầu tư theo hình thức đối tác công tư",
                {"via": "UBND tỉnh", "rank": 1},
            ),
            (
                "Thẩm định đề xuất dự án đầu tư theo hình thức đối tác công tư do nhà đầu tư đề xuất",
                30,
                ["Văn bản đề nghị thực hiện dự án", "Đề xuất dự án", "Hồ sơ năng lực của nhà đầu tư"],
                "Văn bản chấp thuận đề xuất dự án",
                {"via": "UBND tỉnh", "rank": 2},
            ),
        ],
        subjects="Nhà đầu tư, cơ quan đề xuất dự án",
    )
    + table(
        DNNVV,
        PROVINCE,
        L_DNNVV,
        [
            (
                "Hỗ trợ doanh nghiệp nhỏ và vừa khởi nghiệp sáng tạo",
                10,
                ["Hồ sơ đề xuất nhu cầu hỗ trợ theo mẫu", "Tài liệu chứng minh doanh nghiệp khởi nghiệp sáng tạo"],
                "Thông báo chấp thuận hỗ trợ",
                {"rank": 1},
            ),
            (
                "Hỗ trợ doanh nghiệp nhỏ và vừa tham gia cụm liên kết ngành, chuỗi giá trị",
                10,
                [
                    "Hồ sơ đề xuất nhu cầu hỗ trợ theo mẫu",
                    "Tài liệu chứng minh tham gia cụm liên kết ngành, chuỗi giá trị",
                ],
                "Thông báo chấp thuận hỗ trợ",
                {"rank": 2},
            ),
        ],
        subjects="Doanh nghiệp nhỏ và vừa",
    )
)

# Added to fill the 2018 catalogue.
TEMPLATES += table(
    LCNDT,
    PROVINCE,
    L_LCNDT,
    [
        (
            "Thẩm định hồ sơ mời thầu lựa chọn nhà đầu tư thực hiện dự án đầu tư có sử dụng đất",
            20,
            [
                "Tờ trình đề nghị phê duyệt hồ sơ mời thầu",
                "Dự thảo hồ sơ mời thầu",
                ("Bản sao kế hoạch lựa chọn nhà đầu tư đã phê duyệt", "c"),
            ],
            "Báo cáo thẩm định hồ sơ mời thầu",
            {"rank": 1, "via": "UBND tỉnh", "subjects": "Bên mời thầu"},
        ),
        (
            "Thẩm định kết quả sơ tuyển nhà đầu tư",
            20,
            [
                "Tờ trình đề nghị phê duyệt danh sách nhà đầu tư đáp ứng yêu cầu sơ tuyển",
                "Báo cáo đánh giá hồ sơ dự sơ tuyển",
            ],
            "Báo cáo thẩm định kết quả sơ tuyển",
            {"rank": 2, "via": "UBND tỉnh", "subjects": "Bên mời thầu"},
        ),
    ],
) + table(
    ODA,
    PROVINCE,
    L_ODA,
    [
        (
            "Xác nhận danh sách chuyên gia thực hiện chương trình, dự án sử dụng vốn ODA, vốn vay ưu đãi",
            10,
            [
                "Văn bản đề nghị xác nhận của chủ dự án",
                "Danh sách chuyên gia kèm hộ chiếu và hợp đồng hoặc quyết định cử chuyên gia",
            ],
            "Văn bản xác nhận danh sách chuyên gia",
            {"rank": 1, "subjects": "Chủ dự án"},
        ),
    ],
)
