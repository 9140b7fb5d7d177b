# Writes the non-PDF sample exports from corpus documents (for make-samples.sh): metadata sidecars,
# phone-script .txt exports and a JSONL export, in the formats of docs/source-formats.md.
#
# Usage:
#   python3 scripts/samples/export.py sidecar <document .md> <output .meta.yaml>
#   python3 scripts/samples/export.py script <script .md> <output .txt>
#   python3 scripts/samples/export.py jsonl <output .jsonl> <document .md>...
import json
import sys

import yaml


def read(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n"):
        sys.exit(f"{path}: no front matter")
    end = text.index("\n---\n", 4)
    return text[4:end + 1], text[end + 5:]


def sidecar(source, output):
    # The front matter as it is, so the sidecar says exactly what the Markdown said.
    front_matter, _ = read(source)
    with open(output, "w", encoding="utf-8") as f:
        f.write(front_matter)


def as_text(value):
    # yaml reads "updated: 2026-11-01" as a date; the exports write it back as written.
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def script(source, output):
    front_matter, body = read(source)
    meta = yaml.safe_load(front_matter)
    lines = [f"ID: {meta['id']}", f"LANG: {meta['lang']}", f"TITLE: {meta['title']}"]
    if meta.get("summary"):
        lines.append(f"SUMMARY: {meta['summary']}")
    lines += [f"QUESTION: {q}" for q in meta.get("questions") or []]
    for key in ("forms", "audience", "topics"):
        if meta.get(key):
            lines.append(f"{key.upper()}: {', '.join(meta[key])}")
    for key in ("updated", "url"):
        if meta.get(key):
            lines.append(f"{key.upper()}: {as_text(meta[key])}")
    lines.append("")
    for line in body.strip("\n").splitlines():
        lines.append(f"== {line[3:].strip()} ==" if line.startswith("## ") else line)
    with open(output, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def jsonl(output, sources):
    with open(output, "w", encoding="utf-8") as f:
        for source in sources:
            front_matter, body = read(source)
            record = {key: as_text(value) if key == "updated" else value
                      for key, value in yaml.safe_load(front_matter).items()}
            record["body"] = body.strip("\n") + "\n"
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "sidecar":
        sidecar(*args)
    elif command == "script":
        script(*args)
    elif command == "jsonl":
        jsonl(args[0], args[1:])
    else:
        sys.exit(f"unknown command {command}")
