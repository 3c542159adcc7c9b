"""The README documents every table column: its schema section is the output of
``python -m pipeline schema``, kept in sync by this test."""

import contextlib
import io
import re

from pipeline.cli import main
from tests.conftest import PROJECT_ROOT


def test_readme_schema_section_matches_the_code():
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        main(["schema"])
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"<!-- schema:start[^>]*-->\n(.*)<!-- schema:end -->", readme, re.S)
    assert section, "README lost its schema markers"
    assert section.group(1).strip() == printed.getvalue().strip(), "run: python -m pipeline schema, paste into README"


def test_readme_names_the_ci_test_command():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = 'pip install -e ".[test]" && python -m pytest'
    assert command in readme and command in ci


def test_the_readme_says_what_becomes_of_a_drug_to_avoid() -> None:
    """The README's convention, checked: 慎用/避免 give no therapies row, 禁用 a negated one."""
    import pipeline

    texts = ["本病禁用洋地黄类药物。", "洋地黄类药物应慎用。", "避免使用阿司匹林。"]
    rows = pipeline.run([{"name": "测试病", "治疗": text} for text in texts])["therapies"]
    assert rows[["record_id", "therapy", "assertion"]].values.tolist() == [["records:0", "洋地黄", "negated"]]
    assert "`洋地黄类药物应慎用`" in (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
