"""One series per measure: a fact's indicator phrase → an id of the indicator catalogue, and its
value on the base unit of its dimension.

The catalogue (`lexicon/indicators.tsv`) names each measure once, with the synonyms the press uses.
A phrase maps to an entry when, with the words that do not change the measure taken off its
front (a place, a company, a scope word, a time, 实现 — `lexicon/indicator_words.tsv`) or its
end (总量, 金额), it is the entry's
name or one of its synonyms, read with the press's abbreviations spelled out
(规上 → 规模以上) and its spellings that do not change the measure made one (的, 及/与/和,
the names of GDP, 比重/比例/占比: `_key`). A place or scope word before the whole of a
share is taken off too (占全省生产总值的比重). A stock is named without its 余额 as well
(住户存款), and its change in its own unit is its flow where the catalogue has one
(人民币贷款增加2万亿元: 新增人民币贷款), and a name is written without the word that ends it
(参加基本养老保险 = 参加基本养老保险人数, 光伏发电装机 = 光伏发电装机容量) when no other entry
of its dimension ends the same way. A budget account's 总计 (一般公共预算收入总计: the revenue
with transfers and bonds added) is not the account. Money per a unit (元/公斤, 元/股) is a level of a price,
a per-share or per-head amount. A name of entries of two dimensions (风电: capacity,
generation) is the entry the unit fits; when more than one reading fits, there is no id.
The fact's kind and unit then choose the reading, and never across dimensions:

- a level in the entry's dimension → the entry (`gdp`);
- a change in percent of an amount → its growth rate (`gdp_growth`), as does a level in percent
  of a phrase ending in a growth word (GDP增速);
- a change in the measure's own unit, or in percentage points of a rate → `<id>_change`;
- anything else (a rank, a CNY amount for a rate, a percent level of an amount) → no id.

Rules: `catalogue.name` (the phrase is a name), `catalogue.scoped` (a name once places, scope
words and times are taken off), `catalogue.share_parts` (a share written part 占 whole 比重 whose part
and whole name the part and whole of a share entry: 三产增加值占地区GDP的比例), `catalogue.share_of_part`
(a share whose part is the part of the one share entry of that part, its whole unwritten or naming no
entry: 高技术制造业增加值占比), `catalogue.verb_dropped` (a name the verb stands inside, its subject
part of the name: 规模以上服务业企业实现营业收入 = 规模以上服务业企业营业收入, not a company's 营业收入),
`catalogue.after_verb` (a name after a verb its subject stands before: 滨江片区实现地区生产总值),
`catalogue.before_predicate` (a name followed by the clause's predicate: 国内生产总值连续, CPI增幅将有望),
`catalogue.growth_word` (a name followed by a growth word); `catalogue.none` when no entry fits.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import Final

import regex

from extract import lexicon
from extract.attribute.period import _HOLIDAY_WORDS, time_pattern
from extract.numbers import PLAIN_DIGIT_CHARS
from extract.patterns import alternation, find_all

# the dimension of a catalogue entry that each units.tsv dimension is
_DIMENSION_OF_UNITS: Final[dict[str, str]] = {
    "money": "money", "count": "count", "energy": "energy", "energy_coal": "energy", "power": "power",
    "mass": "mass", "volume": "volume", "area": "area", "length": "length", "time": "duration",
    "age": "duration", "index_points": "index",
}
_PERCENT: Final = frozenset({"%", "‰"})
# the ends of a stock's name (catalogue_words.tsv, stock: 余额, 存量)
_STOCK_WORDS: Final = lexicon.catalogue_words("stock")
# a money measure whose amount is per a unit (catalogue_words.tsv, per_unit: 价, 每, 人均)
_PER_UNIT: Final = regex.compile(alternation(lexicon.catalogue_words("per_unit")))
_POINTS: Final = frozenset({"pp", "bp", "基点"})
_SHARE_KEY: Final = "比重"  # how a name's key ends when the name is a share (`_CANON`: 占比, 比例, 所占比重)
# a budget account (预算收入, 预算支出) and the words its balance total ends with (收入总计 = 支出总计;
# catalogue_words.tsv, total: 总计, 合计)
_BUDGET_ACCOUNT: Final = regex.compile(r"预算(?:收入|支出)$")
_TOTAL_WORDS: Final = frozenset(lexicon.catalogue_words("total"))
# the words a name may end with that it is also written without (参加基本养老保险人数: 参加基本养老保险;
# catalogue_words.tsv, stem_end), longest first
_STEM_ENDS: Final = tuple(sorted(lexicon.catalogue_words("stem_end"), key=len, reverse=True))

_FOLD: Final = regex.compile(r"[\s“”\"'‘’《》「」]+|\([^()]*\)|[(\[【][^()\[\]【】]*$")
# Spellings of one name that differ in words that do not change the measure, each written one way
# in the key names are looked up by: 的 and the list comma dropped (住宿和餐饮业的增加值, 交通运输、仓储),
# 及/与 as 和, the names of GDP as GDP (地区生产总值, 生产总值), and a share's word as 比重
# (占比, 比例, 比率, 所占比重).
_CANON: Final = ((regex.compile(r"[的、]"), ""), (regex.compile(r"[及与]"), "和"),
                 (regex.compile(r"(?:国内|地区)?生产总值"), "GDP"),
                 (regex.compile(r"(?:所占|占)?(?:比重|比例|比率)$|占比$"), "比重"))


@dataclass(frozen=True)
class Entry:
    id: str
    name_zh: str
    name_en: str
    dimension: str  # money energy power mass volume area length count rate index duration other
    reading: str  # level | share | growth
    domain: str
    of: str | None = None  # a derived or growth reading: the id of the level it reads


@dataclass(frozen=True)
class Mapping:
    id: str | None
    rule: str


@dataclass(frozen=True)
class _Catalogue:
    entries: dict[str, Entry]  # every id facts may carry, derived readings included
    by_name: dict[str, tuple[str, ...]]  # a name's key → the ids of the entries it names (one per dimension)
    flows: dict[str, str]  # a stock (人民币贷款余额) → the entry of its flow (新增人民币贷款)
    prefixes: frozenset[str]  # words before a name that do not change the measure
    prefix_lengths: tuple[int, ...]  # their lengths, longest first
    suffixes: tuple[str, ...]  # words after a name that do not change the measure, longest first
    growth_words: tuple[str, ...]  # longest first
    shorts: tuple[tuple[str, str], ...]  # abbreviation → what it stands for
    share_of: tuple[str, ...]  # the words a share's part stands before its whole with (占, 相当于)
    verbs: tuple[str, ...]  # the words a subject stands before its measure with (实现, 完成), longest first
    subject_ends: tuple[str, ...]  # the ends of a named body's or site's name (机场, 公司, 高新区), longest first
    predicates: tuple[str, ...] = ()  # words that open the clause's predicate after a name (连续, 排名, 居)
    shares: dict[tuple[str, str], str] = field(default_factory=dict)  # (part id, whole id) → the share's id
    shares_of_part: dict[str, tuple[str, ...]] = field(default_factory=dict)  # part id → its share entries
    names: frozenset[str] = frozenset()  # the keys of the names and synonyms as written (no stem, no stock's stem)
    listed: frozenset[str] = frozenset()  # listed companies' short names (万科), folded
    listed_lengths: tuple[int, ...] = ()  # their lengths, longest first


def _fold(phrase: str) -> str:
    """A phrase as names are compared: NFKC (full-width letters, digits and brackets), no spaces,
    quotes or bracketed asides (居民消费价格指数（CPI） = 居民消费价格指数; an aside left open at the end:
    地区生产总值 [), letters upper-case (gdp = GDP)."""
    return _FOLD.sub("", unicodedata.normalize("NFKC", phrase)).upper()


@cache
def catalogue() -> _Catalogue:
    """The catalogue, loaded once: its entries by id and by every name (`_named_entries`), a stock's
    name without 余额 and its flow (`_stocks_and_flows`), names without their last word (`_stem_names`),
    the derived growth and change readings (`_with_derived_readings`), and the prefix words a name
    may carry (`_prefixes`)."""
    words = lexicon.indicator_words()
    shorts = tuple(sorted(((w, s) for w, (role, s) in words.items() if role == "short"), key=lambda p: -len(p[0])))
    entries, by_name, stocks = _named_entries(shorts)
    names = frozenset(by_name)
    flows = _stocks_and_flows(entries, by_name, stocks)
    _stem_names(entries, by_name)
    _with_derived_readings(entries)
    prefixes = _prefixes(words)
    cat = _Catalogue(entries, by_name, flows, frozenset(prefixes),
                     tuple(sorted({len(p) for p in prefixes}, reverse=True)),
                     _role(words, "suffix"), _role(words, "growth"), shorts, _role(words, "share_of"),
                     _role(words, "verb"), _role(words, "subject_end"), _role(words, "predicate"))
    shares = _shares_by_parts(cat)
    of_part: dict[str, tuple[str, ...]] = {}
    for (part, _whole), share in sorted(shares.items()):
        if share not in of_part.get(part, ()):
            of_part[part] = (*of_part.get(part, ()), share)
    listed = frozenset(_fold(name) for name in lexicon.listed_companies())
    return replace(cat, shares=shares, shares_of_part=of_part, names=names, listed=listed,
                   listed_lengths=tuple(sorted({len(name) for name in listed}, reverse=True)))


def _named_entries(shorts: tuple[tuple[str, str], ...]) -> tuple[dict[str, Entry], dict[str, tuple[str, ...]],
                                                                  dict[str, str]]:
    """The entries of indicators.tsv by id, the ids by the key of every name and synonym, and the key
    of each stock's name without its stock word (catalogue_words.tsv, stock: 余额, 存量) → its id."""
    entries: dict[str, Entry] = {}
    by_name: dict[str, tuple[str, ...]] = {}
    stocks: dict[str, str] = {}
    for row in lexicon.indicators():
        of = row.id.removesuffix("_growth") if row.reading == "growth" else None
        entries[row.id] = Entry(row.id, row.name_zh, row.name_en, row.dimension, row.reading, row.domain, of)
        for name in (row.name_zh, *row.synonyms):
            key = _key(_spelled_out(_fold(name), shorts))
            if row.id not in by_name.get(key, ()):
                by_name[key] = (*by_name.get(key, ()), row.id)
            stock_word = _ending(key, _STOCK_WORDS) if row.reading == "level" else ""
            if stock_word:
                stocks.setdefault(key[: -len(stock_word)], row.id)
    return entries, by_name, stocks


def _stocks_and_flows(entries: dict[str, Entry], by_name: dict[str, tuple[str, ...]],
                      stocks: dict[str, str]) -> dict[str, str]:
    """A stock is named without its 余额 too (住户存款 = 住户存款余额) when no entry has that name; a change
    of a stock in its own unit is its flow, when an entry is that flow (新增 X, X 增量): stock id → flow id."""
    flows: dict[str, str] = {}
    for stem, stock in stocks.items():
        by_name.setdefault(stem, (stock,))
        flow = next((ids for key in (f"新增{stem}", f"{stem}增量") if (ids := by_name.get(key))), ())
        if len(flow) == 1 and entries[flow[0]].dimension == entries[stock].dimension:
            flows.setdefault(stock, flow[0])
    return flows


def _stem_names(entries: dict[str, Entry], by_name: dict[str, tuple[str, ...]]) -> None:
    """A name is written without the word that ends it too (参加基本养老保险 = 参加基本养老保险人数, 光伏发电装机 =
    光伏发电装机容量) when no entry has that shorter name; a stem two entries of one dimension end in names neither."""
    stems: dict[str, set[str]] = {}
    for key, named in by_name.items():
        word = _ending(key, _STEM_ENDS)
        if word and len(key) - len(word) >= 2 and key[: -len(word)] not in by_name:
            stems.setdefault(key[: -len(word)], set()).update(named)
    for stem, stem_ids in stems.items():
        dimensions = [entries[i].dimension for i in stem_ids]
        if len(dimensions) == len(set(dimensions)):
            by_name[stem] = tuple(sorted(stem_ids))


def _shares_by_parts(cat: _Catalogue) -> dict[tuple[str, str], str]:
    """Each share entry by the entries its part and its whole are, read from its names written as part
    占 whole 比重 (第三产业增加值占地区生产总值比重: tertiary value added, GDP)."""
    shares: dict[tuple[str, str], str] = {}
    for row in lexicon.indicators():
        if row.reading != "share":
            continue
        for name in (row.name_zh, *row.synonyms):
            for part_id, whole_id in _part_and_whole(_key(_spelled_out(_fold(name), cat.shorts)), cat):
                shares.setdefault((part_id, whole_id), row.id)
    return shares


def _part_and_whole(key: str, cat: _Catalogue) -> list[tuple[str, str]]:
    """The (part, whole) pairs of level entries a share's key names (X占Y比重), or none."""
    if not key.endswith(_SHARE_KEY):
        return []
    for word in cat.share_of:
        part, _, whole = key[: -len(_SHARE_KEY)].partition(word)
        if part and whole:
            parts, wholes = _level_ids(part, cat), _level_ids(whole, cat)
            return [(p, w) for p in parts for w in wholes]
    return []


def _level_ids(text: str, cat: _Catalogue) -> tuple[str, ...]:
    """The level entries a part of a phrase names: as it is, with the places, scope words and times
    before it taken off, or the neutral word after it (规上工业增加值总量)."""
    for candidate in (text, _unscoped_front(text, cat)):
        found = cat.by_name.get(_key(candidate), ())
        word = _ending(candidate, cat.suffixes)
        if not found and word:
            found = cat.by_name.get(_key(candidate[: -len(word)]), ())
        found = tuple(i for i in found if cat.entries[i].reading == "level")
        if found:
            return found
    return ()


def _share_of_part(key: str, cat: _Catalogue) -> tuple[str, ...]:
    """The share entry a share's key names by its part alone, when the catalogue has one share of that
    part and the whole is not written or names no entry (高技术制造业增加值占比, 高技术制造业增加值占全部工业
    企业比重: the high-tech share of industry); a whole that is only a place or scope word (占全国比重: a share of
    the nation's total of the same measure) or names another entry (`_part_and_whole`) is no such share."""
    if not key.endswith(_SHARE_KEY):
        return ()
    part, whole = key[: -len(_SHARE_KEY)], ""
    for word in cat.share_of:
        before, found, after = part.partition(word)
        if found and before:
            part, whole = before, after
            break
    if whole and (_level_ids(whole, cat) or _unscoped_front(whole, cat) in cat.prefixes):
        return ()
    if _key(part) not in cat.names and _key(_unscoped_front(part, cat)) not in cat.names:
        return ()  # a part named as written, not a stem of a name (可再生能源: its capacity, its generation …)
    part_ids = _level_ids(part, cat)  # one measure (可再生能源 names a capacity and a generation: no share)
    shares = cat.shares_of_part.get(part_ids[0], ()) if len(part_ids) == 1 else ()
    return shares if len(shares) == 1 else ()


def _after_verbs(phrase: str, cat: _Catalogue) -> list[str]:
    """What follows each verb a subject stands before its measure with inside the phrase (经开区实现地区
    生产总值: 地区生产总值), at each stage of taking its front off, of three characters or more (帮扶重点群体实现
    就业: no measure's stem); not a relative clause (通过互联网实现的餐饮收入: a narrower measure)."""
    stages: list[str] = []
    for verb in cat.verbs:
        at = phrase.find(verb, 1)
        while at > 0:
            rest = phrase[at + len(verb):]
            if rest and not rest.startswith("的"):
                stages += [stage for stage in _stages(rest, cat) if len(stage) >= 3 and stage not in stages]
            at = phrase.find(verb, at + 1)
    return stages


def _before_predicates(phrase: str, cat: _Catalogue) -> list[str]:
    """What stands before each word opening the clause's predicate inside the phrase (国内生产总值连续: 国内生产
    总值; indicator_words.tsv, predicate) or each word that may end a name (CPI增幅将有望: CPI增幅; suffix),
    at each stage of taking its front off, of two characters or more, the nearest cut first."""
    stages: list[str] = []
    cuts = sorted({at for word in (*cat.predicates, *cat.suffixes) for at in find_all(phrase, word)
                   if at >= 2 and not _budget_total(phrase[:at + len(word)], word)}, reverse=True)
    for at in cuts:
        stages += [stage for stage in _stages(phrase[:at], cat) if len(stage) >= 2 and stage not in stages]
    return stages


def _verb_dropped(phrase: str, cat: _Catalogue) -> str:
    """The phrase with the verbs a subject stands before its measure with taken out of it (规模以上服务业企业
    实现营业收入: 规模以上服务业企业营业收入), as the subject may be part of the measure's name: a narrower
    measure than the one after the verb; "" when no verb stands inside it, or only before 的 (a relative
    clause: 通过互联网实现的餐饮收入)."""
    joined = phrase
    for verb in cat.verbs:
        at = joined.find(verb, 1)
        while at > 0:
            rest = joined[at + len(verb):]
            if rest and not rest.startswith("的"):
                joined = joined[:at] + rest
                at = joined.find(verb, at) if at < len(joined) else -1
            else:
                at = joined.find(verb, at + 1)
    return joined if joined != phrase else ""


def _with_derived_readings(entries: dict[str, Entry]) -> None:
    """Each level's growth rate (but a rate's, which has none) and each entry's change, as entries."""
    for entry in list(entries.values()):
        if entry.reading == "growth":
            continue
        if entry.dimension != "rate" and entry.reading == "level" and f"{entry.id}_growth" not in entries:
            entries[f"{entry.id}_growth"] = Entry(f"{entry.id}_growth", f"{entry.name_zh}增速",
                                                  f"{entry.name_en}, growth rate", "rate", "growth", entry.domain,
                                                  entry.id)
        entries[f"{entry.id}_change"] = Entry(f"{entry.id}_change", f"{entry.name_zh}增减",
                                              f"{entry.name_en}, change", entry.dimension, "change", entry.domain,
                                              entry.id)


def _prefixes(words: dict[str, tuple[str, str]]) -> set[str]:
    """What may stand before a measure's name without changing it: the prefix words, scope words,
    provinces, places, cities and companies (比亚迪营业收入: the company's revenue), the verbs a
    subject stands before its measure with (实现地区生产总值) and the ends of a subject's name (公司营业收入)."""
    prefixes = {w for w, (role, _) in words.items() if role in ("prefix", "verb", "subject_end")}
    prefixes |= set(lexicon.scope_words())
    for full, short, _level in lexicon.regions():
        prefixes |= {full, short}
    for place in lexicon.places():
        prefixes |= {place.name, place.short} - {""}
    prefixes |= {f"{city}市" for city in lexicon.cities()}
    prefixes |= set(lexicon.companies())
    return prefixes


def _role(words: dict[str, tuple[str, str]], role: str) -> tuple[str, ...]:
    """The indicator words of one role, the longest first."""
    return tuple(sorted((w for w, (r, _) in words.items() if r == role), key=len, reverse=True))


def _spelled_out(folded: str, shorts: tuple[tuple[str, str], ...]) -> str:
    """The name with its short forms written out in full (longest short forms first)."""
    for short, full in shorts:
        if short in folded:
            folded = folded.replace(short, full)
    return folded


def _key(folded: str) -> str:
    """The key a folded name is looked up by: its spellings that do not change the measure made one."""
    for pattern, written in _CANON:
        folded = pattern.sub(written, folded)
    return folded


def _unscoped(phrase: str, cat: _Catalogue) -> str:
    """The phrase with places, scope words, times and neutral verbs taken off its front, and off the
    front of the whole a share is of (占全省生产总值的比重 = 占生产总值的比重)."""
    phrase = _unscoped_front(phrase, cat)
    for word in cat.share_of:
        at = phrase.find(word)
        if at > 0:
            at += len(word)
            whole = _unscoped_front(phrase[at:], cat)
            # a whole that is only a place or scope word (占全国比重) is the wider total of the same measure
            return phrase if _key(whole) == _SHARE_KEY else phrase[:at] + whole
    return phrase


def _unscoped_front(phrase: str, cat: _Catalogue) -> str:
    """The phrase with the times and prefix words (places, scope words) it starts with taken off."""
    return _front_stages(phrase, cat)[-1]


@cache
def _holidays() -> regex.Pattern[str]:
    """Public holidays named before a measure as its time, one or more (国庆、中秋假期, “五一”假期, 春节):
    a name that is a holiday only with a holiday word after it (中秋, 五一) has one."""
    names = lexicon.holiday_names()
    alone = "|".join(map(regex.escape, sorted((n for n, (_h, needs) in names.items() if not needs), key=len,
                                              reverse=True)))
    every = "|".join(map(regex.escape, sorted(names, key=len, reverse=True)))
    return regex.compile(rf"(?:(?:{every})[、和与及])*(?:(?:{every})(?:{_HOLIDAY_WORDS})|(?:{alone}))")


def _subject_front(phrase: str, cat: _Catalogue) -> int:
    """The length of a named body or site the phrase starts with (郑州机场, 华信电气股份有限公司, 东湖高新区):
    a name ending in a subject end with a word of its own before it, the shortest that leaves a name (once
    times and prefix words are taken off: 郑州机场年货邮吞吐量)."""
    for match in _subject_ends(cat.subject_ends).finditer(phrase, 2):
        at = match.end()
        if at < len(phrase) and any(_named(stage, cat) for stage in _front_stages(phrase[at:], cat, subjects=False)):
            return at
    return 0


@cache
def _subject_ends(ends: tuple[str, ...]) -> regex.Pattern[str]:
    """The subject ends as one pattern, the longest first, found where they may overlap (新区, 高新区)."""
    return regex.compile("|".join(map(regex.escape, ends)) or "(?!)")


def _front_stages(phrase: str, cat: _Catalogue, subjects: bool = True) -> list[str]:
    """The phrase, then what is left of it as each time (a public holiday too) or prefix word (place, scope
    word) it starts with is taken off in turn (全省实际使用外资, 实际使用外资, 使用外资): a prefix word may be
    the first word of a name too, so the name is looked for at each stage. A named body or site (郑州机场) is
    taken off last, when nothing else is, and then a listed company's short name (万科市值)."""
    stages = [phrase]
    while phrase:
        match = time_pattern().match(phrase) or _holidays().match(phrase)
        if match is not None and match.end() < len(phrase):
            phrase = phrase[match.end():]
        else:
            # the longest prefix word the phrase starts with (and is more than), else a named body or site
            length = next((n for n in cat.prefix_lengths if n < len(phrase) and phrase[:n] in cat.prefixes), 0)
            length = length or (_places_counted_front(phrase) if subjects else 0)
            length = length or (_subject_front(phrase, cat) if subjects else 0)
            length = length or (_listed_front(phrase, cat) if subjects else 0)
            if not length:
                break
            phrase = phrase[length:]
        stages.append(phrase)
    return stages


def _places_counted_front(phrase: str) -> int:
    """The length of a count of places the phrase starts with (多个县区经济总量, 皖北6市常住人口: whose figure
    it is, not what; subject_words.tsv, place_count)."""
    found = _places_counted().match(phrase)
    return found.end() if found is not None and found.end() < len(phrase) else 0


@cache
def _places_counted() -> regex.Pattern[str]:
    """A count of places (多个县区, 6市, 21个省份), after a region's name of up to four characters (皖北)."""
    levels = alternation(lexicon.subject_words("place_count"))
    return regex.compile(rf"\p{{Han}}{{0,4}}?[0-9{PLAIN_DIGIT_CHARS}两十多几]+个?(?:{levels})+")


def _listed_front(phrase: str, cat: _Catalogue) -> int:
    """The length of a listed company's short name the phrase starts with (万科市值; listed_companies.tsv),
    the longest; tried after the prefix words and a named body, whose names a listed one may begin
    (东湖高新区 holds 东湖高新)."""
    return next((n for n in cat.listed_lengths if n < len(phrase) and phrase[:n] in cat.listed), 0)


def _stages(phrase: str, cat: _Catalogue) -> list[str]:
    """The phrase at each stage of taking its front off (`_front_stages`), and last with the front of the
    whole of a share taken off too (`_unscoped`)."""
    stages = _front_stages(phrase, cat)
    last = _unscoped(phrase, cat)
    return stages if last == stages[-1] else [*stages, last]


def _named(phrase: str, cat: _Catalogue) -> tuple[str, ...]:
    """The ids the phrase names, as it is or without the neutral word it ends with (GDP总量; not a
    budget account's 总计)."""
    found = cat.by_name.get(_key(phrase), ())
    if not found:
        word = _ending(phrase, cat.suffixes)
        if word and not _budget_total(phrase, word):
            found = cat.by_name.get(_key(phrase[: -len(word)]), ())
    return found


@lru_cache(maxsize=1 << 16)  # a job's phrases repeat; a bound keeps a long job's memory flat
def indicator_id(indicator: str, kind: str, unit: str) -> Mapping:
    """The catalogue id of a fact with this indicator phrase, kind and unit, and the rule that says why."""
    cat = catalogue()
    folded = _spelled_out(_fold(indicator), cat.shorts)
    rule = "catalogue.name"
    found = cat.by_name.get(_key(folded), ())
    stages = _stages(folded, cat)
    if not found:
        rule = "catalogue.scoped"
        found = next((named for stage in stages if (named := _named(stage, cat))), ())
    joined = _verb_dropped(folded, cat) if not found else ""
    joined_stages = _stages(joined, cat) if joined else []
    if not found:
        rule = "catalogue.verb_dropped"
        found = next((named for stage in joined_stages if (named := _named(stage, cat))), ())
    verb_stages = _after_verbs(folded, cat) if not found else []
    if not found:
        rule = "catalogue.after_verb"
        found = next((named for stage in verb_stages if (named := _named(stage, cat))), ())
    if not found:
        pairs = {cat.shares[pair] for pair in _part_and_whole(_key(stages[-1]), cat) if pair in cat.shares}
        if len(pairs) == 1:
            found, rule = tuple(pairs), "catalogue.share_parts"
    if not found:
        found, rule = _share_of_part(_key(_unscoped_front(folded, cat)), cat), "catalogue.share_of_part"
    growth_word = False
    if not found:
        found, growth_word = _with_growth_word([*stages, *joined_stages, *verb_stages], cat)
        rule = "catalogue.growth_word"
    cut_stages = _before_predicates(folded, cat) if not found else []
    if not found:
        rule = "catalogue.before_predicate"
        found = next((named for stage in cut_stages if (named := _named(stage, cat))), ())
    if not found:
        found, growth_word = _with_growth_word(cut_stages, cat)
        rule = "catalogue.growth_word"
    # a name of two entries (风电: its capacity in kW, its generation in kWh) is the one the unit fits
    # (a reading the catalogue does not hold, a rate's growth rate, is none)
    readings = {reading for id_ in found if (reading := _reading(cat.entries[id_], kind, unit, growth_word,
                                                                 cat.flows.get(id_))) in cat.entries}
    if len(readings) != 1:
        return Mapping(None, "catalogue.none")
    return Mapping(readings.pop(), rule)


def _with_growth_word(stages: list[str], cat: _Catalogue) -> tuple[tuple[str, ...], bool]:
    """The ids the first stage ending with a growth word names without it (GDP总量增速 = GDP增速), and
    whether a stage ended with one."""
    growth_word = False
    for stage in stages:
        word = _ending(stage, cat.growth_words)
        if word:
            growth_word = True
            found = _named(stage[: -len(word)], cat)
            if found:
                return found, True
    return (), growth_word


def _budget_total(phrase: str, word: str) -> bool:
    """Whether `word` ends a budget account's balance total (一般公共预算收入总计: the revenue with the
    transfers, carried-over funds and bonds added, as much as 支出总计), not the account's own revenue."""
    return word in _TOTAL_WORDS and _BUDGET_ACCOUNT.search(phrase[: -len(word)]) is not None


def _ending(phrase: str, words: tuple[str, ...]) -> str:
    """The longest of `words` the phrase ends with (and is more than), or ""."""
    return next((end for n, ends in _by_length(words) if n < len(phrase) and (end := phrase[-n:]) in ends), "")


@cache
def _by_length(words: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The words by their length, the longest first (a phrase's end of each length is looked up once)."""
    lengths = sorted({len(w) for w in words}, reverse=True)
    return tuple((n, frozenset(w for w in words if len(w) == n)) for n in lengths)


def _reading(entry: Entry, kind: str, unit: str, growth_word: bool, flow: str | None = None) -> str | None:
    """The id of the entry's reading a fact of this kind and unit is, or None across dimensions; a change
    of a stock in its own unit is its `flow` when it has one (人民币贷款增加2万亿元: 新增人民币贷款)."""
    if kind == "rank":
        return None
    if entry.reading == "growth" or growth_word:
        level = entry.of if entry.reading == "growth" else entry.id
        return f"{level}_growth" if unit in _PERCENT else None
    if entry.dimension == "index" and unit in _PERCENT | _POINTS:  # PMI 50.2%, up 0.5 个百分点
        return entry.id if kind == "level" and unit in _PERCENT else f"{entry.id}_change" if kind == "change" \
            and unit in _POINTS else f"{entry.id}_growth" if kind == "change" else None
    if entry.dimension == "rate" or entry.reading == "share":
        if kind == "level":
            return entry.id if unit in _PERCENT or unit == "" else None
        return f"{entry.id}_change" if unit in _POINTS else None
    if kind == "change":
        if unit in _PERCENT:
            return f"{entry.id}_growth"
        return (flow or f"{entry.id}_change") if _fits(entry, unit) else None
    return entry.id if _fits(entry, unit) else None


def _fits(entry: Entry, unit: str) -> bool:
    """Whether an amount in `unit` can be a level of the entry."""
    if unit in _PERCENT or unit in _POINTS:
        return False
    if entry.dimension == "other":
        return True
    if entry.dimension == "index":
        return unit in ("", "点")
    if "/" in unit:  # money per a unit (元/公斤, 元/股) is a price, a per-share or per-head amount
        money, _, _per = unit.partition("/")
        return entry.dimension == "money" and _PER_UNIT.search(entry.name_zh) is not None and (
            _dimension_of_unit().get(money) == "money")  # (the money's unit: units.tsv, dimension money)
    dimension = _dimension_of_unit().get(unit)
    return dimension is not None and _DIMENSION_OF_UNITS.get(dimension) == entry.dimension


@cache
def _dimension_of_code() -> dict[str, str]:
    """A unit code (units.tsv, measure words) → its dimension."""
    return {u.code: u.dimension for u in lexicon.units().values()}


@cache
def _dimension_of_unit() -> dict[str, str]:
    """A unit code or a unit as written (units.tsv: 千瓦时 → kWh, 港元 → 港元) → its dimension; a code
    first."""
    written = {word: u.dimension for word, u in lexicon.units().items()}
    return written | _dimension_of_code()


@cache
def base_value_factor(unit: str) -> tuple[str, Decimal] | None:
    """The base unit of a unit code and the exact factor to it; None for a unit of no known dimension
    (a compound unit kept as written, or none)."""
    listed = lexicon.base_units().get(unit)
    if listed is not None:
        return listed
    if unit in _dimension_of_code():
        return unit, Decimal(1)
    return None


def base_value(value: Decimal, unit: str) -> tuple[Decimal | None, str | None]:
    """A value on its dimension's base unit (500 万千瓦 = 5000000 kW → 5000000000 W), exact."""
    found = base_value_factor(unit)
    if found is None:
        return None, None
    base, factor = found
    return (value if factor == 1 else value * factor), base


def unknown_id(wanted: str) -> str | None:
    """Why `wanted` names no catalogue entry, with the nearest ids (for --indicator-id), or None."""
    entries = catalogue().entries
    if wanted in entries:
        return None
    import difflib

    near = difflib.get_close_matches(wanted, list(entries), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    return (f"--indicator-id {wanted}: no entry of the indicator catalogue has that id{hint} "
            "(`statfacts query --sql \"SELECT id, name_zh FROM catalogue\"` lists them)")


def add_comparable(candidate: dict[str, object]) -> None:
    """A candidate fact's catalogue id (with the rule that mapped it) and its value on its
    dimension's base unit."""
    kind, unit = str(candidate["kind"]), str(candidate["unit"])
    mapping = indicator_id(str(candidate["indicator"]), kind, unit)
    candidate["indicator_id"] = mapping.id
    candidate["rule"] = f"{candidate['rule']} {mapping.rule}"
    value = candidate["value"]
    if isinstance(value, Decimal):
        candidate["value_base"], candidate["base_unit"] = base_value(value, unit)
