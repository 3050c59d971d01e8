#!/usr/bin/env python3
"""Graded relevance judgments (qrels) for the judged queries, from the sample generator's truth.

Usage:
    python3 benchmarks/relevance/judgments.py --queries queries.jsonl --truth truth.jsonl > qrels.txt

The judgments come from what the generator decided about each person's real expertise
(truth.jsonl), never from WieWeet's output, so no ranking change can make itself look right.

The rule, for a query about topics T (its "topics" list) and a person P:
    grade(P) = max over t in T of truth(P, t)    truth: 2 = real expert, 1 = some knowledge, 0 = absent
    hidden people are never relevant: no system may return them, so they cannot count.
Only people with grade >= 1 are written; everyone else counts as not relevant.

Output: TREC qrels, one line per relevant person: "QUERY_ID 0 PERSON_ID GRADE", sorted by query
(in file order) and person id. A query nobody is relevant for is reported on stderr and makes the
exit status 1: its metrics would be undefined. Python 3 standard library only.
"""

import argparse
import json
import sys


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit("%s:%d: %s" % (path, number, e))


def read_truth(path):
    """person id -> {topic: grade}, visible people only."""
    truth = {}
    for _, rec in read_jsonl(path):
        if rec.get("visibility") == "hidden":
            continue
        truth[rec["person"]] = rec.get("topics", {})
    return truth


def grades_for(topics, truth):
    grades = {}
    for person, known in truth.items():
        grade = max((known.get(t, 0) for t in topics), default=0)
        if grade >= 1:
            grades[person] = grade
    return grades


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--queries", required=True, help="judged queries, JSON Lines")
    ap.add_argument("--truth", required=True, help="truth.jsonl written by scripts/generate_sample_data.py")
    args = ap.parse_args(argv)

    truth = read_truth(args.truth)
    empty = []
    out = sys.stdout
    for number, q in read_jsonl(args.queries):
        if not q.get("topics"):
            sys.exit("%s:%d: query %s has no topics" % (args.queries, number, q.get("id")))
        grades = grades_for(q["topics"], truth)
        if not grades:
            empty.append(q["id"])
        for person in sorted(grades):
            out.write("%s 0 %s %d\n" % (q["id"], person, grades[person]))
    if empty:
        print("judgments: no visible person is relevant for %s" % ", ".join(empty), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
