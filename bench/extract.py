"""Benchmark: read + extract on a generated corpus of news-like documents, English and Chinese.

    python bench/extract.py [--docs 10000] [--seed 7] [--keep DIR]

Generates the corpus in a temporary folder (text files, half English, half Chinese, some
GB18030 and Big5), then runs the end-to-end path (``iter_documents`` + ``extract``) and a
naive baseline (one regular expression per gazetteer name, run over each document) on the
same files. Prints throughput (MB/s of text, docs/s), peak RSS, and RSS at checkpoints to
show that memory stays flat as the corpus grows. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

SURNAMES_ZH = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN_ZH = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志强海军红梅文斌晓东春林永新德学军宏"
PLACES_ZH = ["重庆", "贵州", "四川", "湖北", "湖南", "江苏", "浙江", "广东", "毕节", "遵义", "绵阳", "宜昌"]
PLACES_EN = ["Chongqing", "Guizhou", "Sichuan", "Hubei", "Hunan", "Jiangsu", "Zhejiang", "Guangdong", "Bijie", "Zunyi"]
SECTOR_ZH = ["装备", "能源", "物流", "材料", "航空", "电气", "化工", "建设", "通信", "钢铁", "医药", "旅游"]
SECTOR_EN = ["Equipment", "Energy", "Logistics", "Materials", "Aviation", "Electric", "Chemical", "Construction",
             "Communications", "Steel", "Pharmaceutical", "Tourism"]
TITLE_ZH = ["董事长、党委书记", "总经理、党委副书记", "党组书记、董事长", "副总经理", "董事、总经理"]
TITLE_EN = ["chairman", "general manager", "Party Secretary and Chairman", "Vice President", "Deputy General Manager"]
FILLER_EN = [
    "The group said the move would improve efficiency and support high-quality development.",
    "Analysts expect further restructuring of state-owned enterprises in the coming years.",
    "Revenue rose by 8 percent in the first half, while net profit was broadly flat.",
    "The company plans to invest more in research and development, digital transformation and green energy.",
    "Officials stressed the need to prevent financial risks and to keep supply chains stable.",
    "The reform programme covers corporate governance, market-based pay and the exit of loss-making units.",
    "Several provinces have announced similar plans for their own state-owned companies.",
    "The new structure is expected to reduce duplicated investment and cut costs across the sector.",
    "Market participants welcomed the decision, and the shares of listed units rose in morning trading.",
    "The statement did not give a timetable for the remaining steps of the restructuring.",
    "Industry data show that output of the sector grew steadily over the past three years.",
    "Experts said that scale alone would not guarantee competitiveness in international markets.",
]
FILLER_ZH = [
    "会议强调，要深入推进国有企业改革，加快建设世界一流企业，不断提升核心竞争力。",
    "今年上半年，企业营业收入同比增长百分之八，利润总额保持稳定。",
    "下一步，将持续加大研发投入，推动数字化转型和绿色低碳发展。",
    "要坚决守住不发生系统性风险的底线，保持产业链供应链稳定。",
    "改革举措涵盖公司治理、市场化薪酬和亏损企业退出等方面。",
    "多个省份也相继出台了地方国有企业改革的相关方案。",
    "新的组织架构有助于减少重复投资，降低行业整体成本。",
    "业内人士认为，规模扩大并不必然带来国际竞争力的提升。",
    "相关数据显示，近三年来该行业产量保持稳步增长。",
    "通知要求各单位结合实际，抓好贯彻落实，确保各项任务落到实处。",
]


def filler(rng: random.Random, pool: list[str], n: int, sep: str) -> str:
    paras = []
    for _ in range(n):
        paras.append(sep.join(rng.choice(pool) for _ in range(rng.randint(3, 6))))
    return "\n\n".join(paras)


def _pinyin_pool():
    from pypinyin import Style, lazy_pinyin

    return {ch: lazy_pinyin(ch, style=Style.NORMAL)[0] for ch in SURNAMES_ZH + GIVEN_ZH}


def make_doc(rng: random.Random, py: dict, known_zh: list[str], known_en: list[str], i: int) -> tuple[str, str, str]:
    """(file name, text, encoding) of one synthetic document."""
    fam = rng.choice(SURNAMES_ZH)
    given = "".join(rng.choice(GIVEN_ZH) for _ in range(rng.choice((1, 2))))
    name_zh = fam + given
    name_en = py[fam].capitalize() + " " + "".join(py[c] for c in given).capitalize()
    sec = rng.randrange(len(SECTOR_ZH))
    org_zh = f"中国{SECTOR_ZH[sec]}{rng.choice('新华中安泰盛')}集团有限公司"
    org_en = f"China {SECTOR_EN[sec]} {rng.choice(['New', 'Great', 'United', 'Pacific'])} Group Corporation"
    place = rng.randrange(len(PLACES_EN))
    if i % 2 == 0:
        k = rng.choice(known_en)
        paras = [
            f"BEIJING, March {rng.randint(1, 28)} -- {name_en}, {rng.choice(TITLE_EN)} of {org_en}, met with officials "
            f"of the {PLACES_EN[place]} Municipal People's Government on Tuesday. The two sides agreed to deepen cooperation "
            f"with {k} in new energy and logistics.",
            f"The {org_en} ({''.join(w[0] for w in org_en.split()[:4]).upper()}) was formed through the merger of "
            f"{k} and China {SECTOR_EN[(sec + 1) % 12]} Holdings Corporation, the State-owned Assets Supervision and "
            f"Administration Commission said.",
            filler(rng, FILLER_EN, rng.randint(3, 8), " "),
            f"{name_en.split()[0]} said the group would hold a training program for managers in April.",
            filler(rng, FILLER_EN, rng.randint(2, 5), " "),
        ]
        return f"en-{i:06d}.txt", "\n\n".join(paras) + "\n", "utf-8"
    k = rng.choice(known_zh)
    paras = [
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{PLACES_ZH[place]}市委书记{rng.choice(SURNAMES_ZH)}{rng.choice(GIVEN_ZH)}{rng.choice(GIVEN_ZH)}"
        f"会见了{org_zh}{rng.choice(TITLE_ZH)}{name_zh}一行。双方表示将进一步深化合作。",
        f"经中央批准，{name_zh}同志任{org_zh}{rng.choice(TITLE_ZH)}，免去其{k}副总经理职务。",
        filler(rng, FILLER_ZH, rng.randint(3, 8), ""),
        f"{org_zh}与{k}签署战略合作协议。",
        filler(rng, FILLER_ZH, rng.randint(2, 5), ""),
    ]
    enc = "utf-8"
    if i % 10 == 1:
        enc = "gb18030"
    elif i % 10 == 3:
        enc = "big5"
        paras = [p.translate(_s2t_table()) for p in paras]
    return f"zh-{i:06d}.txt", "\n\n".join(paras) + "\n", enc


_S2T: dict[int, int] = {}


def _s2t_table() -> dict[int, int]:
    if not _S2T:
        import opencc

        path = Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            a, _, b = line.partition("\t")
            if len(a) == 1 and b and len(b.split(" ")[0]) == 1:
                _S2T[ord(a)] = ord(b.split(" ")[0])
    return _S2T


def generate(folder: Path, n: int, seed: int, gaz) -> int:
    rng = random.Random(seed)
    py = _pinyin_pool()
    ents = [e for e in gaz.entities.values() if e.type == "CentralSOE"]
    known_zh = [e.name_zh for e in ents if e.name_zh] or ["中国移动通信集团有限公司"]
    known_en = [e.name for e in ents] or ["China Mobile"]
    total = 0
    for i in range(n):
        name, text, enc = make_doc(rng, py, known_zh, known_en, i)
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            data = text.encode("utf-8")
        (sub / name).write_bytes(data)
        total += len(text.encode("utf-8"))
    return total


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1048576


def run_pipeline(folder: Path, gaz, checkpoints: set[int]):
    from soegraph.errors import DocumentError
    from soegraph.loaders.extract import extract
    from soegraph.loaders.readers import iter_documents

    n = ents = rels = errors = 0
    nbytes = 0
    marks = []
    t0 = time.perf_counter()
    c0 = time.process_time()
    for item in iter_documents([folder]):
        if isinstance(item, DocumentError):
            errors += 1
            continue
        x = extract(item, gaz)
        n += 1
        nbytes += len(item.text.encode("utf-8"))
        ents += len(x.entities)
        rels += len(x.relations)
        if n in checkpoints:
            marks.append({"docs": n, "rss_mb": round(rss_mb(), 1)})
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return {"docs": n, "errors": errors, "mb": nbytes / 1048576, "seconds": dt, "cpu_seconds": cpu, "entities": ents,
            "relations": rels, "rss_checkpoints": marks}


def run_all_cores(folder: Path, jobs: int) -> dict:
    """Wall-clock throughput of ``soegraph extract --json --jobs N`` (its own code path, JSON lines
    out), worker start-up included."""
    from soegraph.loaders.commands import _extractions

    n = nbytes = 0
    t0 = time.perf_counter()
    for item, (line, error) in _extractions([folder], jobs, as_json=True):
        if error is None:
            n += 1
            nbytes += len(item.text.encode("utf-8"))
    return {"docs": n, "mb": nbytes / 1048576, "seconds": time.perf_counter() - t0}


def run_baseline(folder: Path, gaz, limit: int):
    """Naive gazetteer matching: one compiled regex per name, each run over every document."""
    from soegraph.loaders.readers import iter_documents

    names = sorted({n for e in gaz.entities.values() for n in gaz.names_of(e) if len(n) >= 2})
    pats = [re.compile(re.escape(n), re.I) for n in names]
    n = hits = 0
    nbytes = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for item in iter_documents([folder]):
        if not hasattr(item, "text"):
            continue
        text = item.text
        for p in pats:
            for _ in p.finditer(text):
                hits += 1
        n += 1
        nbytes += len(text.encode("utf-8"))
        if n >= limit:
            break
    dt = time.perf_counter() - t0
    return {"docs": n, "mb": nbytes / 1048576, "seconds": dt, "cpu_seconds": time.process_time() - c0,
            "names": len(names), "hits": hits}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000, help="number of documents to generate (default 10000)")
    ap.add_argument("--baseline-docs", type=int, default=300, help="documents the naive baseline runs on (default 300; it is slow)")
    ap.add_argument("--seed", type=int, default=7, help="random seed of the generator")
    ap.add_argument("--keep", type=Path, default=None, help="generate into this folder and keep it")
    ap.add_argument("--jobs", type=int, default=0, help="worker processes for the all-cores figure (default: one per core)")
    args = ap.parse_args(argv)

    from soegraph.loaders.extract import Gazetteer

    gaz = Gazetteer.default()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="soegraph-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        total = generate(folder, args.docs, args.seed, gaz)
        print(f"generated {args.docs} documents, {total / 1048576:.1f} MB of UTF-8 text, in {time.perf_counter() - t0:.1f} s")
        rss_before = rss_mb()
        checks = {c for c in (1000, args.docs // 4, args.docs // 2, args.docs) if c > 0}
        res = run_pipeline(folder, gaz, checks)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        mbps = res["mb"] / res["seconds"]
        dps = res["docs"] / res["seconds"]
        cpu_mbps = res["mb"] / res["cpu_seconds"]
        print(f"soegraph read+extract: {res['docs']} docs, {res['mb']:.1f} MB in {res['seconds']:.1f} s = "
              f"{mbps:.2f} MB/s, {dps:.0f} docs/s (CPU time {res['cpu_seconds']:.1f} s = {cpu_mbps:.2f} MB/s per core); "
              f"{res['entities']} entities, {res['relations']} relations, {res['errors']} errors")
        print("RSS by documents processed: " + ", ".join(f"{m['docs']}: {m['rss_mb']} MB" for m in res["rss_checkpoints"])
              + f" (before: {rss_before:.1f} MB, peak {peak:.1f} MB)")
        base = run_baseline(folder, gaz, args.baseline_docs)
        bmbps = base["mb"] / base["cpu_seconds"]
        print(f"baseline (one regex per gazetteer name, {base['names']} names): {base['docs']} docs, "
              f"{base['mb']:.2f} MB in {base['seconds']:.1f} s (CPU {base['cpu_seconds']:.1f} s) = {bmbps:.2f} MB/s per core, "
              f"{base['docs'] / base['seconds']:.0f} docs/s "
              f"(gazetteer matching only, no patterns or relations)")
        jobs = args.jobs or os.cpu_count() or 1
        par = run_all_cores(folder, jobs)
        par_mbps = par["mb"] / par["seconds"]
        print(f"extract --json --jobs {jobs} (wall clock, worker start-up included): {par['docs']} docs in "
              f"{par['seconds']:.1f} s = {par_mbps:.2f} MB/s ({par_mbps / mbps:.2f}x the single process's wall clock)")
        rss = [m["rss_mb"] for m in res["rss_checkpoints"]]
        summary = {
            "docs": res["docs"], "mb": round(res["mb"], 2), "seconds": round(res["seconds"], 2),
            "mb_per_s": round(mbps, 3), "cpu_mb_per_s": round(cpu_mbps, 3), "docs_per_s": round(dps, 1),
            "peak_rss_mb": round(peak, 1),
            "rss_growth_mb": round(rss[-1] - rss[0], 1) if len(rss) > 1 else 0.0,
            "entities": res["entities"], "relations": res["relations"], "errors": res["errors"],
            "baseline_cpu_mb_per_s": round(bmbps, 3),
            "speedup_vs_baseline": round(cpu_mbps / bmbps, 2) if bmbps else None, "target_mb_per_s_per_core": 5.0,
            "cores_used": 1, "jobs": jobs, "all_cores_mb_per_s": round(par_mbps, 3),
        }
        print(json.dumps(summary))
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
