"""Saved queries: header parsing, binding, the read-only guard, running and the output formats."""

from __future__ import annotations

import hashlib
import io
import json
import re
import threading
import time
import tracemalloc
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from statgraph.errors import ForbiddenQueryError, NotFoundError, QueryError, QueryTimeoutError
from statgraph.namespaces import ACTOR, GRAPH, SG, SKOS, STATEMENT
from statgraph.queries import (
    Param,
    QueryResult,
    SavedQuery,
    _json_term,
    bind,
    check_read_only,
    find_saved_query,
    format_result,
    get_query,
    load_catalogue,
    parse_query_file,
    run,
    stream,
    values_clause,
    with_slice,
    with_values,
    write_result,
)

XSD = "http://www.w3.org/2001/XMLSchema#"

GOOD = """\
# title: Who condemned a target, and when
# description: Statements whose stance is condemns and whose target has the given English label,
# description: oldest first.
# A free note without a key is fine.
# param: target  literal  "Russia"      English name of the target
# param: from    date     "2014-01-01"  first day (inclusive)
# param: speaker iri      -             optional: restrict to one speaker IRI
# param: quoted  string   "say \\"hi\\""  a default with quotes
# param: n       integer  !             required
PREFIX sg: <https://w3id.org/statgraph/ns#>
SELECT ?s WHERE {
  ?s sg:speaker ?speaker ; sg:date ?d ; sg:target ?t .
  ?t skos:prefLabel ?targetLabel .
  FILTER(str(?targetLabel) = str(?target) && ?d >= ?from && ?quoted != "" && ?n > 0)
}
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.rq"
    path.write_text(text, encoding="utf-8")
    return path


def saved(text: str, params: tuple[Param, ...] = (), name: str = "q") -> SavedQuery:
    return SavedQuery(
        name=name, path=Path(f"{name}.rq"), title=name, description="", params=params, text=text
    )


# --------------------------------------------------------------------------- header parsing


def test_parse_good_header(tmp_path: Path) -> None:
    q = parse_query_file(write(tmp_path, "condemned", GOOD))
    assert q.name == "condemned"
    assert q.title == "Who condemned a target, and when"
    assert q.description == (
        "Statements whose stance is condemns and whose target has the given English label, oldest first."
    )
    assert q.params == (
        Param("target", "literal", "Russia", "English name of the target", False),
        Param("from", "date", "2014-01-01", "first day (inclusive)", False),
        Param("speaker", "iri", None, "optional: restrict to one speaker IRI", False),
        Param("quoted", "string", 'say "hi"', "a default with quotes", False),
        Param("n", "integer", None, "required", True),
    )
    assert q.text.startswith("PREFIX sg:")
    assert "# param" not in q.text


@pytest.mark.parametrize(
    ("header", "line", "problem"),
    [
        ("# param: target literal", 2, "expected '# param: NAME TYPE DEFAULT DESCRIPTION'"),
        ("# param: target text x desc", 2, "unknown type 'text'"),
        ("# param: ?target literal x desc", 2, "not a plain variable name"),
        ('# param: target literal "Russia desc', 2, "unterminated quoted string"),
        ("# param: from date 2014-13-01 desc", 2, "'2014-13-01' is not a date"),
        ("# param: from date abc desc", 2, "parameter from: 'abc' is not a date (YYYY-MM-DD)"),
        ("# param: n integer 1.5 desc", 2, "is not an integer"),
        ("# param: speaker iri not-an-iri desc", 2, "is not an absolute IRI"),
        ("# param: target literal x a\n# param: target literal y b", 3, "declared twice"),
        ("# param: other literal x desc", 2, "'other' is not a variable of the query"),
        ("# parm: target literal x desc", 2, "unknown header key 'parm'"),
        ("# param target literal x desc", 2, "missing ':'"),
        ("# title: again", 2, "a second '# title:' line"),
    ],
)
def test_bad_header_lines(tmp_path: Path, header: str, line: int, problem: str) -> None:
    path = write(
        tmp_path, "bad", f"# title: T\n{header}\nSELECT * {{ ?s ?p ?target . ?s ?p ?from . ?s ?p ?n }}\n"
    )
    with pytest.raises(QueryError) as info:
        parse_query_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert problem in message


def test_missing_title_empty_body_and_late_header(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match=r"notitle\.rq:1: missing '# title:' line"):
        parse_query_file(write(tmp_path, "notitle", "# description: d\nSELECT * {}\n"))
    with pytest.raises(QueryError, match="no SPARQL text"):
        parse_query_file(write(tmp_path, "empty", "# title: T\n\n"))
    with pytest.raises(QueryError, match=r"late\.rq:3: header line after the SPARQL text"):
        parse_query_file(
            write(tmp_path, "late", "# title: T\nSELECT * { ?s ?p ?x }\n# param: x literal a b\n")
        )
    with pytest.raises(NotFoundError):
        parse_query_file(tmp_path / "nope.rq")


def test_catalogue_later_dirs_override(tmp_path: Path) -> None:
    shipped, mine = tmp_path / "shipped", tmp_path / "mine"
    shipped.mkdir()
    mine.mkdir()
    write(shipped, "a", "# title: shipped a\nSELECT * {}\n")
    write(shipped, "b", "# title: shipped b\nSELECT * {}\n")
    write(mine, "b", "# title: my b\nASK {}\n")
    (mine / "notes.txt").write_text("not a query")
    catalogue = load_catalogue([shipped, mine, tmp_path / "missing"])
    assert list(catalogue) == ["a", "b"]
    assert catalogue["a"].title == "shipped a"
    assert catalogue["b"].title == "my b"
    assert get_query(catalogue, "b").path == mine / "b.rq"
    with pytest.raises(NotFoundError, match="known: a, b"):
        get_query(catalogue, "c")
    # A query named at the command line is read from its file alone, the same one the catalogue lists.
    for name in ("a", "b"):
        found = find_saved_query([shipped, mine, tmp_path / "missing"], name)
        assert found is not None and found.path == catalogue[name].path
    for name in ("c", "", "../shipped/a", ".hidden", "notes"):
        assert find_saved_query([shipped, mine], name) is None


# --------------------------------------------------------------------------- binding


def one(type_: str, default: str | None = None) -> SavedQuery:
    return saved("SELECT ?v { ?s ?p ?v }", (Param("v", type_, default, "d"),))


@pytest.mark.parametrize(
    ("type_", "value", "term"),
    [
        ("literal", "Russia", ox.Literal("Russia")),
        ("string", 'a "b"', ox.Literal('a "b"')),
        ("name", "Jens STOLTENBERG", ox.Literal("jens stoltenberg")),
        ("name", "De\u0301fense", ox.Literal("d\u00e9fense")),  # decomposed accent: NFC first
        ("langstring", "Russie@fr", ox.Literal("Russie", language="fr")),
        ("langstring", "a@b.c@en-GB", ox.Literal("a@b.c", language="en-gb")),
        ("date", "2014-01-01", ox.Literal("2014-01-01", datatype=ox.NamedNode(XSD + "date"))),
        (
            "datetime",
            "2014-01-01T10:00:00Z",
            ox.Literal("2014-01-01T10:00:00Z", datatype=ox.NamedNode(XSD + "dateTime")),
        ),
        (
            "datetime",
            "2014-01-01T10:00:00.5+01:00",
            ox.Literal("2014-01-01T10:00:00.5+01:00", datatype=ox.NamedNode(XSD + "dateTime")),
        ),
        ("integer", "-42", ox.Literal("-42", datatype=ox.NamedNode(XSD + "integer"))),
        ("decimal", "3.14", ox.Literal("3.14", datatype=ox.NamedNode(XSD + "decimal"))),
        ("decimal", "7", ox.Literal("7", datatype=ox.NamedNode(XSD + "decimal"))),
        ("iri", "https://example.org/a?b=c#d", ox.NamedNode("https://example.org/a?b=c#d")),
        ("iri", "urn:isbn:0451450523", ox.NamedNode("urn:isbn:0451450523")),
        ("iri", "actor:jens-stoltenberg", ox.NamedNode(ACTOR["jens-stoltenberg"])),
    ],
)
def test_bind_good_values(type_: str, value: str, term: ox.NamedNode | ox.Literal) -> None:
    assert bind(one(type_), {"v": value}) == {"v": term}


@pytest.mark.parametrize(
    ("type_", "value", "message"),
    [
        ("date", "abc", "parameter v: 'abc' is not a date (YYYY-MM-DD)"),
        ("date", "2014-02-30", "is not a date"),
        ("date", "20140101", "is not a date"),
        ("datetime", "2014-01-01", "is not a date-time"),
        ("datetime", "2014-01-01T25:00:00", "is not a date-time"),
        ("integer", "12a", "is not an integer"),
        ("integer", "", "is not an integer"),
        ("decimal", "1e5", "is not a decimal"),
        ("decimal", "abc", "is not a decimal"),
        ("langstring", "Russia", "is not a language-tagged string"),
        ("langstring", "Russia@", "is not a language-tagged string"),
        ("iri", "relative/path", "is not an absolute IRI"),
        ("iri", "http://x/a b", "is not an absolute IRI"),
        ("iri", "http://x/<a>", "is not an absolute IRI"),
        ("iri", 'http://x/"', "is not an absolute IRI"),
        ("iri", "http://x/{a}", "is not an absolute IRI"),
        ("iri", "http://x/a|b", "is not an absolute IRI"),
        ("iri", "http://x/a^b", "is not an absolute IRI"),
        ("iri", "http://x/a`b", "is not an absolute IRI"),
        ("iri", "http://x/a\\b", "is not an absolute IRI"),
        ("iri", "http://x/a\nb", "is not an absolute IRI"),
        ("iri", "http://x/> } ; DROP ALL #", "is not an absolute IRI"),
    ],
)
def test_bind_bad_values(type_: str, value: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        bind(one(type_), {"v": value})
    assert message in str(info.value)


def test_bind_defaults_unknown_and_required(tmp_path: Path) -> None:
    q = parse_query_file(write(tmp_path, "condemned", GOOD))
    with pytest.raises(QueryError, match="parameter n is required"):
        bind(q, {})
    bindings = bind(q, {"n": "3"})
    assert set(bindings) == {"target", "from", "quoted", "n"}  # speaker has no default: unbound
    assert bindings["target"] == ox.Literal("Russia")
    assert bind(q, {"n": "3", "target": "Ukraine"})["target"] == ox.Literal("Ukraine")
    with pytest.raises(QueryError) as info:
        bind(q, {"n": "3", "tagret": "x"})
    assert str(info.value) == (
        "query condemned: unknown parameter tagret; known: target, from, speaker, quoted, n"
    )


# --------------------------------------------------------------------------- read-only guard


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ('SELECT * WHERE { ?s ?p "DROP GRAPH <x>" }', "SELECT"),
        ("# INSERT DATA { <a> <b> <c> }\nSELECT * {}", "SELECT"),
        ("SELECT * { ?s ?p ?o } # DROP ALL", "SELECT"),
        ("SELECT * { ?s <http://example.org/DELETE> ?insert }", "SELECT"),
        ("PREFIX drop: <http://x/> SELECT * { ?s drop:insert ?o }", "SELECT"),
        ("SELECT * { ?s ?p 'LOAD <http://x>' }", "SELECT"),
        ('SELECT * { ?s ?p """multi\n"quoted" DELETE\n""" }', "SELECT"),
        ("SELECT * { ?s ?p '''it''s SERVICE''' }", "SELECT"),
        ('SELECT * { ?s ?p "escaped \\" SERVICE <http://x> {} " }', "SELECT"),
        ("SELECT * { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }", "SELECT"),
        ("BASE <http://x/> PREFIX ask: <http://y/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("ask { ?s ?p ?o }", "ASK"),
        ("DESCRIBE <http://x/withdrop>", "DESCRIBE"),
    ],
)
def test_read_only_allows(text: str, form: str) -> None:
    assert check_read_only(text) == form


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("SELECT * { SERVICE <http://x> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * { service silent <http://x> { ?s ?p ?o } }", "SERVICE"),
        ("insert data { <http://a> <http://b> <http://c> }", "INSERT"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
        ("PREFIX x: <http://x/> DROP ALL", "DROP"),
        ("LOAD <http://example.org/data.ttl>", "LOAD"),
        ("CLEAR DEFAULT", "CLEAR"),
        ("CREATE GRAPH <http://g>", "CREATE"),
        ("ADD <http://a> TO <http://b>", "ADD"),
        ("MOVE DEFAULT TO <http://b>", "MOVE"),
        ("COPY <http://a> TO <http://b>", "COPY"),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
        ("SELECT * {} ; DROP ALL", "DROP"),
        # A string that closes early once \u escapes are decoded, as the spec's pre-processing does.
        ('SELECT * { ?s ?p "x\\u0022 . SERVICE <http://x> { ?a ?b ?c } #" }', "SERVICE"),
    ],
)
def test_read_only_refuses(text: str, word: str) -> None:
    with pytest.raises(ForbiddenQueryError) as info:
        check_read_only(text)
    message = str(info.value)
    assert word in message
    assert "\n" not in message


def test_allow_update_still_refuses_service() -> None:
    assert check_read_only("insert data { <http://a> <http://b> <http://c> }", allow_update=True) == "UPDATE"
    assert check_read_only("SELECT * {}", allow_update=True) == "SELECT"
    with pytest.raises(ForbiddenQueryError, match="SERVICE"):
        check_read_only("INSERT { ?s ?p ?o } WHERE { SERVICE <http://x> { ?s ?p ?o } }", allow_update=True)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# only a comment",
        "FOO BAR",
        'SELECT * { ?s ?p "unterminated }',
        "SELECT * { \\u0053ERVICE <x> {} }",
    ],
)
def test_read_only_rejects_what_it_cannot_read(text: str) -> None:
    with pytest.raises(QueryError):
        check_read_only(text)


# --------------------------------------------------------------------------- running


def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


LISTED = "# title: T\n# param: s iri - optional: one statement\n{listing}SELECT ?s {{ ?s ?p ?o }}\n"


def test_a_listing_form_is_run_when_no_parameter_is_bound(tmp_path: Path) -> None:
    (tmp_path / "q.listing.sparql").write_text("# all of it\nSELECT ?s { ?s a ?t }\n", encoding="utf-8")
    q = parse_query_file(write(tmp_path, "q", LISTED.format(listing="# listing: q.listing.sparql\n")))
    assert q.listing_text == "# all of it\nSELECT ?s { ?s a ?t }\n"
    assert q.text_for({}) == q.listing_text
    assert q.text_for(bind(q, {"s": "statement:x"})) == q.text == "SELECT ?s { ?s ?p ?o }\n"
    # The catalogue lists the .rq file only.
    assert list(load_catalogue([tmp_path])) == ["q"]
    plain = parse_query_file(write(tmp_path, "plain", LISTED.format(listing="")))
    assert plain.listing_text is None and plain.text_for({}) == plain.text


def test_run_takes_the_listing_form_without_bindings(store: ox.Store, tmp_path: Path) -> None:
    # The listing text here answers differently on purpose, to show which text ran.
    (tmp_path / "q.sparql").write_text("SELECT ?s { ?s sg:count ?c }\n", encoding="utf-8")
    header = "# title: T\n# listing: q.sparql\n# param: s iri - one\n"
    q = parse_query_file(write(tmp_path, "q", header + "SELECT ?s { ?s sg:speaker [] }"))
    assert run(store, q, {}).rows == [(iri(STATEMENT["s2"]),)]
    one = run(store, q, bind(q, {"s": STATEMENT["s1"]}))
    assert one.rows == [(iri(STATEMENT["s1"]),)]


@pytest.mark.parametrize(
    ("listing", "files", "problem"),
    [
        ("# listing: missing.sparql", {}, "listing file missing.sparql not found beside q.rq"),
        ("# listing: other.rq", {"other.rq": "SELECT * {}"}, "a file beside this one, not ending in .rq"),
        ("# listing: sub/x.sparql", {}, "names a file beside this one"),
        ("# listing:", {}, "names a file beside this one"),
        ("# listing: a.sparql\n# listing: a.sparql", {"a.sparql": "SELECT * {}"}, "a second '# listing:'"),
        ("# listing: a.sparql", {"a.sparql": "ASK { ?s ?p ?o }"}, "a.sparql is a ASK, the query a SELECT"),
        ("# page: missing.sparql", {}, "page file missing.sparql not found beside q.rq"),
        ("# page: sub/x.sparql", {}, "'# page:' names a file beside this one"),
        ("# page: a.sparql\n# page: a.sparql", {"a.sparql": "SELECT * {} LIMIT PAGE_SPAN"}, "second '# page"),
        ("# page: a.sparql", {"a.sparql": "SELECT * {}"}, "a.sparql: a page's text must hold PAGE_SPAN"),
    ],
)
def test_bad_listing_lines(tmp_path: Path, listing: str, files: dict[str, str], problem: str) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    path = write(tmp_path, "q", LISTED.format(listing=listing + "\n"))
    with pytest.raises(QueryError) as info:
        parse_query_file(path)
    message = str(info.value)
    line = 3 + listing.count("\n")  # a second line is the one named
    assert message.startswith(f"{path}:{line}: "), message
    assert problem in message


def test_a_page_form_is_given_the_page_end_as_its_span(tmp_path: Path) -> None:
    page = "SELECT ?s { { SELECT ?s { ?s a ?t } ORDER BY ?s LIMIT PAGE_SPAN } }\n"
    (tmp_path / "q.page.sparql").write_text(page, encoding="utf-8")
    q = parse_query_file(write(tmp_path, "q", LISTED.format(listing="# page: q.page.sparql\n")))
    assert q.page_text == page
    assert q.page_for(5) == page.replace("PAGE_SPAN", "5")
    assert q.page_for(5, offset=20) == page.replace("PAGE_SPAN", "25")
    assert parse_query_file(write(tmp_path, "plain", LISTED.format(listing=""))).page_for(5) is None


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        ("SELECT ?s { ?s a ?t }", "must hold PAGE_SPAN once (it holds it 0 times)"),
        (
            "SELECT ?s { { SELECT ?s { ?s a ?t } LIMIT PAGE_SPAN }"
            " { SELECT ?s { ?s a ?t } LIMIT PAGE_SPAN } }",
            "it holds it 2 times",
        ),
        ("ASK { { SELECT ?s { ?s a ?t } LIMIT PAGE_SPAN } }", "q.page.sparql is a ASK, the query a SELECT"),
    ],
)
def test_bad_page_files(tmp_path: Path, page: str, problem: str) -> None:
    (tmp_path / "q.page.sparql").write_text(page, encoding="utf-8")
    path = write(tmp_path, "q", LISTED.format(listing="# page: q.page.sparql\n"))
    with pytest.raises(QueryError) as info:
        parse_query_file(path)
    assert str(info.value).startswith(f"{path}:3: "), str(info.value)
    assert problem in str(info.value)


def test_a_listing_form_must_be_a_read_only_query(tmp_path: Path) -> None:
    (tmp_path / "a.sparql").write_text("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", encoding="utf-8")
    with pytest.raises(QueryError, match=r"a\.sparql"):
        parse_query_file(write(tmp_path, "q", LISTED.format(listing="# listing: a.sparql\n")))


@pytest.fixture
def store() -> ox.Store:
    """Two statements in a release graph, the speaker's label in the vocabulary graph."""
    s = ox.Store()
    release, vocabulary = iri(GRAPH["r1"]), iri(GRAPH["vocabulary"])
    s1, s2, jens = iri(STATEMENT["s1"]), iri(STATEMENT["s2"]), iri(ACTOR["jens-stoltenberg"])
    s.add(ox.Quad(s1, iri(SG["speaker"]), jens, release))
    s.add(ox.Quad(s1, iri(SG["date"]), ox.Literal("2014-03-01", datatype=iri(XSD + "date")), release))
    s.add(ox.Quad(s1, iri(SG["quote"]), ox.Literal('He said "no",\tthen\nleft'), release))
    s.add(ox.Quad(s2, iri(SG["speaker"]), jens, release))
    s.add(ox.Quad(s2, iri(SG["count"]), ox.Literal("3", datatype=iri(XSD + "integer")), release))
    s.add(ox.Quad(jens, iri(SKOS["prefLabel"]), ox.Literal("Jens Stoltenberg", language="en"), vocabulary))
    return s


SELECT = """
SELECT ?s ?speaker ?name ?date ?quote ?count WHERE {
  ?s sg:speaker ?speaker .
  ?speaker skos:prefLabel ?name .
  OPTIONAL { ?s sg:date ?date }
  OPTIONAL { ?s sg:quote ?quote }
  OPTIONAL { ?s sg:count ?count }
} ORDER BY ?s
"""


def test_run_select_uses_union_graph_and_prefixes(store: ox.Store) -> None:
    result = run(store, SELECT)
    assert result.kind == "select"
    assert result.variables == ("s", "speaker", "name", "date", "quote", "count")
    assert [row[0] for row in result.rows] == [iri(STATEMENT["s1"]), iri(STATEMENT["s2"])]
    assert result.rows[1][3] is None


def test_format_table(store: ox.Store) -> None:
    query = (
        "SELECT ?s ?speaker ?quote ?count { ?s sg:speaker ?speaker "
        "OPTIONAL { ?s sg:quote ?quote } OPTIONAL { ?s sg:count ?count } } ORDER BY ?s"
    )
    assert format_result(run(store, query), "table") == (
        "s             speaker                 quote                      count\n"
        "------------  ----------------------  -------------------------  -----\n"
        'statement:s1  actor:jens-stoltenberg  He said "no",\\tthen\\nleft\n'
        "statement:s2  actor:jens-stoltenberg                             3\n"
    )


def test_format_csv(store: ox.Store) -> None:
    assert format_result(run(store, SELECT), "csv") == (
        "s,speaker,name,date,quote,count\r\n"
        "https://w3id.org/statgraph/data/statement/s1,https://w3id.org/statgraph/id/actor/jens-stoltenberg,"
        'Jens Stoltenberg,2014-03-01,"He said ""no"",\tthen\nleft",\r\n'
        "https://w3id.org/statgraph/data/statement/s2,https://w3id.org/statgraph/id/actor/jens-stoltenberg,"
        "Jens Stoltenberg,,,3\r\n"
    )


def test_format_tsv(store: ox.Store) -> None:
    assert format_result(run(store, SELECT), "tsv") == (
        "?s\t?speaker\t?name\t?date\t?quote\t?count\n"
        "<https://w3id.org/statgraph/data/statement/s1>\t<https://w3id.org/statgraph/id/actor/jens-stoltenberg>\t"
        '"Jens Stoltenberg"@en\t"2014-03-01"^^<http://www.w3.org/2001/XMLSchema#date>\t'
        '"He said \\"no\\",\\tthen\\nleft"\t\n'
        "<https://w3id.org/statgraph/data/statement/s2>\t<https://w3id.org/statgraph/id/actor/jens-stoltenberg>\t"
        '"Jens Stoltenberg"@en\t\t\t"3"^^<http://www.w3.org/2001/XMLSchema#integer>\n'
    )


def test_format_json(store: ox.Store) -> None:
    result = run(
        store,
        "SELECT ?s ?name ?date ?count { ?s sg:speaker/skos:prefLabel ?name "
        "OPTIONAL { ?s sg:date ?date } OPTIONAL { ?s sg:count ?count } } ORDER BY ?s",
    )
    assert (
        format_result(result, "json")
        == """\
{
  "head": {
    "vars": [
      "s",
      "name",
      "date",
      "count"
    ]
  },
  "results": {
    "bindings": [
      {
        "s": {
          "type": "uri",
          "value": "https://w3id.org/statgraph/data/statement/s1"
        },
        "name": {
          "type": "literal",
          "value": "Jens Stoltenberg",
          "xml:lang": "en"
        },
        "date": {
          "type": "literal",
          "value": "2014-03-01",
          "datatype": "http://www.w3.org/2001/XMLSchema#date"
        }
      },
      {
        "s": {
          "type": "uri",
          "value": "https://w3id.org/statgraph/data/statement/s2"
        },
        "name": {
          "type": "literal",
          "value": "Jens Stoltenberg",
          "xml:lang": "en"
        },
        "count": {
          "type": "literal",
          "value": "3",
          "datatype": "http://www.w3.org/2001/XMLSchema#integer"
        }
      }
    ]
  }
}
"""
    )


def test_format_blank_nodes_and_plain_strings() -> None:
    result = QueryResult(kind="select", variables=("b", "o"), rows=[(ox.BlankNode("b1"), ox.Literal("x"))])
    assert format_result(result, "csv") == "b,o\r\n_:b1,x\r\n"
    assert format_result(result, "tsv") == '?b\t?o\n_:b1\t"x"\n'
    assert '"o": {\n          "type": "literal",\n          "value": "x"\n        }' in format_result(
        result, "json"
    )
    assert '"b": {\n          "type": "bnode",\n          "value": "b1"\n        }' in format_result(
        result, "json"
    )
    assert format_result(result, "table") == "b     o\n----  -\n_:b1  x\n"


def test_format_ask(store: ox.Store) -> None:
    yes = run(store, "ASK { ?s sg:speaker actor:jens-stoltenberg }")
    no = run(store, "ASK { ?s sg:speaker actor:nobody }")
    assert (yes.kind, yes.boolean, no.boolean) == ("ask", True, False)
    assert format_result(yes, "json") == '{\n  "head": {},\n  "boolean": true\n}\n'
    assert format_result(no, "table") == "false\n"
    assert format_result(yes, "csv") == "true\r\n"
    assert format_result(yes, "tsv") == "true\n"


def test_format_graph(store: ox.Store) -> None:
    result = run(store, "CONSTRUCT { ?s sg:speaker ?a } WHERE { ?s sg:speaker ?a } ")
    assert result.kind == "graph"
    ntriples = {
        "<https://w3id.org/statgraph/data/statement/s1> <https://w3id.org/statgraph/ns#speaker> "
        "<https://w3id.org/statgraph/id/actor/jens-stoltenberg> .",
        "<https://w3id.org/statgraph/data/statement/s2> <https://w3id.org/statgraph/ns#speaker> "
        "<https://w3id.org/statgraph/id/actor/jens-stoltenberg> .",
    }
    for fmt in ("table", "csv", "tsv", "json"):
        text = format_result(result, fmt)
        assert text.endswith("\n")
        assert set(text.splitlines()) == ntriples
    turtle = format_result(result, "turtle")
    assert turtle.startswith(
        "@prefix actor: <https://w3id.org/statgraph/id/actor/> .\n"
        "@prefix sg: <https://w3id.org/statgraph/ns#> .\n"
        "@prefix statement: <https://w3id.org/statgraph/data/statement/> .\n"
    )
    assert "actor:jens-stoltenberg" in turtle
    parsed = set(ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE))
    assert {q.triple for q in parsed} == set(result.triples)


def test_format_errors(store: ox.Store) -> None:
    with pytest.raises(QueryError, match="unknown output format 'xml'"):
        format_result(run(store, SELECT), "xml")
    with pytest.raises(QueryError, match="turtle"):
        format_result(run(store, SELECT), "turtle")


def test_run_refuses_updates_and_service(store: ox.Store) -> None:
    with pytest.raises(ForbiddenQueryError):
        run(store, "DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(ForbiddenQueryError):
        run(store, "SELECT * { SERVICE <http://localhost:1/> { ?s ?p ?o } }")
    assert len(store) == 6


def test_run_syntax_error_is_a_query_error(store: ox.Store) -> None:
    with pytest.raises(QueryError, match=r"query \(inline\)"):
        run(store, "SELECT ?s { ?s ?p }")


def test_run_binds_projected_and_filter_only_params(store: ox.Store, tmp_path: Path) -> None:
    projected = parse_query_file(
        write(
            tmp_path,
            "projected",
            (
                '# title: p\n# param: name literal "Jens Stoltenberg" label\n'
                "SELECT ?s ?name { ?s sg:speaker/skos:prefLabel ?l FILTER(str(?l) = ?name) } ORDER BY ?s\n"
            ),
        )
    )
    filter_only = parse_query_file(
        write(
            tmp_path,
            "counted",
            (
                '# title: c\n# param: name literal "Jens Stoltenberg" label\n'
                "# param: speaker iri - optional speaker\n"
                "SELECT (COUNT(*) AS ?n) { ?s sg:speaker ?speaker . ?speaker skos:prefLabel ?l "
                "FILTER(str(?l) = ?name) }\n"
            ),
        )
    )
    assert len(run(store, projected, bind(projected, {})).rows) == 2
    assert run(store, projected, bind(projected, {"name": "Nobody"})).rows == []
    count = run(store, filter_only, bind(filter_only, {}))
    assert count.rows == [(ox.Literal("2", datatype=iri(XSD + "integer")),)]
    none = run(store, filter_only, bind(filter_only, {"speaker": "actor:nobody"}))
    assert none.rows == [(ox.Literal("0", datatype=iri(XSD + "integer")),)]


# --------------------------------------------------------------------------- injection

NASTY = [
    '"',
    '" } ; DROP ALL #',
    "') } SERVICE <http://evil/> { ?a ?b ?c } #",
    '"""',
    "'''",
    "\\",
    "\\u0022",
    "\\\\u0022 } #",
    "a\nb\r\nc\td",
    "}\n} ORDER BY ?x LIMIT 0 #",
    "# comment",
    "\x00\x01\x7f",
    "Stoltenberg\u2028\u0085",
]


def label_store(labels: list[str]) -> ox.Store:
    s = ox.Store()
    for i, label in enumerate(labels):
        s.add(
            ox.Quad(
                iri(f"http://example.org/{i}"), iri(SKOS["prefLabel"]), ox.Literal(label), iri(GRAPH["g"])
            )
        )
    return s


FILTER_ONLY = saved(
    "SELECT ?s WHERE { ?s skos:prefLabel ?l . FILTER(str(?l) = str(?target)) }",
    (Param("target", "literal", None, "the label"),),
)
PROJECTED = saved(
    "SELECT ?s ?target WHERE { ?s skos:prefLabel ?target }",
    (Param("target", "literal", None, "the label"),),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.text(max_size=40))
@example(value=NASTY[0])
@example(value=NASTY[1])
@example(value=NASTY[2])
@example(value=NASTY[3])
@example(value=NASTY[4])
@example(value=NASTY[5])
@example(value=NASTY[6])
@example(value=NASTY[7])
@example(value=NASTY[8])
@example(value=NASTY[9])
@example(value=NASTY[10])
@example(value=NASTY[11])
@example(value=NASTY[12])
def test_literal_param_never_changes_the_shape_of_the_query(value: str) -> None:
    # The store holds the value itself among decoys: exactly one row matches, whatever the value.
    labels = ["Russia", "Ukraine", *(v for v in NASTY if v != value), value]
    store = label_store(labels)
    expected = [(iri(f"http://example.org/{len(labels) - 1}"),)]
    for query in (FILTER_ONLY, PROJECTED):
        bindings = bind(query, {"target": value})
        by_substitution = run(store, query, bindings)
        assert [row[:1] for row in by_substitution.rows] == expected
        by_values = run(store, with_values(query.text, bindings))
        assert by_values.rows == by_substitution.rows
    # A value absent from the store matches nothing, rather than everything.
    absent = label_store(["Russia"])
    if value != "Russia":
        assert run(absent, FILTER_ONLY, bind(FILTER_ONLY, {"target": value})).rows == []


@settings(max_examples=100, deadline=None)
@given(value=st.text(max_size=30), lang=st.sampled_from(["en", "fr", "en-GB"]))
def test_values_clause_round_trips_language_strings(value: str, lang: str) -> None:
    term = ox.Literal(value, language=lang)
    store = ox.Store()
    store.add(ox.Quad(iri("http://example.org/s"), iri("http://example.org/p"), term))
    store.add(ox.Quad(iri("http://example.org/t"), iri("http://example.org/p"), ox.Literal(value + "x")))
    text = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    clause = values_clause({"o": term})
    assert "\n" not in clause
    rows = [tuple(sol) for sol in store.query(with_values(text, {"o": term}))]
    assert rows == [(iri("http://example.org/s"), term)]
    assert [tuple(s) for s in store.query(text, substitutions={ox.Variable("o"): term})] == rows


def test_values_clause_syntax() -> None:
    assert values_clause({}) == ""
    assert (
        values_clause(
            {
                "a": ox.Literal('x"}\n#\\'),
                "b": iri("http://e/x"),
                "c": ox.Literal("1", datatype=iri(XSD + "integer")),
            }
        )
        == 'VALUES (?a ?b ?c) { ("x\\"}\\n#\\\\" <http://e/x> '
        '"1"^^<http://www.w3.org/2001/XMLSchema#integer>) }'
    )


def test_with_values_placement() -> None:
    term = {"x": ox.Literal("v")}
    block = 'VALUES (?x) { ("v") }'
    assert with_values("SELECT ?s WHERE { ?s ?p ?x }", term) == f"SELECT ?s WHERE {{ {block}  ?s ?p ?x }}"
    assert with_values("CONSTRUCT { ?s ?p ?x } WHERE { ?s ?p ?x }", term) == (
        f"CONSTRUCT {{ ?s ?p ?x }} WHERE {{ {block}  ?s ?p ?x }}"
    )
    assert with_values("CONSTRUCT WHERE { ?s ?p ?x }", term) == f"CONSTRUCT WHERE {{ ?s ?p ?x }}\n{block}\n"
    assert with_values("SELECT (EXISTS { ?a ?b ?c } AS ?e) { ?s ?p ?x }", term) == (
        f"SELECT (EXISTS {{ ?a ?b ?c }} AS ?e) {{ {block}  ?s ?p ?x }}"
    )


# --------------------------------------------------------------------------- timeout


def test_timeout_stops_a_slow_query() -> None:
    store = ox.Store()
    store.bulk_extend(
        ox.Quad(iri(f"http://example.org/{i}"), iri("http://example.org/p"), ox.Literal(str(i)))
        for i in range(6000)
    )
    slow = saved("SELECT * { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", name="cross")
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match=r"query cross ran past the 0\.3 s timeout"):
        run(store, slow, {}, timeout=0.3)
    assert time.monotonic() - started < 5
    assert len(run(store, "SELECT * { ?a ?p ?b } LIMIT 10", timeout=5).rows) == 10


def test_an_aggregate_query_is_stopped_before_its_first_row() -> None:
    # GROUP BY and COUNT produce nothing until the engine has seen everything: the time limit
    # must not wait for a first row.
    store = ox.Store()
    store.extend(
        ox.Quad(
            ox.NamedNode(f"http://example.org/{i}"), ox.NamedNode("http://example.org/p"), ox.Literal(f"{i}")
        )
        for i in range(6000)
    )
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match=r"ran past the 0\.3 s timeout"):
        # 6000² rows to count: a few seconds of work, over soon after the test.
        run(store, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d }", timeout=0.3)
    assert time.monotonic() - started < 10  # the limit holds, not the first row


# --- one page of an answer: with_slice ---


@pytest.mark.parametrize(
    ("text", "limit", "offset", "expected"),
    [
        ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", 5, 0, "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\nLIMIT 5\n"),  # noqa: E501
        ("SELECT ?s WHERE { ?s ?p ?o }", None, 3, "SELECT ?s WHERE { ?s ?p ?o }\nOFFSET 3\n"),
        ("SELECT ?s WHERE { ?s ?p ?o }", 0, 2, "SELECT ?s WHERE { ?s ?p ?o }\nLIMIT 0 OFFSET 2\n"),
        # Before a trailing VALUES clause, where the grammar puts solution modifiers.
        (
            "SELECT ?s WHERE { ?s ?p ?o } VALUES ?o { 1 }",
            2,
            0,
            "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2\nVALUES ?o { 1 }",
        ),
        # A LIMIT inside a sub-SELECT is the query's own business.
        (
            "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 9 } }",
            1,
            0,
            "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 9 } }\nLIMIT 1\n",
        ),
        ("SELECT ?s WHERE { ?s ?p ?o }", None, 0, "SELECT ?s WHERE { ?s ?p ?o }"),
    ],
)
def test_with_slice_places_limit_and_offset_after_the_modifiers(
    text: str, limit: int | None, offset: int, expected: str
) -> None:
    assert with_slice(text, limit, offset) == expected


@pytest.mark.parametrize(
    "text", ["SELECT ?s WHERE { ?s ?p ?o } LIMIT 10", "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s offset 4"]
)
def test_with_slice_refuses_a_query_that_slices_itself(text: str) -> None:
    with pytest.raises(QueryError, match="its own"):
        with_slice(text, 5)


# --- answers read as they come: stream and write_result ---


def _numbers(n: int) -> ox.Store:
    store = ox.Store()
    store.bulk_extend(
        ox.Quad(iri(f"http://example.org/{i:06d}"), iri("http://example.org/p"), ox.Literal(i))
        for i in range(n)
    )
    return store


def test_stream_gives_the_rows_run_gives_in_order() -> None:
    store = _numbers(3000)  # several chunks, the last one short
    text = "SELECT ?s ?n { ?s ?p ?n } ORDER BY DESC(?n)"
    with stream(store, text) as answer:
        assert (answer.kind, answer.variables) == ("select", ("s", "n"))
        rows = list(answer.rows())
    assert rows == run(store, text).rows
    assert len(rows) == 3000 and rows[0][1] == ox.Literal(2999)


def test_stream_holds_a_few_chunks_not_the_answer() -> None:
    # Reading every row of a large answer through a stream keeps a few hundred rows in
    # Python at a time; the whole answer as a list holds every one.
    store = _numbers(40_000)
    text = "SELECT ?s ?p ?n { ?s ?p ?n }"
    tracemalloc.start()
    try:
        with stream(store, text) as answer:
            assert sum(1 for _ in answer.rows()) == 40_000
        _, streamed = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        held = run(store, text)
        _, whole = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(held.rows) == 40_000
    assert streamed * 5 < whole, (streamed, whole)


def test_a_streamed_table_holds_one_row_at_a_time() -> None:
    # A table's columns are as wide as its widest cell, known at the last row: a stream's rows wait
    # in a temporary file, not in a list of every cell.
    store = _numbers(10_000)
    text = "SELECT ?s ?p ?n { ?s ?p ?n }"
    whole = format_result(run(store, text), "table")

    class Digest(io.StringIO):
        """Keeps a digest of what is written, not the text."""

        def __init__(self) -> None:
            super().__init__()
            self.digest = hashlib.sha256()

        def write(self, text: str) -> int:
            self.digest.update(text.encode())
            return len(text)

    out = Digest()
    tracemalloc.start()
    try:
        with stream(store, text) as answer:
            tracemalloc.reset_peak()
            count = write_result(out, answer, "table")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 10_000
    assert out.digest.hexdigest() == hashlib.sha256(whole.encode()).hexdigest()
    # Every cell held: 3 MB for a table of 0.6 MB of text; a few chunks in flight: 0.8 MB.
    assert peak < 2 * len(whole), (peak, len(whole))


def test_a_streamed_table_keeps_cells_of_tabs_newlines_and_no_columns(store: ox.Store) -> None:
    for text in (
        "SELECT ?s ?speaker ?quote ?count { ?s sg:speaker ?speaker "
        "OPTIONAL { ?s sg:quote ?quote } OPTIONAL { ?s sg:count ?count } } ORDER BY ?s",
        "SELECT ?label { ?s skos:prefLabel ?l BIND(CONCAT(?l, '\\t\u00e9\\n') AS ?label) }",
        "SELECT * { ?s sg:speaker ?o FILTER(false) }",
        "SELECT * {}",
    ):
        out = io.StringIO()
        with stream(store, text) as answer:
            write_result(out, answer, "table")
        assert out.getvalue() == format_result(run(store, text), "table"), text


def test_leaving_a_stream_early_stops_its_thread() -> None:
    store = _numbers(40_000)
    with stream(store, "SELECT ?s { ?s ?p ?n }") as answer:
        first = next(answer.rows())
    assert first[0].value.startswith("http://example.org/")
    deadline = time.monotonic() + 10
    while any(t.name == "statgraph-query" for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(t.name == "statgraph-query" for t in threading.enumerate())


def test_a_stream_times_out_before_its_first_row() -> None:
    store = _numbers(6000)
    started = time.monotonic()
    with (
        pytest.raises(QueryTimeoutError, match=r"query \(inline\) ran past the 0\.3 s timeout"),
        stream(store, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d }", timeout=0.3) as answer,
    ):
        list(answer.rows())
    assert time.monotonic() - started < 10


def test_a_stream_maps_engine_errors() -> None:
    with pytest.raises(QueryError, match=r"query \(inline\): "), stream(ox.Store(), "SELECT ?x {") as answer:
        list(answer.rows())


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?s ?n { ?s ?p ?n } ORDER BY ?s",
        "SELECT ?s ?n { ?s ?p ?n } ORDER BY ?s LIMIT 0",
        "SELECT ?s ?none { ?s ?p ?n OPTIONAL { ?s ?q ?none } } ORDER BY ?s",
        "ASK { ?s ?p 3 }",
        "CONSTRUCT { ?s ?p ?n } WHERE { ?s ?p ?n } ORDER BY ?s",
    ],
)
def test_write_result_of_a_stream_is_format_result(text: str, fmt: str) -> None:
    store = _numbers(1200)
    whole = run(store, text)
    out = io.StringIO()
    with stream(store, text) as answer:
        count = write_result(out, answer, fmt)
    assert out.getvalue() == format_result(whole, fmt)
    assert count == (len(whole.rows) if whole.kind == "select" else len(whole.triples))


_CELL = st.one_of(
    st.none(),
    st.builds(lambda s: ox.NamedNode(f"http://example.org/{s}"), st.text("abcxyz09", max_size=5)),
    st.builds(ox.Literal, st.text(max_size=8)),
    st.builds(lambda s: ox.Literal(s, language="fr"), st.text(max_size=8)),
    st.builds(ox.Literal, st.integers()),
    st.builds(ox.BlankNode, st.text("abc", min_size=1, max_size=4)),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    variables=st.lists(st.text("abcdefgh", min_size=1, max_size=4), max_size=4, unique=True),
    data=st.data(),
)
def test_streamed_json_is_the_w3c_document_json_dumps_writes(
    variables: list[str], data: st.DataObject
) -> None:
    rows = data.draw(st.lists(st.tuples(*[_CELL] * len(variables)), max_size=5))
    out = io.StringIO()
    result = QueryResult(kind="select", variables=tuple(variables), rows=rows)
    assert write_result(out, result, "json") == len(rows)
    bindings = [
        {v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows
    ]
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    assert out.getvalue() == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    assert json.loads(out.getvalue()) == document


def _shorten_by_every_namespace(iri: str) -> str:
    # What shorten() gives, tried on every namespace in turn, keeping the longest whose local part fits.
    from statgraph.namespaces import PREFIXES

    best: tuple[str, str] | None = None
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace) :]
        fits = bool(re.fullmatch(r"(?:[\w\-]|\.(?!$))*", local)) and not local.startswith((".", "-"))
        if iri.startswith(namespace) and fits and (best is None or len(namespace) > len(PREFIXES[best[0]])):
            best = (prefix, local)
    return f"{best[0]}:{best[1]}" if best else f"<{iri}>"


@settings(max_examples=300)
@given(
    namespace=st.sampled_from(
        ["https://w3id.org/statgraph/", "https://w3id.org/statgraph/ns#", "https://w3id.org/statgraph/id/",
         "http://www.w3.org/ns/prov#", "http://example.org/", ""]
    ),
    local=st.text("abz09-_./#é ", max_size=12),
)
def test_shorten_takes_the_longest_namespace_whose_local_part_fits(namespace: str, local: str) -> None:
    from statgraph.queries import shorten

    iri = namespace + local
    assert shorten(iri) == _shorten_by_every_namespace(iri)


def test_shorten_falls_back_to_a_shorter_namespace_when_the_local_part_does_not_fit() -> None:
    from statgraph.namespaces import STATEMENT
    from statgraph.queries import shorten

    assert shorten(str(STATEMENT) + "s1") == "statement:s1"
    # 'a/b' is no local name under statement:, nor under any shorter namespace here
    assert shorten(str(STATEMENT) + "a/b") == f"<{STATEMENT}a/b>"
    assert shorten("http://example.org/x") == "<http://example.org/x>"
