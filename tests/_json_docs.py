"""The JSON schemas of the listings, read from docs/json.md, and a check against them."""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

DOC = Path(__file__).resolve().parents[1] / "docs" / "json.md"


@functools.cache
def documented_schemas() -> dict[str, dict[str, Any]]:
    """Each ``## name`` section's first ```json block, parsed."""
    text = DOC.read_text(encoding="utf-8")
    found: dict[str, dict[str, Any]] = {}
    for section in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        name = section.split("\n", 1)[0].strip()
        block = re.search(r"```json\n(.*?)```", section, flags=re.DOTALL)
        assert block is not None, f"docs/json.md: section {name} has no ```json schema"
        found[name] = json.loads(block.group(1))
    return found


def check_listing(schema: str, data: Any) -> None:
    """``data`` (a listing's parsed ``--json``) follows its documented ``schema``."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(documented_schemas()[schema],
                                                format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, (f"{schema}: " + "; ".join(
        f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in errors[:5]))
