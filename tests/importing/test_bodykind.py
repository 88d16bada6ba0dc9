"""A body named by its kind alone (`the agency`, `the ministry`, `the department`) is the latest
body of that kind the text named before, wherever it was named (docs/ANNOTATING.md, "Hard
cases": `the agency` names the body of that kind named before in full). An agency is a name
ending in Agency, Administration, Service, Bureau, Center, Centre, Commission, Office or
Authority, or the acronym of an Agency, an Administration or a Bureau (`NOAA`, `FEMA`, `FBI`).
Found testing an agency's release and wire sentences by hand (`the agency said` after `the
National Oceanic and Atmospheric Administration` gave a speaker called `agency`). The
sentences are written for the tests."""

from __future__ import annotations

import pytest

from pressreader.importing.annotate import annotate

from .helpers import quotes


def speakers(*paragraphs: str) -> list[str]:
    return [speaker for _, speaker, _ in quotes(*paragraphs)]


NOAA = "National Oceanic and Atmospheric Administration"


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("The National Oceanic and Atmospheric Administration", NOAA),
        ("The National Weather Service", "National Weather Service"),
        ("The Bureau of Labor Statistics", "Bureau of Labor Statistics"),
        ("The Federal Aviation Administration", "Federal Aviation Administration"),
        ("The Environmental Protection Agency", "Environmental Protection Agency"),
        ("NOAA's Climate Prediction Center", "NOAA"),
        ("The Tennessee Valley Authority", "Tennessee Valley Authority"),
    ],
)  # fmt: skip
def test_the_agency_is_the_agency_named_before(named: str, speaker: str) -> None:
    said = "Storms will be more frequent this year, the agency said."
    assert speakers(f"{named} released its outlook on Thursday.", said) == [speaker]
    assert speakers(f"{named} released its outlook on Thursday. {said}") == [speaker]


def test_a_body_named_far_before_is_still_named() -> None:
    assert speakers(
        "Officials from FEMA toured the damage on Friday.",
        "The weather was calm on Saturday.",
        "Crews cleared the roads.",
        "Recovery will take months, the agency said.",
    ) == ["FEMA"]
    assert speakers(
        "The Foreign Ministry summoned the ambassador on Tuesday.",
        "The talks were postponed.",
        "The weather in Beijing was mild.",
        "The visit was not confirmed, the ministry said.",
    ) == ["Foreign Ministry"]


def test_the_title_names_the_agency() -> None:
    out = annotate(
        [(None, ["Forecasters expect 17 named storms.", "El Niño will weaken, the agency said."])],
        title="NOAA predicts above-normal hurricane season",
    )
    assert [quote.speaker for quote in out.quotes] == ["NOAA"]


def test_the_report_before_its_attribution_names_the_agency() -> None:
    assert speakers(
        "According to FEMA Administrator Deanne Criswell, preparation saves lives.",
        "NOAA scientists also expect a weaker El Niño, the agency said.",
    ) == ["Deanne Criswell", "NOAA"]


def test_the_latest_of_two_agencies() -> None:
    assert speakers(
        "The Internal Revenue Service sent letters. Later the Social Security Administration "
        "updated its rules. Payments will rise in January, the agency said."
    ) == ["Social Security Administration"]
    # (an agency met as a speaker first is not the one a later `The agency said` names)
    assert speakers(
        "The rules would cut emissions by half, the Environmental Protection Agency said.",
        "Regulators at the Federal Aviation Administration grounded the jets. The agency said "
        "the inspections would take weeks.",
    ) == ["Environmental Protection Agency", "Federal Aviation Administration"]
    assert speakers(
        "The Foreign Ministry said the talks would go on.",
        "The Ministry of Health reported 40 new cases. The ministry said the outbreak was "
        "under control.",
    ) == ["Foreign Ministry", "Ministry of Health"]


def test_near_shapes_keep_their_speakers() -> None:
    assert speakers(
        "The Environmental Protection Agency proposed new limits.",
        "The agency's director, Jane Roe, said the plan would work.",
    ) == ["Jane Roe"]
    assert speakers(
        "Acme Corp. reported record profits on Monday. Demand would stay strong, the company said."
    ) == ["Acme Corp."]
    assert speakers(
        "John Doe, the chief executive of Widget Inc., spoke on Tuesday. Sales would rise, the "
        "company said."
    ) == ["Widget Inc."]
    assert speakers(
        "The Japanese Defense Ministry said a missile landed. Tokyo will protest, the defense "
        "ministry said."
    )[-1:] == ["Japanese Defense Ministry"]


def test_no_agency_named_is_no_agency_invented() -> None:
    # (`USA` is no agency's acronym; no agency named: the kind as it reads, as before)
    assert speakers(
        "USA Today reported the story. The findings were preliminary, the agency said."
    ) == ["agency"]


@pytest.mark.parametrize(
    "subject", ["A federal agency", "An energy company", "Another agency", "a state agency"]
)
def test_an_indefinite_body_of_a_kind_names_no_source(subject: str) -> None:
    # one body of a kind, unnamed: never the agency or the company named before
    named = "The Environmental Protection Agency said on Monday that it would act."
    said = f"{subject[0].upper()}{subject[1:]} said the data was incomplete."
    assert quotes(named, said)[1:] == []
