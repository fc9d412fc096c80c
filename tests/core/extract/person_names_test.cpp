// The person-name test bylines pass through, on the classes of text real
// pages put where a byline stands.
#include "extract/person_names.h"

#include <catch2/catch.hpp>

using namespace warta;

TEST_CASE("Bylines: weekdays, months, credits and dates are no names", "[extract][authors]")
{
    CHECK(looksLikePersonName("Natasha Oktalia"));
    CHECK(looksLikePersonName("Ali"));
    CHECK_FALSE(looksLikePersonName("Jumat"));
    CHECK_FALSE(looksLikePersonName("Jum'at"));
    CHECK_FALSE(looksLikePersonName("Thursday"));
    CHECK_FALSE(looksLikePersonName("Juni"));
    CHECK_FALSE(looksLikePersonName("Foto: Rahmat/Antara"));
    CHECK_FALSE(looksLikePersonName("Ilustrasi"));
    CHECK_FALSE(looksLikePersonName("Dok. Humas Pemprov"));
    CHECK_FALSE(looksLikePersonName("Getty Images"));
    CHECK_FALSE(looksLikePersonName("17 Juni 2015 22:26"));
    CHECK_FALSE(looksLikePersonName("redaksi@example.org"));
    CHECK_FALSE(looksLikePersonName("A"));
    // A name that starts like a credit word is still a name.
    CHECK(looksLikePersonName("Istiqomah Sari"));
    CHECK(looksLikePersonName("Dokter Tirta"));
}

TEST_CASE("Bylines: desks are collectives", "[extract][authors]")
{
    CHECK(isCollectiveAuthor("Tim Redaksi"));
    CHECK(isCollectiveAuthor("Redaksi"));
    CHECK(isCollectiveAuthor("Admin"));
    CHECK_FALSE(isCollectiveAuthor("Timothy Mayer"));
    CHECK_FALSE(isCollectiveAuthor("Natasha Oktalia"));
}

TEST_CASE("Bylines: 'A dan B' names two people", "[extract][authors]")
{
    CHECK(splitJointByline("Ani Rahma dan Budi Santoso") ==
          std::vector<std::string>{"Ani Rahma", "Budi Santoso"});
    CHECK(splitJointByline("Jane Roe and John Doe & Max Mustermann") ==
          std::vector<std::string>{"Jane Roe", "John Doe", "Max Mustermann"});
    CHECK(splitJointByline("Natasha Oktalia") == std::vector<std::string>{"Natasha Oktalia"});
    CHECK(splitJointByline("Danu Wijaya") == std::vector<std::string>{"Danu Wijaya"});
}
