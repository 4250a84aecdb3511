"""Disposition certificates: the durable record of what a purge destroyed.

Each purge that destroys anything writes ``<vault>/certificates/<id>.json`` (canonical JSON, the
record) and ``<id>.txt`` (the same, for people). The JSON names the classes, counts, item ids,
due and destruction dates, class keys destroyed, the policy file's SHA-256, the custodian's
fingerprint and any approval. Its SHA-256 goes into the purge's audit entry and the
``certificates`` table, so a certificate cannot be altered unnoticed::

    cert = write_certificate(vault, build_certificate(...))
    verify_certificate(vault, cert.id)     # re-hash the file against the catalog

Each certificate also embeds ``audit_checkpoint``, a signed checkpoint of the audit log as it
stood before the purge's entry (:mod:`vault.tlog`): ``vault audit verify --checkpoint
<certificate>.json`` proves later that the log was not truncated or rewritten since.

Certificates hold internal ids and dates only — no names, codes or markers.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.errors import RetentionError
from vault.files import write_private

if TYPE_CHECKING:
    from vault.store import Vault

__all__ = ["Certificate", "CertificateRecord", "build_certificate", "certificates_dir",
           "list_certificates", "render_text", "verify_certificate", "write_certificate"]

#: what destruction means, stated in every certificate
METHOD = ("object files unlinked from the vault; each class key whose retention period holds "
          "no objects any more destroyed (crypto-shredding), so copies of those objects in "
          "backups can no longer be decrypted; catalog entries kept as tombstones without "
          "names, participant markers or content hashes")


@dataclass(frozen=True)
class Certificate:
    """A written disposition certificate."""

    id: str
    json_path: Path
    text_path: Path
    #: SHA-256 of the JSON file's bytes
    sha256: str
    data: dict[str, Any]

    def __str__(self) -> str:
        return f"{self.id} ({self.text_path})"


def certificates_dir(vault: Vault) -> Path:
    """``<vault>/certificates`` (created 0700 on first use)."""
    path = vault.root / "certificates"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def build_certificate(*, certificate_id: str, study_id: str, as_of: str, started: str,
                      completed: str, custodian: str, policy_path: str, policy_sha256: str,
                      rules: dict[str, str], destroyed: Iterable[tuple[str, str, str]],
                      destroyed_on: str, keys_destroyed: Iterable[tuple[str, str]],
                      held: Iterable[tuple[str, str, Iterable[str]]],
                      failed: Iterable[str], already_missing: Iterable[str],
                      approval: dict[str, str] | None, recovered: bool,
                      reason: str = "retention policy") -> dict[str, Any]:
    """The certificate's content (a plain dict, ready for canonical JSON).

    :param destroyed: (item id, data class, due date) of every item destroyed.
    :param keys_destroyed: (key id, data class) of every class key destroyed.
    :param held: (item id, data class, hold ids) of due items skipped because of a hold.
    """
    classes: dict[str, dict[str, Any]] = {}

    def cls_entry(name: str) -> dict[str, Any]:
        return classes.setdefault(name, {"rule": rules.get(name, "no rule"), "destroyed": 0,
                                         "items": [], "keys_destroyed": []})

    for item_id, cls, due in destroyed:
        entry = cls_entry(cls)
        entry["destroyed"] += 1
        entry["items"].append({"id": item_id, "due": due})
    for key_id, cls in keys_destroyed:
        cls_entry(cls)["keys_destroyed"].append(key_id)
    for entry in classes.values():
        entry["items"].sort(key=lambda i: (i["due"], i["id"]))
        entry["keys_destroyed"].sort()
    held_list = sorted(({"id": i, "class": c, "holds": sorted(h)} for i, c, h in held),
                       key=lambda d: (d["class"], d["id"]))
    missing = sorted(already_missing)
    failed_ids = sorted(failed)
    return {
        "certificate": certificate_id,
        "kind": "vault disposition certificate",
        "reason": reason,
        "study_id": study_id,
        "as_of": as_of,
        "destroyed_on": destroyed_on,
        "started": started,
        "completed": completed,
        "custodian": custodian,
        "approval": approval,
        "recovered_after_interruption": recovered,
        "policy": {"path": policy_path, "sha256": policy_sha256},
        "method": METHOD,
        "totals": {"destroyed": sum(c["destroyed"] for c in classes.values()),
                   "keys_destroyed": sum(len(c["keys_destroyed"]) for c in classes.values()),
                   "held_skipped": len(held_list), "failed": len(failed_ids),
                   "already_missing": len(missing)},
        "classes": dict(sorted(classes.items())),
        "held": held_list,
        "failed": failed_ids,
        "already_missing": missing,
    }


def render_text(data: dict[str, Any]) -> str:
    """The certificate as plain text for people (the JSON file is the record)."""
    t = data["totals"]
    lines = [
        "DISPOSITION CERTIFICATE",
        "=======================",
        f"Certificate:      {data['certificate']}",
        f"Study:            {data['study_id']}",
        f"Destroyed on:     {data['destroyed_on']} (purge as of {data['as_of']})",
        f"Reason:           {data.get('reason', 'retention policy')}",
        f"Started:          {data['started']}",
        f"Completed:        {data['completed']}",
        f"Custodian:        {data['custodian']}",
        f"Retention policy: {data['policy']['path']}",
        f"Policy SHA-256:   {data['policy']['sha256']}",
    ]
    if data.get("approval"):
        a = data["approval"]
        lines.append(f"Approved:         list {a['id']} by {a['approved_by']} at {a['approved']}")
    if data.get("recovered_after_interruption"):
        lines.append("Note:             completed after an interruption (journal recovery)")
    lines += ["", f"Method: {data['method']}.", "",
              (f"Totals: {t['destroyed']} objects destroyed, {t['keys_destroyed']} class keys "
               f"destroyed, {t['held_skipped']} held items skipped, {t['failed']} failed, "
               f"{t['already_missing']} already missing."), ""]
    for name, entry in data["classes"].items():
        lines.append(f"Class {name} ({entry['rule']}): {entry['destroyed']} destroyed")
        if entry["keys_destroyed"]:
            lines.append(f"  class keys destroyed: {', '.join(entry['keys_destroyed'])}")
        for item in entry["items"]:
            lines.append(f"  {item['id']}  due {item['due']}")
        lines.append("")
    if data["held"]:
        lines.append("Held (legal hold; not destroyed):")
        lines += [f"  {h['id']}  {h['class']}  holds {', '.join(h['holds'])}"
                  for h in data["held"]]
        lines.append("")
    if data["failed"]:
        lines.append("Failed (still present; the next purge retries):")
        lines += [f"  {i}" for i in data["failed"]]
        lines.append("")
    lines.append("The SHA-256 of the JSON certificate is recorded in the vault's audit log "
                 "(action retention.purge).")
    if data.get("audit_checkpoint"):
        lines += ["", ("Audit checkpoint (the log before this purge, signed by the vault; keep "
                       "it: `vault audit verify --checkpoint` on this file proves the log still "
                       "holds it):"), "", str(data["audit_checkpoint"]).rstrip("\n")]
    return "\n".join(lines) + "\n"


def _canonical(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode()


def write_certificate(vault: Vault, data: dict[str, Any]) -> Certificate:
    """Write the JSON and text files (atomically, mode 0600); overwrites a partial earlier try."""

    directory = certificates_dir(vault)
    cert_id = str(data["certificate"])
    raw = _canonical(data)
    json_path = directory / f"{cert_id}.json"
    text_path = directory / f"{cert_id}.txt"
    write_private(text_path, render_text(data).encode())
    write_private(json_path, raw)
    return Certificate(id=cert_id, json_path=json_path, text_path=text_path,
                       sha256=hashlib.sha256(raw).hexdigest(), data=data)


def verify_certificate(vault: Vault, certificate_id: str) -> Certificate:
    """Re-hash a certificate and compare it with the catalog's record.

    :raises RetentionError: unknown, missing or altered certificate.
    """
    row = vault.db.execute("SELECT sha256 FROM certificates WHERE id = ?",
                           (certificate_id,)).fetchone()
    if row is None:
        raise RetentionError(f"no certificate {certificate_id}",
                             hint="see the certificates/ directory of the vault")
    path = certificates_dir(vault) / f"{certificate_id}.json"
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise RetentionError(f"certificate {certificate_id}: file missing",
                             hint="restore certificates/ from backup") from exc
    digest = hashlib.sha256(raw).hexdigest()
    if digest != row[0]:
        raise RetentionError(f"certificate {certificate_id}: file differs from the recorded hash",
                             hint="the certificate was altered; restore it from backup")
    return Certificate(id=certificate_id, json_path=path, text_path=path.with_suffix(".txt"),
                       sha256=digest, data=json.loads(raw))


@dataclass(frozen=True)
class CertificateRecord:
    """A certificate as the catalog records it, and whether its file still matches."""

    id: str
    created: str
    as_of: str
    #: objects destroyed / class keys destroyed
    items: int
    keys: int
    sha256: str
    #: "intact", "altered" or "missing"
    file_state: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def list_certificates(vault: Vault) -> list[CertificateRecord]:
    """Every disposition certificate, oldest first, each re-hashed against the catalog."""
    out = []
    for row in vault.db.execute("SELECT id, created, as_of, items, keys, sha256 FROM "
                                "certificates ORDER BY created, rowid").fetchall():
        path = certificates_dir(vault) / f"{row['id']}.json"
        try:
            state = ("intact" if hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]
                     else "altered")
        except FileNotFoundError:
            state = "missing"
        out.append(CertificateRecord(row["id"], row["created"], row["as_of"], row["items"],
                                     row["keys"], row["sha256"], state))
    return out
