"""Culture, sports and tourism (Sở Văn hóa, Thể thao và Du lịch, one department in 2019): grassroots
culture, heritage, performing arts, fine arts and photography, cinema, libraries, families, sports,
tourism and travel, advertising, import of cultural products."""

from __future__ import annotations

from .base import (
    BUSINESS_REG,
    COMMUNE,
    DISTRICT,
    LOST_REPORT,
    OLD_LICENCE,
    PHOTOS,
    PROVINCE,
    Sector,
    act,
    family,
    fee,
    table,
)

DEPT = "H15.12"
QLVH = "Phòng Quản lý văn hóa"
D_UNIT = "Phòng Văn hóa và Thông tin"
C_OFFICER = "Công chức Văn hóa - Xã hội"

VHCS = Sector("VH-VHCS", "Văn hóa cơ sở", DEPT, QLVH, D_UNIT, C_OFFICER)
DSVH = Sector("VH-DSVH", "Di sản văn hóa", DEPT, "Phòng Quản lý di sản văn hóa", D_UNIT)
NTBD = Sector("VH-NTBD", "Nghệ thuật biểu diễn", DEPT, QLVH)
MT = Sector("VH-MTNATL", "Mỹ thuật, nhiếp ảnh, triển lãm", DEPT, QLVH)
DA = Sector("VH-DA", "Điện ảnh", DEPT, QLVH)
TV = Sector("VH-TV", "Thư viện", DEPT, "Thư viện tỉnh", D_UNIT, C_OFFICER)
GD = Sector("VH-GD", "Gia đình", DEPT, "Phòng Quản lý gia đình", D_UNIT, C_OFFICER)
TDTT = Sector("VH-TDTT", "Thể dục thể thao", DEPT, "Phòng Quản lý thể dục thể thao", D_UNIT, C_OFFICER)
DL = Sector("VH-DL", "Du lịch", DEPT, "Phòng Quản lý du lịch")
LH = Sector("VH-LH", "Lữ hành", DEPT, "Phòng Quản lý du lịch")
QC = Sector("VH-QC", "Quảng cáo", DEPT, QLVH)
XNK = Sector("VH-XNKVH", "Xuất nhập khẩu văn hóa phẩm", DEPT, QLVH)

SECTORS = [VHCS, DSVH, NTBD, MT, DA, TV, GD, TDTT, DL, LH, QC, XNK]

L_VHCS = (
    "Nghị định số 103/2009/NĐ-CP ban hành Quy chế hoạt động văn hóa và kinh doanh dịch vụ văn hóa công cộng",
    "Nghị định số 01/2012/NĐ-CP sửa đổi, bổ sung, thay thế hoặc bãi bỏ, hủy bỏ các quy định có liên quan đến thủ tục "
    "hành chính thuộc phạm vi chức năng quản lý của Bộ Văn hóa, Thể thao và Du lịch",
    "Thông tư số 212/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép "
    "kinh doanh karaoke, vũ trường",
)
L_LEHOI = ("Nghị định số 110/2018/NĐ-CP quy định về quản lý và tổ chức lễ hội",)
L_THIDUA_VH = (
    "Nghị định số 122/2018/NĐ-CP quy định về xét tặng danh hiệu “Gia đình văn hóa”; “Thôn văn hóa”, “Làng văn hóa”, "
    "“Ấp văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”",
)
L_DSVH = (
    "Luật Di sản văn hóa số 28/2001/QH10, được sửa đổi, bổ sung bởi Luật số 32/2009/QH12",
    "Nghị định số 98/2010/NĐ-CP quy định chi tiết thi hành một số điều của Luật Di sản văn hóa",
    "Nghị định số 61/2016/NĐ-CP quy định điều kiện kinh doanh giám định cổ vật và hành nghề bảo quản, tu bổ, phục "
    "hồi di tích lịch sử - văn hóa, danh lam thắng cảnh",
)
L_NTBD = (
    "Nghị định số 79/2012/NĐ-CP quy định về biểu diễn nghệ thuật, trình diễn thời trang; thi người đẹp và người mẫu; "
    "lưu hành, kinh doanh bản ghi âm, ghi hình ca múa nhạc, sân khấu",
    "Nghị định số 15/2016/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 79/2012/NĐ-CP",
    "Thông tư số 288/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định chương trình "
    "nghệ thuật biểu diễn",
)
L_MT = (
    "Nghị định số 113/2013/NĐ-CP về hoạt động mỹ thuật",
    "Nghị định số 72/2016/NĐ-CP quy định về hoạt động nhiếp ảnh",
    "Thông tư số 260/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định nội dung tác "
    "phẩm mỹ thuật, tác phẩm nhiếp ảnh",
)
L_DA = (
    "Luật Điện ảnh số 62/2006/QH11, được sửa đổi, bổ sung bởi Luật số 31/2009/QH12",
    "Nghị định số 54/2010/NĐ-CP quy định chi tiết thi hành một số điều của Luật Điện ảnh",
)
L_TV = (
    "Pháp lệnh Thư viện số 31/2000/PL-UBTVQH10",
    "Nghị định số 02/2009/NĐ-CP về tổ chức và hoạt động của thư viện tư nhân có phục vụ cộng đồng",
)
L_GD = (
    "Luật Phòng, chống bạo lực gia đình số 02/2007/QH12",
    "Nghị định số 08/2009/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Phòng, chống bạo lực gia "
    "đình",
)
L_TDTT = (
    "Luật Thể dục, thể thao số 77/2006/QH11, được sửa đổi, bổ sung bởi Luật số 26/2018/QH14",
    "Nghị định số 106/2016/NĐ-CP quy định điều kiện kinh doanh hoạt động thể thao",
    "Nghị định số 142/2018/NĐ-CP sửa đổi một số quy định về điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà "
    "nước của Bộ Văn hóa, Thể thao và Du lịch",
)
L_DL = (
    "Luật Du lịch số 09/2017/QH14",
    "Nghị định số 168/2017/NĐ-CP quy định chi tiết một số điều của Luật Du lịch",
    "Thông tư số 06/2017/TT-BVHTTDL quy định chi tiết một số điều của Luật Du lịch",
    "Thông tư số 33/2018/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép "
    "kinh doanh dịch vụ lữ hành, phí thẩm định cấp thẻ hướng dẫn viên du lịch",
)
L_QC = (
    "Luật Quảng cáo số 16/2012/QH13",
    "Nghị định số 181/2013/NĐ-CP quy định chi tiết thi hành một số điều của Luật Quảng cáo",
)
L_XNK = ("Nghị định số 32/2012/NĐ-CP về quản lý xuất khẩu, nhập khẩu văn hóa phẩm không nhằm mục đích kinh doanh",)

_VHCS = table(
    VHCS,
    PROVINCE,
    L_VHCS,
    [
        (
            "Cấp Giấy phép kinh doanh vũ trường",
            5,
            [
                "Đơn đề nghị cấp giấy phép kinh doanh vũ trường theo mẫu",
                BUSINESS_REG,
                "Văn bản đồng ý của các hộ liền kề",
            ],
            "Giấy phép kinh doanh vũ trường",
            {"fees": (fee("Phí thẩm định cấp giấy phép kinh doanh vũ trường", 15000000, "fee"),)},
        ),
        (
            "Cấp Giấy phép điều chỉnh Giấy phép kinh doanh vũ trường",
            5,
            ["Đơn đề nghị điều chỉnh giấy phép theo mẫu", OLD_LICENCE],
            "Giấy phép kinh doanh vũ trường",
            {"rank": 1},
        ),
        (
            "Cấp Giấy phép kinh doanh karaoke (do cơ quan quản lý nhà nước về văn hóa cấp tỉnh cấp)",
            5,
            [
                "Đơn đề nghị cấp giấy phép kinh doanh karaoke theo mẫu",
                BUSINESS_REG,
                "Văn bản đồng ý của các hộ liền kề",
            ],
            "Giấy phép kinh doanh karaoke",
            {"fees": (fee("Phí thẩm định cấp giấy phép kinh doanh karaoke", 6000000, "fee"),)},
        ),
        (
            "Cấp Giấy phép điều chỉnh Giấy phép kinh doanh karaoke (do cơ quan quản lý nhà nước về văn hóa cấp tỉnh "
            "cấp)",
            5,
            ["Đơn đề nghị điều chỉnh giấy phép theo mẫu", OLD_LICENCE],
            "Giấy phép kinh doanh karaoke",
            {"rank": 1},
        ),
        (
            "Cấp giấy phép tổ chức thi người đẹp, người mẫu trong phạm vi địa phương",
            15,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Đề án tổ chức cuộc thi", "Thể lệ cuộc thi"],
            "Giấy phép tổ chức thi người đẹp, người mẫu",
            {"rank": 1},
        ),
    ],
    subjects="Doanh nghiệp, hộ kinh doanh",
) + table(
    VHCS,
    PROVINCE,
    L_LEHOI,
    [
        (
            "Đăng ký tổ chức lễ hội cấp tỉnh",
            15,
            [
                "Văn bản đăng ký tổ chức lễ hội",
                "Kế hoạch tổ chức lễ hội",
                "Văn bản đồng ý của UBND cấp huyện nơi tổ chức",
            ],
            "Văn bản chấp thuận tổ chức lễ hội",
            {"via": "UBND tỉnh", "subjects": "Ban tổ chức lễ hội"},
        ),
        (
            "Thông báo tổ chức lễ hội cấp tỉnh",
            5,
            ["Văn bản thông báo tổ chức lễ hội", "Kế hoạch tổ chức lễ hội"],
            "Văn bản tiếp nhận thông báo",
            {"subjects": "Ban tổ chức lễ hội", "rank": 1},
        ),
    ],
)

_DSVH = table(
    DSVH,
    PROVINCE,
    L_DSVH,
    [
        (
            "Cấp giấy phép khai quật khẩn cấp",
            3,
            ["Đơn đề nghị cấp giấy phép khai quật khẩn cấp", "Văn bản đánh giá mức độ nguy cấp của di tích"],
            "Giấy phép khai quật khẩn cấp",
            {},
        ),
        (
            "Cấp chứng chỉ hành nghề mua bán di vật, cổ vật, bảo vật quốc gia",
            15,
            ["Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu", "Bản sao văn bằng, chứng chỉ chuyên môn"],
            "Chứng chỉ hành nghề mua bán di vật, cổ vật",
            {},
        ),
        (
            "Cấp giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật",
            15,
            ["Đơn đề nghị cấp giấy chứng nhận theo mẫu", "Danh sách chuyên gia giám định"],
            "Giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật",
            {"rank": 2},
        ),
        (
            "Xác nhận đủ điều kiện được cấp giấy phép hoạt động bảo tàng ngoài công lập",
            30,
            ["Văn bản đề nghị xác nhận", "Danh mục hiện vật, tài liệu", "Giấy tờ chứng minh địa điểm trưng bày"],
            "Văn bản xác nhận đủ điều kiện",
            {},
        ),
        (
            "Cấp giấy phép hoạt động bảo tàng ngoài công lập",
            30,
            [
                "Đơn đề nghị cấp giấy phép hoạt động bảo tàng theo mẫu",
                "Văn bản xác nhận đủ điều kiện",
                "Nội quy bảo tàng",
            ],
            "Giấy phép hoạt động bảo tàng ngoài công lập",
            {"via": "UBND tỉnh"},
        ),
        (
            "Đăng ký di vật, cổ vật, bảo vật quốc gia",
            15,
            ["Đơn đề nghị đăng ký theo mẫu", "Ảnh màu di vật, cổ vật", "Văn bản giám định hoặc tài liệu liên quan"],
            "Giấy chứng nhận đăng ký di vật, cổ vật",
            {},
        ),
        (
            "Cấp phép cho người Việt Nam định cư ở nước ngoài, tổ chức, cá nhân nước ngoài tiến hành nghiên cứu sưu "
            "tầm di sản văn hóa phi vật thể tại địa phương",
            15,
            ["Đơn đề nghị cấp phép theo mẫu", "Kế hoạch nghiên cứu sưu tầm", "Văn bản giới thiệu của tổ chức"],
            "Giấy phép nghiên cứu sưu tầm di sản văn hóa phi vật thể",
            {},
        ),
        (
            "Xếp hạng di tích cấp tỉnh",
            60,
            [
                "Đơn đề nghị xếp hạng di tích",
                "Lý lịch di tích",
                "Bản đồ khoanh vùng bảo vệ di tích",
                "Ảnh chụp di tích",
            ],
            "Quyết định xếp hạng di tích cấp tỉnh",
            {"via": "UBND tỉnh", "unit": "days"},
        ),
        (
            "Thỏa thuận dự án đầu tư xây dựng, cải tạo, xây dựng công trình nằm ngoài khu vực bảo vệ di tích cấp tỉnh "
            "có khả năng ảnh hưởng xấu đến di tích",
            20,
            ["Văn bản đề nghị thỏa thuận", "Hồ sơ dự án, bản vẽ thiết kế"],
            "Văn bản thỏa thuận",
            {},
        ),
        (
            "Cấp giấy phép thăm dò, khai quật khảo cổ tại địa phương",
            15,
            ["Đơn đề nghị cấp giấy phép thăm dò, khai quật theo mẫu", "Đề cương thăm dò, khai quật", "Bản đồ vị trí"],
            "Giấy phép thăm dò, khai quật khảo cổ",
            {"via": "Bộ Văn hóa, Thể thao và Du lịch", "rank": 2},
        ),
        (
            "Cấp phép làm bản sao di vật, cổ vật thuộc bảo tàng cấp tỉnh",
            15,
            ["Đơn đề nghị làm bản sao theo mẫu", "Ảnh di vật, cổ vật cần làm bản sao"],
            "Giấy phép làm bản sao",
            {"rank": 3},
        ),
        (
            "Cấp chứng chỉ hành nghề tu bổ di tích",
            15,
            ["Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu", "Bản sao văn bằng", "Bản khai kinh nghiệm", PHOTOS],
            "Chứng chỉ hành nghề tu bổ di tích",
            {"rank": 1},
        ),
        (
            "Cấp lại chứng chỉ hành nghề tu bổ di tích",
            10,
            ["Đơn đề nghị cấp lại", PHOTOS],
            "Chứng chỉ hành nghề tu bổ di tích",
            {"rank": 3},
        ),
        (
            "Cấp giấy chứng nhận đủ điều kiện hành nghề tu bổ di tích",
            15,
            ["Đơn đề nghị cấp giấy chứng nhận", "Danh sách người có chứng chỉ hành nghề"],
            "Giấy chứng nhận đủ điều kiện hành nghề tu bổ di tích",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_NTBD = table(
    NTBD,
    PROVINCE,
    L_NTBD,
    [
        (
            "Cấp giấy phép phê duyệt nội dung chương trình nghệ thuật biểu diễn thuộc thẩm quyền của Sở Văn hóa, Thể "
            "thao và Du lịch",
            5,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Kịch bản, danh mục tác phẩm", "Bản nhạc hoặc lời bài hát"],
            "Giấy phép phê duyệt nội dung chương trình",
            {"fees": (fee("Phí thẩm định chương trình nghệ thuật biểu diễn", 1500000, "fee"),), "online": 3},
        ),
        (
            "Cấp giấy phép cho phép tổ chức, cá nhân Việt Nam thuộc địa phương ra nước ngoài biểu diễn nghệ thuật, "
            "trình diễn thời trang",
            5,
            ["Đơn đề nghị theo mẫu", "Văn bản mời hoặc thỏa thuận với đối tác nước ngoài"],
            "Giấy phép biểu diễn ở nước ngoài",
            {},
        ),
        (
            "Cấp giấy phép cho phép tổ chức, cá nhân nước ngoài vào biểu diễn nghệ thuật, trình diễn thời trang tại "
            "địa phương",
            5,
            ["Đơn đề nghị theo mẫu", "Hợp đồng với tổ chức, cá nhân nước ngoài", "Kịch bản, danh mục tác phẩm"],
            "Giấy phép biểu diễn",
            {},
        ),
        (
            "Cấp giấy phép tổ chức trình diễn thời trang",
            5,
            ["Đơn đề nghị theo mẫu", "Kịch bản chương trình"],
            "Giấy phép tổ chức trình diễn thời trang",
            {"rank": 1},
        ),
        (
            "Thông báo tổ chức biểu diễn nghệ thuật, trình diễn thời trang",
            1,
            ["Thông báo theo mẫu"],
            "Văn bản tiếp nhận thông báo",
            {"rank": 1},
        ),
        (
            "Cấp giấy phép tổ chức cuộc thi, liên hoan các loại hình nghệ thuật biểu diễn trong phạm vi địa phương",
            10,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Đề án tổ chức cuộc thi, liên hoan", "Quy chế cuộc thi, liên hoan"],
            "Giấy phép tổ chức cuộc thi, liên hoan",
            {"rank": 1},
        ),
        (
            "Cấp giấy phép phổ biến bản ghi âm, ghi hình ca múa nhạc, sân khấu",
            5,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Bản ghi âm, ghi hình ca múa nhạc, sân khấu"],
            "Giấy phép phổ biến",
            {},
        ),
        (
            "Cấp nhãn kiểm soát bản ghi âm, ghi hình ca múa nhạc, sân khấu",
            3,
            ["Đơn đề nghị cấp nhãn kiểm soát theo mẫu", "Bản sao giấy phép phổ biến"],
            "Nhãn kiểm soát",
            {},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_MT = table(
    MT,
    PROVINCE,
    L_MT,
    [
        (
            "Cấp giấy phép triển lãm mỹ thuật",
            7,
            ["Đơn đề nghị cấp giấy phép triển lãm theo mẫu", "Danh sách tác giả, tác phẩm", "Ảnh tác phẩm"],
            "Giấy phép triển lãm mỹ thuật",
            {"fees": (fee("Phí thẩm định nội dung tác phẩm mỹ thuật", 300000, "fee"),)},
        ),
        (
            "Cấp giấy phép xây dựng tượng đài, tranh hoành tráng",
            15,
            [
                "Đơn đề nghị cấp giấy phép theo mẫu",
                "Ảnh mẫu phác thảo tượng đài, tranh hoành tráng",
                "Văn bản phê duyệt chủ trương",
            ],
            "Giấy phép xây dựng tượng đài, tranh hoành tráng",
            {},
        ),
        (
            "Cấp giấy phép sao chép tác phẩm mỹ thuật về danh nhân văn hóa, anh hùng dân tộc, lãnh tụ",
            7,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Ảnh tác phẩm gốc và tác phẩm sao chép"],
            "Giấy phép sao chép tác phẩm",
            {"rank": 1},
        ),
        (
            "Cấp giấy phép tổ chức trại sáng tác điêu khắc",
            7,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Đề án tổ chức trại sáng tác"],
            "Giấy phép tổ chức trại sáng tác",
            {"rank": 2},
        ),
        (
            "Cấp giấy phép triển lãm tác phẩm nhiếp ảnh tại Việt Nam",
            7,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Danh sách tác phẩm kèm ảnh"],
            "Giấy phép triển lãm tác phẩm nhiếp ảnh",
            {},
        ),
        (
            "Cấp giấy phép đưa tác phẩm nhiếp ảnh từ Việt Nam ra nước ngoài triển lãm",
            7,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Danh sách tác phẩm kèm ảnh"],
            "Giấy phép đưa tác phẩm ra nước ngoài triển lãm",
            {"rank": 1},
        ),
        (
            "Cấp giấy phép tổ chức triển lãm do các tổ chức, cá nhân tại địa phương đưa ra nước ngoài không vì mục "
            "đích thương mại",
            7,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Danh mục hiện vật, tác phẩm triển lãm"],
            "Giấy phép tổ chức triển lãm ở nước ngoài",
            {"rank": 2},
        ),
        (
            "Cấp giấy phép tổ chức triển lãm do tổ chức ở địa phương hoặc cá nhân nước ngoài tổ chức tại địa phương "
            "không vì mục đích thương mại",
            7,
            ["Đơn đề nghị cấp giấy phép theo mẫu", "Danh mục hiện vật, tác phẩm triển lãm"],
            "Giấy phép tổ chức triển lãm",
            {},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_DA = table(
    DA,
    PROVINCE,
    L_DA,
    [
        (
            "Cấp giấy phép phổ biến phim (phim tài liệu, phim khoa học, phim hoạt hình do cơ sở điện ảnh thuộc địa "
            "phương sản xuất hoặc nhập khẩu)",
            15,
            ["Đơn đề nghị cấp giấy phép phổ biến phim theo mẫu", "Bản phim hoàn chỉnh", "Bản tóm tắt nội dung phim"],
            "Giấy phép phổ biến phim",
            {"fees": (fee("Phí thẩm định kịch bản phim, phim", 1400000, "fee"),)},
        ),
        (
            "Cấp giấy phép phổ biến phim truyện khi cơ sở điện ảnh thuộc địa phương đáp ứng điều kiện",
            15,
            ["Đơn đề nghị cấp giấy phép phổ biến phim theo mẫu", "Bản phim hoàn chỉnh"],
            "Giấy phép phổ biến phim",
            {"rank": 2},
        ),
    ],
    subjects="Cơ sở điện ảnh",
)

_TV = table(
    TV,
    PROVINCE,
    L_TV,
    [
        (
            "Đăng ký hoạt động thư viện tư nhân có vốn sách ban đầu từ 20.000 bản trở lên",
            7,
            ["Đơn đăng ký hoạt động thư viện theo mẫu", "Danh mục vốn sách", "Nội quy thư viện"],
            "Giấy chứng nhận đăng ký hoạt động thư viện",
            {},
        ),
    ],
    subjects="Cá nhân, tổ chức",
)

_GD_ORG = family(
    GD,
    PROVINCE,
    "{a} Giấy chứng nhận đăng ký hoạt động của {o}",
    ["cơ sở hỗ trợ nạn nhân bạo lực gia đình", "cơ sở tư vấn về phòng, chống bạo lực gia đình"],
    [
        act(
            "Cấp",
            15,
            [
                "Đơn đề nghị cấp Giấy chứng nhận đăng ký hoạt động theo mẫu",
                "Danh sách nhân viên có giấy chứng nhận nghiệp vụ",
                "Giấy tờ chứng minh địa điểm hoạt động",
            ],
        ),
        act("Cấp lại", 10, ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT], rank=1),
        act("Đổi", 10, ["Đơn đề nghị đổi Giấy chứng nhận theo mẫu", OLD_LICENCE], rank=2),
    ],
    result="Giấy chứng nhận đăng ký hoạt động",
    basis=L_GD,
    subjects="Tổ chức, cá nhân",
)
_GD_CERT = family(
    GD,
    PROVINCE,
    "{a} Giấy chứng nhận nghiệp vụ {o}",
    ["chăm sóc nạn nhân bạo lực gia đình", "tư vấn về phòng, chống bạo lực gia đình"],
    [
        act(
            "Cấp",
            10,
            [
                "Đơn đề nghị cấp Giấy chứng nhận nghiệp vụ theo mẫu",
                "Sơ yếu lý lịch",
                "Bản sao giấy chứng nhận đã qua tập huấn nghiệp vụ",
                PHOTOS,
            ],
        ),
        act("Cấp lại", 7, ["Đơn đề nghị cấp lại theo mẫu", PHOTOS], rank=2),
    ],
    result="Giấy chứng nhận nghiệp vụ",
    basis=L_GD,
    subjects="Cá nhân",
)

_SPORTS = [
    "Bơi, Lặn",
    "Billards & Snooker",
    "Thể dục thẩm mỹ",
    "Thể dục thể hình và Fitness",
    "Taekwondo",
    "Karate",
    "Võ cổ truyền, Vovinam",
    "Khiêu vũ thể thao",
    "Quần vợt",
    "Yoga",
    "Bóng đá",
    "Golf",
    ("Bắn súng thể thao", {"rank": 1}),
    ("Patin", {"rank": 1}),
    ("Leo núi thể thao", {"rank": 1}),
    ("Dù lượn và Diều bay động cơ", {"rank": 2}),
    ("Judo", {"rank": 2}),
    ("Bóng bàn", {"rank": 2}),
    ("Cầu lông", {"rank": 2}),
    ("Wushu", {"rank": 2}),
    ("Quyền Anh", {"rank": 2}),
    ("Vật", {"rank": 3}),
    ("Đấu kiếm thể thao", {"rank": 3}),
    ("Lân Sư Rồng", {"rank": 2}),
    ("Bóng rổ", {"rank": 2}),
    ("Bóng chuyền", {"rank": 2}),
    ("Thể thao giải trí (trò chơi vận động)", {"rank": 3}),
    ("Bắn cung", {"rank": 3}),
    ("Xe đạp thể thao", {"rank": 3}),
    ("Cờ vua, cờ tướng", {"rank": 2}),
    ("Kickboxing", {"rank": 3}),
    ("Muay", {"rank": 3}),
    ("Pencak Silat", {"rank": 3}),
    ("Điền kinh", {"rank": 3}),
    ("Mô tô nước", {"rank": 3}),
    ("Lặn biển thể thao giải trí", {"rank": 3}),
    ("Bóng đá mini", {"rank": 2}),
    ("Trượt patin, ván trượt", {"rank": 3}),
    ("Thể thao điện tử", {"rank": 3}),
    ("Bóng ném", {"rank": 3}),
    ("Thể dục dụng cụ", {"rank": 3}),
    ("Cầu mây", {"rank": 3}),
    ("Đá cầu", {"rank": 3}),
    ("Bi sắt", {"rank": 3}),
]
_TDTT = family(
    TDTT,
    PROVINCE,
    "Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn {o}",
    _SPORTS,
    [
        act(
            "",
            7,
            [
                "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện theo mẫu",
                "Bản tóm tắt tình hình chuẩn bị các điều kiện kinh doanh hoạt động thể thao",
                BUSINESS_REG,
            ],
        )
    ],
    result="Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
    basis=L_TDTT,
    subjects="Doanh nghiệp, hộ kinh doanh",
    fees=(fee("Phí thẩm định cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao", 1000000, "fee"),),
    online=3,
) + table(
    TDTT,
    PROVINCE,
    L_TDTT,
    [
        (
            "Cấp lại Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao trong trường hợp thay đổi nội dung "
            "ghi trong giấy chứng nhận",
            5,
            ["Đơn đề nghị cấp lại theo mẫu", "Giấy tờ chứng minh nội dung thay đổi"],
            "Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
            {"since": "2019-VH"},
        ),
        (
            "Cấp lại Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao trong trường hợp bị mất hoặc hư hỏng",
            5,
            ["Đơn đề nghị cấp lại theo mẫu"],
            "Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
            {"since": "2019-VH"},
        ),
        (
            "Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao của câu lạc bộ thể thao chuyên nghiệp",
            7,
            ["Đơn đề nghị theo mẫu", "Bản tóm tắt tình hình chuẩn bị các điều kiện kinh doanh"],
            "Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
            {"since": "2019-VH"},
        ),
        (
            "Đăng cai tổ chức giải thi đấu vô địch từng môn thể thao của tỉnh",
            15,
            ["Văn bản đề nghị đăng cai tổ chức giải", "Điều lệ giải thi đấu", "Kế hoạch tổ chức giải"],
            "Quyết định cho phép đăng cai tổ chức giải",
            {},
        ),
        (
            "Đăng cai giải thi đấu, trận thi đấu thể thao thành tích cao khác do liên đoàn thể thao tỉnh tổ chức",
            15,
            ["Văn bản đề nghị đăng cai", "Điều lệ giải thi đấu"],
            "Quyết định cho phép đăng cai",
            {"rank": 1},
        ),
        (
            "Đăng cai tổ chức giải thi đấu thể thao quần chúng cấp tỉnh",
            10,
            ["Văn bản đề nghị đăng cai", "Điều lệ giải"],
            "Quyết định cho phép đăng cai",
            {"rank": 2},
        ),
        (
            "Xét tặng danh hiệu vận động viên, huấn luyện viên xuất sắc cấp tỉnh",
            15,
            ["Văn bản đề nghị xét tặng", "Bản thành tích của vận động viên, huấn luyện viên"],
            "Quyết định công nhận danh hiệu",
            {"rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_GUIDE = [
    "Đơn đề nghị cấp thẻ hướng dẫn viên du lịch theo mẫu",
    "Sơ yếu lý lịch có xác nhận",
    ("Bản sao văn bằng, chứng chỉ nghiệp vụ hướng dẫn du lịch", "cc"),
    "Giấy chứng nhận sức khỏe",
    PHOTOS,
]
_LH = table(
    LH,
    PROVINCE,
    L_DL,
    [
        (
            "Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa",
            10,
            [
                "Đơn đề nghị cấp giấy phép theo mẫu",
                BUSINESS_REG,
                "Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành nội địa",
                "Bản sao văn bằng, chứng chỉ của người phụ trách kinh doanh dịch vụ lữ hành",
            ],
            "Giấy phép kinh doanh dịch vụ lữ hành nội địa",
            {
                "fees": (fee("Phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", 3000000, "fee"),),
                "online": 3,
            },
        ),
        (
            "Cấp đổi Giấy phép kinh doanh dịch vụ lữ hành nội địa",
            5,
            ["Đơn đề nghị cấp đổi theo mẫu", "Giấy tờ chứng minh nội dung thay đổi", OLD_LICENCE],
            "Giấy phép kinh doanh dịch vụ lữ hành nội địa",
            {"fees": (fee("Phí thẩm định cấp đổi", 2000000, "fee"),)},
        ),
        (
            "Cấp lại Giấy phép kinh doanh dịch vụ lữ hành nội địa",
            5,
            ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT],
            "Giấy phép kinh doanh dịch vụ lữ hành nội địa",
            {"fees": (fee("Phí thẩm định cấp lại", 1500000, "fee"),)},
        ),
        (
            "Thu hồi Giấy phép kinh doanh dịch vụ lữ hành nội địa trong trường hợp doanh nghiệp chấm dứt hoạt động "
            "kinh doanh dịch vụ lữ hành",
            5,
            ["Thông báo chấm dứt hoạt động kinh doanh dịch vụ lữ hành", OLD_LICENCE],
            "Quyết định thu hồi giấy phép",
            {"rank": 2},
        ),
        (
            "Cấp thẻ hướng dẫn viên du lịch quốc tế",
            10,
            _GUIDE,
            "Thẻ hướng dẫn viên du lịch quốc tế",
            {
                "fees": (fee("Phí thẩm định cấp thẻ hướng dẫn viên du lịch", 650000, "fee"),),
                "subjects": "Cá nhân",
                "online": 3,
            },
        ),
        (
            "Cấp thẻ hướng dẫn viên du lịch nội địa",
            10,
            _GUIDE,
            "Thẻ hướng dẫn viên du lịch nội địa",
            {
                "fees": (fee("Phí thẩm định cấp thẻ hướng dẫn viên du lịch", 650000, "fee"),),
                "subjects": "Cá nhân",
                "online": 3,
            },
        ),
        (
            "Cấp thẻ hướng dẫn viên du lịch tại điểm",
            10,
            [
                "Đơn đề nghị cấp thẻ theo mẫu",
                "Giấy chứng nhận đạt yêu cầu kiểm tra nghiệp vụ hướng dẫn du lịch tại điểm",
                PHOTOS,
            ],
            "Thẻ hướng dẫn viên du lịch tại điểm",
            {"fees": (fee("Phí thẩm định cấp thẻ", 200000, "fee"),), "subjects": "Cá nhân"},
        ),
        (
            "Cấp đổi thẻ hướng dẫn viên du lịch quốc tế, thẻ hướng dẫn viên du lịch nội địa",
            10,
            ["Đơn đề nghị cấp đổi thẻ theo mẫu", "Giấy chứng nhận đã qua khóa cập nhật kiến thức", PHOTOS],
            "Thẻ hướng dẫn viên du lịch",
            {"subjects": "Cá nhân"},
        ),
        (
            "Cấp lại thẻ hướng dẫn viên du lịch",
            10,
            ["Đơn đề nghị cấp lại thẻ theo mẫu", PHOTOS],
            "Thẻ hướng dẫn viên du lịch",
            {"subjects": "Cá nhân", "spot": True},
        ),
    ],
    subjects="Doanh nghiệp kinh doanh dịch vụ lữ hành",
)

_DL = (
    family(
        DL,
        PROVINCE,
        "Công nhận hạng cơ sở lưu trú du lịch hạng 1 sao, 2 sao đối với {o}",
        ["khách sạn", "biệt thự du lịch", "căn hộ du lịch", ("tàu thủy lưu trú du lịch", {"rank": 3})],
        [
            act(
                "",
                30,
                [
                    "Đơn đề nghị công nhận hạng cơ sở lưu trú du lịch theo mẫu",
                    "Bản tự đánh giá chất lượng cơ sở lưu trú theo tiêu chuẩn xếp hạng",
                    "Danh sách người quản lý và nhân viên",
                ],
            )
        ],
        result="Quyết định công nhận hạng cơ sở lưu trú du lịch",
        basis=L_DL,
        subjects="Tổ chức, cá nhân kinh doanh lưu trú du lịch",
        fees=(fee("Phí thẩm định công nhận hạng cơ sở lưu trú du lịch", 1500000, "fee"),),
    )
    + family(
        DL,
        PROVINCE,
        "Công nhận cơ sở kinh doanh dịch vụ {o} đạt tiêu chuẩn phục vụ khách du lịch",
        [
            "mua sắm",
            "ăn uống",
            ("thể thao", {"rank": 1}),
            ("vui chơi, giải trí", {"rank": 1}),
            ("chăm sóc sức khỏe", {"rank": 1}),
        ],
        [
            act(
                "",
                15,
                [
                    "Đơn đề nghị công nhận theo mẫu",
                    BUSINESS_REG,
                    "Bản thuyết minh đáp ứng tiêu chuẩn phục vụ khách du lịch",
                ],
            )
        ],
        result="Quyết định công nhận và biển hiệu đạt tiêu chuẩn phục vụ khách du lịch",
        basis=L_DL,
        subjects="Doanh nghiệp, hộ kinh doanh",
    )
    + table(
        DL,
        PROVINCE,
        L_DL,
        [
            (
                "Cấp giấy chứng nhận khóa cập nhật kiến thức cho hướng dẫn viên du lịch nội địa và hướng dẫn viên du "
                "lịch quốc tế",
                5,
                ["Danh sách học viên hoàn thành khóa cập nhật kiến thức"],
                "Giấy chứng nhận khóa cập nhật kiến thức",
                {"subjects": "Hướng dẫn viên du lịch", "rank": 1},
            ),
            (
                "Công nhận điểm du lịch",
                30,
                [
                    "Đơn đề nghị công nhận điểm du lịch theo mẫu",
                    "Bản thuyết minh đáp ứng điều kiện công nhận điểm du lịch",
                ],
                "Quyết định công nhận điểm du lịch",
                {"via": "UBND tỉnh"},
            ),
            (
                "Công nhận khu du lịch cấp tỉnh",
                60,
                [
                    "Đơn đề nghị công nhận khu du lịch theo mẫu",
                    "Bản thuyết minh đáp ứng điều kiện công nhận",
                    "Bản đồ khu du lịch",
                ],
                "Quyết định công nhận khu du lịch cấp tỉnh",
                {"via": "UBND tỉnh", "unit": "days"},
            ),
            (
                "Cấp giấy phép thành lập văn phòng đại diện tại Việt Nam của cơ quan du lịch nước ngoài, tổ chức du "
                "lịch quốc tế và khu vực",
                10,
                [
                    "Đơn đề nghị cấp giấy phép theo mẫu",
                    "Bản sao văn bản xác nhận tư cách pháp lý của cơ quan du lịch nước ngoài",
                ],
                "Giấy phép thành lập văn phòng đại diện",
                {"rank": 2},
            ),
            (
                "Cấp lại giấy phép thành lập văn phòng đại diện tại Việt Nam của cơ quan du lịch nước ngoài, tổ chức "
                "du lịch quốc tế và khu vực",
                10,
                ["Đơn đề nghị cấp lại theo mẫu"],
                "Giấy phép thành lập văn phòng đại diện",
                {"rank": 3},
            ),
            (
                "Thông báo thông tin về cơ sở lưu trú du lịch nhà nghỉ du lịch, nhà ở có phòng cho khách du lịch thuê",
                5,
                ["Văn bản thông báo theo mẫu"],
                "Văn bản tiếp nhận thông báo",
                {"subjects": "Hộ kinh doanh, cá nhân"},
            ),
        ],
        subjects="Tổ chức",
    )
)

_QC = table(
    QC,
    PROVINCE,
    L_QC,
    [
        (
            "Tiếp nhận thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn",
            5,
            [
                "Văn bản thông báo sản phẩm quảng cáo theo mẫu",
                "Bản sao giấy tờ chứng minh sự hợp chuẩn, hợp quy của sản phẩm",
                "Ma-két sản phẩm quảng cáo in màu",
            ],
            "Văn bản tiếp nhận thông báo",
            {"online": 3},
        ),
        (
            "Cấp giấy phép thành lập Văn phòng đại diện của doanh nghiệp quảng cáo nước ngoài tại Việt Nam",
            10,
            [
                "Đơn đề nghị cấp giấy phép theo mẫu",
                "Bản sao giấy đăng ký kinh doanh của doanh nghiệp quảng cáo nước ngoài",
            ],
            "Giấy phép thành lập Văn phòng đại diện",
            {"rank": 1},
        ),
        (
            "Cấp sửa đổi, bổ sung giấy phép thành lập Văn phòng đại diện của doanh nghiệp quảng cáo nước ngoài tại "
            "Việt Nam",
            10,
            ["Đơn đề nghị sửa đổi, bổ sung theo mẫu", OLD_LICENCE],
            "Giấy phép thành lập Văn phòng đại diện",
            {"rank": 3},
        ),
        (
            "Cấp lại giấy phép thành lập Văn phòng đại diện của doanh nghiệp quảng cáo nước ngoài tại Việt Nam",
            7,
            ["Đơn đề nghị cấp lại theo mẫu"],
            "Giấy phép thành lập Văn phòng đại diện",
            {"rank": 3},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

_XNK = table(
    XNK,
    PROVINCE,
    L_XNK,
    [
        (
            "Cấp giấy phép nhập khẩu văn hóa phẩm không nhằm mục đích kinh doanh thuộc thẩm quyền của Sở Văn hóa, Thể "
            "thao và Du lịch",
            5,
            ["Đơn đề nghị cấp giấy phép nhập khẩu theo mẫu", "Bản sao vận đơn hoặc giấy báo nhận hàng"],
            "Giấy phép nhập khẩu văn hóa phẩm",
            {},
        ),
        (
            "Giám định văn hóa phẩm xuất khẩu không nhằm mục đích kinh doanh của cá nhân, tổ chức ở địa phương",
            5,
            ["Đơn đề nghị giám định theo mẫu", "Văn hóa phẩm đề nghị giám định"],
            "Văn bản giám định văn hóa phẩm",
            {},
        ),
        (
            "Phê duyệt nội dung tác phẩm mỹ thuật, tác phẩm nhiếp ảnh nhập khẩu cấp tỉnh",
            7,
            ["Đơn đề nghị phê duyệt nội dung theo mẫu", "Ảnh tác phẩm nhập khẩu"],
            "Văn bản phê duyệt nội dung",
            {"rank": 2},
        ),
    ],
    subjects="Tổ chức, cá nhân",
)

# District and commune.
_DISTRICT = (
    table(
        VHCS,
        DISTRICT,
        L_VHCS,
        [
            (
                "Cấp Giấy phép kinh doanh karaoke (do cơ quan cấp huyện cấp)",
                5,
                [
                    "Đơn đề nghị cấp giấy phép kinh doanh karaoke theo mẫu",
                    BUSINESS_REG,
                    "Văn bản đồng ý của các hộ liền kề",
                ],
                "Giấy phép kinh doanh karaoke",
                {
                    "fees": (
                        fee(
                            "Phí thẩm định cấp giấy phép kinh doanh karaoke",
                            4000000,
                            "fee",
                            "Từ 01 đến 05 phòng; từ phòng thứ 6 trở lên 2.000.000 đồng/phòng",
                        ),
                    )
                },
            ),
            (
                "Cấp Giấy phép điều chỉnh Giấy phép kinh doanh karaoke (do cơ quan cấp huyện cấp)",
                5,
                ["Đơn đề nghị điều chỉnh giấy phép theo mẫu", OLD_LICENCE],
                "Giấy phép kinh doanh karaoke",
                {"fees": (fee("Phí thẩm định điều chỉnh giấy phép karaoke", 2000000, "fee"),)},
            ),
            (
                "Công nhận lần đầu “Cơ quan đạt chuẩn văn hóa”, “Đơn vị đạt chuẩn văn hóa”, “Doanh nghiệp đạt chuẩn "
                "văn hóa”",
                5,
                ["Báo cáo thành tích xây dựng cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa"],
                "Quyết định công nhận",
                {},
            ),
            (
                "Công nhận lại “Cơ quan đạt chuẩn văn hóa”, “Đơn vị đạt chuẩn văn hóa”, “Doanh nghiệp đạt chuẩn văn "
                "hóa”",
                5,
                ["Báo cáo thành tích 05 năm xây dựng đạt chuẩn văn hóa"],
                "Quyết định công nhận lại",
                {"rank": 1},
            ),
            (
                "Công nhận xã đạt chuẩn văn hóa nông thôn mới",
                15,
                ["Báo cáo thành tích xây dựng xã đạt chuẩn văn hóa nông thôn mới", "Văn bản đề nghị của UBND cấp xã"],
                "Quyết định công nhận",
                {},
            ),
            (
                "Công nhận phường, thị trấn đạt chuẩn văn minh đô thị",
                15,
                ["Báo cáo thành tích xây dựng phường, thị trấn đạt chuẩn văn minh đô thị"],
                "Quyết định công nhận",
                {},
            ),
        ],
        subjects="Tổ chức, cá nhân",
    )
    + table(
        VHCS,
        DISTRICT,
        L_LEHOI,
        [
            (
                "Thông báo tổ chức lễ hội cấp huyện",
                5,
                ["Văn bản thông báo tổ chức lễ hội", "Kế hoạch tổ chức lễ hội"],
                "Văn bản tiếp nhận thông báo",
                {},
            ),
            (
                "Đăng ký tổ chức lễ hội cấp huyện",
                15,
                ["Văn bản đăng ký tổ chức lễ hội", "Kế hoạch tổ chức lễ hội"],
                "Văn bản chấp thuận tổ chức lễ hội",
                {"rank": 1},
            ),
        ],
        subjects="Ban tổ chức lễ hội",
    )
    + table(
        TV,
        DISTRICT,
        L_TV,
        [
            (
                "Đăng ký hoạt động thư viện tư nhân có vốn sách ban đầu từ 1.000 bản đến dưới 20.000 bản",
                5,
                ["Đơn đăng ký hoạt động thư viện theo mẫu", "Danh mục vốn sách", "Nội quy thư viện"],
                "Giấy chứng nhận đăng ký hoạt động thư viện",
                {},
            ),
        ],
        subjects="Cá nhân, tổ chức",
    )
    + family(
        GD,
        DISTRICT,
        "{a} Giấy chứng nhận đăng ký hoạt động của {o} (thẩm quyền UBND cấp huyện)",
        ["cơ sở hỗ trợ nạn nhân bạo lực gia đình", "cơ sở tư vấn về phòng, chống bạo lực gia đình"],
        [
            act(
                "Cấp",
                15,
                ["Đơn đề nghị cấp Giấy chứng nhận theo mẫu", "Danh sách nhân viên có giấy chứng nhận nghiệp vụ"],
            ),
            act("Cấp lại", 10, ["Đơn đề nghị cấp lại theo mẫu", LOST_REPORT], rank=1),
            act("Đổi", 10, ["Đơn đề nghị đổi Giấy chứng nhận theo mẫu", OLD_LICENCE], rank=2),
        ],
        result="Giấy chứng nhận đăng ký hoạt động",
        basis=L_GD,
        subjects="Tổ chức, cá nhân",
    )
)

_COMMUNE = (
    table(
        VHCS,
        COMMUNE,
        L_THIDUA_VH,
        [
            (
                "Xét tặng danh hiệu “Gia đình văn hóa” hằng năm",
                5,
                ["Bản đăng ký xây dựng gia đình văn hóa", "Biên bản bình xét của thôn, tổ dân phố"],
                "Quyết định công nhận và Giấy công nhận “Gia đình văn hóa”",
                {"subjects": "Hộ gia đình"},
            ),
            (
                "Xét tặng Giấy khen “Gia đình văn hóa”",
                5,
                ["Báo cáo thành tích của gia đình", "Biên bản bình xét"],
                "Giấy khen “Gia đình văn hóa”",
                {"subjects": "Hộ gia đình", "rank": 1},
            ),
            (
                "Xét tặng danh hiệu “Thôn văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”",
                10,
                ["Báo cáo thành tích xây dựng thôn, bản, tổ dân phố văn hóa", "Biên bản họp bình xét"],
                "Quyết định công nhận danh hiệu",
                {"subjects": "Thôn, bản, tổ dân phố", "via": "UBND cấp huyện"},
            ),
            (
                "Xét tặng Giấy khen “Thôn văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”",
                10,
                ["Báo cáo thành tích 03 năm liên tục đạt danh hiệu"],
                "Giấy khen",
                {"subjects": "Thôn, bản, tổ dân phố", "rank": 2},
            ),
        ],
    )
    + table(
        VHCS,
        COMMUNE,
        L_LEHOI,
        [
            (
                "Thông báo tổ chức lễ hội cấp xã",
                5,
                ["Văn bản thông báo tổ chức lễ hội", "Kế hoạch tổ chức lễ hội"],
                "Văn bản tiếp nhận thông báo",
                {"subjects": "Ban tổ chức lễ hội"},
            ),
            (
                "Đăng ký tổ chức lễ hội cấp xã",
                10,
                ["Văn bản đăng ký tổ chức lễ hội", "Kế hoạch tổ chức lễ hội"],
                "Văn bản chấp thuận tổ chức lễ hội",
                {"subjects": "Ban tổ chức lễ hội", "rank": 1},
            ),
        ],
    )
    + table(
        TV,
        COMMUNE,
        L_TV,
        [
            (
                "Đăng ký hoạt động thư viện tư nhân có vốn sách ban đầu từ 500 bản đến dưới 1.000 bản",
                5,
                ["Đơn đăng ký hoạt động thư viện theo mẫu", "Danh mục vốn sách"],
                "Giấy chứng nhận đăng ký hoạt động thư viện",
                {"subjects": "Cá nhân", "rank": 1},
            ),
        ],
    )
    + table(
        TDTT,
        COMMUNE,
        L_TDTT,
        [
            (
                "Công nhận gia đình thể thao tiêu biểu cấp xã",
                7,
                ["Bản đăng ký gia đình thể thao"],
                "Giấy công nhận gia đình thể thao",
                {"subjects": "Hộ gia đình", "rank": 2},
            ),
            (
                "Công nhận câu lạc bộ thể thao cơ sở",
                7,
                ["Đơn đề nghị công nhận câu lạc bộ theo mẫu", "Danh sách hội viên", "Quy chế hoạt động của câu lạc bộ"],
                "Quyết định công nhận câu lạc bộ thể thao cơ sở",
                {"subjects": "Tổ chức, cá nhân"},
            ),
        ],
    )
)

TEMPLATES = (
    _VHCS + _DSVH + _NTBD + _MT + _DA + _TV + _GD_ORG + _GD_CERT + _TDTT + _LH + _DL + _QC + _XNK + _DISTRICT + _COMMUNE
)

L_DANHHIEU = (
    "Luật Thi đua, khen thưởng số 15/2003/QH11, được sửa đổi, bổ sung năm 2005 và năm 2013",
    "Nghị định số 89/2014/NĐ-CP quy định về xét tặng danh hiệu “Nghệ sĩ nhân dân”, “Nghệ sĩ ưu tú”",
    "Nghị định số 62/2014/NĐ-CP quy định về xét tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” trong lĩnh "
    "vực di sản văn hóa phi vật thể",
)
_HONOUR = [
    "Bản khai thành tích theo mẫu",
    "Bản sao các quyết định khen thưởng, giấy chứng nhận giải thưởng",
    "Biên bản họp Hội đồng cấp cơ sở",
]
TEMPLATES += table(
    NTBD,
    PROVINCE,
    L_DANHHIEU,
    [
        (
            "Xét tặng danh hiệu “Nghệ sĩ nhân dân”, “Nghệ sĩ ưu tú” (Hội đồng cấp tỉnh)",
            60,
            _HONOUR,
            "Tờ trình đề nghị gửi Hội đồng cấp Nhà nước",
            {"unit": "days", "subjects": "Cá nhân"},
        ),
        (
            "Xét tặng Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước về văn học, nghệ thuật (Hội đồng cấp tỉnh)",
            60,
            ["Bản khai thành tích theo mẫu", "Tác phẩm, cụm tác phẩm đề nghị xét tặng"],
            "Tờ trình đề nghị gửi Hội đồng cấp Nhà nước",
            {"unit": "days", "subjects": "Tác giả, đồng tác giả", "rank": 1},
        ),
    ],
) + table(
    DSVH,
    PROVINCE,
    L_DANHHIEU,
    [
        (
            "Xét tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” trong lĩnh vực di sản văn hóa phi vật thể (Hội "
            "đồng cấp tỉnh)",
            60,
            _HONOUR,
            "Tờ trình đề nghị gửi Hội đồng chuyên ngành cấp Nhà nước",
            {"unit": "days", "subjects": "Cá nhân nắm giữ di sản văn hóa phi vật thể"},
        ),
    ],
)

# Added to fill the 2018 catalogue.
TEMPLATES += table(
    DSVH,
    PROVINCE,
    (
        *L_DSVH,
        "Nghị định số 70/2012/NĐ-CP quy định thẩm quyền, trình tự, thủ tục lập, phê duyệt quy hoạch, dự án bảo "
        "quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh",
    ),
    [
        (
            "Cho ý kiến dự án bảo quản, tu bổ, phục hồi di tích cấp tỉnh",
            20,
            [
                "Văn bản đề nghị cho ý kiến",
                "Hồ sơ dự án bảo quản, tu bổ, phục hồi di tích",
                "Ảnh chụp hiện trạng di tích",
            ],
            "Văn bản cho ý kiến về dự án",
            {"rank": 1, "subjects": "Chủ đầu tư"},
        ),
        (
            "Đề nghị công nhận bảo vật quốc gia đối với bảo tàng cấp tỉnh, ban hoặc trung tâm quản lý di tích",
            30,
            ["Văn bản đề nghị công nhận bảo vật quốc gia", "Bản thuyết minh về hiện vật", "Ảnh màu hiện vật"],
            "Tờ trình của UBND tỉnh đề nghị công nhận bảo vật quốc gia",
            {"rank": 2, "via": "UBND tỉnh"},
        ),
        (
            "Cấp lại chứng chỉ hành nghề mua bán di vật, cổ vật, bảo vật quốc gia",
            5,
            ["Đơn đề nghị cấp lại chứng chỉ hành nghề theo mẫu", "Bản chính chứng chỉ (trường hợp bị hư hỏng)"],
            "Chứng chỉ hành nghề mua bán di vật, cổ vật, bảo vật quốc gia",
            {"rank": 2, "subjects": "Cá nhân"},
        ),
    ],
) + table(
    VHCS,
    DISTRICT,
    L_VHCS,
    [
        (
            "Công nhận lại xã đạt chuẩn văn hóa nông thôn mới",
            10,
            ["Báo cáo thành tích 05 năm xây dựng xã đạt chuẩn văn hóa nông thôn mới", "Tờ trình của UBND cấp xã"],
            "Quyết định công nhận lại xã đạt chuẩn văn hóa nông thôn mới",
            {"rank": 2, "subjects": "UBND cấp xã"},
        ),
        (
            "Công nhận lại phường, thị trấn đạt chuẩn văn minh đô thị",
            10,
            [
                "Báo cáo thành tích 05 năm xây dựng phường, thị trấn đạt chuẩn văn minh đô thị",
                "Tờ trình của UBND cấp xã",
            ],
            "Quyết định công nhận lại phường, thị trấn đạt chuẩn văn minh đô thị",
            {"rank": 2, "subjects": "UBND cấp xã"},
        ),
    ],
)
