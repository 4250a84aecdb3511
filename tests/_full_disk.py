"""Driver for ``test_a_real_full_disk_is_reported_as_full_never_as_damage``.

Run inside a private mount namespace with a small tmpfs mounted at ``argv[1]``
(``unshare -rm sh -c 'mount -t tmpfs -o size=6m tmpfs DIR && python _full_disk.py DIR'``): it
creates a vault on that disk, fills the disk to a few levels of free space (a little over
200 KB down to nothing), runs ``vault ingest`` of a recording larger than what is left and
``vault list`` at each level, then frees the space, lets the next command recover, and prints
JSON: the failed attempts (exit code and stderr), the vault's state before and after, and the
exit codes of ``vault audit verify`` and ``vault verify`` afterwards.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/conftest.py, not the root one

from conftest import add_test_participant, take_snapshot
from vault import keys
from vault.ingest import ingest_files
from vault.store import Vault

VAULT_BIN = str(Path(sys.executable).with_name("vault"))


def _wav(path: Path, size: int, seed: int) -> Path:
    rng = random.Random(seed)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(rng.randbytes(size))
    return path


def _free(path: Path) -> int:
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


def _fill(disk: Path, leave: int) -> None:
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    room = _free(disk) - leave
    if room <= 0:
        return
    with filler.open("wb") as fh:
        try:
            while room > 0:
                chunk = min(room, 1 << 16)
                fh.write(b"\0" * chunk)
                room -= chunk
            fh.flush()
            os.fsync(fh.fileno())
        except OSError:
            pass  # the disk is as full as it gets


def _snapshot(root: Path) -> list[object]:
    snap = take_snapshot(root)
    return [repr(snap.items), repr(snap.keys), repr(snap.journal), list(snap.objects),
            snap.audit.decode()]


def main() -> None:
    disk = Path(sys.argv[1])
    home = disk / "home"
    home.mkdir()
    identity = home / "custodian.identity"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               VAULT_IDENTITY_FILE=str(identity), VAULT_DIR=str(disk / "vault"),
               GX_ANALYTICS_ENABLED="false")
    env.pop("VAULT_PASSPHRASE", None)
    os.environ.update({k: env[k] for k in ("HOME", "XDG_CONFIG_HOME", "VAULT_IDENTITY_FILE")})
    vault = Vault.init(disk / "vault", "Full disk")
    keys.init_custodian(vault, store="file", identity_file=identity,
                        passphrase=lambda _p: None)  # type: ignore[arg-type, return-value]
    code = add_test_participant(vault)
    sources = Path(tempfile.mkdtemp(prefix="vault-full-src-"))
    # one stored recording first, so the audio class key exists before the disk fills
    ingest_files(vault, [_wav(sources / "first.wav", 4000, 1)], data_class="audio",
                 participant_code=code, interview=1)
    vault.close()
    big = _wav(sources / "big.wav", 1 << 20, 2)
    before = _snapshot(disk / "vault")

    attempts = []
    for leave in (220 * 1024, 24 * 1024, 4 * 1024, 0):
        _fill(disk, leave)
        for args in (["ingest", "audio", str(big), "--participant", code, "--interview", "2"],
                     ["list"]):
            proc = subprocess.run([VAULT_BIN, *args], capture_output=True, text=True, env=env,
                                  timeout=300, check=False)
            if proc.returncode != 0:
                attempts.append({"free": leave, "args": args[:2], "exit": proc.returncode,
                                 "stderr": proc.stderr})
    (disk / "filler").unlink(missing_ok=True)
    recovered = subprocess.run([VAULT_BIN, "list"], capture_output=True, text=True, env=env,
                               timeout=300, check=False)
    after = _snapshot(disk / "vault")
    audit = subprocess.run([VAULT_BIN, "audit", "verify"], capture_output=True, env=env,
                           timeout=300, check=False)
    verify = subprocess.run([VAULT_BIN, "verify"], capture_output=True, env=env, timeout=300,
                            check=False)
    print(json.dumps({"attempts": attempts, "before": before, "after": after,
                      "recovered": recovered.returncode, "audit_verify": audit.returncode,
                      "verify": verify.returncode}))


if __name__ == "__main__":
    main()
