// Documents of several items: numbering, year suffixes, positions, collapsing,
// author substitution and collation, each checked on a small style written for
// the test.
#include "warta/cite/citation_processor.h"

#include <catch2/catch.hpp>

namespace {

using namespace warta;

// An author-date style with the options the document engine reads.
std::string authorDate(const std::string &citationAttributes, const std::string &bibliographyAttributes)
{
    return R"X(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>t</id><title>t</title></info>
  <citation )X" +
           citationAttributes +
           R"X(>
    <sort><key variable="author"/><key variable="issued"/></sort>
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=", "><names variable="author"><name form="short"/></names><date variable="issued"><date-part name="year"/></date></group>
    </layout>
  </citation>
  <bibliography )X" +
           bibliographyAttributes +
           R"X(>
    <sort><key variable="author"/><key variable="issued"/><key variable="title"/></sort>
    <layout suffix="."><group delimiter=". "><names variable="author"><name name-as-sort-order="all"/></names><date variable="issued"><date-part name="year"/></date><text variable="title"/></group></layout>
  </bibliography>
</style>)X";
}

const char *kItems = R"X([
  {"id":"b","type":"book","title":"Kedua","author":[{"family":"Dani","given":"Ahmad"}],"issued":{"date-parts":[[2019]]}},
  {"id":"a","type":"book","title":"Pertama","author":[{"family":"Dani","given":"Ahmad"}],"issued":{"date-parts":[[2019]]}},
  {"id":"c","type":"book","title":"Lain","author":[{"family":"Ärni","given":"Budi"}],"issued":{"date-parts":[[2020]]}}
])X";

RenderedDocument render(const std::string &styleXml, const std::string &clustersJson,
                        const char *itemsJson = kItems)
{
    auto style = CslStyle::fromXml(styleXml);
    REQUIRE(style);
    auto processor = CitationProcessor::create(style.value());
    REQUIRE(processor);
    auto items = CslItem::listFromJson(itemsJson);
    REQUIRE(items);
    auto clusters = clustersFromJson(clustersJson);
    REQUIRE(clusters);
    auto document = processor->renderDocument(items.value(), clusters.value(), OutputFormat::Text);
    REQUIRE(document);
    return document.value();
}

} // namespace

TEST_CASE("cite: a document sorts its reference list with the locale's collation", "[cite][document]")
{
    auto document = render(authorDate("", ""), "[]");
    // "Ärni" sorts with A, before "Dani"; the two Dani entries by title.
    REQUIRE(document.bibliographyIds == std::vector<std::string>{"c", "b", "a"});
}

TEST_CASE("cite: year suffixes follow the reference list and collapse in a citation", "[cite][document]")
{
    auto document = render(
            authorDate(
                    R"X(disambiguate-add-year-suffix="true" collapse="year-suffix" year-suffix-delimiter=", ")X",
                    ""),
            R"X([[{"id":"b"}],[{"id":"b"},{"id":"a"},{"id":"c"}]])X");
    REQUIRE(document.citations.size() == 2);
    CHECK(document.citations[0] == "(Dani, 2019a)");
    CHECK(document.citations[1] == "(Ärni, 2020; Dani, 2019a, b)");
    CHECK(document.bibliography[1] == "Dani, Ahmad. 2019a. Kedua.");
}

TEST_CASE("cite: subsequent-author-substitute replaces a repeated author", "[cite][document]")
{
    auto document = render(authorDate("", R"X(subsequent-author-substitute="———")X"), "[]");
    REQUIRE(document.bibliography.size() == 3);
    CHECK(document.bibliography[2] == "———. 2019. Pertama.");
}

TEST_CASE("cite: a cite naming no item is reported and left out", "[cite][document]")
{
    auto document = render(authorDate("", ""), R"X([[{"id":"zz"},{"id":"a"}]])X");
    CHECK(document.citations[0] == "(Dani, 2019)");
    REQUIRE(document.problems.size() == 1);
    CHECK(document.problems[0].find("zz") != std::string::npos);
}

TEST_CASE("cite: note positions give ibid. and a short later note", "[cite][document]")
{
    const std::string style = R"X(<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id>n</id><title>n</title></info>
  <citation><layout suffix="." delimiter="; "><choose>
    <if position="ibid-with-locator"><group delimiter=", "><text term="ibid"/><text variable="locator"/></group></if>
    <else-if position="ibid"><text term="ibid"/></else-if>
    <else-if position="subsequent"><names variable="author"><name form="short"/></names></else-if>
    <else><group delimiter=", "><names variable="author"/><text variable="title"/><text variable="locator"/></group></else>
  </choose></layout></citation>
</style>)X";
    auto document = render(style, R"X([
      {"citationItems":[{"id":"a"}],"properties":{"noteIndex":1}},
      {"citationItems":[{"id":"a"}],"properties":{"noteIndex":2}},
      {"citationItems":[{"id":"a","locator":"4","label":"page"}],"properties":{"noteIndex":3}},
      {"citationItems":[{"id":"c"}],"properties":{"noteIndex":4}},
      {"citationItems":[{"id":"a"}],"properties":{"noteIndex":5}}])X");
    REQUIRE(document.citations.size() == 5);
    CHECK(document.citations[0] == "Ahmad Dani, Pertama.");
    CHECK(document.citations[1] == "Ibid.");
    CHECK(document.citations[2] == "Ibid., 4.");
    CHECK(document.citations[4] == "Dani.");
}

TEST_CASE("cite: consecutive citation numbers collapse to a range", "[cite][document]")
{
    const std::string style =
            R"X(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>i</id><title>i</title></info>
  <citation collapse="citation-number"><sort><key variable="citation-number"/></sort>
    <layout delimiter=", "><group prefix="[" suffix="]"><text variable="citation-number"/></group></layout></citation>
  <bibliography><layout><text variable="citation-number" suffix=". "/><text variable="title"/></layout></bibliography>
</style>)X";
    auto document = render(style, R"X([[{"id":"c"}],[{"id":"b"},{"id":"c"},{"id":"a"}]])X");
    CHECK(document.citations[0] == "[1]");
    CHECK(document.citations[1] == "[1]–[3]");
    CHECK(document.bibliography[2] == "3. Pertama");
}

TEST_CASE("cite: citation edits leave the document the last edit describes", "[cite][document]")
{
    // Three edits as a word processor sends them: cite b, then c after it,
    // then a replacement of the first citation (same id) by a, with c moved
    // to note 3. The citation first placed before c is gone.
    auto clusters = clustersFromJson(R"X([
      [{"citationID":"X","citationItems":[{"id":"b"}],"properties":{"noteIndex":1}}, [], []],
      [{"citationID":"Y","citationItems":[{"id":"c"}],"properties":{"noteIndex":2}}, [["X",1]], []],
      [{"citationID":"X","citationItems":[{"id":"a"}],"properties":{"noteIndex":1}}, [], [["Y",3]]]
    ])X");
    REQUIRE(clusters);
    REQUIRE(clusters->size() == 2);
    CHECK(clusters->at(0).cites.at(0).id == "a");
    CHECK(clusters->at(1).cites.at(0).id == "c");
    CHECK(clusters->at(1).noteIndex == 3);
    auto document = render(authorDate("", ""), R"X([
      [{"citationID":"X","citationItems":[{"id":"b"}]}, [], []],
      [{"citationID":"X","citationItems":[{"id":"c"}]}, [], []]
    ])X");
    // Only c is cited after the replacement: b is not in the reference list.
    CHECK(document.citations == std::vector<std::string>{"(Ärni, 2020)"});
    CHECK(document.bibliographyIds == std::vector<std::string>{"c"});
}

TEST_CASE("cite: an edit that places an unknown citation is refused in a sentence", "[cite][document]")
{
    auto clusters = clustersFromJson(R"X([
      [{"citationID":"X","citationItems":[{"id":"b"}]}, [["Z",1]], []]
    ])X");
    REQUIRE_FALSE(clusters);
    CHECK(clusters.error().message == "citation 1 places citation \"Z\", which no earlier citation defines");
}

namespace {

// A note style: the first cite of an item prints its title, later ones "ibid".
const char *kNoteStyle = R"X(<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id>t</id><title>t</title></info>
  <citation>
    <layout delimiter="; " suffix=".">
      <choose><if position="first"><text variable="title"/></if><else><text term="ibid"/></else></choose>
    </layout>
  </citation>
</style>)X";

} // namespace

TEST_CASE("cite: a cite's prefix and suffix are rich text and fit the delimiter", "[cite][document]")
{
    auto document = render(kNoteStyle, R"X([
      [{"id":"a","prefix":"<i>Lihat</i> "}],
      [{"id":"b","suffix":" adalah sumber pertama,"},{"id":"c","prefix":"'kutipan' "}],
      [{"id":"c"},{"id":"a","prefix":", dikutip dalam "}]
    ])X");
    REQUIRE(document.citations.size() == 3);
    // Markup and quotes in a prefix are formatted (the text writer drops the italics).
    CHECK(document.citations[0] == "Lihat Pertama.");
    // After a suffix ending in a comma only the delimiter's space remains.
    CHECK(document.citations[1] == "Kedua adalah sumber pertama, “kutipan” Lain.");
    // Before a prefix that starts with a comma there is no delimiter.
    CHECK(document.citations[2] == "Ibid., dikutip dalam ibid.");
}

TEST_CASE("cite: a note's term is capitalised where a sentence starts", "[cite][document]")
{
    auto document = render(kNoteStyle, R"X([
      [{"id":"a"}],
      [{"id":"a","prefix":"Lihat "}],
      [{"id":"a","prefix":"Bdk. "}],
      [{"id":"a","prefix":"Hal ini sudah dibahas. "}],
      [{"id":"a"}],
      [{"id":"a","prefix":"Ia berkata, \"Sudah jelas.\" "}]
    ])X");
    REQUIRE(document.citations.size() == 6);
    CHECK(document.citations[5] == "Ia berkata, “Sudah jelas.” Ibid."); // after a quoted sentence
    CHECK(document.citations[1] == "Lihat ibid.");
    CHECK(document.citations[2] == "Bdk. ibid.");                   // a one-word prefix: an abbreviation
    CHECK(document.citations[3] == "Hal ini sudah dibahas. Ibid."); // a sentence ended
    CHECK(document.citations[4] == "Ibid.");
}

namespace {

// Four works of one author and year, and one of another author.
const char *kSameYear = R"X([
  {"id":"w1","type":"book","title":"Satu","author":[{"family":"Dani","given":"Ahmad"}],"issued":{"date-parts":[[2019]]}},
  {"id":"w2","type":"book","title":"Dua","author":[{"family":"Dani","given":"Ahmad"}],"issued":{"date-parts":[[2019]]}},
  {"id":"w3","type":"book","title":"Tiga","author":[{"family":"Dani","given":"Ahmad"}],"issued":{"date-parts":[[2019]]}},
  {"id":"w4","type":"book","title":"Empat","author":[{"family":"Dani","given":"Ahmad"}],"issued":{"date-parts":[[2019]]}},
  {"id":"x","type":"book","title":"Lain","author":[{"family":"Budi","given":"Rina"}],"issued":{"date-parts":[[2018]]}}
])X";

// An author-date citation sorted by title, so cites of one author can be apart.
std::string byDate(const std::string &citationAttributes)
{
    return R"X(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>t</id><title>t</title></info>
  <citation disambiguate-add-year-suffix="true" )X" +
           citationAttributes + R"X(>
    <sort><key variable="title"/></sort>
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" "><names variable="author"><name form="short"/></names><date variable="issued"><date-part name="year"/></date></group>
    </layout>
  </citation>
  <bibliography><sort><key variable="title"/></sort><layout><text variable="title"/></layout></bibliography>
</style>)X";
}

} // namespace

TEST_CASE("cite: cites of the same names gather at the first of them", "[cite][document]")
{
    // Sorted by title Budi's "Lain" comes between Dani's "Dua" and "Satu"; the
    // cite-group-delimiter gathers Dani's cites without collapsing the names.
    auto grouped = render(byDate(R"X(cite-group-delimiter=", ")X"),
                          R"X([[{"id":"w1"},{"id":"x"},{"id":"w2"}]])X", kSameYear);
    CHECK(grouped.citations.at(0) == "(Dani 2019a, Dani 2019b; Budi 2018)");
}

TEST_CASE("cite: year-suffix-ranged joins three suffixes in a row", "[cite][document]")
{
    auto ranged = render(byDate(R"X(collapse="year-suffix-ranged")X"),
                         R"X([[{"id":"w1"},{"id":"w2"},{"id":"w3"},{"id":"w4"}],[{"id":"w1"},{"id":"w2"}]])X",
                         kSameYear);
    // Bibliography order (by title) gives the suffixes: Dua a, Empat b, Satu c, Tiga d.
    CHECK(ranged.citations.at(0) == "(Dani 2019a–d)");
    CHECK(ranged.citations.at(1) == "(Dani 2019a; c)");
}

TEST_CASE("cite: a family name sorts before a longer one it begins", "[cite][document]")
{
    auto document = render(authorDate("", ""), "[]", R"X([
      {"id":"long","type":"book","title":"B","author":[{"family":"Danial","given":"Ari"}],"issued":{"date-parts":[[2019]]}},
      {"id":"short","type":"book","title":"A","author":[{"family":"Dani","given":"Zaki"}],"issued":{"date-parts":[[2019]]}}
    ])X");
    CHECK(document.bibliographyIds == std::vector<std::string>{"short", "long"});
}

TEST_CASE("cite: sort keys ignore markup and order date ranges by their end", "[cite][document]")
{
    const std::string byTitle =
            R"X(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>t</id><title>t</title></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><sort><key variable="title"/><key variable="issued"/></sort>
    <layout><text variable="title"/></layout></bibliography>
</style>)X";
    auto document = render(byTitle, "[]", R"X([
      {"id":"range","type":"book","title":"Laporan <i>Tahunan</i>","issued":{"date-parts":[[2019,5],[2020,5]]}},
      {"id":"day","type":"book","title":"Laporan Tahunan","issued":{"date-parts":[[2019,5]]}},
      {"id":"shorter","type":"book","title":"Laporan Tahunan","issued":{"date-parts":[[2019,5],[2019,9]]}},
      {"id":"none","type":"book"}
    ])X");
    // Equal titles once the italics are gone; then a single month before the
    // ranges from it, the shorter range first. The item with nothing to print is left out.
    CHECK(document.bibliographyIds == std::vector<std::string>{"day", "shorter", "range"});
}

TEST_CASE("cite: a generated citation-label is a trigraph with the year and its suffix", "[cite][document]")
{
    const std::string labels =
            R"X(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>t</id><title>t</title></info>
  <citation disambiguate-add-year-suffix="true"><sort><key variable="citation-label"/></sort>
    <layout prefix="[" suffix="]" delimiter=", "><text variable="citation-label"/></layout></citation>
</style>)X";
    auto document = render(
            labels, R"X([[{"id":"two"},{"id":"one"},{"id":"four"},{"id":"twin"},{"id":"own"}]])X", R"X([
      {"id":"one","type":"book","author":[{"family":"Suparman"}],"issued":{"date-parts":[[2009]]}},
      {"id":"two","type":"book","author":[{"family":"Dani"},{"family":"Rahmawati"}],"issued":{"date-parts":[[2019]]}},
      {"id":"twin","type":"book","author":[{"family":"Dani"},{"family":"Rahmawati"}],"issued":{"date-parts":[[2019]]}},
      {"id":"four","type":"book","author":[{"family":"Ani"},{"family":"Budi"},{"family":"Citra"},{"family":"Dewi"}],
       "issued":{"date-parts":[[2020]]}},
      {"id":"own","type":"book","citation-label":"Label","author":[{"family":"Eko"}]}
    ])X");
    // One name: four letters; two: two each; four: one each; the same label twice takes a, b.
    CHECK(document.citations.at(0) == "[ABCD20, DaRa19a, DaRa19b, Label, Supa09]");
}

TEST_CASE("cite: a citation of years alone collapses its year suffixes", "[cite][document]")
{
    const std::string yearsOnly =
            R"X(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>t</id><title>t</title></info>
  <citation disambiguate-add-year-suffix="true" collapse="year-suffix" year-suffix-delimiter=",">
    <layout prefix="(" suffix=")" delimiter="; "><date variable="issued"><date-part name="year"/></date></layout>
  </citation>
  <bibliography><sort><key variable="title"/></sort><layout><text variable="title"/></layout></bibliography>
</style>)X";
    auto document = render(yearsOnly, R"X([[{"id":"b"},{"id":"a"}]])X");
    CHECK(document.citations.at(0) == "(2019a,b)");
}

TEST_CASE("cite: names are compared and sorted without their label and 'and'", "[cite][document]")
{
    const std::string style =
            R"X(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>t</id><title>t</title></info>
  <macro name="who"><names variable="author"><name and="text" delimiter=", "/><label form="short" prefix=" "/>
    <substitute><names variable="editor"/></substitute></names></macro>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography subsequent-author-substitute="---"><sort><key macro="who"/><key variable="title"/></sort>
    <layout><group delimiter=". "><text macro="who"/><text variable="title"/></group></layout></bibliography>
</style>)X";
    auto document = render(style, "[]", R"X([
      {"id":"ed","type":"book","title":"A","editor":[{"family":"Dani","given":"Ahmad"}]},
      {"id":"au","type":"book","title":"B","author":[{"family":"Dani","given":"Ahmad"}]},
      {"id":"two","type":"book","title":"C","author":[{"family":"Ahmad","given":"Dani"},{"family":"Tono","given":"Budi"}]},
      {"id":"three","type":"book","title":"D","author":[{"family":"Ahmad","given":"Dani"},{"family":"Sari","given":"Ani"},
        {"family":"Tono","given":"Budi"}]}
    ])X");
    // "Ahmad, Sari and Tono" sorts before "Ahmad and Tono": the key has no "and".
    REQUIRE(document.bibliographyIds == std::vector<std::string>{"three", "two", "ed", "au"});
    // The editor and the author are one person: the second is substituted, the label stays.
    CHECK(document.bibliography.at(2) == "Ahmad Dani ed. A");
    CHECK(document.bibliography.at(3) == "---. B");
}
