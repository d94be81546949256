"""SQL dumps: values named by their column (CREATE TABLE comments, column lists, COPY blocks)."""

from __future__ import annotations

from leakaid.detect.engine import Engine
from leakaid.detect.sqltext import Schema, keyed_values

MYSQL = """-- MySQL dump 10.13
CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `real_name` varchar(32) DEFAULT NULL COMMENT '姓名',
  `nick` varchar(64) DEFAULT NULL COMMENT '昵称',
  `qq` bigint(20) DEFAULT NULL COMMENT 'QQ',
  `wx` varchar(32) DEFAULT NULL COMMENT '微信号',
  `born` date DEFAULT NULL COMMENT '出生日期',
  PRIMARY KEY (`id`),
  KEY `idx_qq` (`qq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `users` VALUES (1,'沈轩','Tom\\'s, \\"x\\"',503031182,'kevin_1988','1990-03-07'),(2,'吴国怡','(笑)',2134212677,NULL,'1985-11-30');
"""

PG = """CREATE TABLE public.members (
    id integer NOT NULL,
    nm character varying(20),
    contact bigint
);
COMMENT ON COLUMN public.members.nm IS '会员姓名';
COMMENT ON COLUMN public.members.contact IS 'QQ号码';
COPY public.members (id, nm, contact) FROM stdin;
1\t张三丰\t12345678
2\t李四\t\\N
\\.
INSERT INTO members (nm, contact) VALUES ('王五', 87654321);
"""


def _values(text: str) -> list[tuple[str, str]]:
    return [(k, text[s:e]) for k, s, e in keyed_values(text)]


def test_mysql_columns_from_create_table_comments():
    got = _values(MYSQL)
    assert ("姓名", "沈轩") in got and ("QQ", "503031182") in got and ("微信号", "kevin_1988") in got
    assert ("QQ", "2134212677") in got and ("出生日期", "1985-11-30") in got
    # an escaped quote and a comma inside a string do not shift the columns
    assert [k for k, v in got if v == "503031182"] == ["QQ"]
    assert ("nick", "Tom\\'s, \\\"x\\\"") in got  # 昵称 is no word the engine knows: the identifier stays


def test_postgres_copy_and_comment_on_column():
    got = _values(PG)
    assert ("会员姓名", "张三丰") in got and ("QQ号码", "12345678") in got
    assert ("QQ号码", "87654321") in got and ("会员姓名", "王五") in got
    assert not any(v == "\\N" for _, v in got)


def test_engine_finds_column_gated_values():
    found = {(f.type, MYSQL[f.start : f.end]) for f in Engine().scan(MYSQL)}
    assert {("QQ", "503031182"), ("QQ", "2134212677"), ("WECHAT", "kevin_1988")} <= found
    assert {("BIRTHDATE", "1990-03-07"), ("PERSON", "沈轩"), ("PERSON", "吴国怡")} <= found
    found = {(f.type, PG[f.start : f.end]) for f in Engine().scan(PG)}
    assert {("QQ", "12345678"), ("QQ", "87654321"), ("PERSON", "张三丰"), ("PERSON", "王五")} <= found


def test_without_schema_nothing_is_guessed():
    text = "INSERT INTO t VALUES (1,'x',503031182);"
    assert not any(f.type == "QQ" for f in Engine().scan(text))
    assert [k for k, *_ in keyed_values(text)] == []


def test_unterminated_and_hostile_statements_stay_linear():
    text = "CREATE TABLE t (`qq` bigint COMMENT 'QQ');\nINSERT INTO t VALUES ('" + "a\\'" * 50_000
    assert keyed_values(text) == []
    text = "CREATE TABLE t (`qq` bigint COMMENT 'QQ');\nINSERT INTO t VALUES " + "(CONVERT(1)," * 20_000
    assert keyed_values(text) == []


def test_stream_windows_resume_inside_a_statement():
    rows = ",".join(f"({i},'{i:05d}',{503031182 + i})" for i in range(3000))
    text = "CREATE TABLE `u` (`id` int, `code` varchar(8), `qq` bigint COMMENT 'QQ');\nINSERT INTO `u` VALUES " + rows + ";\n"
    chunks = [text[i : i + 7000] for i in range(0, len(text), 7000)]
    got = [f for f in Engine(types=["QQ"]).scan_stream(chunks, overlap=512)]
    assert len(got) == 3000 == len({f.start for f in got})
    assert all(text[f.start : f.end].isdigit() for f in got)


def test_schema_resume_point():
    schema = Schema()
    text = "CREATE TABLE u (qq bigint COMMENT 'QQ');\nINSERT INTO u VALUES (503031182),(503031183),(503031184);"
    keyed_values(text, schema)
    inside = text.index("503031183") + 3
    start = schema.resume_at(inside, 0)
    assert text[start] == "(" and schema.resume_cols == ["QQ"]
    assert schema.resume_at(len(text) - 1 + 100, 0) == len(text) + 99  # after the statement: no change


def test_scan_file_reads_a_dump_in_chunks(tmp_path):
    """scan_file streams a .sql file in ~1 Mi-character chunks: the CREATE TABLE comment still names the QQ column
    in the later chunks, and a window that begins inside an INSERT statement resumes at a tuple boundary."""
    import leakaid

    n = 12_000
    pad = "备" * 60
    tuples = ",".join(f"({i},'沈轩','{pad}',{503031182 + i},NULL,NULL)" for i in range(n))
    path = tmp_path / "dump.sql"
    path.write_text(MYSQL + "INSERT INTO `users` VALUES " + tuples + ";\n", encoding="utf-8")
    assert path.stat().st_size > 2 * (1 << 20)  # more than one chunk, and one statement across them
    qq = {f.text for f in leakaid.scan_file(path, types=["QQ"])}
    assert {str(503031182 + i) for i in range(n)} <= qq
