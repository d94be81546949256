"""Values named on another line (MyBatis logs, multipart bodies) and percent-encoded text."""

from __future__ import annotations

from leakaid import scan_text
from leakaid.detect import keyed_logs, urlenc

MYBATIS = (
    "c.j.m.TCustomerMapper.insert : ==>  Preparing: INSERT INTO t_customer (mobile, qq, birthday, create_time) "
    "VALUES (?, ?, ?, ?)\n"
    "c.j.m.TCustomerMapper.insert : ==> Parameters: 15558678982(String), 3202646373(Long), 1963-07-29(String), "
    "2025-04-09 07:43:09.0(Timestamp)\n"
    "c.j.m.Mapper.update : ==>  Preparing: UPDATE t_user SET wechat = ?, nick = ? WHERE id = ?\n"
    "c.j.m.Mapper.update : ==> Parameters: zhang_wei88(String), null, 42(Long)\n"
    "c.j.m.Mapper.select : <==    Columns: id, qq, email\n"
    "c.j.m.Mapper.select : <==        Row: 78011143, 590852331, huangmin1987@189.cn\n"
)


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.type) for f in scan_text(text)}


def test_mybatis_parameters_and_rows_are_keyed_by_column() -> None:
    keyed = {(k, MYBATIS[s:e]) for k, s, e in keyed_logs.keyed_values(MYBATIS)}
    assert ("birthday", "1963-07-29") in keyed and ("wechat", "zhang_wei88") in keyed
    assert ("qq", "590852331") in keyed and ("id", "42") in keyed
    assert not any(v == "null" for _, v in keyed)
    found = _found(MYBATIS)
    assert {("1963-07-29", "BIRTHDATE"), ("3202646373", "QQ"), ("zhang_wei88", "WECHAT"), ("590852331", "QQ")} <= found
    assert ("2025-04-09", "BIRTHDATE") not in found


def test_parameters_without_their_statement_stay_unkeyed() -> None:
    assert keyed_logs.keyed_values("==> Parameters: 1963-07-29(String)\n") == []


def test_multipart_fields() -> None:
    body = (
        '------B\r\nContent-Disposition: form-data; name="birthday"\r\n\r\n1977-11-05\r\n'
        '------B\r\nContent-Disposition: form-data; name="qq"\r\n\r\n12345678\r\n'
        '------B\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
        "1990-01-01\r\n------B--\r\n"
    )
    found = _found(body)
    assert {("1977-11-05", "BIRTHDATE"), ("12345678", "QQ")} <= found
    assert ("1990-01-01", "BIRTHDATE") not in found  # file contents are not a field value


def test_url_decoding_maps_back_to_the_written_text() -> None:
    text = "x=%E6%89%8B%E6%9C%BA+138%201234%205678&bad=%FF%41"
    run = next(urlenc.encoded_runs(text))
    assert run.text == "x=手机 138 1234 5678&bad=%FFA"
    a = run.text.index("138")
    assert text[slice(*run.span(a, a + 13))] == "138%201234%205678"
    assert ("138%201234%205678", "MOBILE") in _found(text)
