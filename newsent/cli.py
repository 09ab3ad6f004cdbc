"""The ``newsent`` command.

``newsent demo``                      run the whole pipeline on the bundled example article
``newsent extract [FILE ...|-]``      process UTF-8 files (or stdin) → json / jsonl / tsv
``newsent info``                      which models and resources the pipeline uses
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Sequence, TextIO

from .errors import NewsentError

DEMO_FILE = "kazakhstan-csto-2022-01-08.txt"
DEMO_DATE = "2022-01-08"


def _read_input(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        where = "standard input"
    else:
        path = Path(name)
        where = str(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise NewsentError(f"cannot read {where}: no such file") from None
        except IsADirectoryError:
            raise NewsentError(f"cannot read {where}: it is a directory, pass the files inside it") from None
        except OSError as e:
            raise NewsentError(f"cannot read {where}: {e.strerror or e}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NewsentError(
            f"{where} is not UTF-8 text (invalid byte at position {e.start}); convert it first, "
            "e.g. iconv -f <encoding> -t utf-8"
        ) from None


def _load(args: argparse.Namespace):  # noqa: ANN202
    from .pipeline import load

    opts = {}
    if getattr(args, "ner_model", None):
        opts["ner_model"] = args.ner_model
    return load(**opts)


def _summary(doc, out: TextIO) -> None:  # noqa: ANN001
    out.write(f"{len(doc.sentences)} sentences, {len(doc)} tokens, {len(doc.mentions)} mentions, "
              f"{len(doc.entities)} entities, {len(doc.events)} events\n\n")
    if doc.entities:
        out.write("Entities\n")
        for e in sorted(doc.entities, key=lambda e: (e.label, -len(e.mentions), e.name)):
            surfaces = sorted({m.text for m in e.mentions})
            bits = [e.label, e.id or "-", e.name_en or "?", f"({e.name})"]
            if e.country:
                bits.append(f"country={e.country}")
            if e.role:
                bits.append(f"role={e.role}")
            out.write("  " + "  ".join(bits) + f"  ×{len(e.mentions)}: " + " / ".join(surfaces) + "\n")
        out.write("\n")
    if doc.events:
        out.write("Events\n")
        for ev in doc.events:
            actor = (ev.actor.name_en or ev.actor.name) if ev.actor else "?"
            targets = ", ".join(t.name_en or t.name for t in ev.targets) or "-"
            neg = "  [negated]" if ev.negated else ""
            date = f"  date={ev.date}" if ev.date else ""
            out.write(f"  {actor} —[{ev.code} {ev.label}: {ev.action}]→ {targets}{neg}{date}\n")


def cmd_demo(args: argparse.Namespace) -> int:
    from ._resources import data_path

    path = data_path("corpus", DEMO_FILE)
    text = _read_input(str(path))
    nlp = _load(args)
    doc = nlp(text, date=DEMO_DATE)
    print(f"newsent demo: {path.name} (published {DEMO_DATE}; source: data/corpus/README.md)")
    model = nlp.model_spec.origin if nlp.model_spec else "none"
    print(f"NER model: {model}\n")
    _summary(doc, sys.stdout)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    names = args.files or ["-"]
    texts = [(name, _read_input(name)) for name in names]  # read all first: fail before the slow load
    if args.date:
        from .pipeline import _check_date

        _check_date(args.date)
    nlp = _load(args)
    dates = [args.date] * len(texts) if args.date else None
    docs = nlp.pipe((t for _, t in texts), progress=args.progress, dates=dates)
    out = sys.stdout
    if args.format == "json":
        items = [{"file": name, **doc.to_dict()} for (name, _), doc in zip(texts, docs)]
        json.dump(items if len(items) != 1 else items[0], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "jsonl":
        for (name, _), doc in zip(texts, docs):
            out.write(json.dumps({"file": name, **doc.to_dict()}, ensure_ascii=False) + "\n")
    else:  # tsv: one row per event, or per mention/entity/token with --rows
        from .document import ROW_COLUMNS

        writer = csv.DictWriter(out, fieldnames=["file", *ROW_COLUMNS[args.rows]], delimiter="\t",
                                lineterminator="\n")
        writer.writeheader()
        for (name, _), doc in zip(texts, docs):
            for row in doc.to_rows(args.rows):
                writer.writerow({"file": name, **row})
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    nlp = _load(args)
    print(json.dumps(nlp.info(), ensure_ascii=False, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsent", description="Hindi news → entities and CAMEO-coded events")
    p.add_argument("--ner-model", help="path of a Stanza NER model to use instead of the default")
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("demo", help="run the pipeline on the bundled example article and print a summary")
    d.set_defaults(func=cmd_demo)
    e = sub.add_parser("extract", help="process UTF-8 text files (or - for stdin)")
    e.add_argument("files", nargs="*", help="input files; '-' or nothing reads standard input")
    e.add_argument("--format", choices=["json", "jsonl", "tsv"], default="jsonl")
    e.add_argument("--rows", choices=["events", "mentions", "entities", "tokens"], default="events",
                   help="with --format tsv: which layer becomes rows (default events)")
    e.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
    e.add_argument("--date", help="publication date (YYYY-MM-DD) to resolve weekdays and आज/कल in events")
    e.set_defaults(func=cmd_extract)
    i = sub.add_parser("info", help="show which NER model and resources are used")
    i.set_defaults(func=cmd_info)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except NewsentError as e:
        print(f"newsent: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. newsent extract ... | head
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
