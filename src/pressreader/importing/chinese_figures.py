"""Figures (statistics) found in a Chinese paragraph's words, by rule (ANNOTATING.md, "Chinese
text"): counts with their measure word and what they count (`52名专家`), amounts in 万 and 亿
(`1360亿美元`), percentages and 百分之, changes (`从12艘增加到17艘`), ranges, Chinese numerals
before a measure word (`两艘`), prison terms, durations and votes. `annotate` asks these rules
for a paragraph it reads as Chinese, and `figures.find_figures` for any other; the two share
`Figure` and the values' arithmetic (`figures._value`, `_scaled`).

Like the English rules, every pattern is linear and each paragraph is scanned a fixed number of
times.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressreader.importing.figures import Figure, _has_digit, _scaled, _value
from pressreader.importing.wordlists import Gated, alternation, lazy

if TYPE_CHECKING:
    from pressreader.text.numbers import Number

_CJK_FIGURE = lazy(
    # (thousands grouped by commas first: `1,500家厂商` is 1500, not 500)
    r"(?P<number>\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,9})?(?!\d)|\d{1,15}(?:\.\d{1,9})?)"
    r"(?P<upper>(?:到|至|-|～)"  # a range
    r"(?:\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,9})?(?!\d)|\d{1,15}(?:\.\d{1,9})?))?"
    # (`千` before `米`, `克`, `瓦` is a unit's prefix, not a thousand: `5千米` is 5 km)
    r"(?P<more>多|余)?(?P<scale>万亿|亿|万|千(?![米克瓦]))?"
    # (the thousands and units after 万 written in digits: `3万3600美元` is 33600, before a
    # currency or people counted only)
    r"(?:(?<=[0-9]万)(?P<tail>\d{1,4})(?=美元|欧元|英镑|港元|元|人|名))?"
    r"(?P<unit>%|％|个百分点|美元|欧元|英镑|港元|港币|元|人次|人|个|家|项|件|吨|公里|千米|公尺|米|辆|台|次|架次|架|"
    r"艘|所|座|户|名(?!单)|位|倍|张|种|桶|加仑|秒钟|秒|分钟|例(?!如)|枚|票|"
    # measures of length, area and weight, and the measure words of plants, animals, cases,
    # floors, pages and places (`1000株`, `12英尺`, `319起`, `32层`, `156页`, `80处`)
    r"平方公里|平方英里|平方米|公顷|英亩|亩|英尺|英里|英寸|千克|公斤|千瓦|磅|"
    r"株|头|只(?![有是要能])|条(?![款例件约文目])|起(?![来诉草])|层|页|处(?![理于罚在置分境])|场(?![所合景面])|颗|批|"
    # (meals and copies, lifts and films, a dose: `200多份午餐`, `12部电梯`, `0.85毫克`)
    r"份(?![额])|部(?![长门分署队落])|毫克|毫升)?"
)
# A count in Chinese numerals (`两个所谓的慈善组织`, `三种候选疫苗`, `两人死亡、九人受伤`): with a
# measure word and its noun, or people with what befell them; not `一` (an article) but before
# people with what befell them (`一人死亡`), not `几`, a
# weekday (`星期三`), an ordinal (`第二`), a time (`六个月`), nor the ones named before
# (`这两家公司`), nor a vague tens (`数十名`, `几十个`).
_CJK_NUMERAL = lazy(
    # (`数十名平民`, `几十个国家`: vague, no number)
    r"(?<![第星周初这那该一二三四五六七八九十两数几])"
    r"(?P<number>[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九]|"
    # (one person dead or hurt is counted, as two are: `造成一人死亡`; not `其中一人`, one of
    # those counted before)
    r"(?<!其中)一(?=人(?:死亡|受伤|遇难|丧生|失踪|被捕|获救)))"
    r"(?:(?P<measure>[个名种家位座架艘辆所张件台户项枚处轮]|道(?!四)|例(?!如)|(?<!二)次(?!会)|列(?=火车|列车))(?![月星小])|"
    r"(?P<people>人)(?=死亡|受伤|遇难|丧生|失踪|被捕|获救))"
)
_CJK_DIGITS = {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# Measure words: what is counted is the noun after them (`52名专家` counts 专家, `70张床位` 床位).
_CJK_MEASURES = frozenset("个家项件辆台架艘所座户名位张种例枚处株头只条起场颗批份部道")
# The noun ends before `的`, a conjunction, a preposition or an adverb before the verb (`两艘中国
# 海警船已于…`), a verb of change (`从12艘船增加到17艘`), of saying (`两名目击者称`) or of a
# count (`16个主办城市有11个`), or punctuation; it does not open with a preposition or a
# passive (`11个在美国`, `100多家被指`, `两张给了`; `六名被告` are defendants).
_CJK_NOUN_VERB = (
    r"(?:上升|下降|增加|减少|提高|降低|增长|上涨|下跌|攀升|回落|扩大|缩小|[升增降跌涨减](?:至|到|了)|"
    r"(?<!小)说(?![明服])|写道|(?<![名简声所])称|表示|共同|超过|包括|宣布|星期|有(?=[0-9二三四五六七八九十两])|"
    # (what befell the people counted: `30多名学生出现呕吐`, `60万名储户获得垫付`)
    r"出现|获得|遭到|受到|感染)"
)
_CJK_NOUN = lazy(
    r"(?![在自至于从向对将已给了]|被(?![告害])|可(?=[能以追望达供]))[\u4e00-\u9fff]{1,6}?"
    r"(?=[的与及在已将被正均都也、，。；：！？（(“”\s\-—]|和(?![党国])|$|[0-9A-Za-z]|"
    + _CJK_NOUN_VERB
    + ")"
)
# A noun that runs on into its verb with no mark between (`四家美国企业授予合同`, `两名民主党籍
# 联邦议员星期二`): the longest few characters that end with a character nouns of people,
# bodies, places, vessels and weapons end with (`美国企业`, `民主党籍联邦议员`), none past `的`
# or a conjunction, two characters at least (`两名人质` is no `人`); not 国 before more characters,
# a country naming what follows (`两位美国民主党籍…`).
_CJK_NOUN_HEADS = "员人士者兵船只舰艇车弹构家司业厂店校院局队团客手商区点站馆城市省份州县村品物"
_CJK_NOUN_HEADED = lazy(
    r"(?![在自至于从向对将已给]|被(?![告害])|以上|以下|左右|涉嫌)"
    r"(?:(?![的与及在已将被正均都也和])[\u4e00-\u9fff]){1,8}"
    rf"(?:[公居难农移平]民|国(?![\u4e00-\u9fff])|[{_CJK_NOUN_HEADS}])"
)


_CJK_MARKED_NOUN = lazy(r"[\u4e00-\u9fff]{1,8}(?=”)")
_HAN_NOT_DE = lazy(r"(?!的)[\u4e00-\u9fff]")


def _cjk_noun(paragraph: str, end: int) -> re.Match[str] | None:
    """What a measure word ending at `end` counts, or None."""
    if paragraph.startswith("“", end):
        # (`两轮“中国调查”`, `两个“试点区”`: the counted noun named in marks, without them; not
        # `19个“高风险”国家人员`, where the words in marks describe what follows them: no noun
        # read, as before)
        marked = _CJK_MARKED_NOUN.match(paragraph, end + 1)
        if marked is not None and _HAN_NOT_DE.match(paragraph, marked.end() + 1):
            return None
        return marked
    noun = _CJK_NOUN.match(paragraph, end)
    if noun is not None:
        return noun
    noun = _CJK_NOUN_HEADED.match(paragraph, end)
    if noun is not None and paragraph.startswith("的", noun.end()):
        # A relative clause (`13个伪装成合法咨询公司的网站`): the noun after its `的` is counted.
        after = noun.end() + 1
        return _CJK_NOUN_HEADED.match(paragraph, after) or _CJK_NOUN.match(paragraph, after)
    return noun


def _cjk_count_label(paragraph: str, start: int, end: int, noun: re.Match[str]) -> str:
    """The label of a count whose noun is `noun`, its measure word ending at `end`: the noun,
    or after a relative clause (`13个伪装成合法咨询公司的网站`) the words before the count when
    they describe it (`涉案者至少创建`: who made them), the noun alone saying less."""
    if noun.start() == end:
        return noun.group()
    return _cjk_label_before(paragraph, start) or noun.group()


# People counted right before they speak or act together (`两位参议员说`, `两名共和党议员提出`):
# the sources of the report, not a figure; so too with the day and the manner of the joint
# act between them and the verb (`两名民主党籍联邦议员星期三(5月27日)再次推出…法案`,
# `其他两名众议员曾跨党联袂推出`, `两位美国众议员跨党推出`), and two then named one by one
# (`两位民主党联邦议员，参议员X·Y和众议员…`, `两位重量级议员--共和党会议主席X·Y(…)与…`:
# `_CJK_PAIR_NAMED`).
_CJK_SPEAKERS_AFTER = lazy(
    # (`两名来自两党的美国联邦参议员…`: where they come from, before the noun)
    r"(?:来自[\u4e00-\u9fff]{1,8}的)?[\u4e00-\u9fff]{0,6}?(?:议员|官员|人士|领导人|部长)"
    r"(?:星期[一二三四五六日天](?:[(（][^)）]{0,12}[)）])?|也|还|都|则|曾|再次|跨党派?|联袂|联合|一起"
    # (`三位部长在星期六的联合声明中确认`: the statement they speak in)
    r"|在[^，,。；“”]{0,12}?(?:声明|信|记者会|会议)[中上])*"
    r"(?:说|表示|指出|写道|提出|认为|称|联名|共同|在信中|推出|宣布|致函|致信|确认|敦促|呼吁)"
)
_CJK_PAIR_NAMED = lazy(
    r"[\u4e00-\u9fff]{0,6}?议员(?:[，,]|--|——)[\u4e00-\u9fff]{0,10}?(?:参议员|众议员|主席|领袖)"
    r"[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6}(?:[(（][^)）]{1,30}[)）])?[和与]"
)
_CJK_CURRENCIES = {"美元": "$", "欧元": "€", "英镑": "£"}
_CJK_QUALIFIER = lazy(r"(?:超过|逾|约|接近|近|多达|至少|大约|将近|高达|不到|不足|至)\Z")
_CJK_SCALES = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 1000}


# A change written in words: `从3.5%升至4.2%`, `由120家降至95家` (the qualifier 至 is the new
# figure's), and a comparison with an earlier value written after the new one: `升至4.2%，高于
# 上月的3.8%`, `，较上年的450亿美元`, `，而4月份的涨幅为0.4%`.
_CJK_CHANGE = (
    r"(?:上升|下降|增加|减少|提高|降低|增长|上涨|下跌|攀升|回落|扩大|缩小|升|增|降|跌|涨|减)"
)
_CJK_FROM = lazy(r"(?:从|由)\Z")
# `从120多美元的高点降到了70多美元`
_CJK_FROM_TO_GAP = lazy(rf"(?:的(?:高点|低点|高位|低位|水平|峰值))?{_CJK_CHANGE}了?(?:至|到)?了?")
_CJK_CHANGE_START = lazy(_CJK_CHANGE)
_CJK_TIME = (
    r"(?:上个?月|上年|去年|前一年|一年前|上一?季度|上一?周|上星期|(?:去年|上年)?同期|此前|"
    r"前一个月|[0-9]{1,2}月份?)"
)
# (or a time before an event, `，而冲突爆发前不到3美元`, `，而冲突前的价格不到3美元`: the value
# before it; not the present, `，而目前约为620枚`, beside a forecast)
_CJK_BEFORE_EVENT = r"[\u4e00-\u9fff]{1,6}?(?:爆发|开始)?(?<![目当眼面向提])前(?:的)?"
_CJK_COMPARED_GAP = lazy(
    rf"[，,]\s*(?:而|高于|低于|超过|不及|较|比|相比)于?(?:{_CJK_TIME}的|(?<=而){_CJK_BEFORE_EVENT})"
    r"(?:涨幅|增幅|降幅|跌幅|增速|水平|数字|价格)?(?:约|大约)?(?:为|是)?"
)


def _cjk_changes(paragraph: str, figures: list[Figure]) -> list[Figure]:
    """Figures of a change made one, the new value with `previous` (ANNOTATING.md, "Chinese
    text"): only where the text says which value is the old one."""
    out: list[Figure] = []
    index = 0
    while index < len(figures):
        figure = figures[index]
        following = figures[index + 1] if index + 1 < len(figures) else None
        counted = _counted(figure, following) if following is not None else None
        if following is not None and (figure.unit == following.unit or figure.unit is None):
            counted = following
        if following is not None and counted is not None:
            gap = paragraph[figure.end : following.start]
            opening = _cjk_from_start(paragraph, figure.start)
            if opening is not None and _CJK_FROM_TO_GAP.fullmatch(gap):
                out.append(
                    Figure(
                        following.value,
                        opening,
                        following.end,
                        counted.unit,
                        counted.label,
                        previous=figure.value,
                        money=following.money,
                    )
                )
                index += 2
                continue
            if figure.previous is None and _CJK_COMPARED_GAP.fullmatch(gap):
                figure.previous = following.value
                out.append(figure)
                index += 2
                continue
        out.append(figure)
        index += 1
    return out


def _counted(first: Figure, second: Figure) -> Figure | None:
    """Of two counts with one measure word, one naming its noun and the other not (`从12艘船增加
    到17艘`), the one that says what is counted; None for other pairs."""
    if first.measure is None or first.measure != second.measure:
        return None
    if second.unit == second.measure:
        return first
    return second if first.unit == first.measure else None


# `从2015年的48%降至约37%`, `从目前GDP的百分之三提高到百分之五`: the old value after 从 and a short
# phrase of time or of what is measured, ending in 的 (no clause break, no second figure).
_CJK_FROM_PHRASE = lazy(r"从[^，,。；;：:、“”\s%％]{1,12}?的\Z")


def _cjk_from_start(paragraph: str, start: int) -> int | None:
    """Where a change's `从` or `由` opens before its old value at `start`, or None."""
    if _CJK_FROM.search(paragraph, max(0, start - 1), start):
        return start - 1
    phrase = _CJK_FROM_PHRASE.search(paragraph, max(0, start - 14), start)
    if phrase is None or _CJK_CHANGE_START.search(phrase.group()) is not None:
        return None
    return phrase.start()


# Two figures of one unit joined by 至 or 到 (`最高10%至12.5%的关税`, `每桶105美元至108美元`): one
# range, valued at its lower end; not after a verb of change (`上调0.25%至5.5%`: the change and the
# new level, two figures).
_CJK_RANGE_GAP = frozenset(["至", "到", "-", "～", "—"])
_CJK_CHANGE_BEFORE = lazy(r"(?:" + _CJK_CHANGE + r"|上调|下调|调高|调低)了?\Z")


def _cjk_ranges(paragraph: str, figures: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    for figure in figures:
        last = out[-1] if out else None
        if (
            last is not None
            and last.previous is None
            and figure.previous is None
            and last.unit == figure.unit
            and last.unit is not None
            # (the qualifier 至 may open the upper figure: the gap is then empty)
            and (paragraph[last.end : figure.start] or paragraph[figure.start]) in _CJK_RANGE_GAP
            and not _CJK_CHANGE_BEFORE.search(paragraph, max(0, last.start - 3), last.start)
        ):
            last.end = figure.end
            continue
        out.append(figure)
    return out


# A share written in words: `百分之三`, `百分之66` (a percentage), `约三分之一` (a fraction), like
# `3%` and `one-third` (ANNOTATING.md, "Eighteenth folder").
_CJK_SHARE = lazy(
    r"(?P<whole>百|[二三四五六七八九十])分之"
    r"(?P<part>\d{1,3}(?:\.\d{1,3})?(?![\d.])|[二三四五六七八九]?十[一二三四五六七八九]?|[一两二三四五六七八九])"
    r"(?!决赛)"  # (`四分之一决赛`: a round's name)
)


def _cjk_share_figures(paragraph: str) -> list[Figure]:
    out: list[Figure] = []
    for match in _CJK_SHARE.finditer(paragraph):
        start, end = match.span()
        part = match.group("part")
        value: Number = (
            _value(part, None) if part[0].isdigit() else 1 if part == "一" else _cjk_numeral(part)
        )
        whole = match.group("whole")
        qualifier = _CJK_QUALIFIER.search(paragraph, max(0, start - 2), start)
        if qualifier is not None:
            start = qualifier.start()
        if whole == "百":
            label = _cjk_label_before(paragraph, start) or "比例"
            out.append(Figure(value, start, end, "%", label))
        else:
            share = round(value / _cjk_numeral(whole), 4)
            label = _cjk_label_before(paragraph, start) or "比例"
            out.append(Figure(share, start, end, "fraction", label))
    return out


# People counted after what befell them (`炸伤四人`, `死亡人数上升至五人`), the clause ending there.
_CJK_PEOPLE_AFTER_VERB = lazy(
    r"(?:炸死|炸伤|打死|打伤|杀死|杀害|击毙|射杀|上升至|增至|升至|上升到|增加到|增加至)"
    r"(?P<number>[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])人(?=[，,。；;、]|$)"
)


# A prison term (`判处20年监禁`, `被判处30个月监禁`, `判监四年`, `六年刑期`, `共被判十年`), the
# quantity reported (ANNOTATING.md, "Ninth folder"): years or months, in digits or numerals,
# right before the word for the term, or ending a clause after a verb of sentencing (not
# `判刑三年后`, a time; not `过去十年`).
_CJK_TERM = lazy(
    r"(?<![0-9第])(?P<number>\d{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])"
    r"(?P<unit>年|个月|天|个?星期|周)(?P<term>(?:有期)?(?:徒刑|监禁|刑期))?"
)
# (a term in days or weeks, `判处五天监禁`, and one being served, `入狱服刑五天`: zhdev58 round)
_CJK_SENTENCED = lazy(r"(?:判(?:处|监|刑)?[^，,。；;！？0-9]{0,6}|服刑)\Z")
_CJK_TERM_ENDS = "，,。；;及和、"
# A term written after its word (`判处…有期徒刑十年`, `被处以行政拘留5日`, `拘役六个月`), the
# clause ending there: the quantity reported, as before the word (a local-news probe).
_CJK_TERM_AFTER = lazy(
    r"(?:有期徒刑|徒刑|拘役|拘留)(?P<number>\d{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?|[一两二三四五六七八九])"
    r"(?P<unit>年|个月|日|天)(?=[，,。；;及和、]|$)"
)


def _cjk_prison_terms(paragraph: str) -> list[Figure]:
    out: list[Figure] = []
    after: set[int] = set()
    if "刑" in paragraph or "拘" in paragraph:
        for match in _CJK_TERM_AFTER.finditer(paragraph):
            number = match.group("number")
            value = (
                int(number) if number.isdigit() else _cjk_numeral(number) if number != "一" else 1
            )
            out.append(Figure(value, match.start(), match.end(), match.group("unit"), "刑期"))
            after.add(match.start("number"))
    for match in _CJK_TERM.finditer(paragraph):
        start, end = match.span()
        if start in after:
            continue  # (`有期徒刑三年`: read with its word before it)
        if match.group("term") is None and (
            _CJK_SENTENCED.search(paragraph, max(0, start - 8), start) is None
            or paragraph[end : end + 1] not in (*_CJK_TERM_ENDS, "")
        ):
            continue
        number = match.group("number")
        value = int(number) if number.isdigit() else _cjk_numeral(number)
        qualifier = _CJK_QUALIFIER.search(paragraph, max(0, start - 2), start)
        if qualifier is not None:
            start = qualifier.start()
        out.append(Figure(value, start, end, match.group("unit"), "刑期"))
    return sorted(out, key=lambda figure: figure.start)


# How long something lasted (`持续两年的以色列—哈马斯战争`, `持续了一年多后才被发现`,
# `已持续51天的停火`, `持续五天举行…操演`): the length of a war, a ceasefire, an exercise or
# attacks is the quantity reported (ANNOTATING.md, "Twenty-second folder", "Thirty-second
# folder"), like a meeting's; not `持续数月` (vague, no number).
# So a length with 长达 before what lasted (`长达六个小时的视频`, `长达两年的审判`: the length of a
# recording or a trial, like a meeting's); not `在长达四年多的战争中` (a period something happened
# in), nor `长达数月` (vague).
_CJK_LASTING = Gated(
    r"(?:持续了?|(?<!在)长达)"
    r"(?P<number>\d{1,4}|[二三四五六七八九]?十[一二三四五六七八九]?|[一两二三四五六七八九])"
    r"(?P<unit>年|个月|天|个?星期|周|个?小时)多?",
    ("持续", "长达"),
)


def _cjk_lasting(paragraph: str) -> list[Figure]:
    out: list[Figure] = []
    for match in _CJK_LASTING.finditer(paragraph):
        number = match.group("number")
        value = int(number) if number.isdigit() else 1 if number == "一" else _cjk_numeral(number)
        unit = match.group("unit")
        unit = "月" if unit == "个月" else unit.removeprefix("个")
        out.append(Figure(value, match.start("number"), match.end(), unit, "持续时间"))
    return out


# An event's length (`为期三天的访问`, `两天的会谈`, `两天峰会`, `60天的会谈`, `三个星期的
# 延期`, `为期一个月的停火协议`): the quantity reported, like a meeting's (ANNOTATING.md,
# "Twenty-eighth folder"); not a period (`过去60天的会谈`, `60天内`), nor a time before or
# after one (`两天后的会谈`), nor a licence's term, nor the time of what is told after it
# (`进行三天的访问，期间在国会山…`).
_CJK_EVENT_WORDS = ("会谈", "访问", "峰会", "会议", "谈判", "磋商", "延期", "停火")
_CJK_EVENT = Gated(alternation(_CJK_EVENT_WORDS) + r"(?![，,]\s*期间)", _CJK_EVENT_WORDS)
# The length right before an event's word, searched in the few characters there only (the
# words are common; a length before them is not).
_CJK_EVENT_LENGTH = lazy(
    r"(?<![0-9第])(?<!过去)(?<!最近)(?<!未来)(?<![头前后])"
    r"(?P<number>\d{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九]|(?<=为期)一)"
    r"(?P<unit>天|个?星期|周|个月)的?\Z"
)
_CJK_EVENT_HEAD = 8  # (`为期十二个星期的`: the longest length with its `的`, less `为期`)
# The votes for a measure when only the votes against carry `票` (`以218比198票否决了…`): the
# first number of the tally.
_CJK_VOTES_FOR = Gated(r"(?<![0-9.,])(?P<number>\d{1,4})比\d{1,4}票", ("票",))


def _cjk_event_lengths(paragraph: str) -> list[Figure]:
    out: list[Figure] = []
    for event in _CJK_EVENT.finditer(paragraph):
        at = event.start()
        match = _CJK_EVENT_LENGTH.search(paragraph, max(0, at - _CJK_EVENT_HEAD), at)
        if match is None:
            continue
        number = match.group("number")
        value = int(number) if number.isdigit() else 1 if number == "一" else _cjk_numeral(number)
        unit = match.group("unit").removeprefix("个") if match.group("unit") != "个月" else "月"
        start = match.start()
        if paragraph[max(0, start - 2) : start] == "为期":
            start -= 2
        qualifier = _CJK_QUALIFIER.search(paragraph, max(0, start - 2), start)
        if qualifier is not None:
            start = qualifier.start()  # (`大约两星期的访问`)
        label = f"{event.group()}的{'天数' if unit == '天' else '时长'}"
        out.append(Figure(value, start, event.end(), unit, label))
    return out


def _cjk_votes_for(paragraph: str) -> list[Figure]:
    return [
        Figure(int(match.group("number")), match.start(), match.end("number"), "票", "票")
        for match in _CJK_VOTES_FOR.finditer(paragraph)
    ]


def _cjk_people_after_verb(paragraph: str) -> list[Figure]:
    return [
        Figure(_cjk_numeral(match.group("number")), match.start("number"), match.end(), "人", "人")
        for match in _CJK_PEOPLE_AFTER_VERB.finditer(paragraph)
    ]


def _cjk_numeral(text: str) -> int:
    """The value of a Chinese numeral up to 99 (`九`, `十二`, `二十`, `三十五`)."""
    tens, ten, units = text.partition("十")
    if not ten:
        return _CJK_DIGITS[text]
    return _CJK_DIGITS.get(tens, 1) * 10 + (_CJK_DIGITS.get(units, 0) if units else 0)


def _cjk_numeral_figures(paragraph: str) -> list[Figure]:
    out: list[Figure] = []
    # (a match needs one, or `一人`)
    has_numeral = any(map(paragraph.__contains__, "十两二三四五六七八九")) or "一人" in paragraph
    for match in _CJK_NUMERAL.finditer(paragraph) if has_numeral else ():
        start, end = match.span()
        unit = "人"
        if match.group("measure") in ("位", "名") and (
            _CJK_SPEAKERS_AFTER.match(paragraph, end)
            or (match.group("number") in "两二" and _CJK_PAIR_NAMED.match(paragraph, end))
        ):
            continue
        if match.group("measure"):
            noun = _cjk_noun(paragraph, end)
            if noun is not None and _CJK_CHANGE_START.match(noun.group()) is not None:
                continue
            if noun is None and match.group("measure") == "轮":
                continue  # (`三轮和平谈判`; not `两轮在阿布扎比`, the rounds of a count just given)
            if noun is not None and (
                "都" in noun.group() or paragraph[noun.end() : noun.end() + 1] in ("都", "均")
            ):
                continue  # `两家公司都`: the ones named before, not a count
            unit = noun.group() if noun is not None else match.group("measure")
            label = unit if noun is None else _cjk_count_label(paragraph, start, end, noun)
            if match.group("measure") == "轮":
                unit = "轮"  # (rounds are what is counted: `三轮和平谈判`, labelled by the talks)
            end = noun.end() if noun is not None else end
        else:
            label = _cjk_people_label(paragraph, end) or unit
        qualifier = _CJK_QUALIFIER.search(paragraph, max(0, start - 2), start)
        if qualifier is not None:
            start = qualifier.start()
        figure = Figure(_cjk_numeral(match.group("number")), start, end, unit, label)
        figure.measure = match.group("measure")
        out.append(figure)
    return out


# A Chinese clause's words before its figure that do not say what is counted: a connective at
# its start, and a verb of amounting, a qualifier or `的` at its end (`中国2025年的贸易顺差达` →
# `中国2025年的贸易顺差`).
_CJK_LABEL_LEAD = lazy(r"^(?:而且|而|但是|但|并且|并|且|其中|此外|另外|同时|以及|据|其|目前)")
_CJK_LABEL_TAIL = lazy(
    r"(?:已经|已|将|约为|约|大约|达到|达|高达|多达|超过|超|逾|近|接近|不到|不足|共计|总计|合计|累计|"
    r"共有|共|为|是|增至|降至|增加到|减少到|增加了|减少了|增加|减少|上涨了|上涨|下跌了|下跌|至|到|"
    r"已有|约有|大约有|还有|也有|将有|仅有|仅|只有|占|突破|了|的|了约|收于|收在|报|创下|创纪录|"
    r"价值|筹集|估计|额外|开支|降|暴跌|另一项|一项|一个|一笔|一批|这一|每[\u4e00-\u9fff]{1,2}|"
    r"另有|包含|包括|(?<![拥具占享持所])有)$"
)
# A verb of giving or spending alone (`获得82.5万美元`, `共售出5.556亿`) says nothing of what
# is counted; after what gives it, the clause is kept (`美国已承诺提供`).
_CJK_LABEL_VERB_ONLY = lazy(
    r"(?:共|已|将|拟|另)?(?:获得|投入|提供|花费|耗资|售出|拨款|拨出|投资|支付|赢得)了?"
)
# A verb of change after what changed (`交通量增长了40%` → `交通量`), peeled off when a name of
# two characters or more is left or nothing is (`增长了40%` has no label); not a verb of one
# character, often the end of a longer one (`价格窜升`).
_CJK_LABEL_CHANGE = lazy(
    r"(?:^|(?<=[\u4e00-\u9fff]{2}))"
    r"(?:上升|下降|增加|减少|提高|降低|增长|上涨|下跌|攀升|回落|扩大|缩小)了?$"
)
# A clause that opens with a pronoun, a demonstrative, a condition, a place or time or a
# preposition, that reports speech, or that ends with a preposition or verb whose object the
# figure is, is no description of what a figure counts.
_CJK_LABEL_NOT = lazy(
    r"^(?:这|那|该|他|她|它|若|如果|在|从|至|于|一项|一笔|根据|针对|包括)|说|表示|"
    r"(?:向|对|因|给|与|和|作)$"  # (the figure is governed by it: `北京当局近日对四名…议员`)
)
_CJK_CLAUSE_BREAK = "，。；：！？、（）()“”「」『』\n"
_CJK_LABEL_LONGEST = 24


def _cjk_label_before(paragraph: str, start: int) -> str | None:
    """What a Chinese figure counts, from its clause's words before it, when they are a short
    phrase with Han characters; None otherwise."""
    low = max(0, start - 40)
    clause_start = max(paragraph.rfind(mark, low, start) for mark in _CJK_CLAUSE_BREAK) + 1
    phrase = paragraph[max(clause_start, low) : start].strip()
    phrase = _CJK_LABEL_LEAD.sub("", phrase)
    for _ in range(4):  # `总额已达到`: a few words are peeled off, each a bounded match
        trimmed = _CJK_LABEL_TAIL.sub("", phrase)
        if trimmed == phrase:
            break
        phrase = trimmed
    phrase = _CJK_LABEL_CHANGE.sub("", phrase)
    han = sum("\u4e00" <= char <= "\u9fff" for char in phrase)
    if han < 2 or len(phrase) > _CJK_LABEL_LONGEST or _CJK_LABEL_NOT.search(phrase):
        return None
    if _CJK_LABEL_VERB_ONLY.fullmatch(phrase):
        return None
    return phrase


# A stock index's level or move in points (`至27,086.81点`, `报收66934.33点`, `上涨294点`): the
# number with decimals or thousands grouped, or in a clause that names an index or a close; not a
# time (`下午3点`, `8点半`, `10点30分`) nor a plan's points (`20点计划`, no index named).
_CJK_INDEX_WORDS = lazy(
    r"指数|股指|道琼斯|道指|标普|纳斯达克|纳指|日经|恒生|富时|综指|收盘|报收|收于"
)
_CJK_MARK_PASSED = ("大关", "关口")
_CJK_NOT_POINTS = lazy(r"[钟半整多前后左]|\d|[0-9]{0,2}分")
_CJK_CLOCK_BEFORE = lazy(r"(?:上午|下午|凌晨|晚上|早上|中午|傍晚|夜间|清晨)\Z")


def _cjk_index_points(paragraph: str, match: re.Match[str]) -> bool:
    start, end = match.span()
    if _CJK_NOT_POINTS.match(paragraph, end + 1) or match.group("upper"):
        return False
    if _CJK_CLOCK_BEFORE.search(paragraph, max(0, start - 2), start):
        return False
    number = match.group("number")
    if "." in number or "," in number or paragraph.startswith(_CJK_MARK_PASSED, end + 1):
        return True  # (`突破51000点大关`: only an index's level is a mark it passes)
    low = max(0, start - 40)
    clause_start = max(paragraph.rfind(mark, low, start) for mark in "，,。；;") + 1
    clause_start = max(clause_start, low)
    return _CJK_INDEX_WORDS.search(paragraph, clause_start, start) is not None


def _cjk_index_label(paragraph: str, start: int) -> str | None:
    """The index a level in points belongs to: the last `…指数` of its sentence before it
    (`纳斯达克指数`, `蓝筹股道琼斯工业平均指数`), without a description before `的`."""
    low = max(0, start - 60)
    sentence_start = max(paragraph.rfind(mark, low, start) for mark in "。！？；") + 1
    at = paragraph.rfind("指数", max(low, sentence_start), start)
    if at < 0:
        return None
    first = at
    while first > max(low, sentence_start) and at - first < 12:
        char = paragraph[first - 1]
        if not (char.isalnum() or char in "&/"):
            break
        first -= 1
    return paragraph[first : at + 2].rsplit("的", 1)[-1] or None


# What befalls people counted right before it (`两人死亡、九人受伤`, `100多万人流离失所`): the
# figure is the number of the dead, the injured …, labelled so (`死亡人数`), as `人` says nothing.
_CJK_PEOPLE_FATE = lazy(r"死亡|受伤|遇难|丧生|失踪|被捕|获救|流离失所|被拘|被杀|被困")
_CJK_DEATHS = frozenset(["遇难", "丧生", "被杀"])  # (each a death: `死亡人数`)
# A share or an amount of a noun after its `的` (`15%的关税`, `逾20%的石油`, `140亿美元的军售案`):
# the noun names what it is; a share of a thing is that thing's share (`石油的比例`), a rate or
# a levy is the share itself (`关税`, `得票率`).
_CJK_GOVERNED_BY = "对向给与和因作把将从被"
_CJK_SHARE_ITSELF = ("率", "税", "幅", "比例", "份额", "比重", "利息")


def _cjk_people_label(paragraph: str, end: int) -> str | None:
    fate = _CJK_PEOPLE_FATE.match(paragraph, end)
    if fate is None:
        return None
    return "死亡人数" if fate.group() in _CJK_DEATHS else f"{fate.group()}人数"


def _cjk_noun_after(paragraph: str, start: int, at: int, money: bool) -> str | None:
    """The noun a share or an amount starting at `start` is of, after its `的` (`at`), with
    the clause's words before the figure when they describe it (`中国面临的关税`), or None."""
    if start and paragraph[start - 1] in _CJK_GOVERNED_BY:
        return None  # (`将对10%的商品加税`: the share is a preposition's object, its noun a verb's)
    noun = _CJK_NOUN.match(paragraph, at)
    if noun is None or len(noun.group()) < 2 or _CJK_LABEL_NOT.search(noun.group()):
        return None
    named = noun.group()
    if not money and not named.endswith(_CJK_SHARE_ITSELF):
        named += "的比例"
    before = _cjk_label_before(paragraph, start)
    return named if before is None else f"{before}的{named}"


def find_cjk_figures(paragraph: str) -> list[Figure]:
    """Figures of a Chinese paragraph: `1.2万`, `3亿元`, `5.2%`; not years, dates or ordinals."""
    out: list[Figure] = []
    for match in _CJK_FIGURE.finditer(paragraph) if _has_digit(paragraph) else ():
        start, end = match.span()
        scale, unit = match.group("scale"), match.group("unit")
        before = paragraph[start - 1] if start else ""
        after = paragraph[end] if end < len(paragraph) else ""
        if (
            before == "第"
            or (before and (before.isascii() and before.isalnum()))
            or after.isdigit()
        ):
            continue
        points = after == "点" and not scale and not unit and _cjk_index_points(paragraph, match)
        if after in ("年", "月", "日", "号", "时", "点", "届", "次会", "世纪") and not scale:
            if not points:
                continue
            unit, end = "点", end + 1
        if not scale and not unit:
            continue
        value = _value(match.group("number"), None)
        if scale:
            value = _scaled(match.group("number").replace(",", ""), _CJK_SCALES[scale])
            if match.group("tail") is not None:
                value += int(match.group("tail"))
        shown_unit = _CJK_CURRENCIES.get(unit, unit) or None
        if unit == "元" and "新台币" in paragraph:
            # New Taiwan dollars named before the number or after its 元 (`新台币7800亿元`,
            # `1.25万亿元新台币`): the currency is the unit, as the text names it.
            if paragraph.endswith("新台币", 0, start):
                shown_unit, start = "新台币", start - 3
            elif paragraph.startswith("新台币", end):
                shown_unit, end = "新台币", end + 3
        if unit in ("%", "％"):
            shown_unit = "%"
        counted: str | None = None
        if unit in ("层", "页"):
            # `32层高的大楼`, `长达156页的报告`: floors and pages are themselves what is counted,
            # of the noun after `的` when there is one (`大楼的层数`, `报告的页数`)
            at = end + 1 if paragraph.startswith("高", end) else end
            noun = _cjk_noun(paragraph, at + 1) if paragraph.startswith("的", at) else None
            named = noun.group().removesuffix("中") if noun is not None else None
            named = named if named is not None and len(named) >= 2 else None
            counted = f"{named}的{unit}数" if named else f"{unit}数"
        elif unit in _CJK_MEASURES:
            noun = _cjk_noun(paragraph, end)
            if noun is not None and _CJK_CHANGE_START.match(noun.group()) is None:
                shown_unit = noun.group()
                counted = _cjk_count_label(paragraph, start, end, noun)
                end = noun.end()
        qualifier = _CJK_QUALIFIER.search(paragraph, max(0, start - 2), start)
        if qualifier is not None:
            start = qualifier.start()
        money = unit in ("元", "美元", "欧元", "英镑", "港元", "港币")
        # An amount of money is labelled as one (the English rule's "Amount"), not by its
        # currency sign: "$" alone says nothing of what is counted.
        label = "比例" if shown_unit == "%" else "金额" if money else (shown_unit or "数量")
        label = counted or label
        if money or shown_unit in ("%", None, "点") or shown_unit in _CJK_MEASURES:
            # A currency, `%` or a measure word alone says nothing of what is counted.
            label = _cjk_label_before(paragraph, start) or label
        if points:
            label = _cjk_index_label(paragraph, start) or label
        elif (money or shown_unit == "%") and paragraph.startswith("的", end):
            label = _cjk_noun_after(paragraph, start, end + 1, money) or label
        elif shown_unit == "人":
            label = _cjk_people_label(paragraph, end) or label
        measure = unit if unit in _CJK_MEASURES else None
        out.append(Figure(value, start, end, shown_unit, label, money=money, measure=measure))
    if not paragraph.isascii():
        numerals = _cjk_numeral_figures(paragraph)
        if "分之" in paragraph:
            numerals += _cjk_share_figures(paragraph)
        if "人" in paragraph:
            numerals += _cjk_people_after_verb(paragraph)
        numerals += _cjk_event_lengths(paragraph)
        if "票" in paragraph:
            numerals += _cjk_votes_for(paragraph)
        if "判" in paragraph or "刑" in paragraph or "监禁" in paragraph or "拘" in paragraph:
            taken = {figure.start for figure in out + numerals}
            numerals += [term for term in _cjk_prison_terms(paragraph) if term.start not in taken]
        if "持续" in paragraph or "长达" in paragraph:
            taken = {figure.start for figure in out + numerals}
            numerals += [length for length in _cjk_lasting(paragraph) if length.start not in taken]
        if numerals:
            out = sorted(out + numerals, key=lambda figure: figure.start)
    return _cjk_ranges(paragraph, _cjk_changes(paragraph, out)) if len(out) > 1 else out
