#!/usr/bin/env python3
"""Reduce the shared IPTC Media Topics export to the fields the topic classifier reads.

    python3 reduce_taxonomy.py ../../../../../../../../shared/taxonomy/iptc-mediatopics-en-all-levels.json > iptc-mediatopics.json

(path relative to this folder; any copy of iptc-mediatopics-en-all-levels.json works). Keeps every
active concept with qcode, level, label and broader; drops definitions, Wikidata ids and old subject
codes, which the classifier does not use. Standard library only; output is sorted and stable.
"""
import json
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    src = json.load(open(sys.argv[1], encoding="utf-8"))
    concepts = [
        {"qcode": c["qcode"], "level": c["level"], "label": c["label"], "broader": c["broader"]}
        for c in src["concepts"]
    ]
    concepts.sort(key=lambda c: (c["level"], c["qcode"]))
    out = {
        "scheme": src.get("scheme"),
        "release": src.get("release"),
        "licence": "CC BY 4.0 (http://creativecommons.org/licenses/by/4.0/)",
        "attribution": "IPTC Media Topics (c) IPTC, International Press Telecommunications Council - https://iptc.org",
        "changes": "active concepts only; fields reduced to qcode, level, label, broader",
        "concepts": concepts,
    }
    # one concept a line keeps diffs between releases readable
    head = {k: v for k, v in out.items() if k != "concepts"}
    sys.stdout.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "concepts": [\n')
    sys.stdout.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in concepts))
    sys.stdout.write("\n]}\n")


if __name__ == "__main__":
    main()
