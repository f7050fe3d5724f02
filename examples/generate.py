#!/usr/bin/env python3
"""Writes the two built-in examples beside the Ningbo sample, from a fixed seed:

    python3 examples/generate.py [OUT_DIR]        # default: examples/

- hubei-monthly/: a Hubei-style monthly report (contract §5, §6, §9, §10) that
  reproduces the published May 2019 figures: 《荆楚问政》 65 messages received and
  18 replied, 《民生热线》 177 received and 157 replied, 242 and 175 in all,
  replies up 28.7% on May 2018 (the example holds 2018-05 too: 188 received,
  180 accepted, 136 replied, the contract's §6 example); the top five classes
  行政管理 27, 城市管理 25, 住房管理 24, 交通管理 17, 企业投诉 15 (all the
  hotline's: the portal's messages fall in other classes); 9 departments
  claimed their account in May, 41 in all by 5 June.
- pingshan-district/: a Pingshan-style district quarter (contract §7, §8, §9)
  with the four satisfaction dimensions, a settlement rate of 99.56% (99.6% as
  the contract rounds: 2,240 of 2,250 accepted), half settled within 1 working
  day and 88% within 3, and 13 classes with 88 sub-categories.

The same seed always gives the same bytes (only random.Random(seed); no clock,
no hash order). `make test` regenerates both into a scratch folder and checks
they equal the committed ones, then builds and checks them.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys

SEED = 20190605


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def days(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


class Calendar:
    def __init__(self, holidays, workdays):
        self.holidays, self.workdays = set(holidays), set(workdays)

    def is_working(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        while count > 0:
            day += dt.timedelta(days=1)
            if self.is_working(day):
                count -= 1
        return day


def stamp(day: dt.date, minutes: int) -> str:
    return f"{day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}"


def csv_field(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text


def csv_row(fields) -> str:
    return ",".join(csv_field(str(field)) for field in fields) + "\n"


def spread(total: int, parts: int) -> list[int]:
    """`total` as `parts` counts differing by at most one, largest first."""
    return [total // parts + (1 if index < total % parts else 0) for index in range(parts)]


# --------------------------------------------------------------------------
# Hubei: two platforms, monthly reports, sign-up
# --------------------------------------------------------------------------

HUBEI_CALENDAR = {
    2018: ([dt.date(2018, 1, 1), *days(dt.date(2018, 2, 15), dt.date(2018, 2, 21)), *days(dt.date(2018, 4, 5), dt.date(2018, 4, 7)),
            *days(dt.date(2018, 4, 29), dt.date(2018, 5, 1)), dt.date(2018, 6, 18), dt.date(2018, 9, 24),
            *days(dt.date(2018, 10, 1), dt.date(2018, 10, 7)), *days(dt.date(2018, 12, 30), dt.date(2018, 12, 31))],
           [dt.date(2018, 2, 11), dt.date(2018, 2, 24), dt.date(2018, 4, 8), dt.date(2018, 4, 28), dt.date(2018, 9, 29),
            dt.date(2018, 9, 30), dt.date(2018, 12, 29)]),
    2019: ([dt.date(2019, 1, 1), *days(dt.date(2019, 2, 4), dt.date(2019, 2, 10)), dt.date(2019, 4, 5),
            *days(dt.date(2019, 5, 1), dt.date(2019, 5, 4)), dt.date(2019, 6, 7), dt.date(2019, 9, 13),
            *days(dt.date(2019, 10, 1), dt.date(2019, 10, 7))],
           [dt.date(2019, 2, 2), dt.date(2019, 2, 3), dt.date(2019, 4, 28), dt.date(2019, 5, 5), dt.date(2019, 9, 29),
            dt.date(2019, 10, 12)]),
}

HUBEI_CLASSES = [
    ("admin", "行政管理", "Administration"), ("urban", "城市管理", "Urban management"),
    ("housing", "住房管理", "Housing"), ("traffic", "交通管理", "Traffic"),
    ("enterprise", "企业投诉", "Complaints about enterprises"), ("labour", "劳动社保", "Labour and social security"),
    ("education", "教育", "Education"), ("health", "医疗卫生", "Health care"),
    ("environment", "环境保护", "Environment"), ("rural", "农业农村", "Agriculture and rural affairs"),
    ("police", "公安政法", "Public security and justice"), ("utilities", "水电气", "Water, power, gas"),
    ("consumer", "消费维权", "Consumer rights"), ("civil", "民政", "Civil affairs"), ("other", "其他", "Other"),
]
# The hotline's May 2019 counts of the five published classes; the rest of its
# 177 and all 65 of the portal's fall in the other ten classes, at most 14 each.
HUBEI_TOP_FIVE = [27, 25, 24, 17, 15]

HUBEI_DEPARTMENTS = [
    ("wuhan", "武汉市人民政府", "Wuhan Municipal Government"), ("huangshi", "黄石市人民政府", "Huangshi Municipal Government"),
    ("shiyan", "十堰市人民政府", "Shiyan Municipal Government"), ("yichang", "宜昌市人民政府", "Yichang Municipal Government"),
    ("xiangyang", "襄阳市人民政府", "Xiangyang Municipal Government"), ("ezhou", "鄂州市人民政府", "Ezhou Municipal Government"),
    ("jingmen", "荆门市人民政府", "Jingmen Municipal Government"), ("xiaogan", "孝感市人民政府", "Xiaogan Municipal Government"),
    ("jingzhou", "荆州市人民政府", "Jingzhou Municipal Government"), ("huanggang", "黄冈市人民政府", "Huanggang Municipal Government"),
    ("xianning", "咸宁市人民政府", "Xianning Municipal Government"), ("suizhou", "随州市人民政府", "Suizhou Municipal Government"),
    ("enshi", "恩施州人民政府", "Enshi Prefecture Government"), ("xiantao", "仙桃市人民政府", "Xiantao Municipal Government"),
    ("qianjiang", "潜江市人民政府", "Qianjiang Municipal Government"), ("tianmen", "天门市人民政府", "Tianmen Municipal Government"),
    ("shennongjia", "神农架林区", "Shennongjia Forestry District"),
    ("education-dept", "省教育厅", "Provincial Department of Education"), ("police-dept", "省公安厅", "Provincial Department of Public Security"),
    ("civil-dept", "省民政厅", "Provincial Department of Civil Affairs"), ("justice-dept", "省司法厅", "Provincial Department of Justice"),
    ("finance-dept", "省财政厅", "Provincial Department of Finance"), ("hrss-dept", "省人力资源和社会保障厅", "Provincial Department of Human Resources and Social Security"),
    ("natural-dept", "省自然资源厅", "Provincial Department of Natural Resources"), ("ecology-dept", "省生态环境厅", "Provincial Department of Ecology and Environment"),
    ("housing-dept", "省住房和城乡建设厅", "Provincial Department of Housing and Urban-Rural Development"),
    ("transport-dept", "省交通运输厅", "Provincial Department of Transport"), ("water-dept", "省水利厅", "Provincial Department of Water Resources"),
    ("agri-dept", "省农业农村厅", "Provincial Department of Agriculture and Rural Affairs"), ("commerce-dept", "省商务厅", "Provincial Department of Commerce"),
    ("culture-dept", "省文化和旅游厅", "Provincial Department of Culture and Tourism"), ("health-comm", "省卫生健康委员会", "Provincial Health Commission"),
    ("veterans-dept", "省退役军人事务厅", "Provincial Department of Veterans Affairs"), ("emergency-dept", "省应急管理厅", "Provincial Department of Emergency Management"),
    ("market-bureau", "省市场监督管理局", "Provincial Administration for Market Regulation"), ("medical-bureau", "省医疗保障局", "Provincial Healthcare Security Administration"),
    ("grain-bureau", "省粮食局", "Provincial Grain Bureau"), ("forestry-bureau", "省林业局", "Provincial Forestry Bureau"),
    ("tax-bureau", "省税务局", "Provincial Tax Service"), ("power-company", "国网湖北省电力有限公司", "State Grid Hubei Electric Power"),
    ("telecom", "湖北电信", "China Telecom Hubei"), ("mobile", "湖北移动", "China Mobile Hubei"),
    ("unicom", "湖北联通", "China Unicom Hubei"), ("post", "湖北邮政", "China Post Hubei"),
    ("railway", "武汉铁路局", "Wuhan Railway Bureau"), ("airport", "湖北机场集团", "Hubei Airport Group"),
]


def hubei_month(rng, year, month, calendar, channels, as_of):
    """channels: [(id, posts, accepted, replied, classes)] where classes lists each post's class id."""
    first = dt.date(year, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    month_days = [day for day in days(first, last)]
    departments = [department[0] for department in HUBEI_DEPARTMENTS]
    rows = []
    number = 0
    for channel, posts, accepted, replied, classes in channels:
        # Which posts are accepted and replied: the counts are exact, the choice seeded.
        order = list(range(posts))
        rng.shuffle(order)
        accepted_set = set(order[:accepted])
        replied_order = order[:]
        rng.shuffle(replied_order)
        # Replied posts are mostly accepted ones; a few replies come without acceptance.
        replied_set = set([index for index in replied_order if index in accepted_set][:replied])
        if len(replied_set) < replied:
            replied_set |= set([index for index in replied_order if index not in accepted_set][:replied - len(replied_set)])
        for index in range(posts):
            number += 1
            posted_day = month_days[rng.randrange(len(month_days))]
            minutes = rng.randrange(7 * 60, 22 * 60)
            accepted_after = rng.choice([0, 0, 1])
            accepted_at = "" if index not in accepted_set else (
                stamp(posted_day, minutes + 5) if accepted_after == 0
                else stamp(calendar.add_working_days(posted_day, 1), 9 * 60 + rng.randrange(480)))
            replied_at = ""
            if index in replied_set:
                reply_day = min(calendar.add_working_days(posted_day, rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 6])), as_of)
                replied_at = stamp(reply_day, 23 * 60 + 30)
                if accepted_at and replied_at < accepted_at:
                    replied_at = accepted_at
            title = f"{rng.choice(['咨询', '反映', '投诉', '求助', '建议'])}{rng.choice(['道路', '社保', '学校', '物业', '停车', '医保', '供水', '噪音'])}问题"
            rows.append(csv_row([f"{year}{month:02d}-{channel}-{number:04d}", channel, rng.choice(departments), classes[index],
                                 stamp(posted_day, minutes), accepted_at, replied_at, "yes", title,
                                 f"https://wz.hubei.example/message/{year}{month:02d}{number:04d}"]))
    return "id,channel,department,category,posted_at,accepted_at,replied_at,public,title,url\n" + "".join(rows)


def hubei(out: str) -> None:
    rng = random.Random(SEED)
    root = os.path.join(out, "hubei-monthly")
    classes_yaml = "".join(f"  - {{id: {cid}, name: {{zh: {zh}, en: \"{en}\"}}}}\n" for cid, zh, en in HUBEI_CLASSES)
    write(os.path.join(root, "site.yml"), f"""# A Hubei-style monthly online-response report (examples/generate.py writes this folder).
title: {{zh: 湖北省网上群众工作平台月报, en: Hubei Online Public Engagement Monthly Report}}
base_url: https://wz.hubei.example/report/
languages: [zh, en]
timezone: Asia/Shanghai
channels:
  - {{id: jingchu, name: {{zh: 荆楚问政, en: Jingchu Asks the Government}}}}
  - {{id: hotline, name: {{zh: 民生热线, en: Livelihood Hotline}}}}
categories:
{classes_yaml}assessment:
  channels: [jingchu, hotline]
corrections_required: true         # a changed published figure needs its correction (docs/archiving.md §6)
""")
    joined_dates = {}
    ids = [department[0] for department in HUBEI_DEPARTMENTS]
    # 41 joined by 2019-06-05: 32 before May 2019, 9 in May; the other five not yet.
    early = ids[:32]
    for index, department in enumerate(early):
        joined_dates[department] = dt.date(2018, 3, 1) + dt.timedelta(days=11 * index)
    for index, department in enumerate(ids[32:41]):
        joined_dates[department] = dt.date(2019, 5, 6) + dt.timedelta(days=2 * index)
    registry = "id,name,name_en,joined\n" + "".join(
        csv_row([cid, zh, en, joined_dates[cid].isoformat() if cid in joined_dates else ""]) for cid, zh, en in HUBEI_DEPARTMENTS)
    write(os.path.join(root, "departments.csv"), registry)
    for year, (holidays, workdays) in HUBEI_CALENDAR.items():
        holiday_text = ", ".join(day.isoformat() for day in holidays)
        workday_text = ", ".join(day.isoformat() for day in workdays)
        write(os.path.join(root, f"calendar/{year}.yml"), f"# Mainland China, {year}.\nholidays: [{holiday_text}]\nworkdays: [{workday_text}]\n")

    class_ids = [cid for cid, _, _ in HUBEI_CLASSES]
    others = class_ids[5:]
    # The hotline's 177 in May 2019: the top five as published, the other 69 over the ten other classes;
    # the portal's 65 over the same ten, so that no other class reaches 15 in all.
    hotline_rest = spread(69, 10)
    portal = spread(65, 10)[::-1]
    hotline_classes = sum(([cid] * count for cid, count in zip(class_ids[:5], HUBEI_TOP_FIVE)), []) \
        + sum(([cid] * count for cid, count in zip(others, hotline_rest)), [])
    portal_classes = sum(([cid] * count for cid, count in zip(others, portal)), [])
    rng.shuffle(hotline_classes)
    rng.shuffle(portal_classes)
    calendar = Calendar(*HUBEI_CALENDAR[2019])
    calendar2018 = Calendar(*HUBEI_CALENDAR[2018])
    months = {
        (2019, 5): (dt.date(2019, 6, 5), dt.date(2019, 6, 10), calendar,
                    [("jingchu", 65, 60, 18, portal_classes), ("hotline", 177, 170, 157, hotline_classes)]),
        (2018, 5): (dt.date(2018, 6, 5), dt.date(2018, 6, 11), calendar2018,
                    [("jingchu", 52, 48, 20, [rng.choice(class_ids) for _ in range(52)]),
                     ("hotline", 136, 132, 116, [rng.choice(class_ids) for _ in range(136)])]),
    }
    for (year, month), (as_of, published, month_calendar, channels) in sorted(months.items()):
        folder = os.path.join(root, f"months/{year}-{month:02d}")
        write(os.path.join(folder, "month.yml"), f"as_of: {as_of.isoformat()}\npublished: {published.isoformat()}\n")
        write(os.path.join(folder, "posts.csv"), hubei_month(rng, year, month, month_calendar, channels, as_of))
    write(os.path.join(root, "months/2019-05/narrative.md"),
          "五月，全省网上群众工作平台共收到群众留言242条，办理回复175条，回复量同比增长28.7%。\n")
    write(os.path.join(root, "months/2019-05/narrative.en.md"),
          "In May the province's online platforms received 242 messages and replied to 175, replies up 28.7% on May 2018.\n")


# --------------------------------------------------------------------------
# Pingshan: settlement, satisfaction, classes with sub-categories
# --------------------------------------------------------------------------

PINGSHAN_CLASSES = [
    ("urban", "城市管理", "Urban management"), ("housing", "住房建设", "Housing and construction"),
    ("traffic", "交通运输", "Transport"), ("environment", "生态环境", "Ecology and environment"),
    ("market", "市场监管", "Market regulation"), ("labour", "劳动保障", "Labour protection"),
    ("education", "教育", "Education"), ("health", "卫生健康", "Health"), ("safety", "公共安全", "Public safety"),
    ("civil", "民政服务", "Civil services"), ("planning", "规划国土", "Planning and land"),
    ("water", "水务", "Water affairs"), ("community", "社区事务", "Community affairs"),
]
# 88 sub-categories over the 13 classes: 7 each for the first ten, 6 each for the last three.
PINGSHAN_SUBS_PER_CLASS = [7] * 10 + [6] * 3

PINGSHAN_DEPARTMENTS = [
    ("pingshan-street", "坪山街道", "Pingshan Subdistrict"), ("kengzi-street", "坑梓街道", "Kengzi Subdistrict"),
    ("longtian-street", "龙田街道", "Longtian Subdistrict"), ("shijing-street", "石井街道", "Shijing Subdistrict"),
    ("matian-street", "马峦街道", "Maluan Subdistrict"), ("biling-street", "碧岭街道", "Biling Subdistrict"),
    ("urban-bureau", "区城市管理和综合执法局", "District Urban Management and Law Enforcement Bureau"),
    ("housing-bureau", "区住房和建设局", "District Housing and Construction Bureau"),
    ("transport-bureau", "区交通运输局", "District Transport Bureau"), ("ecology-bureau", "市生态环境局坪山管理局", "Pingshan Ecology and Environment Administration"),
    ("market-bureau", "市市场监督管理局坪山监管局", "Pingshan Market Supervision Administration"),
    ("hrss-bureau", "区人力资源局", "District Human Resources Bureau"), ("education-bureau", "区教育局", "District Education Bureau"),
    ("health-bureau", "区卫生健康局", "District Health Bureau"), ("police-branch", "市公安局坪山分局", "Pingshan Public Security Branch"),
    ("civil-bureau", "区民政局", "District Civil Affairs Bureau"), ("planning-bureau", "市规划和自然资源局坪山管理局", "Pingshan Planning and Natural Resources Administration"),
    ("water-bureau", "区水务局", "District Water Affairs Bureau"), ("emergency-bureau", "区应急管理局", "District Emergency Management Bureau"),
    ("culture-bureau", "区文化广电旅游体育局", "District Culture, Tourism and Sports Bureau"),
]


def pingshan(out: str) -> None:
    rng = random.Random(SEED + 1)
    root = os.path.join(out, "pingshan-district")
    category_lines = []
    subcategory_ids = []
    for (cid, zh, en), subs in zip(PINGSHAN_CLASSES, PINGSHAN_SUBS_PER_CLASS):
        category_lines.append(f"  - {{id: {cid}, name: {{zh: {zh}, en: {en}}}}}\n")
        for number in range(1, subs + 1):
            sub_id = f"{cid}-{number}"
            subcategory_ids.append(sub_id)
            category_lines.append(f"  - {{id: {sub_id}, parent: {cid}, name: {{zh: {zh}{number}类, en: {en} {number}}}}}\n")
    write(os.path.join(root, "site.yml"), f"""# A Pingshan-style district site: 12345 settlement and five-star satisfaction (examples/generate.py writes this folder).
title: {{zh: 坪山区民生诉求办理情况, en: Pingshan District Public Appeals}}
base_url: https://pingshan.example/appeals/
languages: [zh, en]
timezone: Asia/Shanghai
channels:
  - {{id: hotline, name: {{zh: 12345热线, en: 12345 hotline}}}}
  - {{id: app, name: {{zh: i深圳App, en: i Shenzhen app}}}}
categories:
{"".join(category_lines)}assessment:
  channels: [hotline, app]
  settle_within: [1, 3]
  thresholds: {{settle_rate: 99, satisfaction_rate: 75}}
  score:
    weights: {{acceptance_rate: 10, settle_rate: 30, green_rate: 30, satisfaction_rate: 30}}
satisfaction:
  dimensions:
    - {{id: speed, name: {{zh: 处置速度, en: Speed of handling}}}}
    - {{id: effect, name: {{zh: 处置效果, en: Effect of handling}}}}
    - {{id: service, name: {{zh: 服务体验, en: Service experience}}}}
    - {{id: system, name: {{zh: 系统体验, en: System experience}}}}
  satisfied_from: 4
rankings:
  - {{id: fastest-settlement, title: {{zh: 办结率排名, en: Settlement rate ranking}}, by: settle_rate, top: 10}}
corrections_required: true         # a changed published figure needs its correction (docs/archiving.md §6)
""")
    write(os.path.join(root, "departments.csv"), "id,name,name_en\n" + "".join(csv_row(d) for d in PINGSHAN_DEPARTMENTS))
    holidays = [dt.date(2024, 1, 1), *days(dt.date(2024, 2, 10), dt.date(2024, 2, 17)), *days(dt.date(2024, 4, 4), dt.date(2024, 4, 6)),
                *days(dt.date(2024, 5, 1), dt.date(2024, 5, 5)), dt.date(2024, 6, 10), *days(dt.date(2024, 9, 15), dt.date(2024, 9, 17)),
                *days(dt.date(2024, 10, 1), dt.date(2024, 10, 7))]
    workdays = [dt.date(2024, 2, 4), dt.date(2024, 2, 18), dt.date(2024, 4, 7), dt.date(2024, 4, 28), dt.date(2024, 5, 11),
                dt.date(2024, 9, 14), dt.date(2024, 9, 29), dt.date(2024, 10, 12)]
    write(os.path.join(root, "calendar/2024.yml"), "# Mainland China, 2024.\nholidays: [" + ", ".join(d.isoformat() for d in holidays)
          + "]\nworkdays: [" + ", ".join(d.isoformat() for d in workdays) + "]\n")
    calendar = Calendar(holidays, workdays)

    # 2024-Q2: 2,262 posts, 2,250 accepted; 2,240 of them settled: 1,125 within 1 working day, 1,980 within 3.
    posts, accepted = 2262, 2250
    settle_days = [rng.choice([0, 1]) for _ in range(1125)] + [rng.choice([2, 3]) for _ in range(1980 - 1125)] \
        + [rng.choice([4, 5, 6, 8]) for _ in range(2240 - 1980)]
    rng.shuffle(settle_days)
    as_of = dt.date(2024, 7, 15)
    quarter_days = [day for day in days(dt.date(2024, 4, 1), dt.date(2024, 6, 30))]
    departments = [department[0] for department in PINGSHAN_DEPARTMENTS]
    header = "id,channel,department,category,posted_at,accepted_at,replied_at,settled_at,rating_speed,rating_effect," \
             "rating_service,rating_system,public,title\n"
    rows = []
    for index in range(posts):
        # The last three weeks' posts are settled within the quarter's as-of day: post early enough.
        posted = quarter_days[rng.randrange(len(quarter_days) - 14)]
        minutes = rng.randrange(8 * 60, 21 * 60)
        is_accepted = index < accepted
        accepted_at = stamp(posted, minutes + 10) if is_accepted and minutes < 23 * 60 else ""
        settled_at = replied_at = ""
        if is_accepted and index < len(settle_days):
            settled = calendar.add_working_days(posted, settle_days[index])
            settled_at = max(stamp(settled, 18 * 60), accepted_at)
            replied_at = stamp(calendar.add_working_days(posted, min(settle_days[index], 2)), 17 * 60)
            if replied_at < accepted_at:
                replied_at = accepted_at
        elif is_accepted:
            replied_at = stamp(calendar.add_working_days(posted, 4), 17 * 60)
        ratings = ["", "", "", ""]
        if settled_at and rng.random() < 0.7:
            base = rng.choice([5, 5, 5, 5, 5, 4, 4, 4, 4, 3])
            ratings = [str(max(1, min(5, base + rng.choice([0, 0, 0, 0, 1, -1])))) if rng.random() < 0.92 else "" for _ in range(4)]
            if not any(ratings):
                ratings[0] = str(base)
        category = rng.choice(subcategory_ids) if rng.random() < 0.85 else rng.choice(PINGSHAN_CLASSES)[0]
        rows.append(csv_row([f"PS2024Q2-{index + 1:05d}", "hotline" if rng.random() < 0.7 else "app", rng.choice(departments), category,
                             stamp(posted, minutes), accepted_at, replied_at, settled_at, *ratings,
                             "no" if rng.random() < 0.2 else "yes",
                             f"{rng.choice(['路面', '噪音', '排水', '违建', '垃圾', '停车', '学位', '工资'])}{rng.choice(['问题', '投诉', '求助', '咨询'])}"]))
    folder = os.path.join(root, "quarters/2024-Q2")
    write(os.path.join(folder, "quarter.yml"), f"as_of: {as_of.isoformat()}\npublished: 2024-07-22\n")
    write(os.path.join(folder, "posts.csv"), header + "".join(rows))


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    hubei(out)
    pingshan(out)


if __name__ == "__main__":
    main()
