#!/usr/bin/env python3
"""Deterministic synthetic content generator for the Lightboard benchmark.

    python3 bench/generate.py OUT_DIR --quarters Q --posts P --departments D [--seed S] [--v2]

Writes a complete content folder that follows /work/shared/CONTRACT.md section 2:
site.yml, departments.csv, calendar/YYYY.yml, quarters/YYYY-QN/{quarter.yml,
posts.csv, adjustments.csv, complex-issues/*.md, narrative(.en).md},
e-reading/YYYY-MM(.en).md and pages/about(.en).md. --v2 adds every input of
sections 7-10: settled_at and four rating_ columns in posts.csv (satisfaction
dimensions in site.yml), sub-categories, settle_within, thresholds, settle and
satisfaction weights, two rankings, and a joined column in departments.csv;
its v1 columns and files are the same as without --v2, apart from the
categories that became sub-categories.

The Q quarters are consecutive and end with 2024-Q3. The same arguments and seed
always give byte-identical output (only `random.Random(seed)` is used, never
the clock, hash order or the machine's locale/time zone).

posts.csv is the hot path (4 million rows at the large scale): every string
that can be precomputed is (dates, times, titles already CSV-quoted, URLs'
prefixes), random draws are table look-ups on `random()`, and rows are written
in large batches. Python standard library only.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import os
import random
import sys
import time

LAST_QUARTER = (2024, 3)
# as_of = quarter's last day + 49 days and published = as_of + 7: the sample's
# 2024-Q3 (2024-11-18 / 2024-11-25) follows exactly this rule.
AS_OF_DAYS = 49
PUBLISHED_DAYS = 7

CHANNELS = [("board", "民生E点留言板", "Livelihood E-Point message board"),
            ("mailbox", "书记市长信箱", "Party Secretary and Mayor's mailbox")]
CHANNEL_WEIGHTS = [85, 15]
CATEGORIES = [("inquiry", "咨询", "Inquiry"), ("complaint", "投诉", "Complaint"),
              ("suggestion", "建议", "Suggestion"), ("praise", "点赞", "Praise"),
              ("help", "求助", "Seeking help")]
CATEGORY_WEIGHTS = [35, 30, 15, 5, 15]

# --------------------------------------------------------------------------
# Department names: municipal bureaus, then district bureaus, then streets.
# --------------------------------------------------------------------------

BUREAUS = [
    ("公安局", "Public Security Bureau"), ("住房和城乡建设局", "Housing and Urban-Rural Development Bureau"),
    ("商务局", "Commerce Bureau"), ("发展和改革委员会", "Development and Reform Commission"),
    ("文化广电旅游局", "Culture, Radio, Television and Tourism Bureau"), ("司法局", "Justice Bureau"),
    ("民政局", "Civil Affairs Bureau"), ("退役军人事务局", "Veterans Affairs Bureau"),
    ("农业农村局", "Agriculture and Rural Affairs Bureau"), ("水利局", "Water Resources Bureau"),
    ("财政局", "Finance Bureau"), ("应急管理局", "Emergency Management Bureau"),
    ("教育局", "Education Bureau"), ("卫生健康委员会", "Health Commission"),
    ("人力资源和社会保障局", "Human Resources and Social Security Bureau"),
    ("自然资源和规划局", "Natural Resources and Planning Bureau"), ("生态环境局", "Ecology and Environment Bureau"),
    ("交通运输局", "Transport Bureau"), ("市场监督管理局", "Market Supervision Administration"),
    ("综合行政执法局", "Comprehensive Administrative Law Enforcement Bureau"),
    ("医疗保障局", "Healthcare Security Administration"), ("体育局", "Sports Bureau"),
    ("城市管理局", "Urban Management Bureau"), ("审计局", "Audit Bureau"),
    ("统计局", "Statistics Bureau"), ("科学技术局", "Science and Technology Bureau"),
    ("经济和信息化局", "Economic and Information Technology Bureau"),
    ("行政审批服务局", "Administrative Approval Service Bureau"), ("信访局", "Petitions Bureau"),
    ("残疾人联合会", "Disabled Persons' Federation"), ("总工会", "Federation of Trade Unions"),
    ("妇女联合会", "Women's Federation"), ("大数据发展管理局", "Big Data Development Bureau"),
    ("林业局", "Forestry Bureau"), ("粮食和物资储备局", "Grain and Material Reserves Bureau"),
    ("档案馆", "Archives"), ("人民法院", "People's Court"), ("人民检察院", "People's Procuratorate"),
    ("消防救援支队", "Fire and Rescue Detachment"), ("税务局", "Taxation Bureau"),
]
MUNICIPAL_EXTRA = [
    ("国网宁波供电公司", "State Grid Ningbo Power Supply Company"), ("宁波市轨道交通集团", "Ningbo Rail Transit Group"),
    ("宁波水务环境集团", "Ningbo Water and Environment Group"), ("中国联通宁波市分公司", "Ningbo Unicom"),
    ("中国移动宁波分公司", "China Mobile Ningbo Branch"), ("中国电信宁波分公司", "China Telecom Ningbo Branch"),
    ("宁波海关", "Ningbo Customs"), ("宁波市燃气有限公司", "Ningbo Gas Company"),
    ("中国农业银行宁波市分行", "Agricultural Bank of China Ningbo Branch"), ("宁波舟山港集团", "Ningbo Zhoushan Port Group"),
]
DISTRICTS = [("海曙区", "Haishu District"), ("江北区", "Jiangbei District"), ("鄞州区", "Yinzhou District"),
             ("镇海区", "Zhenhai District"), ("北仑区", "Beilun District"), ("奉化区", "Fenghua District"),
             ("余姚市", "Yuyao"), ("慈溪市", "Cixi"), ("宁海县", "Ninghai County"), ("象山县", "Xiangshan County"),
             ("前湾新区", "Qianwan New Area"), ("高新区", "High-Tech Zone")]
STREETS = [("石碶", "Shiqi"), ("明楼", "Minglou"), ("白云", "Baiyun"), ("庄桥", "Zhuangqiao"), ("骆驼", "Luotuo"),
           ("五乡", "Wuxiang"), ("梅墟", "Meixu"), ("新碶", "Xinqi"), ("福明", "Fuming"), ("东柳", "Dongliu"),
           ("南门", "Nanmen"), ("西门", "Ximen"), ("江厦", "Jiangxia"), ("鼓楼", "Gulou"), ("月湖", "Yuehu"),
           ("段塘", "Duantang"), ("洪塘", "Hongtang"), ("甬江", "Yongjiang"), ("文昌", "Wenchang"), ("钟公庙", "Zhonggongmiao"),
           ("首南", "Shounan"), ("潘火", "Panhuo"), ("下应", "Xiaying"), ("招宝山", "Zhaobaoshan"), ("蛟川", "Jiaochuan"),
           ("大碶", "Daqi"), ("小港", "Xiaogang"), ("岳林", "Yuelin"), ("锦屏", "Jinping"), ("梨洲", "Lizhou"),
           ("浒山", "Hushan"), ("坎墩", "Kandun"), ("跃龙", "Yuelong"), ("丹东", "Dandong"), ("桃源", "Taoyuan")]


def department_names(n: int) -> list[tuple[str, str]]:
    """n distinct (zh, en) department names in a plausible registry order."""
    names = [("宁波市" + zh, "Ningbo " + en) for zh, en in BUREAUS] + MUNICIPAL_EXTRA
    names += [(dzh + "人民政府", dEn + " Government") for dzh, dEn in DISTRICTS]
    for bzh, ben in BUREAUS:
        for dzh, den in DISTRICTS:
            names.append((dzh + bzh, den + " " + ben))
    names += [(szh + "街道办事处", szh_en + " Subdistrict Office") for szh, szh_en in STREETS]
    i = 0
    while len(names) < n:  # beyond ~570: numbered service stations, still distinct
        szh, sen = STREETS[i % len(STREETS)]
        names.append((f"{szh}第{i // len(STREETS) + 1}便民服务站", f"{sen} Service Station No. {i // len(STREETS) + 1}"))
        i += 1
    return names[:n]


# --------------------------------------------------------------------------
# Title fragments (citizen text). Pre-quoted for CSV when built.
# --------------------------------------------------------------------------

PLACES = ["石碶街道", "明楼街道", "联丰路", "白云街道", "庄桥", "骆驼街道", "五乡镇", "兆海苑北区", "中山东路",
          "天一广场", "鄞州万达", "东部新城", "南部商务区", "梅墟", "新碶", "宁穿路", "世纪大道", "环城南路",
          "江北万达", "慈城古县城", "高鑫广场", "钱湖北路", "学府一路", "百丈街道", "甬港小区", "划船社区",
          "潘火桥", "下应北路", "北仑大碶", "象山丹城", "宁海跃龙", "余姚阳明", "慈溪浒山", "奉化岳林"]
ISSUES = ["公积金提取流程", "餐馆油烟直排", "电动车充电乱象", "居住证办理时限", "垃圾清运不及时", "违章搭建未处理",
          "建议设置非机动车道", "老人走失求助", "噪音扰民", "路灯不亮", "积水严重", "公交线路调整咨询",
          "停车位不足", "小区电梯故障", "学区划分咨询", "医保报销进度", "共享单车乱停", "施工夜间扰民",
          "井盖破损", "绿化带被毁", "物业费上涨", "自来水水质发黄", "断网三天", "燃气管道老化",
          "出租车拒载", "菜场价格虚高", "社保转移接续", "新能源车牌申请", "夜市占道经营", "河道漂浮物",
          "点赞社区网格员", "感谢派出所民警", "建议增加公厕", "外卖电动车逆行", "楼道堆放杂物", "房屋漏水"]
SUFFIXES = ["", "", "", "", "问题", "，望尽快处理", "，多次反映无果", "的咨询", "（急）", "，谢谢"]
HOSTILE = ['<script>alert("xss")</script>路灯不亮', '"><img src=x onerror=alert(1)>', "{{ .Site.Title }}{{ }}",
           "|表格|注入|", "[点我](javascript:alert(1))", "<b>加粗</b>&amp;实体"]
TITLE_POOL = 8192


def csv_field(s: str) -> str:
    """RFC 4180 quoting, only where needed."""
    if any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def build_titles(rng: random.Random) -> list[str]:
    pool = []
    for i in range(TITLE_POOL):
        r = rng.random()
        t = rng.choice(PLACES) + rng.choice(ISSUES) + rng.choice(SUFFIXES)
        if r < 0.010:
            t = rng.choice(PLACES) + "," + rng.choice(ISSUES)              # ASCII comma: needs quoting
        elif r < 0.020:
            t = rng.choice(PLACES) + '所谓"' + rng.choice(ISSUES) + '"谁管'  # ASCII quotes
        elif r < 0.021:
            t = rng.choice(PLACES) + rng.choice(ISSUES) + "\n" + rng.choice(ISSUES)  # line break in a field
        elif r < 0.022:
            t = rng.choice(HOSTILE)                                       # hostile citizen text
        elif r < 0.030:
            t = ""
        pool.append(csv_field(t))
    return pool


def table(rng: random.Random, weighted: list[tuple[object, float]], size: int = 1000) -> list:
    """A look-up table: table[int(random() * size)] draws from the weighted values."""
    total = sum(w for _, w in weighted)
    out: list = []
    acc = 0.0
    for value, w in weighted:
        acc += w
        while len(out) < round(acc / total * size):
            out.append(value)
    return out


# --------------------------------------------------------------------------
# Calendar
# --------------------------------------------------------------------------

# Spring Festival (first day of the 8-day break); unknown years use Feb 5.
SPRING = {2009: "01-25", 2010: "02-13", 2011: "02-02", 2012: "01-22", 2013: "02-09", 2014: "01-31",
          2015: "02-18", 2016: "02-07", 2017: "01-27", 2018: "02-15", 2019: "02-04", 2020: "01-24",
          2021: "02-11", 2022: "01-31", 2023: "01-21", 2024: "02-10", 2025: "01-28", 2026: "02-16"}


def calendar_for(year: int) -> tuple[list[tuple[dt.date, dt.date]], list[dt.date]]:
    """Holiday ranges and weekend workdays of a year, approximating China's rules.

    Workdays are the weekend days adjacent to the Spring Festival and National
    Day breaks, so a date can never be in both lists."""
    d = dt.date.fromisoformat
    spring = d(f"{year}-{SPRING.get(year, '02-05')}")
    ranges = [(d(f"{year}-01-01"), d(f"{year}-01-01")),
              (spring, spring + dt.timedelta(days=7)),
              (d(f"{year}-04-04"), d(f"{year}-04-06")),
              (d(f"{year}-05-01"), d(f"{year}-05-05")),
              (d(f"{year}-06-10"), d(f"{year}-06-10")),
              (d(f"{year}-09-15"), d(f"{year}-09-17")),
              (d(f"{year}-10-01"), d(f"{year}-10-07"))]
    holidays = {a + dt.timedelta(days=i) for a, b in ranges for i in range((b - a).days + 1)}
    workdays = []
    for a, b in ranges:
        if (b - a).days < 2:
            continue
        for cand in (a - dt.timedelta(days=1), a - dt.timedelta(days=2), b + dt.timedelta(days=1), b + dt.timedelta(days=2)):
            if cand.weekday() >= 5 and cand not in holidays and cand.year == year and cand not in workdays:
                workdays.append(cand)
                break
    return ranges, sorted(workdays)


def write_calendar(out: str, year: int) -> tuple[set[dt.date], set[dt.date]]:
    ranges, workdays = calendar_for(year)
    fmt = lambda a, b: a.isoformat() if a == b else f"{a.isoformat()}..{b.isoformat()}"
    with open(os.path.join(out, "calendar", f"{year}.yml"), "w", encoding="utf-8") as f:
        f.write(f"# {year}: public holidays and the weekend days worked in exchange (synthetic).\n")
        f.write("holidays: [" + ", ".join(fmt(a, b) for a, b in ranges) + "]\n")
        f.write("workdays: [" + ", ".join(w.isoformat() for w in workdays) + "]\n")
    holidays = {a + dt.timedelta(days=i) for a, b in ranges for i in range((b - a).days + 1)}
    return holidays, set(workdays)


# --------------------------------------------------------------------------
# Quarters
# --------------------------------------------------------------------------

def quarter_list(count: int) -> list[tuple[int, int]]:
    y, q = LAST_QUARTER
    out = []
    for _ in range(count):
        out.append((y, q))
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    return out[::-1]


def quarter_bounds(y: int, q: int) -> tuple[dt.date, dt.date]:
    start = dt.date(y, 3 * q - 2, 1)
    end = (dt.date(y + 1, 1, 1) if q == 4 else dt.date(y, 3 * q + 1, 1)) - dt.timedelta(days=1)
    return start, end


class Clock:
    """Minute timestamps (site time zone) <-> strings, with cached day strings."""

    def __init__(self, first: dt.date, last: dt.date):
        self.base = first.toordinal() - 2
        self.days = [dt.date.fromordinal(o).isoformat() for o in range(self.base, last.toordinal() + 2)]
        self.hm = [f"T{m // 60:02d}:{m % 60:02d}" for m in range(1440)]

    def fmt(self, minute: int) -> str:
        """minute = (ordinal - base) * 1440 + minute of day."""
        return self.days[minute // 1440] + self.hm[minute % 1440]


def write_posts(path, rng, y, q, n, clock, depts, tiers, work_list, work_after, titles, tally, v2=None):
    """Stream one quarter's posts.csv. Returns nothing; updates tally in place.

    With v2 (a V2Posts), categories may be sub-categories and every row gets
    settled_at and the rating_ columns, drawn from v2's own random stream: the
    v1 columns are the same as without it."""
    start, end = quarter_bounds(y, q)
    d0 = start.toordinal() - clock.base
    ndays = (end - start).days + 1
    id_prefix = f"{y}Q{q}-"
    width = max(6, len(str(n)))

    # Posting minutes: uniform over the quarter's days, daytime-shaped time of
    # day; sorted so ids are chronological, as on the real board.
    tod = table(rng, [(m, (3 if 7 * 60 <= m < 22 * 60 else 0.3) * (2 if 9 * 60 <= m < 17 * 60 else 1))
                      for m in range(1440)], 4096)
    rand = rng.random
    posted = sorted((d0 + int(rand() * ndays)) * 1440 + tod[int(rand() * 4096)] for _ in range(n))
    dept_idx = rng.choices(range(len(depts)), cum_weights=depts_cum(depts), k=n)
    chan = rng.choices(["board", "mailbox"], weights=CHANNEL_WEIGHTS, k=n)
    cat = rng.choices([c[0] for c in CATEGORIES], weights=CATEGORY_WEIGHTS, k=n)

    acc_delay = table(rng, [(m, 1.0 / (1 + m / 30)) for m in range(5, 8 * 60)], 4096)   # minutes, most under 1 h
    reply_tod = table(rng, [(m, 1) for m in range(8 * 60 + 30, 17 * 60 + 30)], 4096)     # office hours
    public_t = table(rng, [("yes", 930), ("", 40), ("no", 20), ("Yes", 5), ("YES", 5)], 1000)
    ids = [d.id for d in depts]
    # Per tier: working-day reply delay table and the probability of no reply.
    ktabs = [table(rng, w, 1000) for w in (
        [(0, 30), (1, 35), (2, 22), (3, 13)],                                           # excellent: always green
        [(0, 22), (1, 26), (2, 17), (3, 10), (4, 6), (5, 5), (6, 4), (7, 3), (8, 3), (9, 2), (10, 2)],
        [(0, 10), (1, 14), (2, 14), (3, 12), (4, 10), (5, 10), (6, 8), (7, 8), (8, 6), (9, 4), (10, 4)])]
    no_reply = [0.0, 0.02, 0.07]
    fmt_days, hm = clock.days, clock.hm
    url_https, url_http = "https://e.cnnb.example/post/", "http://e.cnnb.example/post/"

    buf = []
    replied = red = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("id,channel,department,category,posted_at,accepted_at,replied_at,public,title,url"
                + (v2.header if v2 else "") + "\n")
        for i in range(n):
            pm = posted[i]
            di = dept_idx[i]
            tier = tiers[di]
            pid = id_prefix + str(i + 1).zfill(width)
            r = rand()
            # posted_at: mostly minutes; 1% with seconds; 0.5% in UTC with Z.
            if r < 0.985:
                p_s = fmt_days[pm // 1440] + hm[pm % 1440]
            elif r < 0.995:
                p_s = fmt_days[pm // 1440] + hm[pm % 1440] + ":%02d" % int(rand() * 60)
            else:
                u = pm - 480
                p_s = fmt_days[u // 1440] + hm[u % 1440] + "Z"
            # accepted_at: 99.9% within hours.
            a_s = "" if rand() < 0.001 else clock.fmt(pm + acc_delay[int(rand() * 4096)])
            # replied_at: k working days later (skewed small), rarely very late, sometimes never.
            r = rand()
            if r < no_reply[tier]:
                rp_s = ""
                rm = None
                red += 1
            elif r > 0.997:  # late: 20..90 calendar days; may fall after as_of
                rm = pm + (20 + int(rand() * 70)) * 1440 + int(rand() * 600)
                rp_s = clock.fmt(rm)
                replied += 1
            else:
                k = ktabs[tier][int(rand() * 1000)]
                pday = pm // 1440
                if k == 0:
                    rm = pm + 10 + int(rand() * 300)
                else:
                    rm = work_list[work_after[pday] + k - 1] * 1440 + reply_tod[int(rand() * 4096)]
                rp_s = fmt_days[rm // 1440] + hm[rm % 1440]
                replied += 1
            r = rand()
            url = (url_https + pid) if r < 0.95 else (url_http + pid) if r < 0.98 else ""
            if v2 is None:
                buf.append(f"{pid},{chan[i]},{ids[di]},{cat[i]},{p_s},{a_s},{rp_s},"
                           f"{public_t[int(rand() * 1000)]},{titles[int(rand() * TITLE_POOL)]},{url}\n")
            else:
                buf.append(f"{pid},{chan[i]},{ids[di]},{v2.category(cat[i])},{p_s},{a_s},{rp_s},"
                           f"{public_t[int(rand() * 1000)]},{titles[int(rand() * TITLE_POOL)]},{url}"
                           f"{v2.cells(pm, a_s != '', rm, tier)}\n")
            if len(buf) >= 20000:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))
    tally.update(posts=n, replied=replied, red=red)


# --------------------------------------------------------------------------
# Contract v2 inputs (--v2): settlement, satisfaction ratings, sub-categories
# --------------------------------------------------------------------------

DIMENSIONS = [("speed", "处置速度", "Speed of handling"), ("effect", "处置效果", "Effect of handling"),
              ("service", "服务体验", "Service experience"), ("system", "系统体验", "System experience")]
# (id, parent, zh, en): the share of the parent's posts each takes is in SUB_SHARES.
SUB_CATEGORIES = [("noise", "complaint", "噪音扰民", "Noise"), ("traffic", "complaint", "交通出行", "Traffic"),
                  ("environment", "complaint", "生态环境", "Environment"), ("elderly-care", "help", "养老服务", "Elderly care")]
SUB_SHARES = {"complaint": [("complaint", 40), ("noise", 25), ("traffic", 20), ("environment", 15)],
              "help": [("help", 70), ("elderly-care", 30)]}
V2_SEED_OFFSET = 7919  # v2 cells come from random.Random(seed + this), never from the v1 stream


class V2Posts:
    """The v2 cells of posts.csv rows, drawn from their own random stream.

    Settlement follows the reply (same day to six working days later) on ~90%
    of replied, accepted posts; ~1% are settled 40-120 days after posting, so
    some settlements fall after as_of; half of the posts never accepted are
    settled anyway (not counted, contract section 7). About 60% of replied
    posts are rated, each dimension left empty 8% of the time; a post's
    dimensions are close to one another and skewed by the department's tier."""

    def __init__(self, rng: random.Random, clock, work_list, work_after):
        self.rand = rng.random
        self.fmt_days, self.hm = clock.days, clock.hm
        self.work_list, self.work_after = work_list, work_after
        self.reply_tod = table(rng, [(m, 1) for m in range(8 * 60 + 30, 17 * 60 + 30)], 4096)  # office hours
        self.header = ",settled_at," + ",".join("rating_" + d[0] for d in DIMENSIONS)
        self.remap = {c: table(rng, shares, 1000) for c, shares in SUB_SHARES.items()}
        self.settle_days = table(rng, [(0, 40), (1, 25), (2, 15), (3, 10), (4, 5), (5, 3), (6, 2)], 1000)
        # A post's stars by tier, then per dimension that star, one less or one more
        # (spread is indexed by the post's stars; index 0 is never drawn).
        self.stars = [table(rng, [(s, w) for s, w in zip(range(1, 6), weights)], 1000)
                      for weights in ([0, 1, 2, 17, 80], [2, 3, 5, 30, 60], [6, 6, 12, 36, 40])]
        self.spread = [[str(min(5, max(1, s + d))) for d in table(rng, [(0, 80), (-1, 10), (1, 10)], 1000)]
                       for s in range(6)]
        self.empty_ratings = "," * len(DIMENSIONS)

    def category(self, cat: str) -> str:
        remap = self.remap.get(cat)
        return cat if remap is None else remap[int(self.rand() * 1000)]

    def cells(self, pm: int, accepted: bool, rm, tier: int) -> str:
        """",settled_at,rating_..." for a post posted at minute pm, replied at rm (None: never)."""
        rand = self.rand
        r = rand()
        if rm is None or r < 0.10 or (not accepted and r < 0.5):
            settled = ""
        elif r < 0.11:  # long after posting: after as_of for posts late in the quarter
            sm = pm + (40 + int(rand() * 80)) * 1440 + int(rand() * 600)
            settled = self.fmt_days[sm // 1440] + self.hm[sm % 1440]
        else:
            k = self.settle_days[int(rand() * 1000)]
            if k == 0:
                sm = rm + int(rand() * 240)
            else:
                sm = self.work_list[self.work_after[rm // 1440] + k - 1] * 1440 + self.reply_tod[int(rand() * 4096)]
            settled = self.fmt_days[sm // 1440] + self.hm[sm % 1440]
        if rm is None or rand() >= 0.6:
            return "," + settled + self.empty_ratings
        spread = self.spread[self.stars[tier][int(rand() * 1000)]]
        return "," + settled + "".join("," if rand() < 0.08 else "," + spread[int(rand() * 1000)] for _ in DIMENSIONS)


_cum_cache: dict[int, list[float]] = {}


def depts_cum(depts) -> list[float]:
    key = id(depts)
    if key not in _cum_cache:
        acc, out = 0.0, []
        for d in depts:
            acc += d.weight
            out.append(acc)
        _cum_cache[key] = out
    return _cum_cache[key]


class Dept:
    __slots__ = ("id", "zh", "en", "weight")

    def __init__(self, id_, zh, en, weight):
        self.id, self.zh, self.en, self.weight = id_, zh, en, weight


def q_text(s: str) -> str:
    """A double-quoted YAML scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_text(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_quarter_extras(qdir, rng, y, q, depts, tally):
    start, end = quarter_bounds(y, q)
    ndays = (end - start).days + 1
    as_of = end + dt.timedelta(days=AS_OF_DAYS)
    published = as_of + dt.timedelta(days=PUBLISHED_DAYS)
    lines = [f"as_of: {as_of.isoformat()}", f"published: {published.isoformat()}"]
    if rng.random() < 0.25:
        cd = published + dt.timedelta(days=rng.randint(3, 20))
        lines += ["corrections:",
                  f"  - {{date: {cd.isoformat()}, text: {{zh: {q_text('更正：一条留言的回复时间录入有误，已按原始记录修正，相关数据随之更新。')}, "
                  f"en: {q_text('Correction: the reply time of one post was entered wrongly; it now follows the original record and the figures were updated.')}}}}}"]
    write_text(os.path.join(qdir, "quarter.yml"), "\n".join(lines) + "\n")

    # Adjustments: a few dozen bonus/penalty rows.
    reasons = [("bonus", "网民点赞", "netizen"), ("bonus", "媒体表扬", "media"), ("bonus", "快速解决群众诉求", "netizen"),
               ("penalty", "承诺未兑现", "media"), ("penalty", "答复敷衍", "netizen"), ("penalty", "推诿扯皮, 被媒体曝光", "media")]
    rows = []
    for _ in range(rng.randint(24, 48)):
        kind, reason, source = rng.choice(reasons)
        d = start + dt.timedelta(days=rng.randrange(ndays))
        rows.append((d, rng.randrange(len(depts)), kind, rng.choice(["0.5", "1", "1.5", "2"]), reason, source))
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(qdir, "adjustments.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("department,date,kind,points,reason,source\n")
        for d, di, kind, pts, reason, source in rows:
            f.write(f"{depts[di].id},{d.isoformat()},{kind},{pts},{csv_field(reason)},{source}\n")

    # Complex issues: ~30, zh with front matter + en with empty front matter.
    cdir = os.path.join(qdir, "complex-issues")
    os.makedirs(cdir, exist_ok=True)
    problems = [("地下室渗漏", "Basement leakage"), ("农贸市场噪音扰民整治", "Noise from a farmers' market"),
                ("老旧小区加装电梯", "Lifts for an old residential estate"), ("河道黑臭治理", "Cleaning up a polluted river"),
                ("学校周边交通拥堵", "Traffic jams around a school"), ("断头路打通", "Opening a dead-end road"),
                ("安置房办证难", "Title deeds for resettlement housing"), ("工地夜间施工扰民", "Night-time construction noise")]
    for k in range(1, rng.randint(25, 35) + 1):
        (pzh, pen), (dzh, den) = rng.choice(problems), rng.choice(DISTRICTS)
        lead = rng.randrange(len(depts))
        partners = sorted({depts[rng.randrange(len(depts))].id for _ in range(rng.randint(0, 2))} - {depts[lead].id})
        resolved = start + dt.timedelta(days=rng.randrange(ndays))
        title_zh, title_en = f"{dzh}{pzh}", f"{pen} ({den})"
        fm = ["---", f"title: {{zh: {q_text(title_zh)}, en: {q_text(title_en)}}}", f"lead: {depts[lead].id}"]
        if partners:
            fm.append(f"partners: [{', '.join(partners)}]")
        fm += [f"location: {{zh: {q_text(dzh)}, en: {q_text(den)}}}", f"resolved: {resolved.isoformat()}", "---", ""]
        body_zh = (f"网民反映{title_zh}问题后，{depts[lead].zh}牵头组织现场踏勘，会同相关单位制定整改方案。\n\n"
                   "| 阶段 | 完成情况 |\n|---|---|\n| 现场核实 | 已完成 |\n| 整改施工 | 已完成 |\n| 回访群众 | 满意 |\n\n"
                   f"问题已于{resolved.year}年{resolved.month}月{resolved.day}日整改到位。**群众满意率** 100%。\n")
        body_en = (f"After residents reported the problem ({title_en}), the {depts[lead].en} led a site visit and "
                   "agreed a fix with the other units involved.\n\n"
                   "| Stage | Status |\n|---|---|\n| Site check | done |\n| Works | done |\n| Follow-up with residents | satisfied |\n\n"
                   f"The problem was resolved on {resolved.isoformat()}. **Satisfaction** 100%.\n")
        write_text(os.path.join(cdir, f"issue-{k:02d}.md"), "\n".join(fm) + "\n" + body_zh)
        write_text(os.path.join(cdir, f"issue-{k:02d}.en.md"), "---\n---\n\n" + body_en)

    # Narratives (figures approximate: counted while generating, over all channels).
    n, rep, red = tally["posts"], tally["replied"], tally["red"]
    write_text(os.path.join(qdir, "narrative.md"),
               f"## {y}年第{q}季度网络问政考评结果\n\n"
               f"本季度共收到网民留言{n:,}条，其中{rep:,}条已获回复；仍有{red:,}条留言未获回复、亮起红灯。\n\n"
               f"| 指标 | 数值 |\n|---|---:|\n| 留言总数 | {n:,} |\n| 已回复 | {rep:,} |\n| 红灯数 | {red:,} |\n\n"
               "下一步工作重点：\n\n- 对红灯留言逐条督办，限期回复；\n- 对疑难复杂诉求实行牵头部门负责制；\n"
               "- 持续开展“小E帮帮团”跟踪回访。\n")
    write_text(os.path.join(qdir, "narrative.en.md"),
               f"## Online response ratings, {y}-Q{q}\n\n"
               f"Citizens posted {n:,} messages this quarter; {rep:,} received a reply and {red:,} are still "
               "waiting for one (red light).\n\n"
               f"| Measure | Value |\n|---|---:|\n| Messages | {n:,} |\n| Replied | {rep:,} |\n| Red lights | {red:,} |\n\n"
               "Next steps:\n\n- every red-light post is followed up until it is answered;\n"
               "- one lead department answers for each complex case;\n"
               "- the \"Small E-Help Team\" keeps checking back with residents.\n")


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def write_e_reading(out, rng, y, m):
    base = os.path.join(out, "e-reading", f"{y}-{m:02d}")
    works = [("防汛防台准备", "Flood and typhoon preparedness"), ("老旧小区改造", "Renovating old estates"),
             ("暑期托管服务", "Summer childcare for pupils"), ("营商环境优化", "A better business climate"),
             ("垃圾分类", "Waste sorting"), ("养老服务", "Elderly care services"), ("交通治堵", "Easing traffic")]
    picked = rng.sample(works, 3)
    fm = ("---\n"
          f"title: {{zh: {q_text(f'{y}年{m}月市政府重点工作')}, en: {q_text(f'Key work of the municipal government, {MONTHS_EN[m - 1]} {y}')}}}\n"
          "officials:\n"
          '  - {name: {zh: "常务副市长", en: "Executive Vice Mayor"}, role: {zh: "经济运行、发展改革", en: "Economy and development"}}\n'
          '  - {name: {zh: "副市长（分管城建）", en: "Vice Mayor for urban development"}, role: {zh: "住房城建、交通", en: "Housing, construction, transport"}}\n'
          '  - {name: {zh: "副市长（分管民生）", en: "Vice Mayor for public services"}, role: {zh: "教育、卫生健康、民政", en: "Education, health, civil affairs"}}\n'
          f"hits: {rng.randint(5000, 20000)}\nopinions: {rng.randint(5, 40)}\nhandled_within_days: 5\n"
          "feedback: {email: mayor-ereading@ningbo.example, phone: 0574-12345}\n---\n\n")
    write_text(base + ".md", fm + "本月市政府围绕以下重点工作推进落实，欢迎市民通过下方渠道反馈意见建议。\n\n"
               "| 重点工作 | 进展 |\n|---|---|\n" + "".join(f"| {zh} | 按计划推进 |\n" for zh, _ in picked))
    write_text(base + ".en.md", "---\n---\n\nThis month the municipal government is pushing ahead with the work "
               "below. Send your views through the channels listed.\n\n| Key work | Progress |\n|---|---|\n"
               + "".join(f"| {en} | on schedule |\n" for _, en in picked))


SITE_YML = """\
title: {zh: 宁波民生E点网络问政考评, en: Ningbo Livelihood E-Point Online Response Ratings}
base_url: https://ratings.ningbo.example/
languages: [zh, en]
timezone: Asia/Shanghai
channels:
  - {id: board,   name: {zh: 民生E点留言板, en: Livelihood E-Point message board}}
  - {id: mailbox, name: {zh: 书记市长信箱, en: Party Secretary and Mayor's mailbox}}
categories:
  - {id: inquiry,    name: {zh: 咨询, en: Inquiry}}
  - {id: complaint,  name: {zh: 投诉, en: Complaint}}
  - {id: suggestion, name: {zh: 建议, en: Suggestion}}
  - {id: praise,     name: {zh: 点赞, en: Praise}}
  - {id: help,       name: {zh: 求助, en: Seeking help}}
assessment:
  channels: [board]
  lights: {green: 3, yellow: 5}
  score:
    weights: {acceptance_rate: 20, reply_rate: 30, green_rate: 50}
    complex_issue_points: 1
markdown:
  unsafe_html: false
"""

def joined_cell(rng: random.Random, first: dt.date, qs) -> str:
    """",joined" of departments.csv: 75% of departments joined, from a year before
    the first quarter to a month after the last one (some inside each period)."""
    if rng.random() >= 0.75:
        return ","
    span = (quarter_bounds(*qs[-1])[1] - first).days + 365 + 30
    return "," + (first + dt.timedelta(days=int(rng.random() * span) - 365)).isoformat()


# site.yml with --v2: the v1 file plus sub-categories, settle_within, thresholds,
# settle and satisfaction weights, satisfaction dimensions and two rankings (one
# over the mailbox, a channel that is not assessed; one by a rate), each on one
# line: bench/hugo_site.py's YAML subset reads flow maps on one line only.
def site_yml_v2() -> str:
    subs = "".join(f"  - {{id: {i}, parent: {p}, name: {{zh: {zh}, en: {en}}}}}\n" for i, p, zh, en in SUB_CATEGORIES)
    dims = "".join(f"    - {{id: {i}, name: {{zh: {zh}, en: {en}}}}}\n" for i, zh, en in DIMENSIONS)
    v1 = SITE_YML.replace("  channels: [board]\n",
                          "  channels: [board]\n  settle_within: [1, 3, 5]\n"
                          "  thresholds: {reply_rate: 95, satisfaction_rate: 85}\n")
    v1 = v1.replace("weights: {acceptance_rate: 20, reply_rate: 30, green_rate: 50}",
                    "weights: {acceptance_rate: 20, reply_rate: 30, green_rate: 40, settle_rate: 5, satisfaction_rate: 5}")
    head, tail = v1.split("assessment:\n")
    return (head + subs + "assessment:\n" + tail + "satisfaction:\n  dimensions:\n" + dims + "  satisfied_from: 4\n"
            "rankings:\n"
            "  - {id: mailbox-replies, title: {zh: 信箱回复前十, en: Top ten in answering the mailbox}, "
            "channels: [mailbox], by: replied, top: 10}\n"
            "  - {id: settle-rate, title: {zh: 办结率前二十, en: Top twenty by settlement rate}, "
            "channels: [board], by: settle_rate, top: 20}\n")


ABOUT_ZH = """---
title: {zh: 关于网络问政考评, en: About the online response ratings}
---

民生E点留言板上的每一条网民留言，都会按照部门回复的速度亮起一盏“灯”：

- **绿灯**：3个工作日内回复；
- **黄灯**：5个工作日内回复；
- **灰灯**：超过5个工作日回复；
- **红灯**：截至统计日仍未回复。

每季度，本站依据考评细则公布各部门的受理率、回复率、绿灯率和综合得分，并公开点名红灯较多的部门。
"""
ABOUT_EN = """---
---

Every citizen post on the Livelihood E-Point board gets a light according to how fast the department replies:

- **green**: a reply within 3 working days;
- **yellow**: within 5 working days;
- **gray**: later;
- **red**: no reply by the as-of date.

Each quarter this site publishes every department's acceptance, reply and green-light rates and its score, and names the departments with the most red lights.
"""


def generate(out: str, quarters: int, posts: int, departments: int, seed: int, v2: bool = False, log=print) -> dict:
    t0 = time.perf_counter()
    rng = random.Random(seed)
    rng2 = random.Random(seed + V2_SEED_OFFSET) if v2 else None
    for sub in ("calendar", "quarters", "e-reading", "pages"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    write_text(os.path.join(out, "site.yml"), site_yml_v2() if v2 else SITE_YML)
    write_text(os.path.join(out, "pages", "about.md"), ABOUT_ZH)
    write_text(os.path.join(out, "pages", "about.en.md"), ABOUT_EN)

    # Departments: Zipf-like sizes (weight 1/rank) over a shuffled rank order,
    # so big departments are spread through the registry, and a quality tier
    # (excellent: always green; average; poor) that drives the lights.
    names = department_names(departments)
    ranks = list(range(1, departments + 1))
    rng.shuffle(ranks)
    width = max(3, len(str(departments)))
    depts = [Dept(f"dept-{i + 1:0{width}d}", zh, en, 1.0 / ranks[i]) for i, (zh, en) in enumerate(names)]
    tiers = [0 if r < 0.3 else 1 if r < 0.8 else 2 for r in (rng.random() for _ in depts)]
    qs = quarter_list(quarters)
    first = quarter_bounds(*qs[0])[0]
    with open(os.path.join(out, "departments.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("id,name,name_en" + (",joined" if v2 else "") + "\n")
        for d in depts:
            f.write(f"{d.id},{csv_field(d.zh)},{csv_field(d.en)}" + (joined_cell(rng2, first, qs) if v2 else "") + "\n")

    # The latest date written anywhere: late replies (< 90 days + 10 h after
    # the last quarter's end) and the last as_of. Calendars cover every year
    # from the first posting through this date.
    last = quarter_bounds(*qs[-1])[1] + dt.timedelta(days=91)
    holidays: set[dt.date] = set()
    workdays: set[dt.date] = set()
    for year in range(first.year, last.year + 1):
        h, w = write_calendar(out, year)
        holidays |= h
        workdays |= w

    clock = Clock(first, last + dt.timedelta(days=40))
    # Working days as day numbers on the clock; work_after[d] = index in
    # work_list of the first working day strictly after day d.
    work_list = []
    for o in range(clock.base, clock.base + len(clock.days)):
        day = dt.date.fromordinal(o)
        if (day.weekday() < 5 and day not in holidays) or day in workdays:
            work_list.append(o - clock.base)
    work_after = [bisect.bisect_right(work_list, d) for d in range(len(clock.days))]
    titles = build_titles(rng)
    v2_posts = V2Posts(rng2, clock, work_list, work_after) if v2 else None

    for y, q in qs:
        qdir = os.path.join(out, "quarters", f"{y}-Q{q}")
        os.makedirs(qdir, exist_ok=True)
        tally: dict = {}
        write_posts(os.path.join(qdir, "posts.csv"), rng, y, q, posts, clock, depts, tiers,
                    work_list, work_after, titles, tally, v2_posts)
        write_quarter_extras(qdir, rng, y, q, depts, tally)
        for m in range(3 * q - 2, 3 * q + 1):
            write_e_reading(out, rng, y, m)
    elapsed = time.perf_counter() - t0
    total = quarters * posts
    log(f"generated {out}: {quarters} quarters x {posts} posts x {departments} departments = "
        f"{total:,} posts in {elapsed:.1f} s ({total / max(elapsed, 1e-9):,.0f} posts/s)")
    return {"posts": total, "seconds": elapsed}


# --------------------------------------------------------------------------
# Self-check: read the folder back and verify the contract's input rules.
# --------------------------------------------------------------------------

def _parse_ts(s: str) -> dt.datetime:
    """A contract timestamp -> naive datetime in the site time zone (UTC+8)."""
    if s.endswith("Z"):
        return dt.datetime.fromisoformat(s[:-1]) + dt.timedelta(hours=8)
    if len(s) > 19 and s[-6] in "+-":
        aware = dt.datetime.fromisoformat(s)
        return (aware.astimezone(dt.timezone(dt.timedelta(hours=8)))).replace(tzinfo=None)
    return dt.datetime.fromisoformat(s)


def _dates_of(line: str) -> list[dt.date]:
    inner = line.split("[", 1)[1].rsplit("]", 1)[0]
    out = []
    for item in (x.strip() for x in inner.split(",") if x.strip()):
        a, _, b = item.partition("..")
        a_d = dt.date.fromisoformat(a)
        b_d = dt.date.fromisoformat(b) if b else a_d
        out += [a_d + dt.timedelta(days=i) for i in range((b_d - a_d).days + 1)]
    return out


def _is_date(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def self_check(out: str, v2: bool = False) -> list[str]:
    errors: list[str] = []
    err = errors.append
    with open(os.path.join(out, "departments.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("departments.csv: duplicate id")
    if any(not r["name"] or not r["name_en"] for r in rows):
        err("departments.csv: empty name")
    known = set(ids)
    years = {}
    for name in os.listdir(os.path.join(out, "calendar")):
        year = int(name[:4])
        with open(os.path.join(out, "calendar", name), encoding="utf-8") as f:
            lines = {l.split(":")[0]: l for l in f if not l.startswith("#")}
        h, w = set(_dates_of(lines["holidays"])), set(_dates_of(lines["workdays"]))
        if h & w:
            err(f"calendar/{name}: dates in both lists: {sorted(h & w)}")
        if any(d.year != year for d in h | w):
            err(f"calendar/{name}: a date outside the year")
        years[year] = (h, w)
    if v2 and any(r["joined"] and not _is_date(r["joined"]) for r in rows):
        err("departments.csv: a joined cell that is not a date")
    channels, categories = {"board", "mailbox"}, {c[0] for c in CATEGORIES}
    if v2:
        categories |= {c[0] for c in SUB_CATEGORIES}
    ratings = ["rating_" + d[0] for d in DIMENSIONS] if v2 else []
    months = set()
    for qname in sorted(os.listdir(os.path.join(out, "quarters"))):
        qdir = os.path.join(out, "quarters", qname)
        y, q = int(qname[:4]), int(qname[-1])
        start, end = quarter_bounds(y, q)
        months |= {(y, m) for m in range(3 * q - 2, 3 * q + 1)}
        with open(os.path.join(qdir, "quarter.yml"), encoding="utf-8") as f:
            meta = dict(l.split(": ", 1) for l in f.read().splitlines() if l and not l.startswith(" ") and ": " in l)
        as_of = dt.date.fromisoformat(meta["as_of"])
        if as_of < end:
            err(f"{qname}/quarter.yml: as_of before the quarter's end")
        for year in range(start.year, as_of.year + 1):
            if year not in years:
                err(f"{qname}: calendar/{year}.yml missing")
        seen = set()
        with open(os.path.join(qdir, "posts.csv"), encoding="utf-8", newline="") as f:
            for line, r in enumerate(csv.DictReader(f), 2):
                where = f"{qname}/posts.csv:{line}"
                if r["id"] in seen:
                    err(f"{where}: duplicate id")
                seen.add(r["id"])
                if r["channel"] not in channels or r["category"] not in categories or r["department"] not in known:
                    err(f"{where}: unknown channel/category/department")
                p = _parse_ts(r["posted_at"])
                if not (start <= p.date() <= end):
                    err(f"{where}: posted_at outside the quarter")
                for col in ("accepted_at", "replied_at", "settled_at") if v2 else ("accepted_at", "replied_at"):
                    if r[col] and _parse_ts(r[col]) < p:
                        err(f"{where}: {col} earlier than posted_at")
                if any(r[col] not in ("", "1", "2", "3", "4", "5") for col in ratings):
                    err(f"{where}: a rating that is not 1-5")
                if r["public"].lower() not in ("", "yes", "no"):
                    err(f"{where}: bad public")
                if r["url"] and not r["url"].startswith(("http://", "https://")):
                    err(f"{where}: bad url")
        with open(os.path.join(qdir, "adjustments.csv"), encoding="utf-8", newline="") as f:
            for line, r in enumerate(csv.DictReader(f), 2):
                if (r["department"] not in known or r["kind"] not in ("bonus", "penalty") or float(r["points"]) <= 0
                        or not (start <= dt.date.fromisoformat(r["date"]) <= end)):
                    err(f"{qname}/adjustments.csv:{line}: bad row")
        cdir = os.path.join(qdir, "complex-issues")
        for name in os.listdir(cdir):
            if name.endswith(".en.md"):
                continue
            with open(os.path.join(cdir, name), encoding="utf-8") as f:
                fm = f.read().split("---\n")[1]
            for l in fm.splitlines():
                if l.startswith("lead: ") and l[6:] not in known:
                    err(f"{qname}/complex-issues/{name}: unknown lead")
                if l.startswith("partners: ") and not set(l[11:-1].split(", ")) <= known:
                    err(f"{qname}/complex-issues/{name}: unknown partner")
            if not os.path.exists(os.path.join(cdir, name[:-3] + ".en.md")):
                err(f"{qname}/complex-issues/{name}: no translation")
    for y, m in months:
        for suffix in (".md", ".en.md"):
            if not os.path.exists(os.path.join(out, "e-reading", f"{y}-{m:02d}{suffix}")):
                err(f"e-reading/{y}-{m:02d}{suffix} missing")
    return errors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", metavar="OUT_DIR")
    ap.add_argument("--quarters", type=int, default=8)
    ap.add_argument("--posts", type=int, default=20000, help="posts per quarter")
    ap.add_argument("--departments", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--v2", action="store_true",
                    help="also fill every contract-v2 input (settled_at, rating_ columns and satisfaction, "
                         "sub-categories, settle_within, thresholds, rankings, joined); the v1 output is unchanged without it")
    ap.add_argument("--check", choices=("auto", "yes", "no"), default="auto",
                    help="read the output back and verify it (auto: when at most 200,000 posts)")
    a = ap.parse_args(argv)
    if a.quarters < 1 or a.posts < 1 or a.departments < 1:
        ap.error("--quarters, --posts and --departments must be positive")
    if os.path.exists(a.out) and os.listdir(a.out):
        ap.error(f"{a.out} exists and is not empty")
    generate(a.out, a.quarters, a.posts, a.departments, a.seed, a.v2)
    if a.check == "yes" or (a.check == "auto" and a.quarters * a.posts <= 200_000):
        t0 = time.perf_counter()
        problems = self_check(a.out, a.v2)
        for p in problems[:50]:
            print("self-check: " + p, file=sys.stderr)
        if problems:
            print(f"self-check: {len(problems)} problems", file=sys.stderr)
            return 1
        print(f"self-check: ok ({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
