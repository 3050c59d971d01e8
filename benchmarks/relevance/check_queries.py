#!/usr/bin/env python3
"""Checks that the judged queries still test what their category says, against a sample data set.

Usage:
    python3 benchmarks/relevance/check_queries.py --queries queries.jsonl --sample var/sample

A query set silently goes stale when the generator changes: a "synonym" that starts to appear in
the evidence no longer tests synonyms. This checks, on the words of the evidence (staff profiles,
workshops, documents; folded to lower-case ASCII, split on non-word characters):
  - every query has an id (unique), a query text, a known category and topics the sample knows;
  - synonym:  NO word of the query occurs anywhere in the evidence;
  - compound, typo:  at least one word of the query never occurs in the evidence as a whole word
    (the compound or its misspelling), so plain word matching cannot find it;
  - typo:  every such word is one or two edits (insert, delete, substitute, swap two neighbours)
    away from a word that does occur: a slip of the keyboard, not another word.
Exit status 1 with one line per problem. Python 3 standard library only.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

CATEGORIES = ("topic", "compound", "abbreviation", "synonym", "typo", "question", "english", "phrase")


def words(text):
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.findall(r"\w+", folded)


def edit_distance(a, b):
    """Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def near_a_real_word(word, vocabulary):
    return any(abs(len(v) - len(word)) <= 2 and edit_distance(word, v) <= 2 for v in vocabulary)


def evidence_vocabulary(sample):
    fields = {"staff.jsonl": ("name", "roles", "department", "expertise", "bio"),
              "workshops.jsonl": ("title", "description", "tags"),
              "documents.jsonl": ("title", "body", "tags")}
    vocabulary = set()
    for name, keys in fields.items():
        with open(os.path.join(sample, name), encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                for key in keys:
                    value = record.get(key)
                    if isinstance(value, list):
                        value = " ".join(value)
                    if value:
                        vocabulary.update(words(value))
    return vocabulary


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--queries", required=True)
    ap.add_argument("--sample", required=True, help="directory with the generator's output")
    args = ap.parse_args(argv)

    with open(os.path.join(args.sample, "topics.json"), encoding="utf-8") as f:
        known_topics = {t["id"] for t in json.load(f)["topics"]}
    vocabulary = evidence_vocabulary(args.sample)

    problems = []
    seen = set()
    with open(args.queries, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            where = "%s:%d" % (args.queries, number)
            q = json.loads(line)
            qid, text, category = q.get("id"), q.get("query", ""), q.get("category")
            if not qid or qid in seen:
                problems.append("%s: missing or repeated id %r" % (where, qid))
            seen.add(qid)
            if not text.strip():
                problems.append("%s: empty query" % where)
            if category not in CATEGORIES:
                problems.append("%s: unknown category %r" % (where, category))
            for topic in q.get("topics") or ["(none)"]:
                if topic not in known_topics:
                    problems.append("%s: unknown topic %r" % (where, topic))
            present = [w for w in words(text) if w in vocabulary]
            if category == "synonym" and present:
                problems.append("%s: synonym query %r has words that occur in the evidence: %s"
                                % (where, text, ", ".join(present)))
            if category in ("compound", "typo") and len(present) == len(words(text)):
                problems.append("%s: %s query %r: every word occurs in the evidence as it is"
                                % (where, category, text))
            if category == "typo":
                for word in words(text):
                    if word not in vocabulary and not near_a_real_word(word, vocabulary):
                        problems.append("%s: typo %r is more than two edits from every word of the evidence"
                                        % (where, word))
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("check_queries: %d queries fit their categories on %s" % (len(seen), args.sample))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
