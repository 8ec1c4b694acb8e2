"""The real-text corpus (tests/real, issue 14): published Chinese text with gold made by annotators
who did not read the extractor. The corpus is checked (sources, offsets, sizes, variety), and the
extractor's scores on both parts are kept from falling below the floors measured when they were
last raised. The validation part is scored only: its errors are never printed here."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from extract.evaluate import score
from extract.pipeline import extract_document
from extract.read import read_paths

REAL = ROOT / "tests" / "real"
PARTS = ("dev", "validation")
KINDS = {"statistical_communique", "monthly_release", "work_report", "company_results", "energy", "trade", "finance",
         "agriculture", "transport_tourism", "education_health", "census", "feature_story", "other"}
# (measure → floor) per part: raise them when the rules get better, never lower them to pass
FLOORS: dict[str, dict[str, float]] = {
    # (re-based on 185 + 103 documents after merging corpus batch ai in the sixteenth session: dev
    # 0.9823 / 0.8689 / 0.8642 / 0.8641, validation 0.9781 / 0.8537 / 0.8456 / 0.8001; then on 191 + 107
    # after batch ah: dev 0.9821 / 0.8655 / 0.8598 / 0.8585, validation 0.9780 / 0.8510 / 0.8475 / 0.8031;
    # seventeenth session, on 203 + 115 after batches aj and al: dev 0.9816 / 0.8620 / 0.8609 / 0.8480,
    # validation 0.9782 / 0.8510 / 0.8439 / 0.8028; then on 209 + 119 after batch ak: dev 0.9807 / 0.8609 /
    # 0.8645 / 0.8351, validation 0.9731 / 0.8466 / 0.8541 / 0.7995; raised to the session's end: dev 0.9822 /
    # 0.8618 / 0.8680 / 0.8539, validation 0.9739 / 0.8469 / 0.8555 / 0.8020; eighteenth session, on 228 +
    # 130 after batches am, an and ao: dev 0.9801 / 0.8483 / 0.8507 / 0.8407, validation 0.9741 / 0.8350 /
    # 0.8437 / 0.7835; then on 234 + 134 after batch aq: dev 0.9796 / 0.8477 / 0.8483 / 0.8388, validation
    # 0.9727 / 0.8324 / 0.8439 / 0.7811; then on 240 + 138 after batch ap: dev 0.9795 / 0.8466 / 0.8491 /
    # 0.8391, validation 0.9722 / 0.8308 / 0.8425 / 0.7785; then on 252 + 146 after batches as and at: dev
    # 0.9801 / 0.8467 / 0.8458 / 0.8404, validation 0.9719 / 0.8325 / 0.8410 / 0.7651; then on 258 + 150 after
    # batch ar: dev 0.9805 / 0.8498 / 0.8513 / 0.8452, validation 0.9719 / 0.8326 / 0.8451 / 0.7689; raised to
    # the session's end: dev 0.9805 / 0.8498 / 0.8523 / 0.8466, validation 0.9719 / 0.8326 / 0.8486 / 0.7689;
    # nineteenth session, on 270 + 158 after batches au and av: dev 0.9803 / 0.8499 / 0.8438 / 0.8441,
    # validation 0.9718 / 0.8308 / 0.8398 / 0.7599; then on 282 + 166 after batches aw and ax: dev 0.9811 /
    # 0.8516 / 0.8502 / 0.8399, validation 0.9725 / 0.8312 / 0.8503 / 0.7715; raised to the session's end: dev
    # 0.9811 / 0.8534 / 0.8506 / 0.8499, validation 0.9725 / 0.8337 / 0.8508 / 0.7746; twentieth session, on
    # 294 + 174 after batches az and ay: dev 0.9808 / 0.8539 / 0.8437 / 0.8471, validation 0.9722 / 0.8320 /
    # 0.8485 / 0.7705; then on 300 + 178 after batch ba: dev 0.9808 / 0.8547 / 0.8467 / 0.8460, validation
    # 0.9726 / 0.8348 / 0.8447 / 0.7747; then on 306 + 182 after batch bb: dev 0.9810 / 0.8578 / 0.8515 /
    # 0.8488, validation 0.9732 / 0.8381 / 0.8456 / 0.7674; then on 312 + 186 after batch bc: dev 0.9779 /
    # 0.8557 / 0.8538 / 0.8492, validation 0.9731 / 0.8372 / 0.8440 / 0.7694; raised to the session's end: dev
    # 0.9809 / 0.8591 / 0.8558 / 0.8502, validation 0.9731 / 0.8372 / 0.8464 / 0.7694; twenty-first session,
    # on 324 + 194 after batches bd and be: dev 0.9796 / 0.8561 / 0.8461 / 0.8417, validation 0.9719 / 0.8344 /
    # 0.8387 / 0.7680; then on 330 + 198 after batch bf: dev 0.9778 / 0.8530 / 0.8444 / 0.8386, validation 0.9726 /
    # 0.8358 / 0.8254 / 0.7661; then on 348 + 210 after batches bg, bh and bi: dev 0.9763 / 0.8569 / 0.8536 /
    # 0.8456, validation 0.9728 / 0.8424 / 0.8346 / 0.7792; then on 360 + 218 after batches bl and bj: dev 0.9753 /
    # 0.8538 / 0.8486 / 0.8441, validation 0.9720 / 0.8385 / 0.8256 / 0.7742; then on 366 + 222 after batch bk:
    # dev 0.9748 / 0.8527 / 0.8531 / 0.8426, validation 0.9725 / 0.8397 / 0.8258 / 0.7782; twenty-second
    # session, on 384 + 234 after batches bm, bn and bo: dev 0.9735 / 0.8511 / 0.8434 / 0.8351, validation
    # 0.9721 / 0.8364 / 0.8161 / 0.7729; then on 390 + 236 after batch bp: dev 0.9733 / 0.8494 / 0.8421 /
    # 0.8320, validation 0.9721 / 0.8356 / 0.8141 / 0.7715; then on 392 + 237 after batch bq: dev 0.9734 /
    # 0.8501 / 0.8417 / 0.8333, validation 0.9724 / 0.8369 / 0.8145 / 0.7728; then on 404 + 245 after
    # batches br and bs: dev 0.9721 / 0.8484 / 0.8409 / 0.8307, validation 0.9716 / 0.8354 / 0.8117 / 0.7697;
    # then on 416 + 253 after batches bt and bu: dev 0.9732 / 0.8496 / 0.8391 / 0.8274, validation 0.9720 /
    # 0.8367 / 0.8102 / 0.7688; then on 428 + 261 after batches bv and bw: dev 0.9729 / 0.8487 / 0.8411 /
    # 0.8250, validation 0.9719 / 0.8361 / 0.8086 / 0.7678; then on 440 + 269 after batches bx and by: dev
    # 0.9736 / 0.8517 / 0.8416 / 0.8241, validation 0.9722 / 0.8391 / 0.8117 / 0.7717; then on 452 + 277 after
    # batches bz and ca: dev 0.9734 / 0.8513 / 0.8392 / 0.8209, validation 0.9720 / 0.8390 / 0.8113 / 0.7696;
    # raised to the session's end: dev 0.9734 / 0.8523 / 0.8392 / 0.8209, validation 0.9720 / 0.8401 / 0.8113 /
    # 0.7696; twenty-third session, on 470 + 289 after batches cb, cc and cd: dev 0.9736 / 0.8505 / 0.8350 /
    # 0.8174, validation 0.9707 / 0.8376 / 0.8083 / 0.7630; then on 487 + 300 after batches ce, cf and cg: dev
    # 0.9728 / 0.8480 / 0.8303 / 0.8122, validation 0.9691 / 0.8333 / 0.8034 / 0.7578; then on 487 + 296 after
    # dropping four validation texts that repeated dev ones: validation 0.9688 / 0.8333 / 0.8029 / 0.7570; then
    # on 505 + 308 after batches ch, ci and cj: dev 0.9721 / 0.8440 / 0.8272 / 0.8081, validation 0.9677 /
    # 0.8304 / 0.8004 / 0.7515; then on 517 + 316 after batches ck and cl: dev 0.9721 / 0.8448 / 0.8257 / 0.8069,
    # validation 0.9678 / 0.8309 / 0.7991 / 0.7494; then on 523 + 320 after batch cm: dev 0.9723 / 0.8461 /
    # 0.8285 / 0.7958, validation 0.9681 / 0.8320 / 0.8010 / 0.7414; raised to the session's end: dev 0.9723 /
    # 0.8460 / 0.8285 / 0.8061, validation 0.9681 / 0.8320 / 0.8010 / 0.7470; twenty-fourth session, on 529 +
    # 324 after batch cn: dev 0.9718 / 0.8458 / 0.8266 / 0.8056, validation 0.9674 / 0.8314 / 0.7980 / 0.7432;
    # then on 541 + 332 after batches co and cp: dev 0.9725 / 0.8452 / 0.8258 / 0.8005, validation 0.9677 /
    # 0.8294 / 0.7972 / 0.7457; then on 546 + 335 after batch cr: dev 0.9724 / 0.8449 / 0.8249 / 0.7990,
    # validation 0.9677 / 0.8287 / 0.7952 / 0.7441; then on 551 + 338 after batch cq: dev 0.9722 / 0.8443 /
    # 0.8235 / 0.7970, validation 0.9676 / 0.8282 / 0.7931 / 0.7424; then on 555 + 340 after batch cs: dev
    # 0.9725 / 0.8393 / 0.8246 / 0.7957, validation 0.9678 / 0.8255 / 0.7938 / 0.7393; raised to the session's
    # end: dev 0.9725 / 0.8419 / 0.8246 / 0.7957, validation 0.9678 / 0.8282 / 0.7938 / 0.7393; twenty-fifth
    # session, on 570 + 349 after batches ct, cu and cv: dev 0.9724 / 0.8404 / 0.8231 / 0.7907, validation
    # 0.9675 / 0.8276 / 0.7924 / 0.7360; then on 574 + 351 after batch cw: dev 0.9726 / 0.8425 / 0.8214 / 0.7926,
    # validation 0.9678 / 0.8293 / 0.7952 / 0.7394; raised to the session's end: dev 0.9727 / 0.8427 / 0.8271 /
    # 0.8017, validation 0.9678 / 0.8293 / 0.7955 / 0.7396; twenty-sixth session, on 589 + 360 after batches
    # cx, cz and cy: dev 0.9725 / 0.8426 / 0.8257 / 0.7997, validation 0.9677 / 0.8291 / 0.7949 / 0.7397; then
    # on 594 + 363 after batch db: dev 0.9723 / 0.8419 / 0.8239 / 0.7983, validation 0.9677 / 0.8288 / 0.7947 /
    # 0.7376; then on 599 + 366 after batch da: dev 0.9724 / 0.8410 / 0.8221 / 0.7967, validation 0.9679 / 0.8278 /
    # 0.7933 / 0.7376; then on 604 + 369 after batch dc: dev 0.9725 / 0.8448 / 0.8211 / 0.7964, validation 0.9678 /
    # 0.8307 / 0.7925 / 0.7363; then on 609 + 372 after batch dd: dev 0.9723 / 0.8452 / 0.8188 / 0.7974, validation
    # 0.9678 / 0.8307 / 0.7930 / 0.7386; then on 614 + 375 after batch de: dev 0.9725 / 0.8454 / 0.8213 / 0.7991,
    # validation 0.9681 / 0.8318 / 0.7945 / 0.7400; then on 618 + 378 after batch df: dev 0.9724 / 0.8450 / 0.8205 /
    # 0.7977, validation 0.9680 / 0.8316 / 0.7931 / 0.7386; then on 628 + 384 after batches dh and dg: dev 0.9717 /
    # 0.8437 / 0.8191 / 0.7964, validation 0.9675 / 0.8305 / 0.7916 / 0.7373; raised to the session's end: dev
    # 0.9723 / 0.8443 / 0.8189 / 0.7974, validation 0.9675 / 0.8305 / 0.7916 / 0.7373; twenty-seventh session,
    # on 648 + 396 after batches di, dj, dk and dl: dev 0.9714 / 0.8422 / 0.8143 / 0.7941, validation 0.9675 /
    # 0.8305 / 0.7926 / 0.7353; then on 668 + 408 after batches dm, do, dn and dp: dev 0.9712 / 0.8403 / 0.8129 /
    # 0.7917, validation 0.9672 / 0.8296 / 0.7934 / 0.7346; raised to the session's end: dev 0.9712 / 0.8403 /
    # 0.8133 / 0.7917, validation 0.9672 / 0.8296 / 0.7935 / 0.7346; twenty-eighth session, on 688 + 420 after
    # batches dq, dr, ds and dt: dev 0.9703 / 0.8379 / 0.8097 / 0.7897, validation 0.9670 / 0.8288 / 0.7906 /
    # 0.7303; then on 703 + 429 after batches du, dw and dx: dev 0.9703 / 0.8360 / 0.8068 / 0.7869, validation
    # 0.9664 / 0.8264 / 0.7856 / 0.7291; then on 708 + 432 after batch dv: dev 0.9704 / 0.8358 / 0.8063 / 0.7869,
    # validation 0.9665 / 0.8263 / 0.7863 / 0.7298; then on 728 + 442 after batches dy, dz, ea and eb: dev 0.9699 /
    # 0.8352 / 0.8045 / 0.7883, validation 0.9647 / 0.8238 / 0.7837 / 0.7275; then on 738 + 448 after batches ec and
    # ef: dev 0.9696 / 0.8342 / 0.8022 / 0.7863, validation 0.9643 / 0.8224 / 0.7819 / 0.7259; then on 747 + 454
    # after batches ed and ee: dev 0.9696 / 0.8341 / 0.8011 / 0.7861, validation 0.9642 / 0.8223 / 0.7777 / 0.7268;
    # twenty-ninth session, on 764 + 463 after batches eg, ei, eh and ej: dev 0.9699 / 0.8345 / 0.8034 / 0.7843,
    # validation 0.9638 / 0.8221 / 0.7778 / 0.7267; then on 778 + 472 after batches ek, em and el: dev 0.9697 /
    # 0.8335 / 0.8023 / 0.7832, validation 0.9634 / 0.8212 / 0.7762 / 0.7236; then on 783 + 475 after batch en: dev
    # 0.9697 / 0.8330 / 0.8015 / 0.7829, validation 0.9631 / 0.8208 / 0.7767 / 0.7233; then on 788 + 478 after batch eo:
    # dev 0.9697 / 0.8323 / 0.8013 / 0.7834, validation 0.9631 / 0.8211 / 0.7770 / 0.7218; then on 793 + 481 after
    # batch ep: dev 0.9694 / 0.8313 / 0.7985 / 0.7835, validation 0.9631 / 0.8211 / 0.7757 / 0.7215; then on 797 + 484
    # after batch eq: dev 0.9694 / 0.8314 / 0.7992 / 0.7836, validation 0.9630 / 0.8212 / 0.7761 / 0.7209;
    # thirtieth session, on 812 + 493 after batches er, es and et: dev 0.9693 / 0.8310 / 0.7957 / 0.7817,
    # validation 0.9630 / 0.8200 / 0.7712 / 0.7215; then on 827 + 502 after batches eu, ev and ew: dev 0.9691 /
    # 0.8296 / 0.7929 / 0.7766, validation 0.9629 / 0.8188 / 0.7725 / 0.7205; then on 842 + 511 after batches ex, ey
    # and ez: dev 0.9690 / 0.8298 / 0.7957 / 0.7735, validation 0.9629 / 0.8195 / 0.7760 / 0.7208; then on 857 +
    # 520 after batches fa, fb and fc: dev 0.9683 / 0.8277 / 0.7946 / 0.7701, validation 0.9627 / 0.8182 / 0.7739 /
    # 0.7177; then on 864 + 524 after batches fe and ff: dev 0.9681 / 0.8269 / 0.7938 / 0.7692, validation 0.9624 /
    # 0.8160 / 0.7718 / 0.7166; thirty-first session, on 874 + 530 after batches fg and fh: dev 0.9675 / 0.8261 /
    # 0.7934 / 0.7689, validation 0.9617 / 0.8148 / 0.7693 / 0.7163; then on 879 + 533 after batch fi: dev 0.9668 /
    # 0.8250 / 0.7923 / 0.7688, validation 0.9617 / 0.8146 / 0.7691 / 0.7152; then on 884 + 536 after batch fj:
    # dev 0.9666 / 0.8242 / 0.7909 / 0.7680, validation 0.9617 / 0.8143 / 0.7693 / 0.7160; then on 894 + 542 after
    # batches fk and fm: dev 0.9662 / 0.8234 / 0.7892 / 0.7668, validation 0.9614 / 0.8129 / 0.7687 / 0.7159; then
    # on 898 + 543 after batch fl: dev 0.9661 / 0.8232 / 0.7882 / 0.7661, validation 0.9613 / 0.8129 / 0.7687 /
    # 0.7159; then on 913 + 552 after batches fn, fo and fp: dev 0.9654 / 0.8221 / 0.7892 / 0.7640, validation
    # 0.9613 / 0.8123 / 0.7679 / 0.7144; then on 928 + 561 after batches fq, fr and fs: dev 0.9654 / 0.8210 / 0.7883 /
    # 0.7632, validation 0.9611 / 0.8110 / 0.7647 / 0.7108)
    "dev": {"quantity": 0.965, "fact": 0.820, "subject_char_f1": 0.788, "period_accuracy": 0.763},
    "validation": {"quantity": 0.960, "fact": 0.810, "subject_char_f1": 0.764, "period_accuracy": 0.710},
}


def _gold(part: str) -> list[dict[str, Any]]:
    with open(REAL / part / "gold.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _docs(part: str) -> list[Path]:
    return sorted((REAL / part / "docs").glob("*.txt"))


def _sources() -> dict[str, dict[str, str]]:
    with open(REAL / "SOURCES.tsv", encoding="utf-8", newline="") as fh:
        return {row["doc"]: row for row in csv.DictReader(fh, delimiter="\t")}


def test_the_corpus_has_the_size_and_variety_issue_14_asks_for() -> None:
    dev, validation = _docs("dev"), _docs("validation")
    assert len(dev) + len(validation) >= 40 and len(validation) >= 15
    assert not {d.name for d in dev} & {d.name for d in validation}
    sources = _sources()
    names = {d.name for d in dev + validation}
    assert names == set(sources), names ^ set(sources)
    assert all(row["part"] == ("dev" if name in {d.name for d in dev} else "validation")
               for name, row in sources.items())
    kinds = {row["kind"] for row in sources.values()}
    assert kinds <= KINDS and len(kinds) >= 10, kinds
    assert len({row["region"] for row in sources.values()}) >= 20
    for doc in dev + validation:
        text = doc.read_text(encoding="utf-8")
        assert 900 <= len(text) <= 2600, (doc.name, len(text))
        assert "\r" not in text and not text.startswith("\ufeff"), doc.name


_SHINGLE = 30  # (characters: a run this long shared by two texts is text they share, not a phrase)


def _shingles(text: str) -> set[str]:
    return {text[k:k + _SHINGLE] for k in range(len(text) - _SHINGLE + 1)}


def test_no_validation_text_repeats_a_dev_text() -> None:
    # the same article kept twice (two archives of one broadcast, one story on two sites) would put text whose
    # errors are read into the part that is only scored: no validation text shares a tenth of its runs with
    # a dev text
    dev_runs: set[str] = set()
    for doc in _docs("dev"):
        dev_runs |= _shingles(doc.read_text(encoding="utf-8"))
    for doc in _docs("validation"):
        runs = _shingles(doc.read_text(encoding="utf-8"))
        assert len(runs & dev_runs) < 0.1 * len(runs), doc.name


@pytest.mark.parametrize("part", PARTS)
def test_every_gold_fact_points_at_its_text(part: str) -> None:
    texts = {d.name: d.read_text(encoding="utf-8") for d in _docs(part)}
    gold = _gold(part)
    assert {g["doc"] for g in gold} == set(texts)
    for g in gold:
        assert texts[g["doc"]][g["start"]:g["end"]] == g["text"], g
        assert g["qualifier"] in ("exact", "approx", "min", "max") and g["kind"] in ("level", "change", "rank"), g
        assert g["modality"] in ("actual", "target", "forecast") and isinstance(g["required"], bool), g


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for part in PARTS:
        pred = [f.contract() for d in read_paths(_docs(part)) for f in extract_document(d).facts]
        out[part] = score(_gold(part), pred)
    return out


@pytest.mark.parametrize("part", PARTS)
def test_scores_stay_above_their_floors(scores: dict[str, dict[str, Any]], part: str) -> None:
    result = scores[part]
    got = {"quantity": result["levels"]["quantity"].f1, "fact": result["levels"]["fact"].f1,
           **{k: v for k, v in result["attributes"].items() if k in FLOORS[part]}}
    low = {k: round(got[k], 3) for k, floor in FLOORS[part].items() if got[k] < floor}
    assert not low, f"{part}: below the floor: {low} (floors {FLOORS[part]})"
