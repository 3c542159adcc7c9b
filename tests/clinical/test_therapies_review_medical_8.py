"""Therapy rows a review of xywy medical_8 (2026-12-05) found wrong or missing: routes written
as 漱口 or 阴道局部使用, records named after what a drug caused, outcome words, 剖宫产 as a
surgery, 万 dose ranges and TCM preparations named by their canonical."""

from __future__ import annotations

import pytest

from tests.helpers import therapy_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("咽痛者可用生理盐水漱口，有条件可在家中使用加湿器。", [("生理盐水", "含漱", None)]),
        ("或抗真菌药阴道局部使用，每周1次，连续6个月。", [("抗真菌药", "阴道", None)]),
        # 漱口液 is a drug of its own, not the saline's route
        ("可以用生理盐水和漱口液进行口腔护理，饮食注意清淡。", [("生理盐水", None, None)]),
    ],
)
def test_mouth_rinse_and_vaginal_routes(text, expected):
    assert therapy_rows(text, "nursing_info") == expected
