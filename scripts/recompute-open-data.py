#!/usr/bin/env python3
"""Recomputes every figure of each period's summary.json and departments.json from its
desensitised data/SLUG/posts.csv, with code of its own (none of Lightboard's), as a
journalist would, and fails on the first figure that differs (docs/archiving.md §4).

Besides posts.csv it reads what the site publishes or the press office keeps: site.yml
(assessed channels, light limits, score weights), the working-day calendar, each period's
quarter.yml (as_of), adjustments.csv and complex issues (leads). The content's departments
and adjustments tables may be .csv or .xlsx (read with openpyxl), as Lightboard takes them.
Working days are recounted from the calendar and checked against posts.csv's column.
The published data/SLUG/adjustments.csv must list every row of the content's adjustments.csv,
by date, then registry order, then file order, and adjustments.json the same rows; the
bonus and penalty of departments.json are recomputed from the published rows.

Usage: recompute-open-data.py SITE CONTENT
"""
import csv
import datetime as dt
import json
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import yaml

site_dir, content_dir = map(pathlib.Path, sys.argv[1:3])
site = yaml.safe_load((content_dir / "site.yml").read_text())
assessment = site.get("assessment") or {}
assessed_channels = assessment.get("channels") or [c["id"] for c in site["channels"]]
lights = {"green": 3, "yellow": 5, **(assessment.get("lights") or {})}
score = assessment.get("score") or {}
weights = score.get("weights") or {"acceptance_rate": 20, "reply_rate": 30, "green_rate": 50}
complex_points = Fraction(str(score.get("complex_issue_points", 1)))


def content_table(base):
    """The rows of the content's BASE.csv or BASE.xlsx (its first sheet) as dicts of text; None without either."""
    csv_file, xlsx_file = base.with_suffix(".csv"), base.with_suffix(".xlsx")
    if csv_file.exists() and xlsx_file.exists():
        sys.exit(f"recompute: both {csv_file} and {xlsx_file}: Lightboard refuses that content")
    if csv_file.exists():
        with csv_file.open(encoding="utf-8-sig", newline="") as file:
            return list(csv.DictReader(file))
    if not xlsx_file.exists():
        return None
    import openpyxl  # only for a workbook: in the quality venv

    def text(value):
        # A date cell is a datetime at midnight; Lightboard reads it as the day.
        if isinstance(value, dt.datetime) and value.time() == dt.time():
            return value.date().isoformat()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return "" if value is None else str(value).strip()

    sheet = openpyxl.load_workbook(xlsx_file, read_only=True, data_only=True).worksheets[0]
    rows = [[text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    header, records = rows[0], [row for row in rows[1:] if any(row)]
    return [dict(zip(header, row + [""] * (len(header) - len(row)))) for row in records]


departments = content_table(content_dir / "departments")
if departments is None:
    sys.exit(f"recompute: {content_dir} has neither departments.csv nor departments.xlsx")
registry = [row["id"] for row in departments]
checked = {"figures": 0, "posts": 0, "adjustments": 0}


def day_list(items):
    days = set()
    for item in items or []:
        first, _, last = str(item).partition("..")
        start = dt.date.fromisoformat(first)
        end = dt.date.fromisoformat(last) if last else start
        while start <= end:
            days.add(start)
            start += dt.timedelta(days=1)
    return days


holidays, workdays = set(), set()
for file in (content_dir / "calendar").glob("*.yml"):
    year = yaml.safe_load(file.read_text()) or {}
    holidays |= day_list(year.get("holidays"))
    workdays |= day_list(year.get("workdays"))


def is_working(day):
    return day in workdays or (day.weekday() < 5 and day not in holidays)


def working_days(after, through):
    """Working days D with after < D <= through."""
    count, day = 0, after + dt.timedelta(days=1)
    while day <= through:
        count += is_working(day)
        day += dt.timedelta(days=1)
    return count


def rate(part, whole, places=1):
    if whole == 0:
        return None
    exact = Fraction(100 * part, whole)
    return rounded(exact, places)


def rounded(exact, places):
    value = (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return float(value)


def expect(file, key, actual, computed, kind="figures"):
    if actual != computed:
        origin = "in the content's adjustments.csv" if kind == "adjustments" else "recomputed from posts.csv"
        sys.exit(f"{file}: {key}: published {actual!r}, {origin} {computed!r}")
    checked[kind] += 1


def expect_keys(file, key, published, known):
    unknown = set(published) - set(known)
    if unknown:
        sys.exit(f"{file}: {key}: no recomputation for {sorted(unknown)} (scripts/recompute-open-data.py covers contract §3-4)")


def tally(rows):
    accepted = [r for r in rows if r["accepted"]]
    counts = {"posts": len(rows), "accepted": len(accepted), "replied": sum(r["replied"] for r in rows)}
    for light in ("green", "yellow", "gray", "red"):
        counts[light] = sum(r["light"] == light for r in accepted)
    return counts


def rates(counts):
    result = {"acceptance_rate": rate(counts["accepted"], counts["posts"]),
              "reply_rate": rate(counts["replied"], counts["posts"])}
    for light in ("green", "yellow", "gray", "red"):
        result[light + "_rate"] = rate(counts[light], counts["accepted"])
    return result


def read_period(folder):
    info = yaml.safe_load((folder / ("quarter.yml" if (folder / "quarter.yml").exists() else "month.yml")).read_text())
    as_of = info["as_of"] if isinstance(info["as_of"], dt.date) else dt.date.fromisoformat(info["as_of"])
    slug = folder.name.lower()
    rows = []
    with (site_dir / "data" / slug / "posts.csv").open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            posted = dt.datetime.fromisoformat(row["posted_at"]).date()
            on = {key: dt.datetime.fromisoformat(row[key]).date() if row.get(key) else None
                  for key in ("accepted_at", "replied_at")}
            accepted = on["accepted_at"] is not None and on["accepted_at"] <= as_of
            replied = on["replied_at"] is not None and on["replied_at"] <= as_of
            elapsed = working_days(posted, on["replied_at"]) if replied else None
            expect(f"{slug}/posts.csv", f"{row['id']}.working_days", row["working_days"], "" if elapsed is None else str(elapsed), "posts")
            light = None
            if row["channel"] in assessed_channels and accepted:
                light = ("red" if not replied else "green" if elapsed <= lights["green"]
                         else "yellow" if elapsed <= lights["yellow"] else "gray")
            expect(f"{slug}/posts.csv", f"{row['id']}.light", row["light"], light or "", "posts")
            rows.append({**row, "accepted": accepted, "replied": replied, "light": light})
    adjustments = {}
    for row in published_adjustments(folder, slug):
        entry = adjustments.setdefault(row[0], {"bonus": Fraction(0), "penalty": Fraction(0)})
        entry[row[2]] += row[3]
    leads = {}
    for issue in sorted((folder / "complex-issues").glob("*.md")):
        if "." in issue.stem:
            continue  # a translation
        front = yaml.safe_load(issue.read_text(encoding="utf-8").split("---")[1])
        leads[front["lead"]] = leads.get(front["lead"], 0) + 1
    return {"slug": slug, "rows": rows, "adjustments": adjustments, "leads": leads}


def adjustment_row(row):
    return (row["department"], str(row["date"]), row["kind"], Fraction(str(row["points"])), row["reason"], row["source"])


def published_adjustments(folder, slug):
    """The rows of data/SLUG/adjustments.csv, checked against the content and adjustments.json."""
    content = [adjustment_row(row) for row in content_table(folder / "adjustments") or []]
    # sorted() is stable: rows of the same day and department keep their file order.
    expected = sorted(content, key=lambda row: (row[1], registry.index(row[0])))
    with (site_dir / "data" / slug / "adjustments.csv").open(encoding="utf-8", newline="") as file:
        published = [adjustment_row(row) for row in csv.DictReader(file)]
    as_json = [adjustment_row(row) for row in json.loads((site_dir / "data" / slug / "adjustments.json").read_text())]
    for name, rows in (("adjustments.csv", published), ("adjustments.json", as_json)):
        expect(f"{slug}/{name}", "rows", len(rows), len(expected), "adjustments")
        for number, (row, wanted) in enumerate(zip(rows, expected), 1):
            expect(f"{slug}/{name}", f"row {number}", row, wanted, "adjustments")
    return published


def league(period):
    assessed = [r for r in period["rows"] if r["channel"] in assessed_channels]
    entries = []
    for index, department in enumerate(registry):
        rows = [r for r in assessed if r["department"] == department]
        if not rows:
            continue
        counts = tally(rows)
        exact_rates = {"acceptance_rate": Fraction(counts["accepted"], counts["posts"]),
                       "reply_rate": Fraction(counts["replied"], counts["posts"])}
        for light in ("green", "yellow", "gray", "red"):
            exact_rates[light + "_rate"] = Fraction(counts[light], counts["accepted"]) if counts["accepted"] else Fraction(0)
        adjustment = period["adjustments"].get(department, {"bonus": Fraction(0), "penalty": Fraction(0)})
        issues = period["leads"].get(department, 0)
        exact = (sum(Fraction(str(weight)) * exact_rates[key] for key, weight in weights.items())
                 + adjustment["bonus"] - adjustment["penalty"] + complex_points * issues)
        entries.append({"id": department, "order": index, "exact": exact, **counts, **rates(counts),
                        "bonus": rounded(adjustment["bonus"], 2), "penalty": rounded(adjustment["penalty"], 2),
                        "complex_issues": issues, "score": rounded(exact, 2)})
    entries.sort(key=lambda e: (-e["exact"], e["order"]))
    for rank, entry in enumerate(entries, 1):
        entry["rank"] = rank
    return entries


def headline(entries):
    all_green = sum(e["accepted"] >= 1 and e["green"] == e["accepted"] for e in entries)
    no_red = sum(e["accepted"] >= 1 and e["red"] == 0 for e in entries)
    return all_green, no_red


def previous_quarter(name):
    year, quarter = int(name[:4]), int(name[-1])
    return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"


periods = {}
for folder in sorted((content_dir / "quarters").glob("*-Q[1-4]")):
    periods[folder.name] = read_period(folder)
    periods[folder.name]["league"] = league(periods[folder.name])

for name, period in periods.items():
    slug = period["slug"]
    summary = json.loads((site_dir / "data" / slug / "summary.json").read_text())
    file = f"{slug}/summary.json"
    for published in summary["channels"]:
        rows = [r for r in period["rows"] if r["channel"] == published["id"]]
        counts = tally(rows)
        computed = {"posts": counts["posts"], "public": sum(r["public"] == "yes" for r in rows),
                    "accepted": counts["accepted"], "replied": counts["replied"]}
        computed.update({k: v for k, v in rates(counts).items() if k in ("acceptance_rate", "reply_rate")})
        for key, value in computed.items():
            expect(file, f"channels.{published['id']}.{key}", published[key], value)
    expect_keys(file, "", summary, ("quarter", "as_of", "published", "channels", "assessment", "categories"))
    published = summary["assessment"]
    expect_keys(file, "assessment", published, (
        "channels", "posts", "accepted", "replied", "acceptance_rate", "reply_rate", "lights", "green_rate", "yellow_rate",
        "gray_rate", "red_rate", "departments", "departments_all_green", "departments_all_green_change",
        "departments_no_red", "departments_no_red_change", "top_red", "complex_issues"))
    expect(file, "assessment.channels", published["channels"], assessed_channels)
    counts = tally([r for r in period["rows"] if r["channel"] in assessed_channels])
    for key in ("posts", "accepted", "replied"):
        expect(file, f"assessment.{key}", published[key], counts[key])
    for light in ("green", "yellow", "gray", "red"):
        expect(file, f"assessment.lights.{light}", published["lights"][light], counts[light])
    for key, value in rates(counts).items():
        expect(file, f"assessment.{key}", published[key], value)
    entries = period["league"]
    all_green, no_red = headline(entries)
    expect(file, "assessment.departments", published["departments"], len(entries))
    expect(file, "assessment.departments_all_green", published["departments_all_green"], all_green)
    expect(file, "assessment.departments_no_red", published["departments_no_red"], no_red)
    before = periods.get(previous_quarter(name))
    change = [a - b for a, b in zip((all_green, no_red), headline(before["league"]))] if before else [None, None]
    expect(file, "assessment.departments_all_green_change", published["departments_all_green_change"], change[0])
    expect(file, "assessment.departments_no_red_change", published["departments_no_red_change"], change[1])
    red_list = sorted((e for e in entries if e["red"] >= 1), key=lambda e: (-e["red"], e["order"]))
    expect(file, "assessment.top_red", published["top_red"], [e["id"] for e in red_list[:3]])
    expect(file, "assessment.complex_issues", published["complex_issues"], sum(period["leads"].values()))
    for category in summary["categories"]:
        computed = sum(r["category"] == category["id"] for r in period["rows"] if r["channel"] in assessed_channels)
        expect(file, f"categories.{category['id']}.posts", category["posts"], computed)

    departments = json.loads((site_dir / "data" / slug / "departments.json").read_text())
    file = f"{slug}/departments.json"
    expect(file, "departments", [d["id"] for d in departments], [e["id"] for e in entries])
    for published, entry in zip(departments, entries):
        expect_keys(file, published["id"], published, entry)
        for key, value in published.items():
            expect(file, f"{published['id']}.{key}", value, entry[key])

posts = sum(len(p["rows"]) for p in periods.values())
print(f"recompute: ok: {checked['figures']} figures of summary.json and departments.json in {len(periods)} periods "
      f"recomputed from posts.csv ({posts} posts, lights and working days rechecked), bonus and penalty from "
      f"adjustments.csv, whose {checked['adjustments']} rows and counts (with adjustments.json's) are as in the content, all equal")
