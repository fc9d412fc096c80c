// Growth benchmark of the quote finder. Not a test: it prints figures. One
// paragraph holds N quotations of each kind below, N growing tenfold; when
// finding is linear the time per quotation stays flat.
//   named     "Satu dua tiga," kata Budi Santoso.
//   pronoun   "Satu dua tiga?" tanya dia kepada Budi.   (a question and its addressee)
//   bare      "Satu dua tiga"                             (no attribution at all)
//
//   warta_quote_growth [--max N]
#include "warta/quotes/quote_finder.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

std::string paragraphOf(const char *unit, std::size_t count)
{
    std::string text = "Ketua panitia Budi Santoso hadir. ";
    text.reserve(text.size() + count * std::strlen(unit));
    for (std::size_t i = 0; i < count; ++i)
        text += unit;
    return text;
}

double millisecondsFor(const std::string &text, std::size_t &found)
{
    const std::vector<warta::Paragraph> paragraphs = {{"p1", text, 0}};
    const auto start = Clock::now();
    found = warta::findQuotes(paragraphs).quotes.size();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t max = 200000;
    if (argc == 3 && std::strcmp(argv[1], "--max") == 0)
        max = static_cast<std::size_t>(std::strtoull(argv[2], nullptr, 10));
    struct Kind {
        const char *name;
        const char *unit;
    };
    const Kind kinds[] = {{"named", "\"Satu dua tiga,\" kata Budi Santoso. "},
                          {"pronoun", "\"Satu dua tiga?\" tanya dia kepada Budi. "},
                          {"bare", "\"Satu dua tiga\" "}};
    std::printf("%-8s %9s %9s %11s %14s\n", "kind", "quotes", "found", "ms", "us per quote");
    for (const Kind &kind : kinds) {
        for (std::size_t n = 2000; n <= max; n *= 10) {
            std::size_t found = 0;
            const double ms = millisecondsFor(paragraphOf(kind.unit, n), found);
            std::printf("%-8s %9zu %9zu %11.1f %14.2f\n", kind.name, n, found, ms,
                        1000.0 * ms / static_cast<double>(n));
        }
    }
    return 0;
}
