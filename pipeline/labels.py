"""The entity labels: CMeEE's nine types, as lowercase English names.

CMeEE code → ours: dis → disease, sym → symptom, dru → drug, ite → test, pro → procedure,
bod → body, mic → microbe, equ → equipment, dep → department. Imaging and endoscopy
(CT, MRI, X线, 胃镜) are ``procedure``; laboratory items (血沉, M蛋白) are ``test``.
"""

from __future__ import annotations

LABELS: tuple[str, ...] = (
    "symptom",
    "disease",
    "drug",
    "test",
    "procedure",
    "body",
    "microbe",
    "equipment",
    "department",
)

CMEEE_TO_LABEL: dict[str, str] = {
    "dis": "disease",
    "sym": "symptom",
    "dru": "drug",
    "ite": "test",
    "pro": "procedure",
    "bod": "body",
    "mic": "microbe",
    "equ": "equipment",
    "dep": "department",
}
