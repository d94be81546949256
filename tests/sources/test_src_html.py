from __future__ import annotations

from srcfixtures import EMAIL, MOBILE, has_chinese, read_all, read_until_error

from leakaid.errors import SourceError

PAGE = f"""<!DOCTYPE html>
<html><head><title>通讯录</title>
<style>.x {{ color: red }} /* {MOBILE} */</style>
<script>var phone = "{MOBILE}";</script></head>
<body>
  <p>电话 138<b>1234</b>5678 &amp; 更多</p>
  <a href="mailto:{EMAIL}" title="联系我">邮件</a>
  <input name="mobile" value="{MOBILE}">
</body></html>
"""


def rows(segs):
    return [(s.text, s.location.line, s.location.column, s.location.field, s.hint, s.joined) for s in segs]


def test_visible_text_attributes_and_positions(write) -> None:
    segs = read_all(write("p.html", PAGE))
    assert rows(segs) == [
        ("通讯录", 2, 20, None, None, False),
        ("电话 138", 6, 6, None, None, False),
        ("1234", 6, 15, None, None, True),
        ("5678 & 更多", 6, 23, None, None, True),
        (f"mailto:{EMAIL}", 7, 3, "a@href", "href", False),
        ("联系我", 7, 3, "a@title", "title", False),
        ("邮件", 7, 54, None, None, False),
        (MOBILE, 8, 3, "input@value", "mobile", False),
    ]
    assert not any(s.text.startswith("var") or "color" in s.text for s in segs)


def test_gbk_page_with_meta_charset(write) -> None:
    page = '<html><head><meta charset="gb2312"></head><body><p>张三 喆</p></body></html>'
    segs = read_all(write("g.htm", page, "gbk"))
    assert [s.text for s in segs] == ["张三 喆"]


def test_binary_junk_with_html_extension(write) -> None:
    _, err = read_until_error(write("bad.html", b"\x00\x01\x02\x03" * 500))
    assert type(err) is SourceError and has_chinese(err.message)


def test_table_cells_get_their_column_header(write) -> None:
    page = (
        "<table><tr><th>姓名</th><th>出生 日期</th><th>QQ</th></tr>"
        "<tr><td>罗辉凯</td><td>2003/05/11</td><td>503031182</td></tr>"
        "<tr><td>蒋敏秀</td><td>1981/12/26</td></tr>"
        "<tr><td><table><tr><td>内层</td></tr></table></td><td>x</td></tr></table><p>表外</p>"
    )
    segs = read_all(write("t.html", page))
    got = {s.text: s.hint for s in segs}
    assert got["罗辉凯"] == "姓名" and got["2003/05/11"] == "出生 日期" and got["503031182"] == "QQ"
    assert got["1981/12/26"] == "出生 日期"
    assert got["姓名"] is None  # header cells are not values of their own column
    assert got["内层"] is None and got["x"] == "出生 日期" and got["表外"] is None  # nested table, then back


def test_table_without_header_row(write) -> None:
    segs = read_all(write("n.html", "<table><tr><td>张三</td><td>503031182</td></tr></table>"))
    assert all(s.hint is None for s in segs)
