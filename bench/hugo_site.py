#!/usr/bin/env python3
"""Turn a Lightboard content folder into an equivalent Hugo site (the benchmark's peer).

    python3 bench/hugo_site.py CONTENT_DIR HUGO_DIR

The Hugo site has, per language (zh, en), exactly the pages Lightboard renders:
home, archive, methodology, departments index + one page per department,
e-reading index + one page per month, one page per free page, the search page
and its index (`search/documents.js`, an output format of its own that ranges
over every page), the /LANG/latest/ redirect, and per quarter: report (with the
lights table, categories and sub-categories, definitions), league (with its
definitions), green list, red list, adjustments, complex-issue index + one page
per complex issue; plus one feed per language (Hugo's RSS; Lightboard writes Atom).
Department pages carry the score breakdown. Interface words come from
Lightboard's Templates/strings/LANG.yml.

Pages carry the same tables (one row per league department, per red post, per
quarter of a department's history, ...) with figures computed here from the
posts (the contract's rules, in plain Python: close to Lightboard's numbers,
not a reference implementation), and the same Markdown narratives, stories and
e-reading entries. Layouts are minimal but real: baseof with header, nav and
footer; single; list; home.

Prints the number of HTML pages Hugo will write. Python standard library only.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import json
import os
import re
import shutil
import sys
import time

LANGS = ("zh", "en")

# --------------------------------------------------------------------------
# A small YAML subset: block maps and lists by indentation, flow maps/lists,
# plain and quoted scalars. Enough for the contract's files; not general YAML.
# --------------------------------------------------------------------------


def _scalar(s: str):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] == '"':
        return json.loads(s)
    if len(s) >= 2 and s[0] == s[-1] == "'":
        return s[1:-1].replace("''", "'")
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    if re.fullmatch(r"-?\d+\.\d+", s):
        return float(s)
    return s


def _flow(s: str, i: int):
    """Parse a flow value starting at s[i]; return (value, next index)."""
    while s[i] == " ":
        i += 1
    if s[i] in "{[":
        close = "}" if s[i] == "{" else "]"
        out = {} if close == "}" else []
        i += 1
        while True:
            while s[i] in " ,":
                i += 1
            if s[i] == close:
                return out, i + 1
            if close == "}":
                m = re.compile(r"\s*([^:,{}\[\]]+?)\s*:\s").match(s, i)
                key, i = m.group(1), m.end()
                out[key], i = _flow(s, i)
            else:
                v, i = _flow(s, i)
                out.append(v)
    if s[i] in "\"'":
        q = s[i]
        j = i + 1
        while True:
            if s[j] == "\\" and q == '"':
                j += 2
                continue
            if s[j] == q:
                if q == "'" and j + 1 < len(s) and s[j + 1] == "'":
                    j += 2
                    continue
                return _scalar(s[i:j + 1]), j + 1
            j += 1
    j = i
    while j < len(s) and s[j] not in ",]}":
        j += 1
    return _scalar(s[i:j]), j


def _value(text: str):
    text = re.sub(r"\s+#.*$", "", text).strip() if not text.strip().startswith(("'", '"')) else text.strip()
    if text[:1] in "{[\"'":
        return _flow(text, 0)[0]
    return _scalar(text)


def parse_yaml(text: str):
    lines = [l.rstrip() for l in text.replace("\r\n", "\n").lstrip("\ufeff").split("\n")]
    lines = [l for l in lines if l.strip() and not l.lstrip().startswith("#")]
    value, _ = _block(lines, 0, 0)
    return value


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block(lines, i, indent):
    if i < len(lines) and lines[i].lstrip().startswith("- "):
        out = []
        while i < len(lines) and _indent(lines[i]) == indent and lines[i].lstrip().startswith("- "):
            out.append(_value(lines[i].lstrip()[2:]))
            i += 1
        return out, i
    out = {}
    while i < len(lines) and _indent(lines[i]) == indent:
        key, _, rest = lines[i].strip().partition(":")
        i += 1
        if rest.strip():
            out[key.strip()] = _value(rest)
        elif i < len(lines) and (_indent(lines[i]) > indent or lines[i].lstrip().startswith("- ")):
            out[key.strip()], i = _block(lines, i, _indent(lines[i]))
        else:
            out[key.strip()] = None
    return out, i


def read(path: str) -> str:
    with open(path, encoding="utf-8-sig") as f:
        return f.read().replace("\r\n", "\n")


def front_matter(path: str) -> tuple[dict, str]:
    text = read(path)
    if text.startswith("---\n"):
        head, _, body = text[4:].partition("\n---\n")
        if text[4:].startswith("---\n"):
            return {}, text[8:]
        return (parse_yaml(head) or {}), body
    return {}, text


def tr(value, lang: str) -> str:
    """A YAML text value (plain string or {zh:, en:}) in a language, falling back to the default."""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get(LANGS[0]) or "")
    return "" if value is None else str(value)


def translated(path_default: str, lang: str) -> tuple[dict, str]:
    """(front matter of the default file, body in lang with fallback)."""
    fm, body = front_matter(path_default)
    if lang != LANGS[0]:
        alt = path_default[:-3] + f".{lang}.md"
        if os.path.exists(alt):
            body = front_matter(alt)[1]
    return fm, body


# --------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------


def dates_of(items) -> list[str]:
    out = []
    for item in items or []:
        a, _, b = str(item).partition("..")
        a_d = dt.date.fromisoformat(a)
        b_d = dt.date.fromisoformat(b) if b else a_d
        out += [(a_d + dt.timedelta(days=i)).isoformat() for i in range((b_d - a_d).days + 1)]
    return out


class WorkingDays:
    """count[date string] = working days from a fixed origin through that date."""

    def __init__(self, content: str):
        holidays, workdays, years = set(), set(), []
        cal = os.path.join(content, "calendar")
        for name in sorted(os.listdir(cal)):
            y = parse_yaml(read(os.path.join(cal, name))) or {}
            holidays |= set(dates_of(y.get("holidays")))
            workdays |= set(dates_of(y.get("workdays")))
            years.append(int(name[:4]))
        day, end = dt.date(min(years) - 1, 1, 1), dt.date(max(years) + 2, 12, 31)
        self.count: dict[str, int] = {}
        n = 0
        while day <= end:
            s = day.isoformat()
            if (day.weekday() < 5 and s not in holidays) or s in workdays:
                n += 1
            self.count[s] = n
            day += dt.timedelta(days=1)


def local_date(ts: str) -> str:
    """Date (site time zone, UTC+8 as in site.yml) of a contract timestamp."""
    if len(ts) <= 19 and not ts.endswith("Z"):
        return ts[:10]
    if ts.endswith("Z"):
        t = dt.datetime.fromisoformat(ts[:-1]) + dt.timedelta(hours=8)
    else:
        t = dt.datetime.fromisoformat(ts).astimezone(dt.timezone(dt.timedelta(hours=8)))
    return t.date().isoformat()


def pct(num: int, den: int) -> str:
    """Half-up to one decimal from the exact fraction (non-negative)."""
    if den == 0:
        return "—"
    tenths = (2000 * num + den) // (2 * den)
    return f"{tenths // 10}.{tenths % 10}"


class DeptFigures:
    __slots__ = ("posts", "accepted", "replied", "green", "yellow", "gray", "red", "bonus", "penalty", "complex", "score", "rank", "parts")

    def __init__(self):
        self.posts = self.accepted = self.replied = self.green = self.yellow = self.gray = self.red = 0
        self.bonus = self.penalty = 0.0
        self.complex = 0
        self.parts = []
        self.score = 0.0
        self.rank = 0


def compute_quarter(qdir, site, dept_index, wd, issues_lead):
    """Per-department figures, channel totals, categories and red posts of one quarter."""
    meta = parse_yaml(read(os.path.join(qdir, "quarter.yml")))
    as_of = str(meta["as_of"])
    assess = set((site.get("assessment") or {}).get("channels") or [c["id"] for c in site["channels"]])
    lights = (site.get("assessment") or {}).get("lights") or {}
    g_lim, y_lim = int(lights.get("green", 3)), int(lights.get("yellow", 5))
    depts = [DeptFigures() for _ in dept_index]
    chan = {c["id"]: [0, 0, 0, 0] for c in site["channels"]}  # posts, public, accepted, replied
    cats = {c["id"]: 0 for c in site["categories"]}
    red_posts = []
    count = wd.count
    with open(os.path.join(qdir, "posts.csv"), encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        head = [h.strip() for h in next(rows)]
        col = {h: i for i, h in enumerate(head)}
        get = lambda name: col.get(name, -1)
        i_id, i_ch, i_de, i_ca, i_po, i_ac, i_re, i_pu, i_ti, i_ur = (
            get(n) for n in ("id", "channel", "department", "category", "posted_at", "accepted_at", "replied_at", "public", "title", "url"))
        for r in rows:
            c = chan[r[i_ch]]
            c[0] += 1
            public = i_pu < 0 or r[i_pu].lower() != "no"
            c[1] += public
            p_day = local_date(r[i_po])
            a = r[i_ac] if i_ac >= 0 else ""
            accepted = bool(a) and local_date(a) <= as_of
            rp = r[i_re] if i_re >= 0 else ""
            r_day = local_date(rp) if rp else ""
            replied = bool(rp) and r_day <= as_of
            c[2] += accepted
            c[3] += replied
            if r[i_ch] not in assess:
                continue
            cats[r[i_ca]] += 1
            d = depts[dept_index[r[i_de]]]
            d.posts += 1
            d.accepted += accepted
            d.replied += replied
            if not accepted:
                continue
            if not replied:
                d.red += 1
                red_posts.append((r[i_id], r[i_de], r[i_ti] if (i_ti >= 0 and public) else None, p_day,
                                  r[i_ur] if i_ur >= 0 else ""))
                continue
            elapsed = count[r_day] - count[p_day]
            if elapsed <= g_lim:
                d.green += 1
            elif elapsed <= y_lim:
                d.yellow += 1
            else:
                d.gray += 1
    adj = os.path.join(qdir, "adjustments.csv")
    adjustments = []
    if os.path.exists(adj):
        with open(adj, encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f):
                adjustments.append(r)
                d = depts[dept_index[r["department"]]]
                if r["kind"] == "bonus":
                    d.bonus += float(r["points"])
                else:
                    d.penalty += float(r["points"])
    score = (site.get("assessment") or {}).get("score") or {}
    weights = score.get("weights") or {"acceptance_rate": 20, "reply_rate": 30, "green_rate": 50}
    cip = float(score.get("complex_issue_points", 1))
    for dept_id, n in issues_lead.items():
        depts[dept_index[dept_id]].complex = n
    for d in depts:
        rates = {"acceptance_rate": d.accepted / d.posts if d.posts else 0,
                 "reply_rate": d.replied / d.posts if d.posts else 0}
        for light in ("green", "yellow", "gray", "red"):
            rates[light + "_rate"] = getattr(d, light) / d.accepted if d.accepted else 0
        # settle_rate and satisfaction_rate (contract v2) are not computed here: they count as 0, so the
        # league order may differ from Lightboard's, but not its size or the pages.
        d.parts = [(k, w, float(w) * rates.get(k, 0.0), rates.get(k, 0.0)) for k, w in weights.items()]
        d.score = sum(points for _, _, points, _ in d.parts) + d.bonus - d.penalty + cip * d.complex
    league = sorted((i for i, d in enumerate(depts) if d.posts), key=lambda i: (-depts[i].score, i))
    for rank, i in enumerate(league, 1):
        depts[i].rank = rank
    # The adjustments page's order: by date, on the same day in registry order.
    adjustments.sort(key=lambda r: (r["date"], dept_index[r["department"]]))
    return meta, depts, league, chan, cats, red_posts, adjustments


# --------------------------------------------------------------------------
# Markdown writing
# --------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!])")


def cell(text: str) -> str:
    """Untrusted text as a Markdown table cell: HTML-escaped, Markdown-escaped, one line."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text.replace("\r", " ").replace("\n", " ")))


def md_table(header: list[str], rows, align: str | None = None) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align or ["---"] * len(header)) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def page(path: str, title: str, body: str, date: str | None = None, weight: int | None = None, **params) -> None:
    """A content file; `params` go into its front matter as JSON values (a YAML subset)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fm = ["---", "title: " + json.dumps(title, ensure_ascii=False)]
    if date:
        fm.append(f"date: {date}")
    if weight is not None:
        fm.append(f"weight: {weight}")
    fm += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in params.items()]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(fm) + "\n---\n\n" + body)


T = {  # interface strings
    "zh": dict(home="首页", archive="历史季度", methodology="考评方法", departments="部门", ereading="市长工作E览",
               report="考评报告", league="部门排名", green="绿灯部门", red="红灯通报", complex="疑难问题", adjustments="加分扣分",
               quarter="季度", posts="留言", accepted="受理", replied="回复", rank="名次", dept="部门", score="得分",
               acc_rate="受理率", rep_rate="回复率", green_rate="绿灯率", red_rate="红灯率", yellow="黄灯", gray="灰灯",
               greenl="绿灯", redl="红灯", title="标题", posted="留言日期", lead="牵头部门", partners="协办部门",
               location="地点", resolved="办结日期", channel="渠道", category="类别", measure="指标", value="数值",
               published="发布日期", as_of="统计截至", corrections="更正", none="无", hidden="（不公开）",
               officials="分管领导", role="分工", hits="浏览量", opinions="意见建议", top_red="红灯最多"),
    "en": dict(home="Home", archive="Archive", methodology="Methodology", departments="Departments", ereading="Mayor's Work E-Reading",
               report="Report", league="League table", green="All-green departments", red="Red lights", complex="Complex issues", adjustments="Bonus and penalty points",
               quarter="Quarter", posts="Posts", accepted="Accepted", replied="Replied", rank="Rank", dept="Department", score="Score",
               acc_rate="Acceptance", rep_rate="Reply rate", green_rate="Green rate", red_rate="Red rate", yellow="Yellow", gray="Gray",
               greenl="Green", redl="Red", title="Title", posted="Posted", lead="Lead", partners="Partners",
               location="Location", resolved="Resolved", channel="Channel", category="Category", measure="Measure", value="Value",
               published="Published", as_of="As of", corrections="Corrections", none="none", hidden="(not public)",
               officials="Officials", role="Portfolio", hits="Page views", opinions="Opinions", top_red="Most red lights"),
}

STRINGS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Templates", "strings")


def ui_strings(lang: str) -> dict:
    """Lightboard's interface strings (Templates/strings/LANG.yml: one `key: value` a line), so the
    pages the mirror adds carry the same words."""
    out = {}
    for line in read(os.path.join(STRINGS_DIR, f"{lang}.yml")).split("\n"):
        key, sep, value = line.partition(": ")
        if sep and not line.startswith("#"):
            out[key] = str(_value(value))
    return out


def fill(text: str, **values) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


UI = {lang: ui_strings(lang) for lang in LANGS}

# (label key, definition key) of the report's figures and of the league's columns, in Lightboard's order.
REPORT_DEFINITIONS = [("figure_posts", "posts"), ("figure_acceptance_rate", "acceptance_rate"), ("figure_reply_rate", "reply_rate"),
                      ("figure_green_rate", "green_rate"), ("figure_red_rate", "red_rate"), ("figure_green", "green"),
                      ("figure_red", "red"), ("figure_departments", "departments"), ("figure_all_green", "all_green"),
                      ("figure_no_red", "no_red"), ("figure_complex_issues", "complex_issues")]
LEAGUE_DEFINITIONS = [("col_rank", "rank"), ("col_score", "score"), ("col_acceptance_rate", "acceptance_rate"),
                      ("col_reply_rate", "reply_rate"), ("col_green_rate", "green_rate"), ("col_green", "green"),
                      ("col_yellow", "yellow"), ("col_gray", "gray"), ("col_red", "red"), ("col_bonus", "bonus"),
                      ("col_penalty", "penalty"), ("col_complex_issues", "complex_issues"), ("top_ten", "top_ten")]


def definition(ui: dict, key: str, lights: dict, site: dict) -> str:
    """`def_KEY` with site.yml's limits and points filled in, as PageBuilder.definition does."""
    green, yellow = int(lights.get("green", 3)), int(lights.get("yellow", 5))
    points = ((site.get("assessment") or {}).get("score") or {}).get("complex_issue_points", 1)
    return fill(ui["def_" + key], green=green, yellow=yellow, yellow_from=green + 1, points=points)


def definitions(ui: dict, items) -> str:
    """A definition list (Goldmark's extension), under the heading Lightboard's <details> has; the
    interface's own words, so not escaped as citizens' text is."""
    return f'**{ui["definitions_heading"]}**\n\n' + "".join(f"{term}\n: {text}\n\n" for term, text in items)


def score_breakdown(ui: dict, hist, cip) -> str:
    """The parts of each rated quarter's score, newest first, as the department page's table."""
    newest = hist[-1][1]
    signed = lambda v: f"{v:+.2f}" if round(v, 2) else "0.00"
    rows = []
    for index, (key, weight, _, _) in enumerate(newest.parts):
        rows.append([fill(ui["score_part_rate"], rate=ui["rate_" + key], weight=weight)] +
                    [fill(ui["score_part_rate_value"], points=signed(d.parts[index][2]), rate=f"{100 * d.parts[index][3]:.1f}%")
                     for _, d in reversed(hist)])
    rows.append([ui["score_part_bonus"]] + [signed(d.bonus) for _, d in reversed(hist)])
    rows.append([ui["score_part_penalty"]] + [signed(-d.penalty) for _, d in reversed(hist)])
    rows.append([fill(ui["score_part_complex"], points=cip)] +
                [fill(ui["score_part_complex_value"], points=signed(cip * d.complex), issues=d.complex) for _, d in reversed(hist)])
    rows.append([ui["score_part_total"]] + [f"{d.score:.2f}" for _, d in reversed(hist)])
    return (f'**{ui["score_breakdown_heading"]}**\n\n{ui["score_breakdown_intro"]}\n\n'
            + md_table([ui["col_score_part"]] + [q for q, _ in reversed(hist)], rows))


def lights_table(ui: dict, tot, lights: dict) -> str:
    rows = [(ui["col_" + light], definition(ui, light, lights, {}), f"{getattr(tot, light):,}", pct(getattr(tot, light), tot.accepted) + "%")
            for light in ("green", "yellow", "gray", "red")]
    return (f'**{ui["lights_caption"]}**\n\n'
            + md_table([ui["col_light"], ui["col_light_when"], ui["col_posts"], ui["col_share_of_accepted"]],
                       rows + [(ui["lights_total"], "", f"{tot.accepted:,}", "")]))


def categories_tables(ui: dict, site: dict, cats: dict, lang: str) -> str:
    """The classes (a class counts its sub-categories' posts) and, per class that has them, its sub-categories."""
    parent = {c["id"]: c.get("parent") for c in site["categories"]}
    name = {c["id"]: tr(c["name"], lang) for c in site["categories"]}
    classes = {c: n for c, n in cats.items() if not parent[c]}
    for c, n in cats.items():
        if parent[c]:
            classes[parent[c]] += n
    total = sum(classes.values())
    out = [f'**{ui["categories_caption"]}**\n\n',
           md_table([ui["col_category"], ui["col_posts"], ui["col_share"]],
                    [(cell(name[c]), f"{n:,}", pct(n, total) + "%") for c, n in classes.items()])]
    for c in classes:
        subs = [s for s in cats if parent[s] == c]
        if subs:
            out.append(f'\n**{cell(name[c])}** {fill(ui["sub_categories_one" if len(subs) == 1 else "sub_categories"], count=len(subs))}\n\n')
            out.append(md_table([ui["col_sub_category"], ui["col_posts"], ui["col_share"]],
                                [(cell(name[s]), f"{cats[s]:,}", pct(cats[s], classes[c]) + "%") for s in subs]))
    return "".join(out)


# Search-index kinds, in SearchDocuments.Kind's order.
KIND_DEPARTMENT, KIND_PERIOD, KIND_PAGE, KIND_COMPLEX, KIND_E_READING, KIND_RED_POST = range(6)

METHODOLOGY = {
    "zh": "每条被受理的考评渠道留言按回复速度亮灯：{g}个工作日内回复为绿灯，{y}个工作日内为黄灯，更晚为灰灯，截至统计日未回复为红灯。"
          "工作日按当年的节假日和调休安排计算，留言当天回复计为0个工作日。\n\n"
          "受理率、回复率以留言数为分母，各色灯率以受理数为分母，按“四舍五入”保留一位小数。部门得分为各项比率按权重加权之和，"
          "加上加分、减去扣分，再加上牵头办结疑难问题的分值。\n\n",
    "en": "Every accepted post in an assessed channel gets a light by reply speed: a reply within {g} working days is green, "
          "within {y} yellow, later gray, and no reply by the as-of date red. Working days follow the year's holidays and "
          "exchanged weekend days; a reply on the posting day counts as 0.\n\n"
          "Acceptance and reply rates are over posts, light rates over accepted posts, rounded half up to one decimal. "
          "A department's score is the weighted sum of its rates, plus bonus minus penalty points, plus points for each "
          "complex issue it led.\n\n",
}


def build(content: str, out: str, log=print) -> dict:
    t0 = time.perf_counter()
    site = parse_yaml(read(os.path.join(content, "site.yml")))
    with open(os.path.join(content, "departments.csv"), encoding="utf-8-sig", newline="") as f:
        dept_rows = list(csv.DictReader(f))
    dept_ids = [r["id"] for r in dept_rows]
    dept_index = {d: i for i, d in enumerate(dept_ids)}
    dept_name = {"zh": [r["name"] for r in dept_rows], "en": [r.get("name_en") or r["name"] for r in dept_rows]}
    wd = WorkingDays(content)
    channel_name = {c["id"]: c["name"] for c in site["channels"]}
    category_name = {c["id"]: c["name"] for c in site["categories"]}
    lights = (site.get("assessment") or {}).get("lights") or {}

    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    pages = 0

    qroot = os.path.join(content, "quarters")
    quarters = sorted(os.listdir(qroot))
    history = {i: [] for i in range(len(dept_ids))}   # dept -> [(quarter, DeptFigures)]
    summaries = []                                      # (quarter, meta, totals)
    for qname in quarters:
        qdir = os.path.join(qroot, qname)
        slug = qname.lower()
        cdir = os.path.join(qdir, "complex-issues")
        issues = sorted(n[:-3] for n in os.listdir(cdir) if n.endswith(".md") and n.count(".") == 1) if os.path.isdir(cdir) else []
        lead_count: dict[str, int] = {}
        issue_fm = {}
        for slug_i in issues:
            fm, _ = front_matter(os.path.join(cdir, slug_i + ".md"))
            issue_fm[slug_i] = fm
            lead_count[fm["lead"]] = lead_count.get(fm["lead"], 0) + 1
        meta, depts, league, chan, cats, red_posts, adjustments = compute_quarter(qdir, site, dept_index, wd, lead_count)
        for i in league:
            history[i].append((qname, depts[i]))
        tot = DeptFigures()
        for d in depts:
            for k in ("posts", "accepted", "replied", "green", "yellow", "gray", "red"):
                setattr(tot, k, getattr(tot, k) + getattr(d, k))
        all_green = [i for i in league if depts[i].accepted and depts[i].green == depts[i].accepted]
        all_green.sort(key=lambda i: (-depts[i].posts, i))
        reds = sorted((i for i in league if depts[i].red), key=lambda i: (-depts[i].red, i))
        summaries.append((qname, meta, tot, len(league), [dept_ids[i] for i in reds[:3]]))
        published = str(meta["published"])

        for lang in LANGS:
            t, ui = T[lang], UI[lang]
            base = os.path.join(out, "content", lang, "quarters", slug)
            pre = "" if lang == LANGS[0] else f"/{lang}"
            dlink = lambda i: f"[{cell(dept_name[lang][i])}]({pre}/departments/{dept_ids[i]}/)"

            # Report: narrative + headline tables.
            narrative = ""
            npath = os.path.join(qdir, "narrative.md")
            if os.path.exists(npath):
                narrative = translated(npath, lang)[1]
            body = [narrative, "\n", md_table([t["measure"], t["value"]], [
                (t["as_of"], meta["as_of"]), (t["published"], published), (t["posts"], f"{tot.posts:,}"),
                (t["acc_rate"], pct(tot.accepted, tot.posts) + "%"), (t["rep_rate"], pct(tot.replied, tot.posts) + "%"),
                (t["greenl"], f"{tot.green:,}"), (t["yellow"], f"{tot.yellow:,}"), (t["gray"], f"{tot.gray:,}"),
                (t["redl"], f"{tot.red:,}"), (t["green_rate"], pct(tot.green, tot.accepted) + "%"),
                (t["red_rate"], pct(tot.red, tot.accepted) + "%"), (t["departments"], len(league)),
                (t["green"], len(all_green)), (t["complex"], len(issues))]),
                "\n", md_table([t["channel"], t["posts"], t["accepted"], t["replied"], t["acc_rate"], t["rep_rate"]],
                               [(tr(channel_name[c], lang), f"{v[0]:,}", f"{v[2]:,}", f"{v[3]:,}", pct(v[2], v[0]), pct(v[3], v[0]))
                                for c, v in chan.items()]),
                "\n", lights_table(ui, tot, lights),
                "\n", categories_tables(ui, site, cats, lang),
                "\n" + t["redl"] + ": " + "、".join(dlink(i) for i in reds[:3]) + "\n",
                "\n", definitions(ui, [(ui[label], definition(ui, key, lights, site)) for label, key in REPORT_DEFINITIONS]
                                   + [(ui["change_label"], ui["def_change"]), (ui["def_pp_term"], ui["def_pp"])])]
            for c in meta.get("corrections") or []:
                body.append(f"\n> **{t['corrections']}** {c['date']}: {tr(c['text'], lang)}\n")
            other_titles = lambda key: [f"{qname} {T[o][key]}" for o in LANGS if o != lang]
            page(os.path.join(base, "_index.md"), f"{qname} {t['report']}", "".join(body), date=published,
                 search_kind=KIND_PERIOD, search_words=other_titles("report") + [qname, slug])
            adjustment_rows = [(dlink(dept_index[r["department"]]) + ("" if depts[dept_index[r["department"]]].rank else
                                                                       " " + ui["adjustments_outside_league_tag"]),
                                f'{ui["adjustment_" + r["kind"]]} {float(r["points"]):.2f}', cell(r["reason"]),
                                cell(ui.get("adjustment_source_" + r["source"], r["source"])), r["date"]) for r in adjustments]
            count_key = "adjustments_count_one" if len(adjustments) == 1 else "adjustments_count"
            page(os.path.join(base, "adjustments.md"), fill(ui["page_title_adjustments"], quarter=qname),
                 ui["adjustments_intro"] + "\n\n" + fill(ui[count_key], count=f"{len(adjustments):,}")
                 + f' · [{ui["quarter_nav_league"]}]({pre}/quarters/{slug}/league/)\n\n'
                 + md_table([ui["col_department"], ui["col_points"], ui["col_reason"], ui["col_source"], ui["col_date"]],
                            adjustment_rows), date=published,
                 search_kind=KIND_PERIOD, search_words=other_titles("adjustments") + list(dict.fromkeys(r["reason"] for r in adjustments)))

            head = [t["rank"], t["dept"], t["posts"], t["accepted"], t["replied"], t["greenl"], t["yellow"], t["gray"],
                    t["redl"], t["acc_rate"], t["rep_rate"], t["green_rate"], t["score"]]
            rows = [(depts[i].rank, dlink(i), depts[i].posts, depts[i].accepted, depts[i].replied, depts[i].green,
                     depts[i].yellow, depts[i].gray, depts[i].red, pct(depts[i].accepted, depts[i].posts),
                     pct(depts[i].replied, depts[i].posts), pct(depts[i].green, depts[i].accepted), f"{depts[i].score:.2f}")
                    for i in league]
            page(os.path.join(base, "league.md"), f"{qname} {t['league']}", md_table(head, rows, ["--:", "---"] + ["--:"] * 11)
                 + "\n" + definitions(ui, [(ui[label], definition(ui, key, lights, site)) for label, key in LEAGUE_DEFINITIONS]),
                 date=published, search_kind=KIND_PERIOD, search_words=other_titles("league"))
            page(os.path.join(base, "green.md"), f"{qname} {t['green']}",
                 md_table([t["dept"], t["posts"], t["accepted"], t["greenl"]],
                          [(dlink(i), depts[i].posts, depts[i].accepted, depts[i].green) for i in all_green]), date=published,
                 search_kind=KIND_PERIOD, search_words=other_titles("green"))
            red_body = md_table([t["dept"], t["redl"], t["red_rate"]],
                                [(dlink(i), depts[i].red, pct(depts[i].red, depts[i].accepted)) for i in reds])
            red_body += "\n" + md_table(["#", t["dept"], t["title"], t["posted"]], [
                (f"[{pid}]({cell(url)})" if url else pid, cell(dept_name[lang][dept_index[d]]),
                 t["hidden"] if title is None else cell(title), day) for pid, d, title, day, url in red_posts])
            page(os.path.join(base, "red.md"), f"{qname} {t['red']}", red_body, date=published,
                 search_kind=KIND_PERIOD, search_words=other_titles("red"),
                 red_titles=[title for _, _, title, _, _ in red_posts if title])

            rows = []
            for k, slug_i in enumerate(issues, 1):
                fm = issue_fm[slug_i]
                _, story = translated(os.path.join(cdir, slug_i + ".md"), lang)
                lead = dept_index[fm["lead"]]
                partners = [dept_index[p] for p in fm.get("partners") or []]
                meta_t = md_table([t["measure"], t["value"]], [
                    (t["lead"], dlink(lead)), (t["partners"], "、".join(dlink(p) for p in partners) or t["none"]),
                    (t["location"], cell(tr(fm.get("location"), lang))), (t["resolved"], fm.get("resolved"))])
                page(os.path.join(base, "complex", slug_i + ".md"), tr(fm["title"], lang), meta_t + "\n" + story, weight=k,
                     search_kind=KIND_COMPLEX, search_body=True,
                     search_words=list(dict.fromkeys([tr(fm["title"], o) for o in LANGS] + [tr(fm.get("location"), o) for o in LANGS])))
                rows.append((f"[{cell(tr(fm['title'], lang))}]({pre}/quarters/{slug}/complex/{slug_i}/)", dlink(lead),
                             cell(tr(fm.get("location"), lang)), fm.get("resolved")))
            page(os.path.join(base, "complex", "_index.md"), f"{qname} {t['complex']}",
                 md_table([t["title"], t["lead"], t["location"], t["resolved"]], rows), date=published,
                 search_kind=KIND_PERIOD, search_words=other_titles("complex"))
        pages += len(LANGS) * (6 + len(issues))
        log(f"  {qname}: {tot.posts:,} assessed posts, {len(league)} in league, {len(red_posts):,} red posts, {len(issues)} complex issues")

    latest = summaries[-1][0].lower() if summaries else ""
    cip = ((site.get("assessment") or {}).get("score") or {}).get("complex_issue_points", 1)
    for lang in LANGS:
        t, ui = T[lang], UI[lang]
        other_titles = lambda key: [T[o][key] for o in LANGS if o != lang]
        croot = os.path.join(out, "content", lang)
        pre = "" if lang == LANGS[0] else f"/{lang}"
        qrows = [(f"[{q}]({pre}/quarters/{q.lower()}/)", m["published"], f"{s.posts:,}", pct(s.accepted, s.posts),
                  pct(s.replied, s.posts), pct(s.green, s.accepted), f"{s.red:,}", n, ", ".join(top))
                 for q, m, s, n, top in reversed(summaries)]
        qhead = [t["quarter"], t["published"], t["posts"], t["acc_rate"], t["rep_rate"], t["green_rate"], t["redl"],
                 t["departments"], t["top_red"]]
        home = (f"## {tr(site['title'], lang)}\n\n" + md_table(qhead, qrows[:4]) +
                "\n" + " · ".join(f"[{t[k]}]({pre}/quarters/{latest}/{p})" for k, p in
                                  (("report", ""), ("league", "league/"), ("green", "green/"), ("red", "red/"), ("complex", "complex/"))) + "\n")
        page(os.path.join(croot, "_index.md"), tr(site["title"], lang), home)
        page(os.path.join(croot, "quarters", "_index.md"), t["archive"], md_table(qhead, qrows),
             search_kind=KIND_PAGE, search_words=other_titles("archive"))
        weights = ((site.get("assessment") or {}).get("score") or {}).get("weights") or {}
        page(os.path.join(croot, "methodology.md"), t["methodology"],
             METHODOLOGY[lang].format(g=lights.get("green", 3), y=lights.get("yellow", 5)) +
             md_table([t["measure"], t["value"]], list(weights.items())),
             search_kind=KIND_PAGE, search_words=other_titles("methodology"))
        # The newest quarter's report under /LANG/latest/, as Lightboard's meta-refresh page.
        page(os.path.join(croot, "latest.md"), ui["page_title_latest"], "", layout="redirect",
             target=f"{pre}/quarters/{latest}/")
        page(os.path.join(croot, "search.md"), ui["page_title_search"], "", layout="search", outputs=["HTML", "SearchIndex"])

        drows = []
        for i, did in enumerate(dept_ids):
            hist = history[i]
            last = hist[-1][1] if hist else None
            drows.append((f"[{cell(dept_name[lang][i])}]({pre}/departments/{did}/)", last.rank if last else "—",
                          f"{last.score:.2f}" if last else "—"))
            body = md_table([t["quarter"], t["rank"], t["posts"], t["accepted"], t["replied"], t["greenl"], t["yellow"],
                             t["gray"], t["redl"], t["acc_rate"], t["rep_rate"], t["green_rate"], t["score"]],
                            [(f"[{q}]({pre}/quarters/{q.lower()}/league/)", d.rank, d.posts, d.accepted, d.replied, d.green,
                              d.yellow, d.gray, d.red, pct(d.accepted, d.posts), pct(d.replied, d.posts),
                              pct(d.green, d.accepted), f"{d.score:.2f}") for q, d in reversed(hist)])
            if hist:
                body += "\n" + score_breakdown(ui, hist, cip)
            page(os.path.join(croot, "departments", did + ".md"), dept_name[lang][i], body, weight=i + 1,
                 search_kind=KIND_DEPARTMENT, search_words=list(dict.fromkeys([dept_name[o][i] for o in LANGS] + [did])))
        page(os.path.join(croot, "departments", "_index.md"), t["departments"],
             md_table([t["dept"], t["rank"], t["score"]], drows), search_kind=KIND_PAGE, search_words=other_titles("departments"))

        edir = os.path.join(content, "e-reading")
        months = sorted(n[:-3] for n in os.listdir(edir) if n.endswith(".md") and n.count(".") == 1) if os.path.isdir(edir) else []
        erows = []
        for month in months:
            fm, body = translated(os.path.join(edir, month + ".md"), lang)
            officials = md_table([t["officials"], t["role"]], [(cell(tr(o.get("name"), lang)), cell(tr(o.get("role"), lang)))
                                                               for o in fm.get("officials") or []])
            fb = fm.get("feedback") or {}
            facts = md_table([t["measure"], t["value"]], [(t["hits"], fm.get("hits", "")), (t["opinions"], fm.get("opinions", "")),
                                                          ("email", fb.get("email", "")), ("phone", fb.get("phone", ""))])
            page(os.path.join(croot, "e-reading", month + ".md"), tr(fm.get("title"), lang) or month, officials + "\n" + facts + "\n" + body,
                 search_kind=KIND_E_READING, search_body=True,
                 search_words=list(dict.fromkeys([tr(fm.get("title"), o) for o in LANGS] + [month] + [
                     tr(o.get(k), other) for o in fm.get("officials") or [] for k in ("name", "role") for other in LANGS])))
            erows.append((f"[{cell(tr(fm.get('title'), lang) or month)}]({pre}/e-reading/{month}/)", fm.get("hits", ""), fm.get("opinions", "")))
        page(os.path.join(croot, "e-reading", "_index.md"), t["ereading"], md_table([t["title"], t["hits"], t["opinions"]], erows[::-1]),
             search_kind=KIND_PAGE, search_words=other_titles("ereading"))

        pdir = os.path.join(content, "pages")
        free = sorted(n[:-3] for n in os.listdir(pdir) if n.endswith(".md") and n.count(".") == 1) if os.path.isdir(pdir) else []
        for slug_p in free:
            fm, body = translated(os.path.join(pdir, slug_p + ".md"), lang)
            page(os.path.join(croot, slug_p + ".md"), tr(fm.get("title"), lang) or slug_p, body,
                 search_kind=KIND_PAGE, search_body=True)
        pages += 5 + len(dept_ids) + 1 + len(months) + len(free)  # + the search page (latest/ is a redirect)

    write_hugo_config(out, site)
    elapsed = time.perf_counter() - t0
    log(f"hugo site {out}: {pages:,} pages ({pages // len(LANGS):,} per language) + {len(LANGS)} feeds, prepared in {elapsed:.1f} s")
    return {"pages": pages, "seconds": elapsed}


BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | relLangURL }}">
<style>body{font-family:sans-serif;max-width:72rem;margin:auto;padding:0 1rem}table{border-collapse:collapse}td,th{padding:.2rem .5rem;border-bottom:1px solid #ddd}</style>
</head>
<body>
<header>
<a href="{{ "" | relLangURL }}">{{ .Site.Title }}</a>
<nav>
<a href="{{ "quarters/" | relLangURL }}">{{ i18n "archive" }}</a>
<a href="{{ "departments/" | relLangURL }}">{{ i18n "departments" }}</a>
<a href="{{ "e-reading/" | relLangURL }}">{{ i18n "ereading" }}</a>
<a href="{{ "methodology/" | relLangURL }}">{{ i18n "methodology" }}</a>
{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}">{{ .Language.LanguageName }}</a>{{ end }}
</nav>
</header>
<main>
<h1>{{ .Title }}</h1>
{{ block "main" . }}{{ end }}
</main>
<footer>
<p>{{ .Site.Title }} · <a href="{{ "about/" | relLangURL }}">{{ i18n "about" }}</a> · {{ with .Date }}{{ if not .IsZero }}{{ .Format "2006-01-02" }}{{ end }}{{ end }}</p>
</footer>
</body>
</html>
"""
SINGLE = """{{ define "main" }}
<article>{{ .Content }}</article>
{{ with .Parent }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}
{{ end }}
"""
LIST = """{{ define "main" }}
<article>{{ .Content }}</article>
{{ with .Sections }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
{{ end }}
"""
# /LANG/latest/: a page of its own (no baseof), as Lightboard's meta-refresh redirect.
REDIRECT = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta http-equiv="refresh" content="0; url={{ .Params.target | relURL }}">
<link rel="canonical" href="{{ .Params.target | absURL }}">
</head>
<body>
<h1>{{ .Title }}</h1>
<p><a href="{{ .Params.target | relURL }}">{{ .Params.target }}</a></p>
</body>
</html>
"""
SEARCH = """{{ define "main" }}
<form role="search" data-search hidden>
<label for="search-query">{{ .Title }}</label>
<input id="search-query" name="q" type="search" autocomplete="off">
<button type="submit">{{ .Title }}</button>
</form>
<p role="status" data-search-status></p>
<ol data-search-results></ol>
{{ with .OutputFormats.Get "SearchIndex" }}<script src="{{ .RelPermalink }}" defer></script>{{ end }}
{{ end }}
"""
# The search index (Lightboard's LANG/search/documents.js): one [kind, title, href, text] line per page that
# has a search_kind, the words of its other-language titles and names and, where Lightboard indexes the body
# (free pages, complex issues, e-reading entries), its plain text; plus one line per public red post, from
# the red pages. Written line by line (a trailing comma is valid in a script's array) so that it stays linear.
SEARCH_INDEX = """// search index: [kind, title, href, text]
globalThis.lightboardSearchIndex = {"documents": [
{{ range .Site.Pages }}{{ if isset .Params "search_kind" }}{{ $words := .Params.search_words | default slice }}
{{- if .Params.search_body }}{{ $words = $words | append .Plain }}{{ end -}}
[{{ .Params.search_kind }}, {{ .Title | jsonify | safeJS }}, {{ .RelPermalink | jsonify | safeJS }}, {{ delimit $words " " | jsonify | safeJS }}],
{{ $href := .RelPermalink }}{{ range .Params.red_titles }}[5, {{ . | jsonify | safeJS }}, {{ $href | jsonify | safeJS }}, ""],
{{ end }}{{ end }}{{ end }}]};
"""
I18N = {"zh": {"archive": "历史季度", "departments": "部门", "ereading": "市长工作E览", "methodology": "考评方法", "about": "关于"},
        "en": {"archive": "Archive", "departments": "Departments", "ereading": "E-Reading", "methodology": "Methodology", "about": "About"}}


def write_hugo_config(out: str, site: dict) -> None:
    # Only the pages Lightboard has: no taxonomies, sitemap, robots.txt or 404;
    # sections and pages are HTML only and each language's home also has a feed.
    # The default language sits at the root (/), the other under /en/.
    conf = [f'baseURL = {json.dumps(site.get("base_url", "https://example.org/"))}',
            'defaultContentLanguage = "zh"', "defaultContentLanguageInSubdir = false",
            'disableKinds = ["taxonomy", "term", "sitemap", "robotsTXT", "404"]',
            "disableHugoGeneratorInject = true", "disableAliases = true", "enableRobotsTXT = false", "rssLimit = 20", "",
            "[outputs]", 'home = ["HTML", "RSS"]', 'section = ["HTML"]', 'page = ["HTML"]', "",
            "[outputFormats.SearchIndex]", 'mediaType = "text/javascript"', 'baseName = "documents"',
            "isPlainText = true", "notAlternative = true", "",
            "[markup.goldmark.renderer]", "unsafe = false", ""]
    for w, lang in enumerate(LANGS, 1):
        conf += [f"[languages.{lang}]", f'contentDir = "content/{lang}"', f"weight = {w}",
                 f'languageName = {json.dumps({"zh": "中文", "en": "English"}[lang])}',
                 f"title = {json.dumps(tr(site['title'], lang), ensure_ascii=False)}", ""]
    with open(os.path.join(out, "config.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(conf))
    lay = os.path.join(out, "layouts", "_default")
    os.makedirs(lay, exist_ok=True)
    for name, text in (("baseof.html", BASEOF), ("single.html", SINGLE), ("list.html", LIST), ("redirect.html", REDIRECT),
                       ("search.html", SEARCH), ("search.searchindex.js", SEARCH_INDEX)):
        with open(os.path.join(lay, name), "w", encoding="utf-8") as f:
            f.write(text)
    os.makedirs(os.path.join(out, "i18n"), exist_ok=True)
    for lang, strings in I18N.items():
        with open(os.path.join(out, "i18n", f"{lang}.toml"), "w", encoding="utf-8") as f:
            f.write("".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in strings.items()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("content", metavar="CONTENT_DIR")
    ap.add_argument("out", metavar="HUGO_DIR", help="created (replaced if it exists)")
    a = ap.parse_args(argv)
    build(a.content, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
