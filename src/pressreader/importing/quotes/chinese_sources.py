"""Who a Chinese report names as its source: the names, titles, bodies, documents and
pronouns a clause opens with (`_zh_source`), resolved to one speaker (`_zh_resolve`), and the
people, bodies and titles the text has met (`_zh_register_…`). The finder's Chinese rules
(`chinese_finder.py`) read quotes on top of these."""

from __future__ import annotations

import re

from pressreader.importing.quotes.chinese import (
    _ZH_ADDRESSED,
    _ZH_BODY_END,
    _ZH_CLAUSE_STOP,
    _ZH_DOUBLE_SURNAMES,
    _ZH_JOINTLY,
    _ZH_LEAD,
    _ZH_NO_SOURCE_HEADS,
    _ZH_NOT_CLAUSE,
    _ZH_ROLES,
    _ZH_SENTENCE_MARKS,
    _ZH_SEVERAL,
    _ZH_SPEAKER_TAIL,
    _ZH_SUBJECT_END,
    _ZH_SURNAMES,
    _ZH_THING_ENDS,
    _ZH_TITLE_END,
    _ZH_UNNAMED,
    _latin_person,
    _zh_dotted_names,
    _zh_named_after,
    _zh_one_titled_name,
    _zh_past_setting,
    _zh_plain_name,
    _zh_role_then_name,
    _zh_roles,
    _zh_speaker,
    _zh_split_role,
    _zh_spokesperson_office,
    _zh_together,
    _zh_transliterated,
    _zh_without_role,
    _zh_without_self,
    _zh_without_stray_close,
    zh_counted_together,
    zh_yu_inside_body,
)
from pressreader.importing.quotes.found import Found
from pressreader.importing.quotes.marks import _HAN, _find_mark
from pressreader.importing.quotes.state import FinderState
from pressreader.importing.speakers import Person, Reference
from pressreader.importing.wordlists import Ending, Gated, lazy

_WINDOW = 200  # characters looked at around a quote for its attribution

# A verb joined to the report before it takes its clause without a comma (`…，强调斯卡伯勒浅滩
# 是…`), unless what follows is an attitude or a verb phrase (`强调了`, `表示欢迎`, `表示将…`).
_ZH_JOINED_VERB = lazy(
    r"[，,]\s*(?:但|并|还|同时|而是|而|也|仅|只)?(?:[他她]|它们?)?(?:也|还|同时)?\Z"
)

# `…，仅表示该案…`, `…，并表示该案…`: a verb after `仅`, `只` or `并` joined to the clause of the
# sentence's subject; so after `而是` (`X没有将A与B联系起来，而是说A是…`: "but said instead").
# The sentence's first comma right before a verb whose subject is left out (`…，表示`, `…，还强调`).
# The clause after a joined `警告` with no comma: a subject of two to twelve characters, then a
# modal of what may or must be (`该协议有可能引发…`, `伊朗须在60天内…`).
_ZH_WARNED_CLAUSE = lazy(
    r"(?![说称])[^，,。；;：:“”「」！？()（）]{2,12}?(?:有可能|可能|将会|将|会|须|必须|应当|应该|不得)"
)

# The clause after a joined `提到` that is another's report: its source, then its verb of saying
# with a comma (`商务部今年5月宣布，…`).
_ZH_MENTIONED_REPORT = lazy(r"[^，,。；;：:“”「」！？]{2,24}?(?:宣布|表示|指出|强调|说|称)[，,]")

_ZH_FIRST_CLAUSE_JOINED = lazy(r"[，,]\s*(?:并|还|也|同时)?\Z")

# A description, a comma, then the name in marks the source goes by, glossed in brackets
# (`他所领导的研究机构，“缅甸研究所”(Institute for Myanmar)…`): the name, up to its bracket.
_ZH_APPOSED_NAME = lazy(
    r"[^，,。；“”]{2,24}的[^，,。；“”]{1,8}[，,]\s*“(?P<name>[\u4e00-\u9fff]{2,20})”(?=[(（])"
)


def _zh_apposed(text: str) -> str:
    """`text` with a description set before the name in marks it glosses (`他所领导的研究机构，
    “缅甸研究所”(Institute for Myanmar)星期三…`) left out: the name, from its bracket on."""
    if "”(" not in text and "”（" not in text:
        return text
    named = _ZH_APPOSED_NAME.match(text)
    return text if named is None else named["name"] + text[named.end() :]


# A body's act right after its name in a sentence's first clause, with no time or place between
# (`特朗普政府批评北京…的举措，并在…报告中称，A`): the body's name ends before the act's verb.
_ZH_BODY_ACT = lazy(r"批评|谴责|重申|呼吁|敦促|欢迎|指责|赞扬|称赞")

# What opens a noun phrase or an aspect after `确认` or `证实` (`确认了…`, `确认此事`): no clause.
_ZH_NOT_CONFIRMED_FIRST = frozenset("了过这此该其")

# Words up to the next stop that end in `的` and a short noun with no predicate's word among
# them (`民主的重要性`, `双方的友谊`): a noun phrase, no clause; a verb of expectation opens a
# clause (`指出预期60天与伊朗进行第二阶段的协商`).
_ZH_NOUN_PHRASE_ONLY = lazy(
    r"(?:(?!是|将|会|已|应|必须|要|能|可|正在|不|没|未|都|也|仍|还|在|有|预期|预计)[^，,。；;！？：:“”]){0,30}"
    r"的[\u4e00-\u9fff]{1,4}(?=[，,。；;！？]|\Z)"
)

_ZH_ONLY_SAID = lazy(r"[，,]\s*(?:仅|只|并|而是|但(?:[他她]|它们?)?(?:也|还|同时)?)\Z")

# A body named at the start of a clause (`，七国集团国家发表声明`): `该集团` may name it.
_ZH_NAMED_BODY = lazy(r"(?:(?<=[，。；、：])|^)[\u4e00-\u9fff]{1,8}?(?:集团|组织|公司)")

# Bodies of a state (an embassy, a ministry, a government): never `该公司`.
_ZH_STATE_BODY = Ending(
    r"(?:使馆|领馆|政府|部|局|院|委员会|军|党|署|会)\Z",
    ("使馆", "领馆", "政府", "部", "局", "院", "委员会", "军", "党", "署", "会"),
)

# The verbs of saying read in one sentence: a sentence reports a few things at most, and each
# verb looks back over its sentence.
_ZH_MAX_REPORTS = 24

_ZH_LATIN_TAIL = lazy(r"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,3}\Z")

_ZH_ABBREVIATION = lazy(r"\((?P<abbr>[A-Z][A-Za-z]{1,9})\)")

# The word for a body's kind written after its abbreviation (`无国界记者(RSF)组织`).
_ZH_KIND_AFTER_ABBREVIATION = lazy(r"组织|协会|联盟|基金会|委员会|研究所|中心|集团|公司")

# `世卫组织的一名高级官员`, `一位美国高级外交官员`: an official the article does not name; so
# too any other person counted by 名 or 位 and never named (`一名受害者`, `一位居民`, as `one
# resident said` names no one in English; a probe of court and local news).
# `Axios援引一位匿名消息人士的话报道称`: the one citing is the source.
_ZH_CITING = lazy(r"援引|引述")

# The one citing a person's words (`路透社(Reuters)引述…X(…)的话`): what stands before the verb.
_ZH_CITED_WORDS = lazy(r"(?P<cites>[^，。；“”]{2,24}?)(?:援引|引述)[^，。；“”]{2,60}的话\Z")

_ZH_ONE_OFFICIAL = lazy(
    r"(?:一|两|几|多)(?:名|位)[^，。；]{0,12}?(?:官员|人士|外交官|人员|议员|居民|村民|市民|"
    r"受害者|幸存者|目击者|抗议者|示威者|支持者|批评者|参与者|消费者|投资者|学生|选民|工人|家长|"
    r"母亲|父亲|患者|病人|医生|护士|教师|老师|商人|店主|农民|游客|乘客|难民|移民|士兵|警察|警官|"
    r"网民|网友|用户|分析师|经济学家|专家|学者|牧民|渔民|摊主|司机|志愿者|律师|员工|球迷|"
    # (`一位女士说`, `一名男子表示`: a person counted by sex, never named)
    r"女士|先生|男子|女子|男士|妇女|老人)"
    # `那位不透露姓名的美国官员`: the unnamed official met before
    r"|(?:那|这|该)(?:名|位)?(?:不愿?透露姓名|不具名|未具名|匿名)的[^，。；]{0,8}?(?:官员|人士|外交官|人员)"
    # `一家权威国防研究机构最近警告称`: a body counted and described, never named
    r"|(?:一|两|几|多)家[^，。；]{0,12}?(?:机构|公司|企业|智库|媒体|银行|组织)"
)


def _zh_unnamed_person(np: str) -> bool:
    """Whether the source `np` is one or a few people counted and never named (`一位美国官员对
    美国之音`, `世卫组织的一名高级官员`), the one citing them aside (`Axios援引一位匿名消息人士
    的话`); not one counted and then named (`另一位居民陈建国`, `一名学生家长周女士在…时`)."""
    if "名" not in np and "位" not in np and "家" not in np:
        return False
    head = _ZH_CITING.split(np, maxsplit=1)[0]
    counted = _ZH_ONE_OFFICIAL.search(head)
    if counted is None:
        return False
    rest = head[counted.end() :]
    if counted.group()[1:2] == "家":
        # (a body counted, then its name: `一家研究机构兰德公司最近警告称`)
        cut = _ZH_SUBJECT_END.search(rest)
        return len(rest[: cut.start()] if cut is not None else rest) < 2
    return not _zh_named_after(rest)


# (What `_ZH_COMPANY` can begin with: it is tried only then.)
_ZH_COMPANY_FIRST = frozenset("该这此那")

_ZH_COMPANY = lazy(
    r"^(?:该|这家|此|这个|那家)[\u4e00-\u9fffA-Za-z]{0,10}?(?:公司|机构|组织|企业|银行|行|小组|集团)$"
)

_ZH_SETTING = lazy(r"\s*(?:在|当|自从|从)")  # (`于` may be a surname)

# Titles joined by `、` before one name with its Latin form: the name's clause is the last.
# (a description of a person ends the first as a title does: `香港民主派人士、前…议员张嘉莉(…)`,
# `伊朗议会代表、…成员哈米德·侯赛尼(…)`, `…领导者、…主编埃德·德维尔(…)`)
_ZH_TITLES_THEN_NAME = lazy(
    r"(?:[官长席理任员卿相使]|人士|代表|[学记]者|领导者|球星|专家|作家|活动家)、"
    r"(?P<last>[^、与等]{2,40}?\([A-Z][A-Za-z .'\-]{1,40}\))[^、()]{0,12}\Z"
)

# The same with one name without its Latin form, then the time or place (`民进党政策会执行长、
# 立法委员吴思瑶在…`).
_ZH_TITLES_THEN_ROLE = lazy(
    # (or who the person is to another, `她的同事、护士林芳对本台说`: 林芳)
    # (then the day, `院长、政治学教授王维正6月16日告诉…`, as `星期二`)
    r"(?:[官长席理任员卿相使]|同事|邻居|朋友|同学|室友)、(?P<last>[\u4e00-\u9fff]{2,20}?)"
    r"(?:在|星期|对|向|于|当天|今天|昨天|[0-9]{1,2}[月日]|\Z)"
)

# A name, the day, then a clause of time or place (`毛宁星期四在…时`, `特朗普在…后`).
_ZH_NAME_THEN_SETTING = lazy(
    r"(?P<name>[\u4e00-\u9fff·]{2,12}?)(?:星期[一二三四五六日]|周[一二三四五六日]|当天|今天|昨天)?"
    r"(?:在|当)"
)

# A country's association or chamber in a place written by its one-character short form
# (`美国在台协会`, `美国在华商会`, `日本在台交流协会`), and a branch office after it (`台北办事处`).
_ZH_BODY_IN_PLACE = lazy(
    r"(?:[\u4e00-\u9fff]{1,3}国|日本|欧盟)在[\u4e00-\u9fff](?:[\u4e00-\u9fff]{1,2})?(?:协会|商会)"
    r"(?:[\u4e00-\u9fff]{2}(?:办事处|分会))?"
)

_ZH_SOME_PEOPLE = Gated(
    r"(?:部分|一些|不少|许多|有些)(?:人士|人|专家|官员|议员|民众)|外界|各界|分析人士|批评人士",
    ("人", "专家", "官员", "议员", "民众", "外界", "各界"),
)

# `有百分之66的受访者认为`, `也有69%的人说`, `有多个报道说`: "there are" so many people or reports,
# counted, none named; and a share of them as the subject (`，百分之59认为…`, `58%认为`): no
# source (ANNOTATING.md, "Quotes": a named source).
_ZH_COUNTED_SUBJECT = lazy(
    r"(?:也|还|另|仍|更|却|则)?有(?:[0-9０-９]|百分之|[一两二三四五六七八九十几数多]|不少|许多|很多|"
    r"大量|部分|过半|近半|超过|逾|约|近|至少|将近|大约)"
    r"|百分之|[0-9０-９][0-9０-９.]*\s*[%％]"
)

# (the characters a match of it may begin with: where none begins the clause, it is not tried)
_ZH_COUNTED_FIRST = frozenset("也还另仍更却则有百0123456789０１２３４５６７８９")

_ZH_SAY_WORDS = "服明出起过到道了完得"  # `说服`, `说明` …: words, not 说 and a clause

_ZH_TOPIC_WORD = lazy(r"针对|对于|关于|围绕")

_ZH_SPOKESPERSON = Gated(r"(?:这位|这名|该名|该|此)?发言人", ("发言人",))

# An office's unnamed spokesperson opening a sentence with no verb of saying in it
# (`美国国务院一位不具名的发言人在一份电邮中答复了…`): a later `这位发言人说` is the office.
_ZH_OFFICE_SPOKESPERSON = lazy(
    r"(?P<office>[\u4e00-\u9fff]{2,16}?)(?:的|一名|一位|不愿?透露姓名|不具名|未具名|匿名|新闻)*发言人"
    r"(?=在|于|星期|周[一二三四五六日]|通过|答复|回复|回应)"
)

# A title with a demonstrative (`这位美国副总统`, `该发言人`): the person given that title.
_ZH_THIS_WORDS = ("这位", "这名", "该名", "该位", "此位", "该")

_ZH_THIS = "(?:" + "|".join(_ZH_THIS_WORDS) + ")"

# How many of the latest people a country's title is looked for among (`美国国务卿还表示`).
_ZH_TITLE_LOOKBACK = 64

_ZH_THIS_TITLE = lazy(_ZH_THIS + r"(?P<title>[\u4e00-\u9fff]{2,10})")

# What `_ZH_THIS_TITLE` can begin with: it is tried only then.
_ZH_THIS_FIRST = tuple(sorted({word[0] for word in _ZH_THIS_WORDS}))

# The end of a clause of time (`两人被定罪时`, `卢比奥抵达…后`, `…前夕`): no source's name.
_ZH_TIME_CLAUSE_END = Ending(r"(?:后|时|期间|之前|前夕)\Z", ("后", "时", "期间", "之前", "前夕"))

# The last word of a description of a person (`领导人`, `外交官`, `部长`, `议员`, `前人质`,
# `民进党人`, `学者`, `选手`; not `记者`, `目击者`, `人士`, `发言人`: someone the article does
# not name, or an office).
_ZH_PERSON_NOUN = lazy(
    r"(?:领导人|外交官|官员|长|员|统|席|相|卿|使|家|质|(?<![人言])人|(?<![记击])者|手)\Z"
)

_ZH_THIS_OFFICIAL = Gated(
    _ZH_THIS + r"(?:美国|高级)*(?:官员|人士|负责人|高官)", ("官员", "人士", "负责人", "高官")
)

_ZH_TRAILING_TITLE = Ending(
    r"(?:博士|先生|女士|教授|副?(?:总统|总理|主席|部长)|大使|主任)\Z",
    ("博士", "先生", "女士", "教授", "总统", "总理", "主席", "部长", "大使", "主任"),
)

# A statement, report or letter speaking (`声明还说`, `这份声明继续说`, `信中提到`, `这份每半年向
# 国会提交一次的报告指出`, `财政部的这份报告还说`): its source, the owner before `的` when written.
_ZH_DOCUMENT = lazy(
    # (or a person's, by a pronoun: `他的贴文写道`)
    r"(?:(?P<owner>[他她](?=的)|(?!这|此)(?!该(?!委员会|联盟|机构|组织|公司|中心|部|局|署))"
    r"[^，。；“”的]{1,10}(?:部|局|署|院|会|府|组织|公司|机构|中心|馆|宫|联盟))"
    # (`美国国务院发布的一份…会议纪要`, `该委员会发布的一份调查报告`: the body that issued it)
    r"(?:(?:[^，。；“”的]{0,8}?(?:发布|发表|公布)了?)?的|(?=官网|网站)))?"
    r"(?:(?:这份|该|此|这一|这项|这封|这篇|这则|一份|一项|一封|一则)"
    # (`这份题为《守护我们的秘密》(Safeguarding Our Secrets)的警告公告`: its title, no name)
    r"(?:题为《[^《》“”]{1,40}》(?:\([^()“”]{1,80}\))?的)?(?:[^，。；“”]{0,24}的)?)?"
    r"(?:最新|调查|会议|警告)?(?P<noun>(?:联合|电邮|书面)?"
    # (`该机构官网特别提到`, `网站称`: a website, the body's that runs it)
    r"(?:声明|报告|信函|信|新闻稿|公告|宣誓证词|证词|宣誓书|纪要|备忘录|贴文|帖文|推文|宣言|指南|通知|官网|网站|"
    # (`白宫情况说明书称`: a fact sheet)
    r"(?:情况|事实)说明书|事实清单))"
    r"[中上]?"
    r"(?:还|也|又|则|继续|最后|进一步|明确|特别)*"
)

_ZH_RULING_NOUN = lazy(r"裁决|裁定|判决")

# A court named before a ruling in its clause (`…中援引最高法院1898年…的裁决`): the words after the
# last verb, relation or place before the court's last characters.
_ZH_COURT = lazy(r"[\u4e00-\u9fff]{2,24}?(?:法院|法庭|仲裁庭)")

_ZH_BEFORE_COURT = lazy(
    r".*(?:援引|引用|引述|推翻|驳回|维持|根据|依据|针对|在|中(?=援引|引用|引述)|对|的|和|与|及|了)"
)

# A court's ruling made in the clause before a ruling verb with its subject left out
# (`2016年海牙国际仲裁法庭作出了对菲律宾有利的裁定，认定…`): the court rules.
_ZH_RULING_MADE = lazy(
    r"(?P<court>[^，,。；;：:“”]{2,40}?(?:法院|法庭|仲裁庭))[^，,。；;：:“”作]{0,12}?"
    r"作出了?[^，,。；;：:“”]{0,24}?(?:裁定|裁决|判决)[，,]\s*\Z"
)

_ZH_YEAR_LEAD = lazy(r"^[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?")

# People counted as they speak (`三位部长`, `这两名议员`, `双方都`): several sources together.
_ZH_COUNTED_PEOPLE = Gated(
    r"(?:这|那)?(?:[两三四五六七八九十几数多]+[位名](?![义单额次]|一体)|双方|各方)",
    ("位", "名", "双方", "各方"),
)

# A bill or proposal (`法案文本`, `该法案`, `这项提案`): what it says is no one's quote.
_ZH_BILL = Gated(
    r"(?:该|这项|这部|此|这份)?(?:法案|议案|提案|草案)(?:文本)?(?:还|也|则|又)*\Z",
    ("法案", "议案", "提案", "草案"),
)

# A thing that never speaks, with no owner named before it (ANNOTATING.md, "Thirty-sixth
# folder", "Eighteenth folder"): a picture (`卫星图像显示`), a summary no one is named for
# (`会后发表的主席总结指出`), an agreement's or a bill's text, item or data (`协议文本显示`,
# `协议第8点要求…`, `法案引用数据显示`); not a body's data or study (`中国海关数据显示`, the
# body's), nor a picture its owner is named for (`根据菲律宾武装部队的图片`).
_ZH_THING_HEAD = Gated(
    r"(?:该|这些|这张|这份|此)?(?:卫星|航拍)?(?:图像|影像)|(?:主席)?总结"
    r"|(?:该|这项|这份|此)?(?:协议|协定|条约|法案|议案|提案)的?(?:文本|文字|条款|第|引用)",
    ("图像", "影像", "总结", "文本", "文字", "条款", "第", "引用"),
)

_ZH_ISSUING = ("发表", "发布", "公布")

_ZH_ISSUED_AFTER = Gated(
    r"(?:会后|会上|随后|当天|当日|事后|峰会后|会议后)(?:发表|发布|公布)", _ZH_ISSUING
)

_ZH_DOCUMENT_NOUNS = "声明|报告|信|新闻稿|公告|证词|宣誓书|备忘录|贴文|帖文|推文|宣言|指南|通知"

_ZH_DOCUMENT_NOUN = lazy(_ZH_DOCUMENT_NOUNS)

# The clause after `，批评` with its subject left out before it (`X…发帖，批评中国对台湾升级灰色地带
# 恫吓只会带来反效果`): a subject, then a modal, a verb of causing or a negation of ability; not
# a noun phrase (`批评中国的做法`) nor 不 alone (`批评政府不作为`: a noun).
_ZH_CRITICISED_CLAUSE = lazy(
    r"[\u4e00-\u9fffA-Za-z0-9·]{2,24}?(?:都|也|仍|并|只)?"
    r"(?:会|将|可能|能够|正在|已经|造成|导致|没有|未能|不会|不能|无法)"
)

# A relative 所 before a verb (`…在声明中所称`, `所说的`): the document is cited, not spoken
# through; not the 所 that ends a body's name (`“缅甸战略与政策研究所”在声明中提到`: a later
# `声明写道` is the institute's).
_ZH_RELATIVE_SO = lazy(r"所(?=[称说指述提谓写表言]|\Z)")

# A study, a survey, an index or a report a source issued, with its time (`发布的一项新研究`,
# `本月发布的《2026年世界新闻自由指数》`): what it shows is the source's.
_ZH_ISSUED_STUDY = Gated(
    r"(?:本月|上月|上个月|这个月|今年|去年|最近|近日|日前|星期[一二三四五六日]|[0-9]{1,2}月"
    r"(?:[0-9]{1,2}日)?){0,2}(?:发布|发表|公布)了?的(?:一项|一份|这项|这份|该|另一项|另一份)?"
    r"(?:最新|新)?(?:《[^《》]{1,40}》|研究报告|调查报告|报告|研究|调查|民调|指数|指南|通知)\Z",
    ("发布", "发表", "公布"),
)

# Words that make the words before `发布的` no plain issuer: a source citing it (`委员会在信中引用
# 咨询公司麦肯锡…发布的报告称`: the committee's letter), or a clause of place.
_ZH_NOT_ISSUER = lazy(r"引用|援引|引述|根据|据|在[^，,。；]{0,30}?中")

# A source posting (`在X平台上发帖说`, `发贴文宣布`, `发文称`): a later `这则帖文说` is its post.
_ZH_POSTED = lazy(r"发帖|发贴|发文")

# A sentence that opens citing a document as someone's (`根据联邦调查局的`).
_ZH_ACCORDING_HEAD = lazy(r"(?:据|根据)(?P<np>[^，,。；]{2,24}?)的?(?:这份|该|一份)?\Z")

_ZH_ACCORDING_DOCUMENT = lazy(
    r"(?:据|根据)[^，,。；]{2,24}?的?(?:这份|该|一份)?(?:" + _ZH_DOCUMENT_NOUNS + ")"
)

# A title after a surname (`史密斯众议员`, `斯科特参议员`, `巴恩斯助理国务卿`).
_ZH_SURNAME_TITLES = (
    "众议员|参议员|议员|国务卿|助理国务卿|部长|副部长|局长|主席|议长|州长|市长|大使|发言人|"
    "处长|主任|总统|副总统|总理|首相"
)

_ZH_SURNAME_TITLE = Ending(
    rf"(?:联邦)?(?:{_ZH_SURNAME_TITLES})\Z", tuple(_ZH_SURNAME_TITLES.split("|"))
)

# `该部`, `该联盟`: the latest body of that kind the text named.
_ZH_THIS_BODY = Gated(r"(?:该|这个|此)(部|局|署|委员会|联盟)", ("该", "这个", "此"))

_ZH_ANONYMOUS = Gated(
    r"^(?:一位|一名|一个)?(?:不愿?透露姓名|不具名|未具名|匿名)的", ("透露姓名", "具名", "匿名")
)

# What a body is, before its name (`生物科技公司药明康德`, `游说团体高科技发明家联盟`).
_ZH_KINDS_OF_BODY = ("公司", "集团", "企业", "巨头", "机构", "团体", "智库", "组织")

_ZH_KIND_OF_BODY = Gated("|".join(_ZH_KINDS_OF_BODY), _ZH_KINDS_OF_BODY)

# A body named in marks after the word for its kind (`人权组织“人权观察”`), which `该机构` and
# `该组织` name later.
_ZH_KIND_IN_MARKS = lazy(r"(?:组织|机构|团体|智库)“(?P<name>[^“”，。！？\s]{2,12})”")

# The owner of a call-out (`X的广播喊话`, `X的喊话`), its verb taken off: X.
_ZH_CALL_OUT_OWNER = lazy(r"(?<=[\u4e00-\u9fff])的(?:广播)?\Z")

# A role written after a name (`特朗普总统`, `卢比奥国务卿`); not `副总统` read as `总统`.
_ZH_ROLE_WORD = lazy(r"(?<!副)(?:" + "|".join(_ZH_ROLES) + ")")

# A clause of time opening a sentence (`就在上个月`, `今年3月`, `星期二`).
_ZH_TIME_LEAD = lazy(
    r"(?:就在|早在|在|于)?[^，,“”]{0,8}?(?:月|年|星期[一二三四五六日天]?|周[一二三四五六日]?|日|天|时|后|前|期间)"
)

# Where a body's name ends before the words of its saying (`该部事后`, `CISA当时`, `中国外交部曾
# 多次`, `…办公室星期四(6月18日)`).
_ZH_BODY_STOP = lazy(r"当时|事后|会后|多次|此前")

# A state's army or side speaking as one (`美军表示`, `以军说`, `美方称`).
_ZH_STATE_SIDE = lazy(r"[美中俄乌以伊日韩英法德台朝欧]军|[美中俄乌以伊日韩英法德台朝欧]方")

_ZH_THIS_KIND = lazy(r"(?:该|这个|此)(?P<kind>联盟|部门|办公室|军团|中心|机构|委员会|法院)")

_ZH_NOT_ONE_BODY = ("各", "一些", "部分", "多个", "多名", "这些", "那些", "该", "这", "此")

# Kin before a name (`…的父亲刘俊`): the name begins after the word.
_ZH_KIN_WORDS = ("父亲", "母亲", "妻子", "丈夫", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹")

_ZH_KIN = Gated("(?:" + "|".join(_ZH_KIN_WORDS) + ")", _ZH_KIN_WORDS)

# Another's kin or lawyer, no name after (`外送员的母亲`, `受害者的家人`, `李某的律师`).
_ZH_UNNAMED_KIN = lazy(
    r"的(?:" + "|".join(_ZH_KIN_WORDS) + r"|家人|家属|亲属|亲人|(?:辩护|代理)?律师(?:团队)?)\Z"
)


def _zh_unnamed_kin(np: str) -> bool:
    """Whether the source `np`, up to its time, place or manner, is another's kin or lawyer the
    text does not name (`外送员的母亲在脸书上发文`), not one it names (`李某的律师张伟`)."""
    cut = _ZH_SUBJECT_END.search(np, 1)
    return _ZH_UNNAMED_KIN.search(np[: cut.start()] if cut is not None else np) is not None


def _zh_kinsman(words: str) -> tuple[str, str] | None:
    """The role and the name of a kinsman the words end with, named after whose kin he is
    (`刘美贤的父亲刘俊` gives `刘美贤的父亲` and `刘俊`: a name of two to four characters after the
    word of kin that opens the words after the last 的), or None."""
    tail = words.rsplit("的", 1)[-1]
    kin = _ZH_KIN.match(tail)
    if kin is None or not 2 <= len(tail) - kin.end() <= 4:
        return None
    return words[: len(words) - len(tail) + kin.end()], tail[kin.end() :]


# The short forms of two governments (`港府`, `澳府`) and the places they govern.
_ZH_SHORT_GOVERNMENTS = {"港府": "香港", "澳府": "澳门"}

_ZH_ACRONYM_HEAD = lazy(r"([A-Z]{2,8})")

_ZH_LATIN_COMPANY = lazy(r"([A-Za-z][A-Za-z0-9&.\- ]{1,30}?)(?:公司|集团)")

# What a body is, before its name: `运营商`, `制造商`, `公司` (the last such words in a head).
_ZH_BODY_KIND = lazy(r"运营商|制造商|供应商|公司|集团|企业|巨头|机构|智库")

_ZH_LONG_BODY_END = lazy(
    r"(?:联盟|部门|军团|办公室|委员会|公司|集团|中心|组织|机构|协会|基金会|研究所|法院|署|局|部)\Z"
)

_ZH_SEVERAL_JOINED = lazy(r"[、和及等]|(?<!卫生)与")

# A name with its Latin form in brackets (`马丽怡(Beh Lih Yi)`, `埃菲‧德弗林(Effie Defrin)`):
# the Han characters before it, a dotted name's dot written in any of its forms.
_ZH_LATIN_GLOSS = lazy(
    r"(?P<run>[\u4e00-\u9fff·‧•・]{2,40})[(（](?P<latin>[A-Za-z][A-Za-z.'’\- ]{1,48})[)）]"
)

# A relation before a name (`…之父刘俊(Arthur Liu)`): no part of the name.
_ZH_KIN_BEFORE_NAME = lazy(r"之(?:父|母|妻|夫|子|女)")

# A rank or title written after a name (`翁一铭上校`, `穆勒纳尔众议员`, `德弗林(…)准将`).
_ZH_RANKS = (
    *("上将", "中将", "少将", "准将", "上校", "中校", "少校", "上尉", "中尉", "少尉"),
    *("众议员", "参议员", "议员", "大使", "博士", "教授", "医生"),
)

_ZH_RANK_AFTER = lazy(
    rf"(?:{'|'.join(_ZH_RANKS)})(?=$|[^\u4e00-\u9fff]|[在对向于曾也还则已星周今上本近日当随再])"
)

_ZH_HAN_RUN_END = lazy(r"[\u4e00-\u9fff·‧•・]{3,}\Z")

# The last characters of a title, right before the name (`主委`, `主管`, `总领事`, `连长`,
# `指挥官`, `协调员`, `创办人`), and of a description (`…的`) before a name met before.
_ZH_TITLE_LAST = frozenset("长官员任席裁理监使卿相统督委管事人家者师将校尉士授")

_ZH_NAME_AFTER = _ZH_TITLE_LAST | frozenset("的、")

# States and places that speak as one, read as bare names (`伊朗说`, `北京说`): never a 他 or 她.
_ZH_NOT_PERSON = frozenset(
    (
        *("美国", "中国", "台湾", "英国", "法国", "德国", "日本", "韩国", "俄罗斯", "菲律宾"),
        *("澳大利亚", "加拿大", "印度", "以色列", "伊朗", "乌克兰", "北京", "华盛顿", "华府"),
        *("莫斯科", "白宫", "北约", "欧盟", "台北", "东京", "首尔", "基辅", "德黑兰", "五角大楼"),
    )
)

# `一项研究`, `这项`, `一份最新调查`: a study or survey the article does not name; `那种称…的说法`:
# a claim no one is given for (no source).
_ZH_UNNAMED_STUDY = Gated(
    r"(?:一|这|该|此|那)(?:项|份|篇|个|种)(?:最新)?(?:研究|调查|民调|分析)?",
    ("项", "份", "篇", "个", "种"),
)

# `欧洲议员`, `国会议员们`, `民主党议员`: members the article does not name (no source).
_ZH_UNNAMED_MEMBERS = Gated(
    r"(?:欧洲|欧盟|美国|国会|英国|日本|韩国|台湾|民主党|共和党|两党|反对党|执政党)(?:籍)?(?:联邦)?"
    r"(?:众|参)?议员们?",
    ("议员",),
)

# `委员会`, `办公室`, `该委员会`: a body named by its kind alone.
_ZH_BARE_KIND = Gated(r"(?:该|这个|此)?(?P<kind>委员会|办公室)", ("委员会", "办公室"))

_ZH_KIND_NAME = lazy(
    r"(?:美国|中国|台湾|英国|欧盟|联合国)?(?:国会)?(?:众议院|参议院|国会|白宫|美国|联合国)"
    r"(?:(?!一个|这个|的|和|与|及|在|对|向|之)[\u4e00-\u9fff]){1,10}?(?:委员会|办公室)"
)

_ZH_KIND_BODIES_KEPT = 16

_ZH_REPORT_NOUN = Ending(
    r"(?:公布|发布|发表)?(?:的)?(?:另一份|另一项)?(?:中文|英文)?"
    r"(?:报告|声明|数据|调查|研究|统计|公告|新闻稿|(?:情况|事实)说明书|事实清单)\Z",
    ("报告", "声明", "数据", "调查", "研究", "统计", "公告", "新闻稿", "说明书", "清单"),
)

# A source issuing a document (`发布公告`, `发表了一份声明`).
_ZH_ISSUED = lazy(
    r"(?:发布|发表|公布)(?:了)?(?:一份|一项|一则)?[^，。；“”]{0,8}?"
    r"(?P<noun>声明|报告|公告|新闻稿|公报|指南|通知)"
)

# A source's act of issuing the document that ends a sentence's words so far (`发布了一份指南`,
# `发布了《关于…的指南`: its title), not a document it issued earlier or cites (`发布的`).
_ZH_ISSUED_AT_END = lazy(
    r"(?:发布|发表|公布)了?(?:一份|一项|一则|一篇)?(?:最新的?|新的?)?"
    r"(?:《[^《》“”。！？]{0,80}|[^，,。；：:“”《》的]{0,8})\Z"
)

# A summit that opens a sentence, by the group that meets at it (`七国集团峰会在…`).
# (not a place: `在…举行的峰会上`)
_ZH_SUMMIT = lazy(r"(?P<group>(?:(?![的在])[\u4e00-\u9fff]){2,10}?)(?:领导人)?峰会(?![上中])")

# A source issuing a document under its title in marks, the title ending in the document's noun
# (`发表《关于保障关键矿产供应链宣言》`, `发布了“G7领导人针对地缘政治的声明”`).
_ZH_ISSUED_TITLED = lazy(
    r"(?:发布|发表|公布)(?:了)?(?:一份|一项)?[《“](?P<title>[^《》“”。！？]{2,40}?)"
    r"(?P<noun>声明|宣言|公报|公告|报告)[》”]"
)

# The text's first paragraphs a name is counted in (`_zh_said_again`, `_zh_narrated_name_end`): a
# hostile text of thousands of such sentences stays linear.
_ZH_NAME_COUNTED_IN = 300

# The latest last parts of dotted names (each of their beginnings) a mistyped name is compared with.
_ZH_MISSPELT_LOOKBACK = 400

# A subject opening with a name in marks (`“库里品牌”表示`).
_ZH_MARKED_SUBJECT = lazy(r"“(?P<name>[^“”\n]{2,30})”")

# A body's short form in brackets with more of a title after it (`第58指挥部(58炮指部)参谋主任`).
_ZH_BODY_SHORT_FORM = lazy(
    r"(?<=[部局署院会队军司处厅委所])[(（][0-9\u4e00-\u9fff]{2,8}[)）](?=[\u4e00-\u9fff])"
)

# The last character of a place (`纽约州`, `美国`), and 驻 (`中国驻美`): no name before a rank.
_ZH_PLACE_LAST = frozenset("国州省市县区岛洲湾")


def _zh_no_source_thing(np: str) -> bool:
    """A thing that never speaks (`卫星图像`, `协议文本`, `法案引用数据`) with no owner before
    it but what issued it, or what was issued at a time alone (`会后发表的主席总结`, `会后发表
    的主席`)."""
    owner, of, thing = np.rpartition("的")
    if of and _ZH_ISSUED_AFTER.fullmatch(owner):
        return True
    # (the thing opening the clause: `协议第8点要求伊朗重申“…”` is no one's, not `求伊朗`'s)
    return _ZH_THING_HEAD.match(thing) is not None and (not of or owner.endswith(_ZH_ISSUING))


def _zh_described_body(np: str) -> str | None:
    """The body's name after a description ending with 的 and the word for what the body is
    (`倡导…的非盈利组织香港自由委员会基金会`), before its time, place or Latin form; or none."""
    np = _ZH_LEAD.sub("", np.strip())
    cut = _ZH_SUBJECT_END.search(np, 1)
    head = np[: cut.start()] if cut is not None else np
    head = re.split(r"[(（]", head, maxsplit=1)[0]
    described = head.rpartition("的")[2]
    for kind in _ZH_KIND_OF_BODY.finditer(described, 0, max(0, len(described) - 4)):
        rest = described[kind.end() :]
        if (
            kind.start() <= 4
            and len(rest) <= 16
            and _HAN.fullmatch(rest[0])
            and _ZH_LONG_BODY_END.search(rest)
            and _ZH_SEVERAL_JOINED.search(rest) is None
        ):
            return rest
        break
    return None


def _zh_rankable(name: str) -> bool:
    """Whether the characters between a title and a rank can be a name: no place's, no
    posting's (`驻美`)."""
    return name[-1] not in _ZH_PLACE_LAST and "驻" not in name


def _without_rank(text: str, count: int = 0) -> str:
    """`text` without the ranks written after a name (`_ZH_RANK_AFTER`); the pattern is tried
    (and compiled) only where a rank's word stands."""
    if not any(rank in text for rank in _ZH_RANKS):
        return text
    return _ZH_RANK_AFTER.sub("", text, count=count)


def _zh_holds_title(person: Person, title: str) -> bool:
    """Whether a person's role, as the article wrote it, ends with `title`, and not with a
    longer title (`副总统` is no `总统`)."""
    role = person.role or ""
    return not person.body and role.endswith(title) and not role[: -len(title)].endswith("副")


class ChineseSources(FinderState):
    """Who the Chinese rules of a finder name as a quote's source."""

    def _zh_said_again(self, name: str) -> bool:
        """Whether a bare name (two to four characters, a person's as `_zh_plain_name` reads it)
        is written right before a verb of saying at least twice in the text (`西哈姆说，…` and
        `“…” 西哈姆说。`): a speaker of its own, not a thing a description ends with."""
        if not 2 <= len(name) <= 4 or name in _ZH_NOT_PERSON or not _zh_plain_name(name):
            return False
        if not all(_HAN.fullmatch(char) for char in name):
            return False
        return (
            sum(self._zh_count(name + verb) for verb in ("说", "表示", "指出", "强调", "写道")) >= 2
        )

    def _zh_count(self, words: str) -> int:
        """How often the text's first paragraphs write `words`, counted once for each words (a
        hostile text of thousands of such sentences stays linear)."""
        count = self._zh_counts.get(words)
        if count is None:
            count = sum(p.count(words) for p in self._zh_paragraphs[:_ZH_NAME_COUNTED_IN])
            if len(self._zh_counts) < _ZH_NAME_COUNTED_IN:
                self._zh_counts[words] = count
        return count

    def _zh_ruling_court(self, window: str) -> Person | None:
        """The court that issued the latest ruling `window` names (`…援引最高法院1898年在黄金德
        案件的裁决` gives 最高法院), a body; none when its clause names no court."""
        rulings = list(_ZH_RULING_NOUN.finditer(window))
        if not rulings:
            return None
        at = rulings[-1].start()
        clause = window[max(window.rfind(c, 0, at) for c in "，,。；;！？") + 1 : at]
        courts = list(_ZH_COURT.finditer(clause))
        return self._zh_court(courts[-1].group()) if courts else None

    def _zh_ruling_maker(self, before: str) -> Person | None:
        """The court that makes a ruling in the clause `before` ends with (`但2016年海牙国际仲裁
        法庭作出了对菲律宾有利的裁定，`), or none."""
        made = _ZH_RULING_MADE.search(before) if "作出" in before else None
        if made is None:
            return None
        court = _ZH_YEAR_LEAD.sub("", _ZH_LEAD.sub("", made.group("court").strip()))
        return self._zh_court(court)

    def _zh_court(self, words: str) -> Person | None:
        """The court the words end with, past a verb, a relation or a place before it (`在一系列
        判决中援引最高法院` gives 最高法院), when they name a body."""
        before = _ZH_BEFORE_COURT.match(words, 0, len(words) - 2)
        name = words[before.end() :] if before is not None else words
        if len(name) < 3:
            return None
        person = self._zh_resolve(name)
        return person if person is not None and person.body else None

    def _zh_according_to(self, np: str) -> Person | None:
        """The source `根据X，` names with X alone: a person named in full or met before, or a
        body by its name; not a plan, a law or a document (`根据该协议`, `根据法庭文件`), nor
        unnamed people (`据官员`)."""
        if _ZH_UNNAMED.search(np) or np.startswith(("该", "这", "此", "新")):
            return None
        body = _ZH_BODY_END.search(np) is not None and len(np) >= 3
        if not body and "·" not in np and np not in self._zh_names and not self._zh_met(np):
            return None
        return self._zh_resolve(np)

    def _zh_quote_source(self, np: str, clause: str | None = None) -> Person | None:
        """The source of a direct quote from the words before its verb: read as a reported
        source is (past time, place and the one spoken to, a title before the name), else
        as before."""
        if np.endswith(("的", "广播")):
            # `台湾“高雄舰”的广播喊话：“…”`: the call-out's owner speaks
            np = _ZH_CALL_OUT_OWNER.sub("", np)
            clause = _ZH_CALL_OUT_OWNER.sub("", clause) if clause is not None else None
        text = _ZH_SPEAKER_TAIL.sub("", (clause if clause is not None else np).strip())
        if text and _zh_together(text) and ("的" not in text or _zh_described_body(text) is None):
            nouns = _ZH_DOCUMENT_NOUN.findall(text) if len(text) <= 80 else []
            if nouns:
                # `X和Y在…联合声明中说：“…”`: a later `这份声明还说` is theirs together, no
                # earlier source's
                self._zh_documents[nouns[-1]] = None
            return None  # `沃伦和斯科特在信中写道`: several sources together
        if text[:1] in ("他", "她") and _ZH_SETTING.match(text, 1):
            # `他在回答墨菲参议员的问题时说`: the pronoun, then a clause of time or place (no
            # source named `问题时`)
            return self._resolve(self._zh_full(_zh_speaker(text)))
        if text[:1] in _ZH_THIS_FIRST and _ZH_THIS_TITLE.match(text):
            return self._zh_resolve(text)  # `这位副总统` names a person given that title, or none
        source = self._zh_source(text) if text else None
        if source is not None and source[0].kind != "pronoun":
            person = self._zh_resolve(text)
            if person is not None or source[0].kind == "document":
                # (a document whose source the text does not give, `“…”声明写道。`, is none:
                # not a speaker named `声明`)
                return person
        if _zh_no_source_thing(text):
            return None  # (`会后发表的主席总结指出：“…”`: not `会后`)
        if _zh_unnamed_person(text):
            # `一位美国官员对美国之音说：“…”`, `一名受害者在法庭上说：“…”`: no source the text
            # names, as in a report (not a speaker named `国官员` from its last characters)
            return None
        return self._resolve(self._zh_full(_zh_speaker(np)))

    @staticmethod
    def _zh_joined(sentence: str, match: re.Match[str], source: Person | None) -> bool:
        """`…说，它正在…，强调斯卡伯勒浅滩是…`: 表示, 指出 or 强调 joined by a comma to a report of
        the same sentence, its clause right after it."""
        return (
            (source is not None or _ZH_ONLY_SAID.search(sentence, 0, match.start()) is not None)
            and (
                match.group("verb") in ("表示", "指出", "强调")
                # `…，并说美国与…谈判并非“出于绝望”` (not `说服`, `说明`, `说出` …)
                or (
                    match.group("verb") == "说"
                    and sentence[match.end() : match.end() + 1] not in _ZH_SAY_WORDS
                )
                # `…，并警告该协议有可能引发…`, `…，并警告伊朗须在…达成…`: a warning whose clause
                # says what may or must be (a subject, then a modal); not `，并警告伊朗`, `，并警告
                # 说` (read as that verb)
                or (
                    match.group("verb") == "警告"
                    and _ZH_WARNED_CLAUSE.match(sentence, match.end()) is not None
                )
                # `…，并提到商务部今年5月宣布，…`: another's report retold by the same source, a
                # second report of its own; not `，并提到乌克兰无人机袭击…` (a topic)
                or (
                    match.group("verb") == "提到"
                    and _ZH_MENTIONED_REPORT.match(sentence, match.end()) is not None
                )
            )
            and _ZH_JOINED_VERB.search(sentence, 0, match.start()) is not None
            and _ZH_NOT_CLAUSE.match(sentence, match.end()) is None
        )

    def _zh_after_first_clause(self, sentence: str, match: re.Match[str]) -> bool:
        """`塞佩达…强调了民主的重要性，表示政治分歧应…`, `X…接受美国之音专访，强调非洲…`: 表示, 强调
        or 指出 with its clause right after the sentence's first comma, its subject left out,
        when that first clause opens with a source (its own verb an act, not a report); 批评
        with a clause of its own (`X…在X上发帖，批评中国…恫吓只会带来反效果`); and 确认 or 证实
        after the source's clause of time (`检方在搜索及查扣相关物证后，确认三人涉及…`)."""
        verb = match.group("verb")
        if verb not in ("表示", "强调", "指出", "批评", "确认", "证实"):
            return False
        if verb == "批评" and not _ZH_CRITICISED_CLAUSE.match(sentence, match.end()):
            return False  # (`，批评了…`, `，批评中国对台湾的恫吓`: an act on a noun phrase)
        # (past a phrase of time or place opening the sentence: `在另一则帖文中，X驳斥了…，表示…`)
        base = _zh_past_setting(sentence)
        joined = _ZH_FIRST_CLAUSE_JOINED.search(sentence, base, match.start())
        if joined is None or re.search(r"[，,；：:“”]", sentence[base : joined.start()]):
            return False
        if verb in ("确认", "证实") and (
            _ZH_TIME_CLAUSE_END.search(sentence, 0, joined.start()) is None
            or sentence[match.end() : match.end() + 1] in _ZH_NOT_CONFIRMED_FIRST
        ):
            # (`检方在搜索…物证后，确认三人涉及…`: after the source's clause of time only; not
            # `，确认了…`, `，确认此事`)
            return False
        if _ZH_NOT_CLAUSE.match(sentence, match.end()) is not None:
            return False
        if _ZH_NOUN_PHRASE_ONLY.match(sentence, match.end()) is not None:
            return False  # `，强调民主的重要性`: a noun phrase (the reporter's summary)
        return self._zh_clause_subject(sentence[base : joined.start()]) is not None

    @staticmethod
    def _zh_trim(paragraph: str, start: int, end: int) -> int:
        while end > start and paragraph[end - 1] in " \u3000\n":
            end -= 1
        return _zh_without_stray_close(paragraph, start, end)

    def _zh_resolve(self, np: str) -> Person | None:
        person = self._zh_resolve_source(np)
        nouns = _ZH_DOCUMENT_NOUN.findall(np) if len(np) <= 80 else []
        if nouns and _ZH_RELATIVE_SO.search(np) is None:
            # `…在一份电邮声明中说`: a later `声明还说` is this source's (none if several spoke).
            self._zh_documents[nouns[-1]] = person
        elif len(np) <= 80 and _ZH_POSTED.search(np) is not None:
            # `以色列国防军在X平台上发帖说，…。这则帖文说，…`: the post is the one who posted it.
            for noun in ("帖文", "贴文"):
                self._zh_documents[noun] = person
        return person

    def _zh_document(self, reference: Reference) -> Person | None:
        """The source of a statement, report or letter that speaks: its owner (`财政部的这份报告`),
        else the source of the sentence before that names one in the paragraph (`美国财政部在…报告中
        …。但是这份…报告指出`), else the source of the latest attribution that named one; nobody
        for a joint statement."""
        if reference.text.startswith("联合"):
            return None
        if reference.role:
            owner = self._zh_resolve(reference.role)
            if reference.text in ("官网", "网站") and owner is not None:
                # `该机构官网特别提到，…` then `网站称…`: the site of the body that runs it
                self._zh_documents["官网"] = self._zh_documents["网站"] = owner
            return owner
        noun = _ZH_DOCUMENT_NOUN.search(reference.text)
        key = noun.group() if noun is not None else reference.text
        before = self._zh_before
        if key in ("官网", "网站") and key not in before:
            # (`该机构官网特别提到，…。网站称…`: the same site)
            key = "网站" if key == "官网" else "官网"
        at = before.rfind(key)
        while at >= 0:
            start = max(before.rfind(c, 0, at) for c in "。！？") + 1
            opening = before[start:at]
            cited = _ZH_ACCORDING_HEAD.match(opening.strip())
            if cited is not None:
                # `根据联邦调查局的宣誓书，…。宣誓书说，…`: the source it was cited as X's
                return self._zh_resolve_source(cited.group("np"))
            if not _ZH_DOCUMENT.fullmatch(before[start : at + len(key)].strip()):
                issuer = self._zh_issued_in(before[start : at + len(key)])
                if issuer is not None:
                    # `X发布了一份指南。这份指南指出，…`: the source that issued it
                    return issuer
                if _ZH_CLAUSE_STOP.search(opening) is not None:
                    # `…打击与会者和宣誓书中所称“…”`: named inside a later clause of a sentence
                    # about something else, not as a source's; an earlier mention may say whose
                    at = before.rfind(key, 0, at)
                    continue
                # (`卢比奥的声明说，…。声明还说，…`: the owner, without its 的)
                return self._zh_opening_source(opening.rstrip().removesuffix("的"))
            if "联合" in opening:
                return None
            if self._zh_documents.get(key) is None and _ZH_ACCORDING_DOCUMENT.search(before, 0, at):
                at = before.rfind(key, 0, at)  # (`宣誓书说，…` again: whose, the first says)
                continue
            break
        if at < 0 and not before.strip():
            issuer = self._zh_issuer_before(key)
            if issuer is not None:
                return issuer
        person = self._zh_documents.get(key)
        if person is None and at < 0 and key in ("声明", "新闻稿"):
            # `根据X…发布的新闻稿，…。` then `声明指出，…`: the release is the statement
            person = self._zh_documents.get("新闻稿" if key == "声明" else "声明")
        if person is None and at < 0:
            # `宣言还宣布将…` with no owner in the paragraph: the source that issued the document
            # under its title in an earlier one (`七国集团…发表《…宣言》`), as for a quotation
            person = self._zh_titled_issuer(key)
        return person

    def _zh_document_owner(self, window: str, np: str) -> Person | None:
        """The owner of a bare document before a quotation (`声明说，“…”`, `声明还说：“…”`) when
        the latest sentence of the paragraph before it that names the document opens with its
        owner: `卢比奥的声明说，…` (the owner and 的), `X星期五发表声明，…` (the source that issued
        it); none otherwise (`在…部分，声明强调了…`: a document no one was named for)."""
        document = _ZH_DOCUMENT.fullmatch(np.strip()) if len(np) <= 16 else None
        if document is None or document.group("owner") or np.strip().startswith("联合"):
            return None
        noun = document.group("noun")
        at = window.rfind(noun)
        if at < 0:
            return None
        start = max(window.rfind(c, 0, at) for c in "。！？") + 1
        opening = window[start:at].lstrip("”」』 \u3000").strip()  # (`“…。”卢比奥的声明说`)
        if any(c in opening for c in "，,；“”") or "联合" in opening:
            return None
        if opening.endswith("的") and len(opening) > 1:
            return self._zh_opening_source(opening[:-1])
        issued = _ZH_ISSUED.search(window, start, at + len(noun))
        if issued is not None and issued.end() == at + len(noun):
            return self._zh_opening_source(window[start : issued.start()])
        return None

    def _zh_note_titled_issues(self, paragraph: str) -> None:
        """Record the documents a paragraph's sentences issue under a title in marks, by the
        source their sentence opens with (none for a joint one)."""
        if "》" not in paragraph and "”" not in paragraph:
            return
        for issued in _ZH_ISSUED_TITLED.finditer(paragraph):
            start = max(paragraph.rfind(c, 0, issued.start()) for c in "。！？") + 1
            opening = paragraph[start : issued.start()]
            joint = "联合" in opening or "联合" in issued.group("title")
            self._zh_titled_issues[issued.group("noun")] = "" if joint else opening

    def _zh_titled_issuer(self, key: str) -> Person | None:
        """The source that issued a document a quotation's attribution names with no owner
        (`宣言声明：“…”`, `声明还说，“…”`) under its title in marks in an earlier paragraph
        (`七国集团(G7)领导人…发表《…宣言》`); none for a joint one, or when none was issued."""
        opening = self._zh_titled_issues.get(key)
        if not opening or _find_mark(opening) >= 0:
            return None
        summit = _ZH_SUMMIT.match(opening)
        # (`七国集团峰会在6月16日发布了“…的声明”`: the group that met, not its summit)
        return self._zh_opening_source(summit.group("group") if summit else opening)

    def _zh_issued_in(self, head: str) -> Person | None:
        """The source a sentence of the paragraph opens with when it issues the document named
        at the end of `head` (`美国商务部发布了一份指南`, `X在周末发布了《关于…的指南`); none for a
        joint one, a document the source cites (`X援引Y发布的报告`) or another act."""
        if "发布" not in head and "发表" not in head and "公布" not in head:
            return None
        issued = _ZH_ISSUED_AT_END.search(head)
        if issued is None or "联合" in head or _ZH_NOT_ISSUER.search(head, 0, issued.start()):
            return None
        return self._zh_opening_source(head[: issued.start()])

    def _zh_issuer_before(self, key: str) -> Person | None:
        """The source of a document that opens a paragraph (`公告说，…`), when the paragraph
        before ends with the sentence in which a source issued it (`五角大楼星期一…发布公告，…。`):
        the source that sentence opens with; not a joint one."""
        previous = self._zh_previous_paragraph.rstrip()
        issued = None
        for match in _ZH_ISSUED.finditer(previous):
            issued = match  # (the last)
        if issued is None or issued.group("noun") != key:
            return None
        start = max(previous.rfind(c, 0, issued.start()) for c in "。！？") + 1
        if previous.find("。", issued.end(), len(previous) - 1) >= 0:
            return None  # (the document was named in an earlier sentence of that paragraph)
        if "联合" in previous[start : issued.end()]:
            return None
        return self._zh_opening_source(previous[start : issued.start()])

    def _zh_resolve_source(self, np: str) -> Person | None:
        in_marks = _ZH_MARKED_SUBJECT.match(np) if np.startswith("“") else None
        if in_marks is not None and not np[in_marks.end() :].startswith("的"):
            # `“缅甸战略与政策研究所”在声明中提到`: a body the article names in marks is the
            # source; a nickname or a phrase in marks (`“坦克人”`), a title holding marks
            # (`“阿尔忒弥斯”计划负责人…`) and a body's members (`“五眼联盟”的各机构`) read as
            # before.
            body = self._zh_resolve_source(in_marks.group("name") + np[in_marks.end() :])
            if body is not None and body.body:
                return body
        source = self._zh_source(np)
        if source is None:
            return None
        reference, abbreviation = source
        if reference.kind == "document":
            return self._zh_document(reference)
        if reference.kind == "alias":
            return self._zh_aliases.get(reference.text)
        if reference.kind == "body" and self._zh_bodies.get(reference.text, reference.text) != (
            reference.text
        ):
            # `司法部说` after `美国司法部和联邦调查局…表示`: the body named with its country.
            reference = Reference("body", self._zh_bodies[reference.text])
        if reference.kind == "body" and _HAN.match(reference.text):
            known = self._zh_short_body(reference.text)
            if known is not None:
                self.book.last_subject = known
                return known
        if reference.kind == "company":
            # `该行` names the latest bank, `该公司` the latest company (or the latest body).
            noun = "银行" if reference.text.endswith("行") else reference.text[-2:]
            bodies = [person for person in reversed(self.book.people) if person.body]
            named = [p for p in bodies if p.name.endswith(noun)]
            if not named and noun in ("集团", "组织", "公司"):
                # `七国集团发表声明…。该集团表示，…`: a body named earlier in the paragraph
                # though it has not spoken yet.
                # (and in the sentence's words before it: `莫德纳公司因…而闻名，该公司表示` is
                # 莫德纳公司, not a company an earlier sentence's clause ends with)
                head_at = self._zh_sentence.find(reference.text)
                own = self._zh_sentence[:head_at] if head_at > 0 else ""
                mentions = _ZH_NAMED_BODY.findall(self._zh_before + own)
                mentioned = [m for m in mentions if m.endswith(noun) and not _ZH_COMPANY.match(m)]
                if mentioned:
                    name = mentioned[-1]
                    if len(name) > len(noun) + 1 and self.book.knows(name[: -len(noun)]):
                        # `莫德纳公司` after `莫德纳` spoke: the company met, its kind written out
                        name = name[: -len(noun)]
                    return self._resolve(Reference("body", name))
            if not named and reference.text[-2:] in ("组织", "机构"):
                # `人权组织“人权观察”(Human Rights Watch)长期追踪…。该机构认为，…`: the body named
                # in marks after its kind in the sentences just before (this paragraph's, else
                # the previous paragraph's).
                for text in (self._zh_before, self._zh_previous_paragraph):
                    marked = _ZH_KIND_IN_MARKS.findall(text)
                    if marked:
                        return self._resolve(Reference("body", marked[-1]))
            # (else the latest body that is no office of a state: `该公司` after `OpenAI`)
            others = [body for body in bodies if not _ZH_STATE_BODY.search(body.name)]
            for body in named + others[:1]:
                self.book.last_subject = body
                return body
            return None
        if reference.kind == "pronoun":
            if self._zh_subject is not None:
                reference = self._zh_subject
            else:
                return self._resolve(reference)
        person = self._resolve(self._zh_full(reference))
        if person is not None and abbreviation:
            self._zh_aliases.setdefault(abbreviation, person)
        if person is not None and not person.body and (person.role or "").endswith("发言人"):
            self._zh_spokesperson = None  # a spokesperson named: `发言人` is no longer the office
        if (
            person is not None
            and person.body is False
            and ("·" in person.name or reference.kind == "name")
        ):
            # A dotted name, or a name after its role: a later 他 or 她 names this person.
            self._zh_subject = Reference("name", person.name)
        return person

    def _zh_short_body(self, name: str) -> Person | None:
        """The body a Chinese short form names (`世卫组织` is `世界卫生组织`, `美国疾控中心` is
        `美国疾病控制与预防中心`): a known body with the same first and last characters whose
        name holds all of the short form's characters in their order."""
        if len(name) < 3:
            return None
        for person in reversed(self.book.people):
            full = person.name
            if (
                not person.body
                or len(full) <= len(name)
                or len(full) > 3 * len(name)
                or full[0] != name[0]
                or full[-1] != name[-1]
            ):
                continue
            position = 0
            for char in name:
                position = full.find(char, position) + 1
                if position == 0:
                    break
            else:
                return person
        return None

    def _zh_forget_subject(self) -> None:
        """A person the text does not name has spoken: a later 他 or 她 is that person, whom no
        quote names, not the person named before."""
        self._zh_subject = None
        self.book.last_subject = None

    def _zh_source(self, np: str) -> tuple[Reference, str | None] | None:
        """The named source a Chinese clause opens with, and its Latin abbreviation."""
        np = _zh_without_self(np.strip())
        np = _ZH_LEAD.sub("", np).strip()
        if np[:1].isdigit():
            # `2016年海牙国际仲裁法庭…`, `2026年冬奥会…得主…`: a year before the source (its time,
            # or its title's) is no part of its name
            np = _ZH_YEAR_LEAD.sub("", np)
        if np[:1] in _ZH_COUNTED_FIRST and _ZH_COUNTED_SUBJECT.match(np):
            return None  # `有百分之66的受访者认为`, `百分之59认为`: people counted, none named
        issued = _ZH_ISSUED_STUDY.search(np) if len(np) <= 120 else None
        if (
            issued is not None
            and issued.start() >= 2
            and _ZH_NOT_ISSUER.search(np, 0, issued.start()) is None
        ):
            # `博思艾伦汉密尔顿(…)发布的一项新研究显示`, `…组织本月发布的《…指数》显示`: a study, a
            # survey or an index speaks for the source that issued it, as a report does
            return self._zh_source(np[: issued.start()])
        if _zh_no_source_thing(np):
            return None  # `卫星图像显示`, `协议文本显示`, `会后发表的主席总结指出`
        if "《" in np:
            np = np.replace("《", "").replace("》", "")  # `《华尔街日报》援引…的话说`: the paper
        cited = _ZH_CITED_WORDS.match(np) if np.endswith("的话") else None
        if cited is not None and not _zh_unnamed_person(cited.group("cites")):
            # `路透社引述…研究员X(…)的话说，A`, `黎巴嫩总统府援引总统X的话说，…`: a report inside
            # a report, the one citing the person's words its source (ANNOTATING.md, "Eleventh
            # folder")
            np = cited.group("cites")
        if _zh_unnamed_person(np):
            # `世卫组织的一名高级官员`: an official the article does not name; a later `这位官员`
            # or 他 is that official, not the person named before (ANNOTATING.md, "Eighth folder")
            self._zh_forget_subject()
            return None
        if "的" in np and _zh_unnamed_kin(np):
            # `外送员的母亲在脸书上发文`, `孙某的辩护律师`: a person the text names only as
            # another's kin or lawyer, never named: no source, and a later 她 or 他 is that
            # person, not the person named before
            self._zh_forget_subject()
            return None
        # `一位不透露姓名的美国国务院发言人`: an unnamed spokesperson, who speaks for the office.
        np = _ZH_ANONYMOUS.sub("", np)
        if _ZH_COUNTED_PEOPLE.match(np) or zh_counted_together(np):
            return None  # `三位部长在…联合声明中确认`, `三国…表示`: several sources together
        if _ZH_BILL.match(np):
            return None  # `法案文本说`, `这项提案显示`: a bill is no source; its sponsors are
        document = _ZH_DOCUMENT.fullmatch(np) if len(np) <= 48 else None
        if document is not None:
            return Reference("document", document.group("noun"), document.group("owner")), None
        glossed = _ZH_TITLES_THEN_NAME.search(np) if "、" in np else None
        if glossed is not None and _zh_dotted_names(np[: glossed.start("last")]):
            # `…主席约翰·穆勒纳尔(John Moolenaar)与…主席、…众议员安德鲁·加巴里诺(…)`: a person
            # named before the titles joined by `、`, then another: two sources together.
            return None
        if glossed is not None:
            # `亚太小组委员会主席、来自…的众议员金映玉(Young Kim)`: titles joined by `、`, one
            # name (with its Latin form) after them, not several sources; the titles before the
            # last are the person's role too.
            name_at = glossed.start("last")
            one = self._zh_source(np[name_at:])
            if one is not None and one[0].kind == "name":
                titles = np[:name_at] + (one[0].role or "")
                return Reference("name", one[0].text, titles, one[0].affiliation), one[1]
            np = np[name_at:]
        elif "、" in np:
            # `民进党政策会执行长、立法委员吴思瑶在立法院外受访时`: two titles, then one name with
            # no Latin form, then the time or place.
            joined = _ZH_TITLES_THEN_ROLE.search(np)
            if joined is not None:
                one = self._zh_source(np[joined.start("last") :])  # (no `、` in it)
                if one is not None and one[0].kind == "name":
                    np = np[joined.start("last") :]
        if not np:
            return None
        if _ZH_JOINTLY.search(np) and _ZH_SEVERAL.search(np):
            return None  # `X与Y共同宣布`: several sources together
        dotted = _zh_dotted_names(np)
        if dotted and "在" in np:
            # `中国领导人习近平上个月在北京与美国总统唐纳德·特朗普(Donald Trump)的峰会中强调`: the
            # source before a clause of place or time, not the dotted name inside the clause.
            before = _ZH_NAME_THEN_SETTING.match(np)
            if before is not None and np.find(dotted[0]) >= before.end():
                one = self._zh_source(before.group("name"))
                if (
                    one is not None
                    and one[0].kind == "name"
                    and (
                        one[0].role
                        or "·" in one[0].text
                        or self.book.knows(one[0].text)
                        or self._zh_known_person(one[0].text)
                        # `特朗普在…与阿联酋总统谢赫·穆罕默德·本·扎耶德(…)举行会晤时说`: the
                        # last part of a dotted name met before, as when no dotted name follows
                        or one[0].text in self._zh_names
                        # `威特科夫在与…阿巴斯·阿拉格奇会谈后说`: the one meeting the person named
                        or np.startswith(("与", "和"), before.end())
                    )
                ):
                    return one
        in_place = _ZH_BODY_IN_PLACE.match(np) if not dotted and "在" in np else None
        if in_place is not None and (
            in_place.end() == len(np)
            or (
                np[in_place.end()] not in "(（"
                and _ZH_SUBJECT_END.match(np, in_place.end()) is not None
            )
        ):
            # `美国在台协会在社交平台脸书上贴文说`: a country's association in a place, its name
            # holding `在`, then the time or place it spoke in (not 美国 and a setting; with its
            # abbreviation after it, `美国在台协会(AIT)`, it is read below)
            return Reference("body", in_place.group()), None
        setting = (
            _ZH_NAME_THEN_SETTING.match(np)
            if not dotted and ("在" in np or "当" in np)  # (what the pattern ends with)
            else None
        )
        if setting is not None and (
            setting.group("name") in self._zh_names
            or (self.book.knows(setting.group("name")) and _ZH_ABBREVIATION.search(np) is None)
            or self._zh_known_person(setting.group("name"))
        ):
            # `特朗普在结束与中国国家主席习近平…的会谈后向媒体表示`: a source named before, then a
            # clause of time or place; a name inside the clause is not the subject, nor a body
            # with its abbreviation (`郑丽文在美国国家公共电台(NPR)…的采访中`; but a body named
            # before may hold `在`: `美国在台协会(AIT)`).
            np = setting.group("name")
        if not dotted:
            role_named = _zh_role_then_name(np)
            if role_named is not None:
                # (not `参议员沃伦和…参议员斯科特`: two people)
                return (role_named, None) if not _zh_together(np) else None
        described_body = _zh_described_body(np) if "的" in np else None
        if described_body is not None:
            # `倡导香港人权和自由的非盈利组织香港自由委员会基金会(CFHK)`: the body named after a
            # description and the word for what it is (the description's `和` joins no sources)
            at = np.find(described_body) + len(described_body)
            glossed = _ZH_ABBREVIATION.match(np, at)
            return Reference("body", described_body), glossed.group("abbr") if glossed else None
        several = _ZH_SEVERAL.search(np)
        if several is not None and zh_yu_inside_body(np, several):
            several = None  # `美国疾病控制与预防中心`: 与 inside a body's name
        if several is not None and not dotted:
            # Only in the words before the time, place or the one spoken to (`卢比奥星期二出席
            # A、B听证会时`): what comes after them is no source.
            cut = _ZH_SUBJECT_END.search(np, 1)
            if cut is not None and cut.start() <= several.start():
                several = None
        if several is not None and not _zh_one_titled_name(np, dotted):
            return None  # several sources together (`X和Y`, `X等组织`), not `共和党人`
        abbreviation = _ZH_ABBREVIATION.search(np)
        if abbreviation is not None and not dotted and 3 <= abbreviation.start() <= 16:
            # `美国在台协会(AIT)星期三说`: the body's whole name, though it holds `在`.
            named = np[: abbreviation.start()]
            owned = named.rfind("的")
            if owned > 0 and len(named) - owned > 3 and _ZH_BODY_END.search(named):
                # `美国军方的中央司令部(CENTCOM)`: the body the abbreviation glosses, after its
                # owner and 的
                named = named[owned + 1 :]
            if np.startswith(("及", "以及"), abbreviation.end()):
                return None  # `美国职业棒球大联盟(MLB)及其球员宣布…`: several sources together
            kind_word = _ZH_KIND_AFTER_ABBREVIATION.match(np, abbreviation.end())
            if (
                kind_word is not None
                and _ZH_BODY_END.search(named) is None
                and (kind_word.end() == len(np) or _ZH_SUBJECT_END.match(np, kind_word.end()))
            ):
                # `无国界记者(RSF)组织本月…`: the abbreviation before the word for the body's
                # kind, which ends its name (`无国界记者组织`)
                named += kind_word.group()
            if (
                _HAN.match(named)
                and _ZH_BODY_END.search(named)
                and _HAN.fullmatch(named[-1])
                and not re.search(r"[，,、和与及等]", named)
                # (`这位发言人在给路透社(Reuters)的电邮中说`: the abbreviation is the one written
                # to, and the source the spokesperson met before)
                and not _ZH_SPOKESPERSON.match(named)
            ):
                return Reference("body", named), abbreviation.group("abbr")
        if dotted:
            found = dotted[0]
            head, _, last = found.rpartition("·")
            role = np[: np.find(found)].rstrip("，, 的") or None
            if role is not None and role.endswith("了"):
                role = None  # (`最高法院驳回了唐纳德·特朗普`: a verb before the name, no title)
            head = _zh_without_role(head)  # `美国总统唐纳德·特朗普`
            cut = _ZH_SUBJECT_END.search(last, 1)  # `萨姆·奥特曼星期一…`
            last = _ZH_TRAILING_TITLE.sub("", last[: cut.start()] if cut is not None else last)
            if len(last) > 3 and last.endswith("医生"):
                last = last[:-2]  # `阿卜迪·马哈穆德医生(Dr. …)`: Dr., a title after the name
            return Reference("name", f"{head}·{last}", role, None), None
        if np in self._zh_aliases or np.split(" ")[0] in self._zh_aliases:
            return Reference("alias", np.split(" ")[0]), None
        cut = _ZH_SUBJECT_END.search(np, 1)
        head = (np[: cut.start()] if cut is not None else np).strip()
        head = _ZH_REPORT_NOUN.sub("", head)
        head = _ZH_SPEAKER_TAIL.sub("", head)  # `万斯进一步`, `德松布雷随后`
        if head in _ZH_NO_SOURCE_HEADS or head.endswith(("被广泛", "被普遍")):
            return None  # `并一致认为`, `此举被广泛认为`, `那些…工人`: no source named
        if _ZH_THING_HEAD.fullmatch(head):
            return None  # `卫星图像显示`, `协议文本显示`, `法案引用数据显示`: no source
        if head.endswith("方面") and len(head) > 3:
            head = head[:-2]  # `以色列方面`: Israel
        if head.endswith("发言人") and len(head) >= 5:
            # `中国外交部发言人表示`: an unnamed spokesperson speaks for the office (also one
            # said to be unnamed after it: `美国国务院不具名发言人`).
            office = _zh_spokesperson_office(head[:-3])
            if office is not None:
                self._zh_spokesperson = office
                return Reference("body", office), None
        if _ZH_SPOKESPERSON.fullmatch(head) and self._zh_spokesperson is not None:
            # `发言人说`, `这名发言人说`: the office whose unnamed spokesperson spoke last.
            return Reference("body", self._zh_spokesperson), None
        kind_or_none = self._zh_kind_or_nobody(head)
        if kind_or_none is not None:
            return kind_or_none[0]
        if head in ("他", "她"):
            return Reference("pronoun", "he" if head == "他" else "she"), None
        if head in ("它", "他们", "她们"):
            return None
        if len(head) == 1 and head in self._zh_one_character_names:
            # `李问道：“…”` after `迈克·李(Mike Lee)`: a dotted name's one-character last part,
            # alone before the verb, names that person (ANNOTATING.md, "Chinese text")
            return Reference("name", self._zh_one_character_names[head]), None
        if head in self._zh_aliases:
            return Reference("alias", head), None
        latin = _ZH_LATIN_TAIL.search(head)
        if latin is not None and latin.start() > 0 and not _HAN.search(head[latin.start() :]):
            name = latin.group()
            return Reference("body", name), None
        if latin is not None and latin.start() == 0:
            return Reference("body", head), None
        if head[:1] in _ZH_COMPANY_FIRST and _ZH_COMPANY.match(head):
            return Reference("company", head), None
        this_body = _ZH_THIS_BODY.fullmatch(head)
        if this_body is not None:
            # `该部宣布`, `该联盟警告说`: the latest body of that kind the text named.
            kind = this_body.group(1)
            latest = [full for full in reversed(self._zh_bodies.values()) if full.endswith(kind)]
            if not latest:
                # (`高科技发明家联盟…表示支持，称…。该联盟在声明中表示`: the body of that kind that
                # spoke last, named by no country)
                latest = [p.name for p in reversed(self.book.people) if p.body][:1]
                latest = [name for name in latest if name.endswith(kind)]
            return (Reference("body", latest[0]), None) if latest else None
        titled = _ZH_SURNAME_TITLE.search(head)
        if titled is not None:
            # `史密斯众议员`, `新泽西州…众议员史密斯众议员`: the last part of a name written in full
            # before, then a title.
            for size in range(min(6, titled.start()), 1, -1):
                surname = head[titled.start() - size : titled.start()]
                if surname in self._zh_names:
                    return Reference("name", self._zh_names[surname]), None
        if _ZH_TIME_CLAUSE_END.search(head):
            # `卢比奥抵达阿拉伯联合酋长国后对记者说`: the short form of a dotted name met before,
            # then a clause of time it is the subject of (not a title, `酋长`, and a name, `国后`).
            for size in range(min(6, len(head) - 2), 1, -1):
                if head[:size] in self._zh_names:
                    return Reference("name", self._zh_names[head[:size]]), None
        if len(head) > 16 and "的" in head and (kinsman := _zh_kinsman(head)) is not None:
            # `冬奥会花样滑冰金牌得主刘美贤的父亲刘俊`: a kinsman after a long description
            role, name = kinsman
            return Reference("name", name, role, None), None
        if len(head) > 16:
            # A long title before a short name (`来自加利福尼亚州的共和党联邦众议员金映玉`).
            for word in _zh_roles(head):
                position = head.rfind(word)
                name = head[position + len(word) :] if position >= 0 else ""
                if 2 <= len(name) <= 4 and _HAN.fullmatch(name[0]):
                    return Reference("name", name, head[: position + len(word)], None), None
            return self._zh_titled_name(np) or self._zh_named_body(np)
        if not head or not _HAN.fullmatch(head[0]):
            return self._zh_titled_name(np) or self._zh_named_body(np)
        if head in _ZH_ROLES and head not in ("专家", "记者", "代表", "研究员"):
            # `国务卿还说`, `局长表示`: the latest person the article gave that title.
            holder = self._zh_titled(head)
            if holder is None and head in self._zh_title_holders:
                # `特朗普总统…。` then `总统星期三表示`: the person written with that title after
                # the name.
                return Reference("name", self._zh_title_holders[head]), None
            return (Reference("name", holder.name), None) if holder is not None else None
        if 4 <= len(head) <= 14 and head.endswith(_ZH_ROLES) and _HAN.fullmatch(head[0]):
            # `美国国务卿还表示`, `澳大利亚国防部长表示`: a country's (or a body's) title, the
            # latest person the article gave that title with those words in the role (of the
            # latest people met only: a text naming thousands stays linear).
            holder = self._zh_country_titled(head)
            if holder is not None:
                return Reference("name", holder.name), None
        described = _ZH_THIS_OFFICIAL.fullmatch(head)
        if described is not None:
            # `该官员还说`, `这位官员表示`: the person the paragraph has just named (the latest
            # sentence's subject), else nobody (an official the article does not name).
            subject = self._zh_subject
            if subject is not None and subject.text.split("·")[-1] in self._zh_before:
                return Reference("name", subject.text), None
            return None
        titled = _ZH_THIS_TITLE.fullmatch(head) if head[:1] in _ZH_THIS_FIRST else None
        if titled is not None:
            # `这位美国副总统`, `该发言人`: the latest person the article gave that title.
            person = self._zh_titled(titled.group("title"))
            if person is not None:
                return Reference("name", person.name), None
            subject = self._zh_subject
            if (
                _ZH_PERSON_NOUN.search(titled.group("title"))
                and subject is not None
                and self._zh_known_person(subject.text)
                and subject.text.split("·")[-1] in (self._zh_before or self._zh_previous_paragraph)
            ):
                # `这位北约领导人表示`, `这位美国最高外交官还表示`: a description no one was given
                # as a title refers back to the person the paragraph's latest sentence opened with.
                return Reference("name", subject.text), None
            return None
        known = _ZH_TRAILING_TITLE.sub("", head)
        if len(known) > 4 and known in self._zh_names:
            # `阿尔巴尼斯` after `安东尼·阿尔巴尼斯`: a long last part of a dotted name.
            return Reference("name", self._zh_names[known]), None
        meant = self._zh_misspelt(known) if _zh_transliterated(known) else None
        if meant is not None:
            # `斯维特奇尔` after `米洛什·维斯特奇尔`: a long name mistyped, written as meant.
            return Reference("name", meant), None
        if head.endswith(("警方", "检察官")) or head == "检方":
            return Reference("body", head), None
        if (
            _ZH_UNNAMED.search(head)
            or head.startswith(("各", "一些", "部分", "多个", "多名", "这些", "那些"))
            or _ZH_SOME_PEOPLE.search(head)
        ):
            # (also `这一表态引发部分人士担忧`: unnamed people inside the clause)
            return None
        if _ZH_BODY_END.search(head):
            if len(head) < 3:
                return self._zh_named_body(np)  # (`美军`)
            owner, of, own = head.rpartition("的")
            if of and len(own) >= 3 and _ZH_BODY_END.search(owner):
                head = own  # `菲律宾政府的南中国海工作小组`: the group, named without its owner
            kinds = [match.end() for match in _ZH_KIND_OF_BODY.finditer(head, 0, len(head) - 2)]
            if kinds and len(head) - kinds[-1] >= 4 and _ZH_BODY_END.search(head, kinds[-1]):
                # `游说团体高科技发明家联盟`, `人权组织国际特赦组织`: the body named after the
                # words that say what it is, without them
                head = head[kinds[-1] :]
            return Reference("body", head), abbreviation.group("abbr") if abbreviation else None
        addressed = _ZH_ADDRESSED.search(head) if len(head) >= 3 else None
        if addressed is not None:
            # `餐馆老板黄先生`, `储户刘女士`: who a person is, then a surname and a word of
            # address, the name the text gives (not `储户刘`), as `周女士表示，…` alone is
            at = (
                addressed.end()
                - 3
                - (head[addressed.end() - 4 : addressed.end() - 2] in _ZH_DOUBLE_SURNAMES)
            )
            if head[at] in _ZH_SURNAMES or head[at : at + 2] in _ZH_DOUBLE_SURNAMES:
                role = head[:at].rstrip("的").lstrip("一两名位家个") or None
                return Reference("name", head[at:], role, None), None
        name = _ZH_TRAILING_TITLE.sub("", head)
        role, name = _zh_split_role(name)
        if len(name) > 4 and role is None:
            # `来自南达科塔州的共和党人图恩`: the name after the last title or `的`.
            tail = name.rsplit("的", 1)[-1]
            ends = [match.end() for match in _ZH_TITLE_END.finditer(tail)]
            kinsman = _zh_kinsman(name)
            if kinsman is not None:
                # `刘美贤的父亲刘俊`: a kinsman named after whose kin he is, his role
                role, name = kinsman
            elif ends and 2 <= len(tail) - ends[-1] <= 4:
                role, name = name[: len(name) - len(tail) + ends[-1]], tail[ends[-1] :]
            else:
                # `中国大型生物科技公司药明康德`: a company named after the words that say what
                # it is.
                kind = [match.end() for match in _ZH_KIND_OF_BODY.finditer(tail)]
                if kind and 2 <= len(tail) - kind[-1] <= 6:
                    return Reference("body", tail[kind[-1] :]), None
                if tail != name and self._zh_said_again(tail):
                    # `同样来自马里兰州的西哈姆说，…` then `“…” 西哈姆说。`: a bare name after a
                    # description and 的, the text's speaker elsewhere
                    return Reference("name", tail), None
        if not (2 <= len(name) <= 4 or _zh_transliterated(name)) or (
            role is not None and name.startswith("会")
        ):
            # (`记者会上`: a press conference, not 记者 and a name; a transliterated name longer
            # than four characters is read whole, `克里希纳莫蒂`)
            return self._zh_titled_name(np) or self._zh_named_body(np)
        if (
            name[0] in "了着过"
            or any(char in _ZH_SENTENCE_MARKS for char in name)
            or name.endswith(_ZH_THING_ENDS)
        ):
            # `…的内阁出席了典礼。`: 出席 ends like a title (主席), but what follows it is no name;
            # nor the thing a body acts on (`美参院推进国防授权法案`: 授 ends like 教授)
            return None
        return Reference("name", name, role, None), None

    def _zh_kind_or_nobody(self, head: str) -> tuple[tuple[Reference, None] | None] | None:
        """A subject that is no name (ANNOTATING.md, "Eighteenth folder"): a bare or pointed-to
        kind of body (`委员会`, `该办公室`), the body of that kind named before, in full or inside
        a person's title (`众议院中国问题特设委员会主席…`); a study or survey the article does not
        name (`一项研究显示`, `这项调查`) or members no name is given (`欧洲议员表示`): no source.
        None when `head` is none of these (read on)."""
        if _ZH_UNNAMED_STUDY.fullmatch(head) or _ZH_UNNAMED_MEMBERS.fullmatch(head):
            return (None,)
        bare = _ZH_BARE_KIND.fullmatch(head)
        if bare is None:
            return None
        kind = bare.group("kind")
        named = [full for full in reversed(self._zh_kind_bodies) if full.endswith(kind)]
        named += [
            full
            for full in reversed(self._zh_bodies.values())
            if full.endswith(kind) and "一" not in full  # (not `美国国会一个委员会`)
        ]
        return ((Reference("body", named[0]), None),) if named else (None,)

    def _zh_register_kind_bodies(self, paragraph: str) -> None:
        """Note the committees and offices a paragraph names in full with the legislature or
        state they belong to (`众议院中国问题特设委员会主席…`, `美国贸易代表办公室`)."""
        for match in _ZH_KIND_NAME.finditer(paragraph):
            if match.group() in self._zh_kind_bodies:
                self._zh_kind_bodies.remove(match.group())
            self._zh_kind_bodies.append(match.group())
        del self._zh_kind_bodies[:-_ZH_KIND_BODIES_KEPT]

    def _zh_titled_name(self, np: str) -> tuple[Reference, None] | None:
        """A person named after a title that is not among the known roles, or before a rank
        (`台湾海洋委员会主委管碧玲`, `炮兵指挥官翁一铭上校`, `火箭连连长廖能政`), or with the
        name's Latin form (`CPJ亚太区主管马丽怡(Beh Lih Yi)`, `埃菲‧德弗林(Effie Defrin)准将`),
        or by the last part of a dotted name met before (`指令长布雷斯尼克`): the name, the words
        before it its role. A name with no Latin form and not met before is two or three
        characters opening with a common surname, right after a title's last character."""
        text = _ZH_LEAD.sub("", np.strip())
        if (
            len(text) > 80
            or text.startswith(("他们", "她们", "两位", "两名", "双方", "二人", "两人"))
            or _ZH_JOINTLY.search(text)
        ):
            return None
        glosses = _ZH_LATIN_GLOSS.finditer(text) if "(" in text or "（" in text else ()
        for gloss in glosses:
            if not _latin_person(gloss.group("latin")):
                continue
            rest = _without_rank(text[gloss.end() :].strip(), count=1)
            if rest and _ZH_SUBJECT_END.match(rest) is None:
                continue
            run = gloss.group("run")
            cut = max(
                (i for i in range(1, len(run) - 1) if run[i - 1] in _ZH_NAME_AFTER), default=0
            )
            kin = _ZH_KIN_BEFORE_NAME.search(run, 0, len(run) - 2)
            if kin is not None and kin.end() > cut:
                cut = kin.end()  # `刘美贤(Alysa Liu)之父刘俊(Arthur Liu)`: the father, 刘俊
            name = run[cut:]
            role = text[: gloss.start("run") + cut]
            if 2 <= len(name) <= 12 and _zh_plain_name(name) and not self._zh_person_joined(role):
                return Reference("name", name, role.rstrip("的 ") or None, None), None
            return None
        if "(" in text or "（" in text:
            # `…第58指挥部(58炮指部)参谋主任翁一铭上校`: a body's short form in brackets, inside
            # the title, does not end the subject.
            text = _ZH_BODY_SHORT_FORM.sub("", text)
        cut_at = next(
            (m.start() for m in _ZH_SUBJECT_END.finditer(text, 1) if not m.group().isdigit()),
            len(text),
        )
        head = _without_rank(text[:cut_at])
        # A rank right after the name closes it (`委员会主席穆勒纳尔众议员`): a transliterated name
        # not met before, between a title's last character and the rank, is the name.
        ranked = head != text[:cut_at] and text[:cut_at].endswith(_ZH_RANKS)
        run = _ZH_HAN_RUN_END.search(head)
        if run is None:
            return None
        for size in range(min(10, len(run.group()) - 1), 1, -1):
            name, role = head[-size:], head[:-size]
            if not _zh_plain_name(name):
                continue
            known = name in self._zh_names or self._zh_known_person(name)
            if (
                (known and role[-1] in _ZH_NAME_AFTER)
                or (
                    size <= 3
                    and role[-1] in _ZH_TITLE_LAST
                    and len(role) >= 2
                    and (name[0] in _ZH_SURNAMES or name[:2] in _ZH_DOUBLE_SURNAMES)
                )
                or (ranked and 3 <= size <= 6 and role[-1] in _ZH_NAME_AFTER and _zh_rankable(name))
                # `委员会民主党成员克里希纳莫蒂`: a transliterated name longer than four
                # characters right after a title's last character, whole
                or (role[-1] in _ZH_TITLE_LAST and _zh_transliterated(name))
            ):
                if self._zh_person_joined(role):
                    return None
                return Reference("name", name, role, None), None
        return None

    def _zh_named_body(self, np: str) -> tuple[Reference, None] | None:
        """A body speaking as one that the other readings miss: a state's army or side
        (`美军`, `美方`, `以军方面`), a body of the latest kind named (`该联盟`, `该部事后`), a
        company by its Latin name (`Anthropic公司`), a body after the words that say what it is
        (`电网运营商乌克兰国家能源公司(Ukrenergo)`, `制造商极星(Polestar)`), a long body's name
        (`…联邦检察官办公室`, `第10军团`, `流行病防范创新联盟`), each before its time or manner."""
        text = _ZH_LEAD.sub("", np.strip())
        if len(text) > 60 or _ZH_JOINTLY.search(text):
            return None
        cut = next(
            (m.start() for m in _ZH_SUBJECT_END.finditer(text, 1) if not m.group().isdigit()),
            len(text),
        )
        stop = _ZH_BODY_STOP.search(text, 1, cut)
        cut = stop.start() if stop is not None else cut
        head = text[:cut].strip()
        if head.endswith("方面") and len(head) > 3:
            head = head[:-2]
        place = _ZH_SHORT_GOVERNMENTS.get(head)
        if place is not None:
            # `港府在七周年之际宣布…`: the government of Hong Kong (Macau), by the name the text
            # gave it when a source before spoke so (`香港特区政府`), else `香港政府`
            for person in reversed(self.book.people):
                if person.body and person.name.startswith(place) and person.name.endswith("政府"):
                    return Reference("body", person.name), None
            return Reference("body", place + "政府"), None
        if _ZH_STATE_SIDE.fullmatch(head):
            if head.endswith("军"):
                # `美军` after `美国军方`, `以军` after `以色列军方`: the fuller form named before.
                for person in reversed(self.book.people):
                    if person.body and person.name[:1] == head[0] and "军" in person.name[1:]:
                        return Reference("body", person.name), None
            return Reference("body", head), None
        this = _ZH_THIS_KIND.fullmatch(head)
        if this is not None:
            kind = this.group("kind")
            named = [full for full in reversed(self._zh_bodies.values()) if full.endswith(kind)]
            return (Reference("body", named[0]), None) if named else None
        latin = _ZH_LATIN_COMPANY.fullmatch(head) or _ZH_ACRONYM_HEAD.fullmatch(head)
        if latin is not None:
            return Reference("body", latin.group(1).strip()), None
        joined = _ZH_SEVERAL_JOINED.search(head)
        if (joined is not None and not zh_yu_inside_body(head, joined)) or _ZH_UNNAMED.search(head):
            return None  # (not `美国国防与技术咨询公司博思艾伦汉密尔顿`: 与 inside what it is)
        if head.startswith(_ZH_NOT_ONE_BODY):
            return None  # (several, unnamed, or `该…`, `这…` of no kind read above)
        glossed = text[cut : cut + 1] in ("(", "（")
        if glossed:
            closing = re.search(r"[)）]", text[cut:])
            after = text[cut + closing.end() :] if closing is not None else "…"
            if after and _ZH_SUBJECT_END.match(after) is None:
                return None  # `第58指挥部(58炮指部)参谋主任…`: the body of a person named after it
        for kind in reversed(list(_ZH_BODY_KIND.finditer(head, 0, len(head) - 2))):
            rest = head[kind.end() :]
            if len(rest) <= 14 and (glossed or _ZH_LONG_BODY_END.search(rest)):
                return Reference("body", rest), None
            break
        if 3 <= len(head) <= 30 and _HAN.match(head) and _ZH_LONG_BODY_END.search(head):
            return Reference("body", head), None
        return None

    def _zh_register_spokesperson(self, clause: str) -> None:
        """Note the office whose unnamed spokesperson a clause opens with, though it says nothing
        there (`美国国务院一位不具名的发言人在一份电邮中答复了…`): a later `这位发言人说` is the
        office (ANNOTATING.md, "Seventh folder")."""
        if "发言人" not in clause:
            return  # (what `_ZH_OFFICE_SPOKESPERSON` needs: the pattern is not compiled for it)
        met = _ZH_OFFICE_SPOKESPERSON.match(_ZH_LEAD.sub("", clause.strip()))
        office = _zh_spokesperson_office(met.group("office")) if met is not None else None
        if office is not None:
            self._zh_spokesperson = office

    def _zh_register_title_holders(self, paragraph: str) -> None:
        """The titles written right after a name met before (`唐纳德·特朗普总统`, `特朗普总统`):
        a later title alone (`总统表示`) names that person when no one was given it before the
        name."""
        for match in _ZH_ROLE_WORD.finditer(paragraph):
            at = match.start()
            if paragraph[at - 1 : at] in (")", "）"):
                # `唐纳德·特朗普(Donald Trump)总统`: the name before its Latin form
                gloss = _ZH_LATIN_GLOSS.search(paragraph, max(0, at - 60), at)
                if gloss is not None and gloss.end() == at:
                    at = gloss.end("run")
            for size in range(min(6, at), 1, -1):
                full = self._zh_names.get(paragraph[at - size : at])
                if full is not None:
                    self._zh_title_holders[match.group()] = full
                    break

    def _zh_register_quoted_title_holders(self, paragraph: str, found: list[Found]) -> None:
        """The title written right after the name of a person quoted in this paragraph whom the
        article never names in full (`特朗普总统表示，…`): a later title alone (`总统星期五宣称`)
        names that person, as after a name met in full."""
        for quote in found[:_ZH_MAX_REPORTS]:
            name = quote.speaker.name
            if quote.speaker.body or "·" in name or not 2 <= len(name) <= 4:
                continue
            at = paragraph.rfind(name, max(0, quote.start - _WINDOW), quote.start)
            role = _ZH_ROLE_WORD.match(paragraph, at + len(name)) if at >= 0 else None
            if role is not None:
                self._zh_title_holders.setdefault(role.group(), name)

    def _zh_person_joined(self, role: str) -> bool:
        """Whether the words before a name hold another person joined to it (`美国总统特朗普和
        法国总统马克龙(…)`: two sources), not a title's own joined words (`政策和倡导协调员`)."""
        for count, joining in enumerate(re.finditer(r"[和与及、]", role)):
            if count >= 8:
                return True  # (a list of that many is several sources, whatever they are)
            before = role[: joining.start()]
            if before.endswith((")", "）")) and _ZH_LATIN_GLOSS.search(before[-60:]) is not None:
                return True
            if not _HAN.search(before[-1:]):
                continue
            # (no reading of the words before that could come back here: the work stays linear)
            tail = before[-30:]
            if "·" in tail and any(tail.endswith(name) for name in _zh_dotted_names(tail)):
                return True
            if _zh_role_then_name(tail) is not None:
                return True
            if any(
                tail[-size:] in self._zh_names or self._zh_known_person(tail[-size:])
                for size in range(2, min(6, len(tail)) + 1)
            ):
                return True
        return False

    def _zh_named_then_and(self, words: str) -> bool:
        """Whether the clause `words` before a verb is a source met before and 并 (`万斯并`), not
        an act joined to the verb by 并 (`控制了该浅滩并`)."""
        name = words[:-1].strip()
        return (
            words.endswith("并")
            and len(name) >= 2
            and (name in self._zh_names or self._zh_known_person(name))
        )

    def _zh_known_person(self, name: str) -> bool:
        """Whether `name` is a person the text has quoted before (`郑丽文星期四…说`), not a body
        nor a country read as a name (`美国星期一表示`) unless given a role."""
        plain = not name.endswith("国") and _ZH_STATE_BODY.search(name) is None
        return any(
            person.name == name and not person.body and (person.role or plain)
            for person in self.book.people
        )

    def _zh_opening_source(self, text: str) -> Person | None:
        """The source the sentence `text` opens with; else the source a later clause of it
        opens with, when that source is one the article has already named (`不过，德松布雷并未
        说明…，仅表示，…`)."""
        clauses = re.split(r"[，,；：:]", _zh_apposed(text))
        person = self._zh_resolve(clauses[0]) if not _ZH_SETTING.match(clauses[0]) else None
        if person is not None and not person.body and "·" in clauses[0]:
            # `泽连斯基发布了他与…马尔科·卢比奥(…)会晤的照片`: a clause that opens with the short
            # form of a dotted name met before is that person's, not a dotted name inside it.
            opening = clauses[0].strip()
            known = next(
                (opening[:size] for size in range(6, 1, -1) if opening[:size] in self._zh_names),
                None,
            )
            if known is not None and self._zh_names[known] != person.name:
                return self._resolve(Reference("name", self._zh_names[known]))
        if person is not None:
            return person
        for clause in clauses[1:]:
            clause = _ZH_LEAD.sub("", clause.strip())
            source = self._zh_source(clause) if clause else None
            if source is None:
                # `在…帖文中，特朗普驳斥了对这项协议的批评，称…`: a clause that opens with the
                # short form of a dotted name met before, then its verb.
                known = next(
                    (clause[:size] for size in range(6, 1, -1) if clause[:size] in self._zh_names),
                    None,
                )
                if known is not None:
                    return self._resolve(Reference("name", self._zh_names[known]))
                continue
            reference = self._zh_full(source[0])
            if reference is not None and (
                reference.kind != "name" or "·" in reference.text or self._known(reference)
            ):
                return self._zh_resolve(clause)
        return None

    def _zh_pronoun_after_clauses(self, clauses: list[str]) -> tuple[bool, Person | None]:
        """`就在上个月，总统在白宫强调了他的不满，他说：“…”`: a bare 他 or 她 after earlier clauses
        of its own sentence names the source the first of them (past a clause of time) opens
        with, and no one when that is a title the article gave no one (`总统`, unnamed). Whether
        the clauses decide, and the person."""
        for clause in clauses:
            clause = _ZH_LEAD.sub("", clause.strip())
            if not clause or _ZH_TIME_LEAD.fullmatch(clause):
                continue
            role = _ZH_ROLE_WORD.match(clause)
            if (
                role is not None
                and _ZH_SUBJECT_END.match(clause, role.end()) is not None
                and self._zh_titled(role.group()) is None
                and role.group() not in self._zh_title_holders
            ):
                return True, None
            person = self._zh_clause_subject(clause)
            if person is not None and not person.body:
                return True, person
            return False, None
        return False, None

    def _zh_clause_subject(self, text: str) -> Person | None:
        """The source the first clause of `text` opens with, when that clause goes on with a
        verb of its own (`塞佩达在星期三的宣布中强调了民主的重要性`, `他重申了…`, `卢比奥重申…`):
        a pronoun, the words before its time, place or bracket, or a person met before."""
        # (past a phrase of time or place before it: `在另一则帖文中，特朗普驳斥了…`)
        text = text[_zh_past_setting(text) :]
        text = _zh_apposed(text)
        clause = _ZH_LEAD.sub("", re.split(r"[，,；：:]", text, maxsplit=1)[0].strip())
        if len(clause) < 2 or _ZH_SETTING.match(clause) or _ZH_TOPIC_WORD.match(clause):
            return None
        if clause[0] in "他她":
            # (only the person a dotted name or a name after its role made the subject)
            if (
                clause[1] in "们人"
                or self._zh_subject is None
                or not self._zh_known_person(self._zh_subject.text)
            ):
                return None
            return self._zh_resolve(clause[0])
        candidates: list[str] = []
        cuts = [at for at in (clause.find("("), clause.find("（")) if at >= 2]
        end = _ZH_SUBJECT_END.search(clause, 2)
        if end is not None:
            cuts.append(end.start())
        act = _ZH_BODY_ACT.search(clause, 2) if end is None else None
        if act is not None and _ZH_BODY_END.search(clause, 0, act.start()):
            cuts.append(act.start())  # `特朗普政府批评…`: a body's name, then its act
        if cuts:
            candidates.append(clause[: min(cuts)])
        candidates.extend(
            clause[:size]
            for size in range(min(12, len(clause) - 1), 1, -1)
            if clause[:size] in self._zh_names or self._zh_known_person(clause[:size])
        )
        for np in candidates:
            person = self._zh_resolve(np)
            if person is not None:
                return person
        return None

    def _zh_country_titled(self, head: str) -> Person | None:
        """Of the latest people met, the latest whose role ends with a title `head` ends with
        (not one with `副` before it) and holds the words before that title (`澳大利亚` of
        `澳大利亚国防部长`, in `澳大利亚副总理兼国防部长`)."""
        # (the country's words and the title after them, each way `head` splits into the two)
        splits = [
            (head[:start], head[start:])
            for start in range(2, len(head) - 1)
            if head[start:].endswith(_ZH_ROLES)
        ]
        for person in reversed(self.book.people[-_ZH_TITLE_LOOKBACK:]):
            role = person.role or ""
            if len(role) < 4:
                continue
            for country, title in splits:
                if _zh_holds_title(person, title) and country in role:
                    return person
        return None

    def _zh_titled(self, title: str) -> Person | None:
        """The latest person whose role, as the article wrote it, ends with `title` (and not
        with a longer title: `副总统` is no `总统`)."""
        if not title.endswith(_ZH_ROLES) and not title.endswith(("副总统", "副总理")):
            return None
        for person in reversed(self.book.people):
            if _zh_holds_title(person, title):
                return person
        return None

    def _zh_full(self, reference: Reference | None) -> Reference | None:
        """A Chinese name by the fullest form the article gave (`贝利泽尔` is
        `玛丽·罗丝琳·贝利泽尔`)."""
        if reference is None or reference.kind != "name":
            return reference
        full = self._zh_names.get(reference.text.split("·")[-1])
        if full is not None and full.endswith(reference.text):
            return Reference("name", full, reference.role, reference.affiliation)
        return reference

    def _zh_misspelt(self, name: str) -> str | None:
        """The dotted name met before whose last part `name` mistypes (ANNOTATING.md, "Seventh
        folder": `斯维特奇尔` for `米洛什·维斯特奇尔`): as long, one character wrong or two
        neighbours swapped (of the latest names met: the work stays linear)."""
        for count, part in enumerate(reversed(self._zh_names)):
            if count >= _ZH_MISSPELT_LOOKBACK:
                break
            full = self._zh_names[part]
            if len(part) != len(name) or not full.endswith("·" + part) or part == name:
                continue
            wrong = [at for at in range(len(name)) if part[at] != name[at]]
            if len(wrong) == 1 or (
                len(wrong) == 2
                and wrong[1] == wrong[0] + 1
                and part[wrong[0]] == name[wrong[1]]
                and part[wrong[1]] == name[wrong[0]]
            ):
                return full
        return None

    def _zh_met(self, name: str) -> bool:
        """Whether a Chinese name was met before, whole or as the last part of a dotted name
        (`卢比奥` after `马尔科·卢比奥`; the latest 200 people are looked at)."""
        if len(name) < 2:
            return False
        if self.book.knows(name):
            return True
        dotted = "·" + name
        return any(person.name.endswith(dotted) for person in self.book.people[-200:])
