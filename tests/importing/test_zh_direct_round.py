"""A document a source issued under its title in marks in an earlier paragraph
(`七国集团…发表《…宣言》`, `七国集团峰会…发布了“…的声明”`) speaks for that source when a later
paragraph quotes it with no owner of its own (`宣言声明：“…”`, `声明还说，“…”`): a direct quote of
the issuer (ANNOTATING.md, "Sixth folder": a statement that speaks is the source that issued it);
a summit that issued it is the group that met; no one for a joint document, nor for one no
source issued. And a body glossed by its abbreviation after its owner and 的
(`美国军方的中央司令部(CENTCOM)`) is named without them (`中央司令部`)."""

from __future__ import annotations

from .helpers import quotes


def test_a_declaration_issued_under_its_title_states_for_its_issuer() -> None:
    assert quotes(
        "二十国集团(G20)领导人星期二在海牙发表《关于加强东翼防务的宣言》，承诺增加对东翼的部署。",
        "宣言并未点名俄罗斯，但各国对边境局势深表关切。",
        "宣言声明：“我们将共同守护每一寸盟国领土。”",
    ) == [("direct", "二十国集团", "我们将共同守护每一寸盟国领土。")]


def test_a_statement_a_summit_issued_is_the_groups() -> None:
    assert quotes(
        "七国集团峰会在6月16日发布了“领导人关于海上安全的声明”，当中关注航运安全。",
        "在亚洲的部分，声明提到了多条航道。声明说，“我们反对以武力改变现状的任何企图。”",
        "领导人也讨论了能源问题。声明还说，“我们将继续协调应对供应中断。”",
    ) == [
        ("direct", "七国集团", "我们反对以武力改变现状的任何企图。"),
        ("direct", "七国集团", "我们将继续协调应对供应中断。"),
    ]


def test_a_joint_document_or_one_no_source_issued_is_nobodys() -> None:
    # (a joint statement: several sources together)
    assert (
        quotes(
            "日本和菲律宾星期一发表《关于海上合作的联合声明》，承诺加强合作。",
            "声明说，“双方将定期举行海上演习。”",
        )
        == []
    )
    # (a declaration no source in the text issued)
    assert quotes("有关宣言的谈判持续了三天。", "宣言声明：“各方将共同努力。”") == []


def test_shengming_is_no_verb_after_other_nouns() -> None:
    # (`发表声明说：“…”` is the source's own statement, read as before; `文件声明` no verb)
    assert quotes("美国国务院星期五发表声明说：“我们欢迎这项协议。”") == [
        ("direct", "美国国务院", "我们欢迎这项协议。")
    ]
    assert (
        quotes(
            "北约领导人星期二发表《关于加强东翼防务的宣言》，承诺增加部署。",
            "这份文件声明：“我们将共同守护每一寸盟国领土。”",
        )
        == []
    )


def test_a_body_glossed_by_its_abbreviation_after_its_owner_is_named_alone() -> None:
    # `美国军方的中央司令部(CENTCOM)`: the owner and 的 are no part of the body's name, and a
    # later `中央司令部说` is the same body
    assert quotes(
        "美国军方的中央司令部(CENTCOM)在一份声明中说，美军成功拦截了两枚导弹。",
        "中央司令部说，它仍保持警惕。",
    ) == [
        ("indirect", "中央司令部", "美军成功拦截了两枚导弹。"),
        ("indirect", "中央司令部", "它仍保持警惕。"),
    ]
    # (a description before the body's report: the body)
    assert quotes(
        "一份此前被列为机密的中央情报局(CIA)情报报告显示，该机构一直在追踪这些事件。"
    ) == [("indirect", "中央情报局", "该机构一直在追踪这些事件。")]


def test_a_person_named_before_the_owned_body_stays_the_source() -> None:
    # (a dotted name before 的: the person, as before; the body's name is not read)
    assert quotes("唐纳德·特朗普(Donald Trump)总统的竞选委员会(TVC)表示，这项判决令人震惊。") == [
        ("indirect", "唐纳德·特朗普", "这项判决令人震惊。")
    ]
