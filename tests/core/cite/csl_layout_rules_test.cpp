// Single-item layout rules where citeproc-js's output is the reference: each case is a
// style written for the test, naming the class of styles it stands for.
#include "warta/cite/citation_processor.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

using namespace warta;

const char *kBookItem = R"({"id":"x","type":"article-newspaper","title":"Judul Berita",
  "container-title":"Koran","author":[{"family":"Dani","given":"Ahmad"}],
  "issued":{"date-parts":[[2019,6,27]]}})";

std::string styleWith(const std::string &bibliography, const std::string &locale = {})
{
    return R"(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>t</id><title>T</title></info>)" +
           locale + R"(
      <citation><layout><text variable="title"/></layout></citation>)" +
           bibliography + "</style>";
}

// The bibliography entry of one item in a whole style.
std::string entryOf(const std::string &styleXml, const std::string &itemJson,
                    OutputFormat format = OutputFormat::Text)
{
    auto style = CslStyle::fromXml(styleXml);
    REQUIRE(style);
    auto processor = CitationProcessor::create(style.value());
    REQUIRE(processor);
    auto item = CslItem::fromJson(itemJson);
    REQUIRE(item);
    auto text = processor->bibliography(item.value(), format);
    REQUIRE(text);
    return text.value();
}

std::string bibliographyText(const std::string &bibliography, const char *itemJson = kBookItem,
                             const std::string &locale = {})
{
    return entryOf(styleWith(bibliography, locale), itemJson);
}

} // namespace

TEST_CASE("cite: a second-field-aligned margin keeps its own trailing space and one more", "[cite]")
{
    // Numbered styles with second-field-align print "1. " in the margin; the text format
    // writes the margin as it stands and one space before the rest (two spaces here).
    CHECK(bibliographyText(R"(<bibliography second-field-align="flush"><layout>
            <text variable="citation-number" suffix=". "/><text variable="title"/></layout>
          </bibliography>)") == "1.  Judul Berita");
    // A margin without a trailing space gets exactly one.
    CHECK(bibliographyText(R"(<bibliography second-field-align="margin"><layout>
            <text variable="citation-number" prefix="[" suffix="]"/><text variable="title"/></layout>
          </bibliography>)") == "[1] Judul Berita");
}

TEST_CASE("cite: a group's delimiter goes between what a cs:choose inside it prints", "[cite]")
{
    // Styles that pick the access part by type inside a delimited group: the chosen branch's
    // elements are the group's children, nested chooses included.
    CHECK(bibliographyText(R"(<bibliography><layout><group delimiter=". ">
            <text variable="title"/>
            <choose><if type="article-newspaper">
              <text variable="container-title"/>
              <choose><if variable="issued"><date variable="issued"><date-part name="year"/></date></if></choose>
            </if></choose>
          </group></layout></bibliography>)") == "Judul Berita. Koran. 2019");
}

TEST_CASE("cite: cs:name's affixes wrap personal names, not an institution's name", "[cite]")
{
    // Styles that end the author with <name suffix="."> (after initials): a news agency or
    // an editorial team given as a literal name prints without the suffix.
    const std::string layout = R"(<bibliography><layout><group delimiter=" ">
            <names variable="author"><name suffix="." initialize-with=". " name-as-sort-order="all"/></names>
            <text variable="title"/></group></layout></bibliography>)";
    CHECK(bibliographyText(layout, R"({"id":"o","type":"article-newspaper","title":"Judul",
            "author":[{"literal":"Kantor Berita"}]})") == "Kantor Berita Judul");
    CHECK(bibliographyText(layout) == "Dani, A. Judul Berita");
}

TEST_CASE("cite: strip-periods applies to a variable's short form, not to its long form", "[cite]")
{
    // Journal-abbreviation styles print container-title form="short" strip-periods="true";
    // the abbreviation loses its periods, the long title keeps them.
    const char *item = R"({"id":"s","type":"article-newspaper","title":"J","container-title":"Koran K.K.",
      "container-title-short":"K.K."})";
    CHECK(bibliographyText(R"(<bibliography><layout>
            <text variable="container-title" form="short" strip-periods="true"/></layout></bibliography>)",
                           item) == "KK");
    CHECK(bibliographyText(R"(<bibliography><layout>
            <text variable="container-title" strip-periods="true"/></layout></bibliography>)",
                           item) == "Koran K.K.");
}

TEST_CASE("cite: a locale term's elision apostrophe prints as the typographic one", "[cite]")
{
    // French and Italian locales write "à l'adresse", "dell'"; a quote mark at a word's edge
    // stays as written.
    CHECK(bibliographyText(R"(<bibliography><layout><text term="from"/><text term="in" prefix=" "/></layout>
          </bibliography>)",
                           kBookItem, R"(<locale><terms><term name="from">à l'adresse</term>
            <term name="in">'dans'</term></terms></locale>)") == "à l\u2019adresse 'dans'");
}

TEST_CASE("cite: a names element's affixes dress substituted names, not a substituted term", "[cite]")
{
    // Author-date styles close the short author with <names suffix=","> and substitute an
    // "Anon." term when nobody is named: the term prints without the comma.
    const std::string layout = R"(<bibliography><layout><group delimiter=" ">
            <names variable="author" suffix=","><name form="short"/>
              <substitute><names variable="editor"/><text term="anonymous" form="short"/></substitute>
            </names><text variable="title"/></group></layout></bibliography>)";
    CHECK(bibliographyText(layout, R"({"id":"a","type":"article-newspaper","title":"Judul"})") ==
          "anon. Judul");
    CHECK(bibliographyText(layout, R"({"id":"e","type":"article-newspaper","title":"Judul",
            "editor":[{"family":"Dani","given":"Ahmad"}]})") == "Dani, Judul");
}

TEST_CASE("cite: a macro of terms alone keeps the group around it", "[cite]")
{
    // Author-date styles put an "Anon." macro (a term, no variable) beside the empty author
    // names in a short-author macro: the macro counts as filled, so the group prints.
    const std::string layout = R"(<macro name="anon"><text term="anonymous" form="short"/></macro>
          <macro name="who"><names variable="author"><name form="short"/></names><text macro="anon"/></macro>
          <bibliography><layout><group delimiter=" "><text macro="who"/><text variable="title"/></group>
          </layout></bibliography>)";
    CHECK(bibliographyText(layout, R"({"id":"a","type":"article-newspaper","title":"Judul"})") ==
          "anon. Judul");
    // A bare term beside empty variables does not: the group stays suppressed.
    CHECK(bibliographyText(R"(<bibliography><layout><group delimiter=" "><text term="anonymous" form="short"/>
            <names variable="author"><name/></names></group><text variable="title"/></layout></bibliography>)",
                           R"({"id":"a","type":"article-newspaper","title":"Judul"})") == "Judul");
}

TEST_CASE("cite: punctuation at a closing quote is merged, not doubled", "[cite]")
{
    // American punctuation moves the title's suffix and the delimiter's comma inside the
    // quotes: one comma, not two.
    CHECK(bibliographyText(R"(<bibliography><layout><group delimiter=", ">
            <text variable="title" quotes="true" suffix=","/><text variable="container-title"/>
          </group></layout></bibliography>)") == "\u201cJudul Berita,\u201d Koran");
    // Marks kept outside the quotes: a title that ends in "?" takes no period after its quote.
    CHECK(bibliographyText(
                  R"(<bibliography><layout><group delimiter=". ">
            <text variable="title" quotes="true"/><text variable="container-title"/>
          </group></layout></bibliography>)",
                  R"({"id":"q","type":"article-newspaper","title":"Ada Apa?","container-title":"Koran"})",
                  R"(<locale><style-options punctuation-in-quote="false"/></locale>)") ==
          "\u201cAda Apa?\u201d Koran");
}

TEST_CASE("cite: cs:name's suffix closes each name of the list", "[cite]")
{
    // Vancouver-like styles write initials without periods and end each name with suffix=".".
    CHECK(bibliographyText(R"(<bibliography><layout><names variable="author">
            <name suffix="." initialize-with="" name-as-sort-order="all" sort-separator=" " delimiter=", "/>
          </names></layout></bibliography>)",
                           R"({"id":"n","type":"article-newspaper","title":"J",
            "author":[{"family":"Dani","given":"Ahmad"},{"family":"Rahmawati","given":"Siti"}]})") ==
          "Dani A., Rahmawati S.");
}

TEST_CASE("cite: a citation layout's affixes sit inside its formatting", "[cite]")
{
    // Numeric styles with superscript citations: the brackets are superscript too.
    auto style =
            CslStyle::fromXml(R"(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>t</id><title>T</title></info>
      <citation><layout prefix="[" suffix="]" vertical-align="sup"><text variable="citation-number"/></layout></citation>
      <bibliography><layout><text variable="title"/></layout></bibliography></style>)");
    REQUIRE(style);
    auto processor = CitationProcessor::create(style.value());
    REQUIRE(processor);
    auto item = CslItem::fromJson(kBookItem);
    REQUIRE(item);
    CHECK(processor->citation(item.value(), OutputFormat::Html).value() == "<sup>[1]</sup>");
    CHECK(processor->citation(item.value(), OutputFormat::Text).value() == "[1]");
}

TEST_CASE("cite: a space before a colon or inside guillemets becomes a narrow no-break space", "[cite]")
{
    // French-language styles write "Disponible à l'adresse :" in a term or value; the space
    // before the colon must not break. Affixes are left as written.
    CHECK(bibliographyText(R"(<bibliography><layout><text value="Adresse :" suffix=" "/>
            <text value="« Titre »"/></layout></bibliography>)") ==
          "Adresse\u202f: \u00ab\u202fTitre\u202f\u00bb");
}

namespace {

// Page ranges of journal-like items as a style with a page-range-format prints them.
std::string pages(const std::string &page, const std::string &format)
{
    return entryOf(R"(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text"
        version="1.0" page-range-format=")" +
                           format + R"(">
      <info><id>t</id><title>T</title></info>
      <citation><layout><text variable="title"/></layout></citation>
      <bibliography><layout><group delimiter=" "><label variable="page"/><text variable="page"/></group></layout></bibliography>
    </style>)",
                   R"({"id":"x","type":"article-journal","title":"J","page":")" + page + R"("})");
}

} // namespace

TEST_CASE("cite: page ranges with letters before the numbers", "[cite]")
{
    // Spaces around the hyphen go; one prefix on both numbers is a range of that prefix.
    CHECK(pages("100 - 103", "") == "pages 100–103");
    CHECK(pages("A10 - A15", "expanded") == "pages A10–A15");
    CHECK(pages("a1564 - a1568", "minimal") == "pages a1564–8");
    // Different prefixes make no range: a plain hyphen, as written without spaces.
    CHECK(pages("A10 - B5", "expanded") == "pages A10-B5");
    CHECK(pages("12 - C3", "minimal") == "pages 12-C3");
    // Chicago (CSL 1.0.2's old name of chicago-15): four digits in full when three change.
    CHECK(pages("1496-504", "chicago") == "pages 1496–1504");
    CHECK(pages("1496-504", "chicago-16") == "pages 1496–504");
}

TEST_CASE("cite: a page label is plural for several numeric units only", "[cite]")
{
    CHECK(pages("5 and 9", "") == "pages 5 and 9");
    CHECK(pages("ii-iv", "") == "pages ii–iv");
    CHECK(pages("7-B", "") == "page 7-B");                         // a page and its part
    CHECK(pages("Anyer-Panarukan", "") == "page Anyer-Panarukan"); // a hyphenated word
    CHECK(pages(R"(27\\-30)", "") == "page 27-30"); // the writer's escaped hyphen (JSON "27\\-30")
}

TEST_CASE("cite: title case leaves capitals, single letters and marked-up spans alone", "[cite]")
{
    auto title = [](const std::string &value) {
        return bibliographyText(R"(<bibliography><layout><text variable="title" text-case="title"/></layout>
            </bibliography>)",
                                (R"({"id":"x","type":"book","title":")" + value + R"("})").c_str());
    };
    CHECK(title("BERITA UTAMA") == "BERITA UTAMA");             // all capitals: left as written
    CHECK(title("the x factor") == "The x Factor");             // a single letter inside
    CHECK(title("tahap-a") == "Tahap-a");                       // a single letter after a hyphen
    CHECK(title("traits—self-esteem") == "Traits—Self-Esteem"); // em dash parts are words
    CHECK(title("east–west gap") == "East–West Gap");           // so are en dash parts
    CHECK(title("my <sc>small caps</sc> title") == "My small caps Title");
}

TEST_CASE("cite: names keep their markup and the comma after an inverted name", "[cite]")
{
    const std::string names = R"(<bibliography><layout><names variable="author"><name and="text"
        name-as-sort-order="first" delimiter-precedes-last="after-inverted-name"/></names></layout></bibliography>)";
    // Two institutions: no comma before "and"; a person written first inverted: a comma.
    CHECK(bibliographyText(names, R"({"id":"x","type":"report","title":"T",
        "author":[{"literal":"Badan Pusat Statistik"},{"literal":"Bank Indonesia"}]})") ==
          "Badan Pusat Statistik and Bank Indonesia");
    CHECK(bibliographyText(names, R"({"id":"x","type":"report","title":"T",
        "author":[{"literal":"Sutrisno"},{"family":"Ariani","given":"Ni"}]})") == "Sutrisno, and Ni Ariani");
    // Inline markup in a name is formatting, not text.
    CHECK(entryOf(styleWith(names), R"({"id":"x","type":"report","title":"T",
        "author":[{"literal":"Pusat <i>Studi</i> Media"}]})",
                  OutputFormat::Html) == "<div class=\"csl-entry\">Pusat <i>Studi</i> Media</div>");
}

TEST_CASE("cite: a quoted family name is taken as written and an orphan quote stays straight", "[cite]")
{
    const std::string names =
            R"(<bibliography><layout><names variable="author"><name name-as-sort-order="all"/>
        </names><text variable="title" prefix=" "/></layout></bibliography>)";
    // The quotes say "no particle here": "van Basten" stays the family name.
    CHECK(bibliographyText(names, R"({"id":"x","type":"book","title":"T",
        "author":[{"family":"\"van Basten\"","given":"Marco"}]})") == "van Basten, Marco T");
    // A mark that nothing closes (the second one follows a space) is no quotation.
    CHECK(bibliographyText(names, R"({"id":"x","type":"book","title":"Soal \"Kewajiban \" Negara",
        "author":[{"family":"Dani","given":"Ahmad"}]})") == "Dani, Ahmad Soal \"Kewajiban \" Negara");
}

TEST_CASE("cite: decorations of one element nest with italics innermost", "[cite]")
{
    CHECK(entryOf(styleWith(R"(<bibliography><layout><text variable="title" font-style="italic"
        font-weight="bold" font-variant="small-caps"/></layout></bibliography>)"),
                  kBookItem, OutputFormat::Html) ==
          "<div class=\"csl-entry\"><b><span style=\"font-variant:small-caps;\"><i>Judul "
          "Berita</i></span></b></div>");
}
