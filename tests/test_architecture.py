"""The house's structure: vault's modules form a DAG, the age format stands alone, imports
inside functions only defer heavy libraries, and every journaled operation can be recovered.

The import graph is read from the source with ``ast``: every import counts, at the top of a
module or inside a function, except those under ``if TYPE_CHECKING:`` (never executed). ``from
vault import x`` imports ``vault.x`` when ``x`` is a submodule. The implicit import of a parent
package's ``__init__`` is not an edge (``vault.a.b`` does not depend on ``vault.a`` by being in it).
"""
from __future__ import annotations

import ast
import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "vault"

#: third-party libraries that take long to import: the CLI must start without them, so they
#: are the only ones a function may import lazily
HEAVY_LIBRARIES = frozenset({
    "av", "docx", "duckdb", "great_expectations", "keyring", "lxml", "mutagen", "numpy",
    "pandas", "pocketsphinx", "presidio_analyzer", "presidio_anonymizer", "pyarrow",
    "soundfile", "spacy", "tldextract",
    "pyspark",  # the optional Spark engine: imported only when `--engine spark` runs
    "jinja2",  # the review workbench's templates: imported only when `review --web` runs
})


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # a vault module, or the top-level name of another library
    line: int
    in_function: bool


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str) -> str | None:
    """The vault module ``name`` refers to (a module, or an attribute of one), else None."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield _resolve(alias.name) or alias.name.split(".")[0]
        return
    base = node.module or ""
    if node.level:  # relative: resolve against the importing module's package
        package = module.split(".") if MODULES[module].name == "__init__.py" \
            else module.split(".")[:-1]
        package = package[:len(package) - (node.level - 1)]
        base = ".".join([*package, base] if base else package)
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        yield submodule if submodule in MODULES else (_resolve(base) or base.split(".")[0])


def _imports(module: str) -> list[Import]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit_node(other, in_function)
                continue
            visit_node(child, in_function)

    def visit_node(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.extend(Import(module, target, node.lineno, in_function)
                         for target in _targets(module, node))
            return
        visit(node, in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef))

    visit(tree, False)
    return found


@cache
def _all_imports() -> tuple[Import, ...]:
    """Every import of every vault module, parsed on first use (about a second of CPU): not at
    collection, which every xdist worker repeats for every module."""
    return tuple(i for m in MODULES for i in _imports(m))


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for imp in _all_imports():
        if imp.target in MODULES and imp.target != imp.source:
            graph[imp.source].add(imp.target)
    return graph


def _find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path ``[a, b, ..., a]``, or None (iterative DFS)."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    for start in sorted(graph):
        if state.get(start):
            continue
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                path = [n for n, _ in stack]
                return [*path[path.index(child):], child]
            elif not state.get(child):
                state[child] = 1
                stack.append((child, iter(sorted(graph[child]))))
    return None


def _where(source: str, target: str) -> str:
    lines = sorted({i.line for i in _all_imports() if i.source == source and i.target == target})
    return f"{MODULES[source].relative_to(ROOT)}:{','.join(map(str, lines))}"


def test_the_graph_reader_sees_lazy_and_relative_imports() -> None:
    edges = {(i.source, i.target, i.in_function) for i in _all_imports()}
    assert ("vault.store", "vault.errors", False) in edges
    assert _find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_among_vault_modules() -> None:
    cycle = _find_cycle(_graph())
    if cycle is not None:
        steps = "\n".join(f"  {a} -> {b}  ({_where(a, b)})" for a, b in itertools.pairwise(cycle))
        raise AssertionError(f"import cycle: {' -> '.join(cycle)}\n{steps}\n"
                             "move the shared helper into a leaf module")


def _heavy_modules() -> set[str]:
    """vault modules that import a heavy library when imported (directly or through others)."""
    heavy = {i.source for i in _all_imports() if not i.in_function and i.target in HEAVY_LIBRARIES}
    while True:
        more = {i.source for i in _all_imports() if not i.in_function and i.target in heavy} - heavy
        if not more:
            return heavy
        heavy |= more


def test_imports_inside_functions_only_defer_heavy_libraries() -> None:
    heavy = _heavy_modules()
    wrong = [f"{MODULES[i.source].relative_to(ROOT)}:{i.line} imports {i.target}"
             for i in _all_imports() if i.in_function
             and i.target not in HEAVY_LIBRARIES and i.target not in heavy]
    assert wrong == [], ("imports inside functions that defer nothing heavy (move them to the "
                         "top; a cycle means a helper is in the wrong module):\n"
                         + "\n".join(wrong))


def test_cli_start_up_imports_no_heavy_library() -> None:
    code = ("import sys, cli, json; "
            f"print(json.dumps(sorted(m for m in {sorted(HEAVY_LIBRARIES)!r} "
            "if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert json.loads(out) == []


def _declared_ops() -> dict[str, str]:
    """op name -> the module that declares its fault points: ``declare_points("op", …)``."""
    ops: dict[str, str] = {}
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "declare_points"):
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path}: op name must be a literal"
                assert first.value not in ops, f"operation {first.value!r} declared twice"
                ops[str(first.value)] = module
    return ops


def test_every_operation_is_recovered_by_open_vault_next_to_its_code() -> None:
    """A fresh process that imports vault.operations knows every operation's settle function
    and fault points, each registered by the module that owns the operation."""
    code = ("import json, vault.operations, vault.store as s, vault.faults as f; "
            "print(json.dumps([{op: h.__module__ for op, h in s.recovery_handlers().items()}, "
            "sorted({p.rsplit('.', 1)[0] for p in f.points()})]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    handlers, with_points = json.loads(out)
    ops = _declared_ops()
    assert {"ingest", "dataset-import", "dataset-remove", "anonymise", "review", "release",
            "rotate", "purge", "withdraw", "custodian-add", "custodian-remove",
            "export", "anonymise-audio"} <= set(ops)
    assert set(handlers) == set(ops) == set(with_points)
    for op, module in handlers.items():
        assert module == ops[op], (op, module)


def test_only_the_write_path_journals_operations() -> None:
    """``Vault.operation`` is called by the write path alone; every operation uses begin()."""
    callers = sorted({module for module, path in MODULES.items()
                      for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                      if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                      and node.func.attr == "operation"})
    assert callers == ["vault.write_path"]


def test_items_are_inserted_into_the_catalog_by_one_module() -> None:
    inserting = sorted(module for module, path in MODULES.items()
                       if "INSERT INTO items" in " ".join(path.read_text(
                           encoding="utf-8").split()))
    assert inserting == ["vault.write_path"]


def test_the_age_package_imports_nothing_from_vault_but_its_errors() -> None:
    age = [m for m in MODULES if m == "vault.age" or m.startswith("vault.age.")]
    assert age, "vault/age/ is missing"
    outside = sorted({f"{i.source} -> {i.target}" for i in _all_imports() if i.source in age
                      and i.target in MODULES and i.target not in age
                      and i.target != "vault.errors"})
    assert outside == []




def test_the_library_does_not_import_the_demo() -> None:
    """The demo driver (vault/demo/) sits on the CLI; no library module depends on it."""
    demo = {m for m in MODULES if m == "vault.demo" or m.startswith("vault.demo.")}
    assert demo
    users = sorted({i.source for i in _all_imports() if i.target in demo and i.source not in demo})
    assert users == []


def test_each_top_level_command_lives_in_a_file_named_after_it() -> None:
    """``vault ingest`` is defined in vault/commands/ingest.py, ``vault release`` in
    release.py, and so on: one command or group per file, the file named after it."""
    from cli import main

    wrong = {name: command.callback.__module__ for name, command in main.commands.items()
             if command.callback is None
             or command.callback.__module__ != f"vault.commands.{name}"}
    assert wrong == {}
    files = {p.stem for p in (PACKAGE / "commands").glob("*.py") if not p.stem.startswith("_")}
    assert files == set(main.commands)


def test_every_lazy_import_says_why() -> None:
    """An import inside a function carries (or follows, in its function) a ``# lazy:`` comment
    saying what it defers."""
    silent = []
    for module, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for function in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom) and not any(
                        "# lazy:" in line for line in lines[function.lineno - 1:node.lineno]):
                    silent.append(f"{path.relative_to(ROOT)}:{node.lineno} ({module})")
    assert silent == []
