"""Fictitious demo identities offered by the simulator's sign-in page, and the claims it releases.

THIS IS A SIMULATOR. The names, numbers and addresses are invented; the claim names follow the
DVCQG single sign-on userinfo (``LoaiTaiKhoan`` 1 citizen / 2 enterprise / 3 organisation,
``SoDinhDanh``, ``HoVaTen``, ``MaSoThue``, ``TenDoanhNghiep``, ...; see docs/accounts.md).
"""

from __future__ import annotations

import uuid

_NAMESPACE = uuid.UUID("6f1c1d4e-56b1-4a43-9a4a-7d1d3f0c2b11")

DEMO_IDENTITIES: dict[str, dict] = {
    "mai-anh": {
        "LoaiTaiKhoan": 1,
        "SoDinhDanh": "010190001234",
        "HoVaTen": "Nguyễn Thị Mai Anh",
        "NgayThangNamSinh": "19900512",
        "GioiTinh": 2,
        "SoDienThoai": "0912345601",
        "ThuDienTu": "maianh.demo@example.vn",
        "ThuongTru": "Số 12 đường Hoàng Liên, phường Lào Cai, tỉnh Lào Cai",
    },
    "lo-van-pao": {
        "LoaiTaiKhoan": 1,
        "SoDinhDanh": "010085004321",
        "HoVaTen": "Lò Văn Páo",
        "NgayThangNamSinh": "19850220",
        "GioiTinh": 1,
        "SoDienThoai": "0387654302",
        "ThuDienTu": "",
        "ThuongTru": "Thôn Phìn Ngan, xã Bát Xát, tỉnh Lào Cai",
    },
    "tran-quoc-bao": {
        "LoaiTaiKhoan": 1,
        "SoDinhDanh": "079201009876",
        "HoVaTen": "Trần Quốc Bảo",
        "NgayThangNamSinh": "20010903",
        "GioiTinh": 1,
        "SoDienThoai": "0908765403",
        "ThuDienTu": "quocbao.demo@example.vn",
        "ThuongTru": "45 Nguyễn Thị Minh Khai, phường Sài Gòn, Thành phố Hồ Chí Minh",
    },
    "sa-pa-xanh": {
        "LoaiTaiKhoan": 2,
        "SoDinhDanh": "010178005555",
        "HoVaTen": "Phạm Thu Hà",
        "MaSoThue": "5300123467",
        "MaSoDoanhNghiep": "5300123467",
        "TenDoanhNghiep": "Công ty TNHH Nông sản Sa Pa Xanh",
        "NguoiDaiDien": "Phạm Thu Hà",
        "SoDienThoai": "0976543204",
        "ThuDienTu": "lienhe.sapaxanh@example.vn",
        "DiaChi": "Tổ 3, phường Sa Pa, tỉnh Lào Cai",
    },
}


def subject_for(key: str) -> str:
    """A stable, opaque subject per person or business (the same at every login)."""
    return str(uuid.uuid5(_NAMESPACE, key))


def claims_for(identity: dict, level: int) -> dict:
    """The userinfo claims of an identity signed in at ``level`` (1 or 2)."""
    key = identity.get("MaSoThue") or identity["SoDinhDanh"]
    claims = {"sub": subject_for(key), "TechID": subject_for("tech:" + key)[:18], "QuocTich": "VN", "TrangThai": 1}
    claims.update(identity)
    if claims.get("ThuongTru") and not claims.get("DiaChi"):
        claims["DiaChi"] = claims["ThuongTru"]
    claims["loAs"] = f"LoA{level}"
    claims["IAL"] = level
    return claims


def typed_identity(id_number: str, full_name: str) -> dict:
    """A citizen typed in on the sign-in page (any 12-digit number and a name)."""
    return {"LoaiTaiKhoan": 1, "SoDinhDanh": id_number, "HoVaTen": full_name}
