"""``vault sample``: write the synthetic sample study (for demos, tutorials and tests)."""
from __future__ import annotations

from pathlib import Path

import click

from vault.commands._app import emit, get_app
from vault.files import refuse_inside_vault
from vault.sample import MAX_PARTICIPANTS, generate_study, summarise


@click.command("sample")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option("--seed", type=int, default=7, show_default=True,
              help="Which synthetic study: the same seed always writes the same files.")
@click.option("--participants", type=click.IntRange(1, MAX_PARTICIPANTS), default=12,
              show_default=True, help="How many interviewees (each has 1-4 interviews).")
@click.option("--audio-seconds", type=click.FloatRange(0.1, 600), default=2.0,
              show_default=True, help="Length of each generated recording.")
def sample_command(directory: Path, seed: int, participants: int, audio_seconds: float) -> None:
    """Write a synthetic study to DIRECTORY: a participant register, interview recordings,
    transcripts (.txt, .docx, .vtt, .srt) and a questionnaire export.

    Everything is fictional, but it is shaped like real identifiable data (names, NHS and GMC
    numbers, phone numbers, addresses) and written like it: files 0600, directories 0700.
    DIRECTORY must be new or empty. Only counts are printed.

    \b
    Example:
      vault sample ./demo-study --seed 7 --participants 12
      vault init ./study-vault --study "Mentoring and well-being"
    """
    refuse_inside_vault(directory, vault_root=get_app().known_vault_root(),
                        hint="write the sample study outside the vault")
    study = generate_study(directory, seed=seed, participants=participants,
                           audio_seconds=audio_seconds)
    counts = summarise(study)

    def text() -> str:
        formats = ", ".join(f"{counts[f'transcripts_{k}']} {k}"
                            for k in ("txt", "docx", "vtt", "srt"))
        return (f"wrote sample study (seed {seed}) to {directory}\n"
                f"  participants:       {counts['participants']}\n"
                f"  interviews:         {counts['interviews']} "
                f"({counts['recordings']} recordings; transcripts: {formats})\n"
                f"  questionnaire rows: {counts['questionnaire_rows']}")

    emit({"directory": str(directory), "seed": seed, **counts}, text)


COMMANDS = [sample_command]
