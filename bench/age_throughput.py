"""Throughput of vault.age against pyrage and the reference age CLI, measured in one run.

Run on demand (not part of the test suite)::

    .venv/bin/python bench/age_throughput.py --size 1G
    .venv/bin/python bench/age_throughput.py --size 64M --repeat 3 --disk-dir /var/tmp
    .venv/bin/python bench/age_throughput.py --size 1G --skip-disk --ceiling

For each location (tmpfs ``/dev/shm`` and a directory on disk) it writes a random input file,
then, round-robin so every tool sees the same machine load, encrypts and decrypts it with:
vault (default threads), vault with one thread, pyrage (rage), and the ``age`` CLI (and, with
``--ceiling``, vault's file route split over two processes, which no GIL limits). Each
operation runs in its own process; peak RSS is that process's VmHWM.
Python tools report the time of the operation itself (interpreter start-up excluded; it is
~0.1-0.3 s and not throughput); the age CLI is timed as a whole process (Go starts in ~ms).
Best-of-N MB/s (1 MB = 10^6 bytes) is reported, with the median in brackets, then ratios.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PYTHON = sys.executable
REPO = Path(__file__).resolve().parent.parent

VAULT_CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[5])
from vault import age
from vault.age import _stream
op, src, dst, key, _, threads = sys.argv[1:7]
if threads != "auto":
    _stream.THREADS = int(threads)
identity = age.X25519Identity.from_string(open(key).read().split()[-1])
t = time.perf_counter()
with open(src, "rb") as i, open(dst, "wb") as o:
    if op == "encrypt":
        age.encrypt(i, o, [identity.recipient])
    else:
        age.decrypt(i, o, [identity])
print(time.perf_counter() - t)
print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
"""

PYRAGE_CHILD = r"""
import sys, time
import pyrage
op, src, dst, key = sys.argv[1:5]
identity = pyrage.x25519.Identity.from_str(open(key).read().split()[-1])
t = time.perf_counter()
if op == "encrypt":
    pyrage.encrypt_file(src, dst, [identity.to_public()])
else:
    pyrage.decrypt_file(src, dst, [identity])
print(time.perf_counter() - t)
print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
"""


# The same file route without the GIL: two processes (fork) each take every other chunk. Not
# a usable tool (no header, no key handling); it shows what this machine allows two cores.
CEILING_CHILD = r"""
import os, sys, time
sys.path.insert(0, sys.argv[5])
from vault.age import _stream as s
op, src, dst, key = sys.argv[1:5]
aead = s.ChaCha20Poly1305(open(key, "rb").read()[:32].ljust(32, b"k"))
size = os.path.getsize(src)
plain = op == "encrypt"
step_in, step_out = (s.CHUNK, s.ENC_CHUNK) if plain else (s.ENC_CHUNK, s.CHUNK)
chunks = max(1, -(-size // step_in))
sfd = os.open(src, os.O_RDONLY)
dfd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
t = time.perf_counter()
pid = os.fork()
half = 0 if pid else 1
inbuf, outbuf = memoryview(bytearray(step_in)), memoryview(bytearray(step_out))
for i in range(half, chunks, 2):
    n = os.preadv(sfd, [inbuf], i * step_in)
    m = n + s.TAG if plain else n - s.TAG
    nonce = s._pack_nonce(i, i == chunks - 1)
    if plain:
        aead.encrypt_into(nonce, inbuf[:n], None, outbuf[:m])
    else:
        aead.decrypt_into(nonce, inbuf[:n], None, outbuf[:m])
    os.pwrite(dfd, outbuf[:m], i * step_out)
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
print(time.perf_counter() - t)
print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
"""


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    rss_kib: list[int] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def parse_size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().removesuffix("IB").removesuffix("B")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def _hwm_kib(pid: int) -> int:
    """The process's resident-set high-water mark (VmHWM), 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_child(argv: list[str], timed_inside: bool) -> tuple[float, int, float]:
    """Run one measurement process; returns (seconds, peak RSS in KiB, CPU seconds).

    Peak RSS is VmHWM of the process after exec (rusage's ru_maxrss would include the
    forked copy of this parent). Python children report their own final VmHWM; the age CLI
    is sampled every 2 ms (a lower bound, but its buffers are allocated at start). CPU time
    (user + system, from wait4) includes interpreter start-up for the Python tools.
    """
    os.sync()  # don't let one run pay for the previous run's dirty-page writeback
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            break
        peak = max(peak, _hwm_kib(proc.pid))
        time.sleep(0.002)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{argv[0]} failed ({proc.returncode}): {err.strip()}")
    cpu = usage.ru_utime + usage.ru_stime
    if timed_inside:
        lines = out.split()
        return float(lines[0]), max(peak, int(lines[1])), cpu
    return wall, peak, cpu


def make_input(path: Path, size: int) -> str:
    sha = hashlib.sha256()
    block = 8 << 20
    with open(path, "wb") as f:
        left = size
        while left:
            data = os.urandom(min(block, left))
            sha.update(data)
            f.write(data)
            left -= len(data)
    return sha.hexdigest()


def sha256_file(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        while data := f.read(8 << 20):
            sha.update(data)
    return sha.hexdigest()


def bench_location(where: Path, size: int, repeat: int, key: Path, age_cli: str | None,
                   ceiling: bool) -> dict[str, dict[str, Sample]]:
    work = Path(tempfile.mkdtemp(prefix="vault-age-bench-", dir=where))
    try:
        plain = work / "plain.bin"
        digest = make_input(plain, size)
        tools: dict[str, tuple[list[str], list[str], bool]] = {}
        for name, threads in (("vault", "auto"), ("vault 1 thread", "1")):
            tools[name] = (
                [PYTHON, "-c", VAULT_CHILD, "encrypt", "{in}", "{out}", str(key), str(REPO),
                 threads],
                [PYTHON, "-c", VAULT_CHILD, "decrypt", "{in}", "{out}", str(key), str(REPO),
                 threads], True)
        tools["pyrage"] = ([PYTHON, "-c", PYRAGE_CHILD, "encrypt", "{in}", "{out}", str(key)],
                           [PYTHON, "-c", PYRAGE_CHILD, "decrypt", "{in}", "{out}", str(key)],
                           True)
        if ceiling:
            tools["2-process ceiling"] = (
                [PYTHON, "-c", CEILING_CHILD, "encrypt", "{in}", "{out}", str(key), str(REPO)],
                [PYTHON, "-c", CEILING_CHILD, "decrypt", "{in}", "{out}", str(key), str(REPO)],
                True)
        if age_cli:
            recipient = subprocess.run([age_cli + "-keygen", "-y", str(key)], check=True,
                                       capture_output=True, text=True).stdout.strip()
            tools["age CLI"] = ([age_cli, "-r", recipient, "-o", "{out}", "{in}"],
                                [age_cli, "-d", "-i", str(key), "-o", "{out}", "{in}"], False)
        results = {name: {"encrypt": Sample(), "decrypt": Sample()} for name in tools}
        sealed = work / "sealed.age"
        opened = work / "opened.bin"
        for round_ in range(repeat):
            for name, (enc, dec, inside) in tools.items():
                fill = {"{in}": str(plain), "{out}": str(sealed)}
                seconds, rss, cpu = run_child([fill.get(a, a) for a in enc], inside)
                results[name]["encrypt"].seconds.append(seconds)
                results[name]["encrypt"].rss_kib.append(rss)
                results[name]["encrypt"].cpu.append(cpu)
                fill = {"{in}": str(sealed), "{out}": str(opened)}
                seconds, rss, cpu = run_child([fill.get(a, a) for a in dec], inside)
                results[name]["decrypt"].seconds.append(seconds)
                results[name]["decrypt"].rss_kib.append(rss)
                results[name]["decrypt"].cpu.append(cpu)
                if round_ == 0 and sha256_file(opened) != digest:
                    raise SystemExit(f"{name}: decrypted output differs from the input")
                sealed.unlink()
                opened.unlink()
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(title: str, size: int, results: dict[str, dict[str, Sample]]) -> None:
    def rate(seconds: float) -> float:
        return size / seconds / 1e6

    rounds = len(next(iter(results.values()))["encrypt"].seconds)
    print(f"\n== {title}: {size / (1 << 20):.0f} MiB, best of {rounds} [median]; "
          "CPU = user+sys seconds per GB, lowest")
    print(f"{'tool':<16}{'encrypt MB/s':>16}{'decrypt MB/s':>16}{'enc CPU':>9}{'dec CPU':>9}"
          f"{'peak RSS MiB':>14}")
    best: dict[str, dict[str, float]] = {}
    for name, ops in results.items():
        cells = []
        best[name] = {}
        for op in ("encrypt", "decrypt"):
            secs = ops[op].seconds
            best[name][op] = rate(min(secs))
            cells.append(f"{rate(min(secs)):>7.0f} [{rate(statistics.median(secs)):>5.0f}]")
        cpu = [min(ops[op].cpu) / (size / 1e9) for op in ("encrypt", "decrypt")]
        rss = max(max(ops["encrypt"].rss_kib), max(ops["decrypt"].rss_kib)) / 1024
        print(f"{name:<16}{cells[0]:>16}{cells[1]:>16}{cpu[0]:>9.2f}{cpu[1]:>9.2f}{rss:>14.1f}")
    for other in ("age CLI", "pyrage", "vault 1 thread", "2-process ceiling"):
        if other in best:
            enc = best["vault"]["encrypt"] / best[other]["encrypt"]
            dec = best["vault"]["decrypt"] / best[other]["decrypt"]
            print(f"vault / {other:<15} encrypt x{enc:.2f}   decrypt x{dec:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="1G", help="input size, e.g. 64M or 1G (default 1G)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per tool (default 3)")
    parser.add_argument("--tmpfs-dir", default="/dev/shm", help="tmpfs directory")
    parser.add_argument("--disk-dir", default="/var/tmp",
                        help="directory on disk (default /var/tmp)")
    parser.add_argument("--skip-disk", action="store_true", help="only measure tmpfs")
    parser.add_argument("--skip-tmpfs", action="store_true", help="only measure the disk")
    parser.add_argument("--ceiling", action="store_true",
                        help="also time the file route in two processes (no GIL): what two "
                             "cores allow here")
    args = parser.parse_args()
    size = parse_size(args.size)
    age_cli = shutil.which("age")
    if age_cli is None:
        print("note: the age CLI is not installed; its column is skipped (apt-get install age)")
    print(f"python {sys.version.split()[0]}, cpus {len(os.sched_getaffinity(0))}, "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="vault-age-key-") as keydir:
        key = Path(keydir) / "key.txt"
        sys.path.insert(0, str(REPO))
        from vault import age

        key.write_text(age.X25519Identity.generate().to_string() + "\n")
        locations = []
        if not args.skip_tmpfs:
            locations.append(("tmpfs " + args.tmpfs_dir, Path(args.tmpfs_dir)))
        if not args.skip_disk:
            locations.append(("disk " + args.disk_dir, Path(args.disk_dir)))
        for title, where in locations:
            report(title, size, bench_location(where, size, args.repeat, key, age_cli,
                                              args.ceiling))
    print(f"\nload average at the end {os.getloadavg()[0]:.1f} (other processes skew all tools "
          "alike: rounds are interleaved)")


if __name__ == "__main__":
    main()
