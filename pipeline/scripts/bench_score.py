"""Scores a bench-ocr run: CER and seconds per page, bare Tesseract against the pipeline."""
import html
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np


def fold(text):
    return re.sub(r"\s+", " ", text).strip()


def edits(hypothesis, reference, free_ends):
    """Edit distance; with free_ends, to the best-matching window of the hypothesis."""
    a = np.frombuffer(hypothesis.encode("utf-32-le"), dtype=np.uint32)
    b = np.frombuffer(reference.encode("utf-32-le"), dtype=np.uint32)
    n = len(a)
    idx = np.arange(n + 1)
    row = np.zeros(n + 1, dtype=np.int64) if free_ends else idx.astype(np.int64)
    for i in range(1, len(b) + 1):
        tmp = np.empty(n + 1, dtype=np.int64)
        tmp[0] = row[0] + 1
        tmp[1:] = np.minimum(row[1:] + 1, row[:-1] + (a != b[i - 1]))
        row = np.minimum.accumulate(tmp - idx) + idx
    return int(row.min()) if free_ends else int(row[n])


SIC = re.compile(r"<sic\b[^>]*>.*?</sic>|<sic\b[^>]*/>", re.S)
LB = re.compile(r'<lb\b[^>]*facs="#f(\d+)-l(\d+)"[^>]*/>')
FW = re.compile(r'<fw\b[^>]*facs="#f(\d+)-l(\d+)"[^>]*>(.*?)</fw>', re.S)


def tei_text(path):
    """The TEI body's lines (and forme work: letterheads, page numbers) in the order OCR found
    them, tags removed. Of a repaired word the repair (corr) is kept and what the OCR read (sic)
    dropped."""
    body = path.read_text(encoding="utf-8")
    body = SIC.sub("", body[body.index("<body"):body.index("</body>")])
    lines = [((int(page), int(line)), html.unescape(re.sub(r"<[^>]+>", "", text)))
             for page, line, text in FW.findall(body)]
    body = FW.sub("", body)
    parts = LB.split(body)
    for k in range(1, len(parts) - 2, 3):
        # Inline tags (names, dates, unclear words) sit inside words; a line's end is its lb.
        text = re.sub(r"<[^>]+>", "", parts[k + 2])
        lines.append(((int(parts[k]), int(parts[k + 1])), html.unescape(text)))
    return "\n".join(text for _, text in sorted(lines))


def least(seconds):
    """Per key, the least of the seconds recorded for it over the rounds."""
    return {key: min(values) for key, values in seconds.items()}


def main(work, profiles):
    work = Path(work)
    truth = {p.stem: fold(p.read_text(encoding="utf-8")) for p in (work / "gt").glob("*.txt")}
    bare_runs, wall_runs = defaultdict(list), defaultdict(list)
    for line in (work / "times.tsv").read_text().splitlines():
        kind, profile, stem, _, seconds = line.split("\t")
        if kind == "bare":
            bare_runs[(profile, stem)].append(float(seconds))
        else:
            wall_runs[profile].append(float(seconds))
    bare_page, wall = least(bare_runs), least(wall_runs)
    rounds = max(len(v) for v in wall_runs.values())
    rows = []
    print(f"{'profile':9} {'pages':>5} | {'CER bare':>8} {'CER ours':>8} | "
          f"{'s/p bare':>8} {'s/p ours':>8} {'ratio':>5} | {'wall s/p':>8} {'ratio':>5}")
    for profile in profiles:
        free = profile == "ehri"
        stems = sorted(p.stem for p in (work / "pages" / profile).iterdir())
        ours_runs, ours_text = defaultdict(list), {}
        for round_dir in sorted((work / "pipe" / profile).glob("round-*")):
            report = json.loads((round_dir / "report.json").read_text())
            for doc in report["documents"]:
                stem = Path(doc["sources"][0]).stem
                seconds = doc.get("seconds") or {}
                ours_runs[stem].append(seconds.get("preprocess", 0) + seconds.get("ocr", 0))
                if round_dir.name == "round-1" and doc.get("outputs"):
                    ours_text[stem] = fold(tei_text(round_dir / doc["outputs"]["tei"]))
        ours_page = least(ours_runs)
        totals = {"bare": 0, "ours": 0}
        chars = 0
        for stem in stems:
            reference = truth[stem]
            chars += len(reference)
            bare = fold((work / "bare" / profile / f"{stem}.txt").read_text(encoding="utf-8"))
            totals["bare"] += edits(bare, reference, free)
            totals["ours"] += edits(ours_text.get(stem, ""), reference, free)
        pages = len(stems)
        row = dict(profile=profile, pages=pages, cer_bare=totals["bare"] / chars,
                   cer_ours=totals["ours"] / chars,
                   bare=sum(bare_page[(profile, stem)] for stem in stems) / pages,
                   ours=sum(ours_page.get(stem, 0) for stem in stems) / pages,
                   wall=wall[profile] / pages)
        rows.append(row)
        print(f"{profile:9} {pages:5d} | {row['cer_bare']:8.2%} {row['cer_ours']:8.2%} | "
              f"{row['bare']:8.2f} {row['ours']:8.2f} {row['ours'] / row['bare']:5.2f} | "
              f"{row['wall']:8.2f} {row['wall'] / row['bare']:5.2f}")
    # The degraded set, as bench-ocr names it.
    degraded = [r for r in rows if r["profile"] in os.environ["DEGRADED"].split()]
    bare_total = sum(r["bare"] * r["pages"] for r in degraded)
    ours_total = sum(r["ours"] * r["pages"] for r in degraded)
    wall_total = sum(r["wall"] * r["pages"] for r in degraded)
    print(f"degraded set: bare {bare_total:.1f} s, ours {ours_total:.1f} s (preprocess+OCR,"
          f" ratio {ours_total / bare_total:.2f}), ours wall {wall_total:.1f} s"
          f" (ratio {wall_total / bare_total:.2f})")
    print("s/p ours = preprocess + OCR stage seconds from report.json; wall = whole `run`"
          " (JVM start, TEI, validation, HTML, PDF) per page; each the least over"
          f" {rounds} rounds (EHRI: 1)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
