#!/usr/bin/env bash
# Regenerates samples/, a small corpus in the source formats of docs/source-formats.md, from the
# bundled corpus with real tools: PDF brochures (ReportLab), HTML pages (pandoc), their metadata
# sidecars, two phone-script .txt exports and a JSONL export. A developer tool: CI does not run it,
# and the tests read the committed samples.
#
# Needs the Debian 12 packages pandoc, python3-reportlab and python3-yaml (installed when missing,
# with apt-get; run as root or with sudo). Uses /usr/bin/python3 so that Debian's modules are found.
set -euo pipefail
cd "$(dirname "$0")/.."

python=/usr/bin/python3
needed=(pandoc python3-reportlab python3-yaml)
missing=()
for package in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

out=samples
rm -rf "$out"
mkdir -p "$out"
cp corpus/topics.tsv "$out/topics.tsv"

# PDF brochures: every brochure of the languages that have them, each with its sidecar.
for lang in en es; do
  [ -d "corpus/$lang/brochures" ] || continue
  mkdir -p "$out/pdf/$lang/brochures"
  for source in corpus/"$lang"/brochures/*.md; do
    id=$(basename "$source" .md)
    pdf="$out/pdf/$lang/brochures/$id.pdf"
    # A fixed creation date keeps the PDFs byte-identical from one run to the next.
    SOURCE_DATE_EPOCH=1793491200 "$python" scripts/samples/pdf.py "$source" "$pdf"
    "$python" scripts/samples/export.py sidecar "$source" "$pdf.meta.yaml"
  done
done

# HTML pages: five English articles inside the site chrome a content system exports.
mkdir -p "$out/html/en"
for id in replace-green-card renew-green-card apply-for-citizenship work-permit change-of-address; do
  html="$out/html/en/$id.html"
  pandoc --from markdown --to html5 --standalone --template scripts/samples/article.html5 \
    "corpus/en/$id.md" --output "$html"
  "$python" scripts/samples/export.py sidecar "corpus/en/$id.md" "$html.meta.yaml"
done

# Phone-script exports, in their language's scripts/ folder.
mkdir -p "$out/txt/en/scripts" "$out/txt/es/scripts"
"$python" scripts/samples/export.py script corpus/en/scripts/replace-green-card.md "$out/txt/en/scripts/replace-green-card.txt"
"$python" scripts/samples/export.py script corpus/es/scripts/renew-green-card.md "$out/txt/es/scripts/renew-green-card.txt"

# One JSONL export mixing languages and types.
mkdir -p "$out/jsonl"
"$python" scripts/samples/export.py jsonl "$out/jsonl/export.jsonl" \
  corpus/en/case-status-online.md corpus/es/tps.md corpus/en/scripts/biometrics-appointment.md

echo "make-samples: wrote $(find "$out" -type f | wc -l) files to $out/"
