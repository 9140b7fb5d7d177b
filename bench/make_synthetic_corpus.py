#!/usr/bin/env python3
"""Makes a synthetic corpus for reindexing benchmarks: N documents in several languages, built by
recombining the sentences of the bundled corpus (so the words, scripts and lengths are realistic).

    python3 bench/make_synthetic_corpus.py --out /tmp/synthetic --documents 100000
    python3 bench/make_synthetic_corpus.py --out /tmp/synthetic --documents 100000 --change 0.01

--change F rewrites a fraction F of an existing synthetic corpus (for incremental timings).
Deterministic for a given --seed.
"""
import argparse
import os
import random
import re

LANGUAGES = ["en", "es", "zh", "vi", "ko", "tl", "ar", "ht", "fr", "ru"]


def load_sentences(corpus):
    sentences = {}
    for lang in LANGUAGES:
        folder = os.path.join(corpus, lang)
        found = []
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".md"):
                continue
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            body = text.split("\n---\n", 1)[-1]
            for line in body.splitlines():
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                found.extend(s for s in re.split(r"(?<=[.!?。？！])\s*", line) if len(s) > 20)
        sentences[lang] = found
    return sentences


def document(rng, sentences, lang, number, version):
    pick = lambda n: " ".join(rng.choice(sentences[lang]) for _ in range(n))
    title = pick(1)[:80].replace(":", " ").replace("\n", " ")
    sections = "\n\n".join(f"## Section {k}\n\n{pick(rng.randint(3, 8))}" for k in range(rng.randint(2, 5)))
    return (f"---\nid: synthetic-{number}\nlang: {lang}\ntype: article\ntitle: \"{title.replace(chr(34), '')}\"\n"
            f"updated: 2026-11-0{version % 9 + 1}\n---\n{pick(2)}\n\n{sections}\n")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--documents", type=int, default=100000)
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "corpus"))
    parser.add_argument("--change", type=float, default=0.0, help="fraction of documents to rewrite")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    sentences = load_sentences(args.corpus)
    rng = random.Random(args.seed)
    numbers = range(args.documents)
    version = 0
    if args.change > 0:
        rng = random.Random(args.seed + 1)
        numbers = sorted(rng.sample(range(args.documents), int(args.documents * args.change)))
        version = 1
    for number in numbers:
        lang = LANGUAGES[number % len(LANGUAGES)]
        doc_rng = random.Random(f"{args.seed}-{number}-{version}")
        write(os.path.join(args.out, lang, f"synthetic-{number}.md"), document(doc_rng, sentences, lang, number, version))
    print(f"wrote {len(numbers)} documents to {args.out}")


if __name__ == "__main__":
    main()
