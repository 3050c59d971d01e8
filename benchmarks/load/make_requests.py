#!/usr/bin/env python3
"""Writes the load test's non-repeating query stream (docs/performance.md).

From the judged queries (benchmarks/relevance/queries.jsonl) it makes distinct query texts: each
judged query alone and every ordered pair of two different ones ("roosteren passend onderwijs"),
and with --triples also every ordered triple. Each text becomes --variants distinct /api/v1/experts
requests, differing in page (1-3) and filter (none, or a school, role or available_for value taken
from the sample's staff file). The order is shuffled with a fixed seed, so every run walks the same
stream. With 109 judged queries: 11,881 texts, 23,762 requests by default.

Writes PREFIX.paths (one request path per line, for benchmarks/load/experts.lua) and PREFIX.texts
(the query texts in the same order, for the in-process peers of wieweet_search_peers) and
PREFIX.judged (the judged queries themselves, one per line: the overhead ratio is reported per query).
"""
import argparse
import itertools
import json
import random
import sys
import urllib.parse


def judged_queries(path):
    queries = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                queries.append(json.loads(line)["query"])
            except (ValueError, KeyError) as error:
                sys.exit(f"{path}:{number}: {error}")
    return queries


def filter_values(staff_path):
    """The most common school, role and availability values of visible staff, as filters to use."""
    counts = {"school": {}, "role": {}, "available_for": {}}
    with open(staff_path, encoding="utf-8") as lines:
        for line in lines:
            person = json.loads(line)
            if person.get("visibility") == "hidden":
                continue
            values = {"school": [person.get("school", "")], "role": person.get("roles", []),
                      "available_for": person.get("available_for", [])}
            for field, found in values.items():
                for value in found:
                    if value:
                        counts[field][value] = counts[field].get(value, 0) + 1
    return {field: [value for value, _ in sorted(found.items(), key=lambda item: (-item[1], item[0]))[:12]]
            for field, found in counts.items()}


def texts(queries, triples):
    seen = set()
    for size in (1, 2, 3) if triples else (1, 2):
        for combination in itertools.permutations(queries, size):
            text = " ".join(combination)
            if text not in seen:
                seen.add(text)
                yield text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", required=True, help="judged queries, JSON Lines with a 'query' field")
    parser.add_argument("--staff", required=True, help="the sample's staff.jsonl (filter values)")
    parser.add_argument("--out", required=True, help="output prefix: writes PREFIX.paths and PREFIX.texts")
    parser.add_argument("--variants", type=int, default=2, help="requests per text (default 2)")
    parser.add_argument("--triples", action="store_true", help="also three judged queries joined (1.3 million texts)")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    queries = judged_queries(args.queries)
    filters = filter_values(args.staff)
    shuffle = random.Random(args.seed).shuffle
    chosen = list(texts(queries, args.triples))
    shuffle(chosen)
    fields = ["school", "role", "available_for"]
    requests = []
    for number, text in enumerate(chosen):
        for variant in range(args.variants):
            kind = number * args.variants + variant
            path = "/api/v1/experts?q=" + urllib.parse.quote(text, safe="") + f"&page={1 + kind % 3}&size=10"
            field = fields[kind // 2 % 3]
            if kind % 2 == 1 and filters[field]:
                value = filters[field][kind // 6 % len(filters[field])]
                path += f"&{field}=" + urllib.parse.quote(value, safe="")
            requests.append(path)
    shuffle(requests)
    with open(args.out + ".paths", "w", encoding="utf-8") as paths:
        paths.writelines(path + "\n" for path in requests)
    with open(args.out + ".texts", "w", encoding="utf-8") as plain:
        plain.writelines(text + "\n" for text in chosen)
    with open(args.out + ".judged", "w", encoding="utf-8") as judged:
        judged.writelines(query + "\n" for query in queries)
    print(f"make_requests: {len(requests)} distinct requests, {len(chosen)} distinct texts, from {len(queries)} judged queries", file=sys.stderr)


if __name__ == "__main__":
    main()
