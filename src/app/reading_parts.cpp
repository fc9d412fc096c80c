#include "reading_parts.h"

#include <algorithm>

namespace warta {

int ReadingParts::partOfPiece(int piece) const
{
    const auto after = std::upper_bound(partStarts.begin(), partStarts.end() - 1, piece);
    return std::max(static_cast<int>(after - partStarts.begin()) - 1, 0);
}

int ReadingParts::pieceAt(int paragraph, int offset) const
{
    const int first = paragraphPieces[static_cast<std::size_t>(paragraph)];
    const int last = paragraphPieces[static_cast<std::size_t>(paragraph) + 1] - 1;
    int piece = first;
    // Few pieces per paragraph but for freak ones: a binary search keeps
    // those cheap too.
    int low = first, high = last;
    while (low <= high) {
        const int middle = (low + high) / 2;
        if (pieces[static_cast<std::size_t>(middle)].begin <= offset) {
            piece = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return piece;
}

namespace {

// Where a piece starting at `begin` ends: after the last space of its
// allowance, if the allowance's second half holds one, else at the limit.
int pieceEnd(const QString &text, int begin)
{
    const int size = static_cast<int>(text.size());
    if (size - begin <= ReadingParts::kPieceChars)
        return size;
    int end = begin + ReadingParts::kPieceChars;
    for (int at = end; at > begin + ReadingParts::kPieceChars / 2; --at) {
        if (text.at(at - 1) == QLatin1Char(' '))
            return at;
    }
    if (text.at(end).isLowSurrogate())
        --end;
    return end;
}

} // namespace

ReadingParts planReadingParts(const std::vector<QString> &paragraphs)
{
    ReadingParts plan;
    plan.paragraphPieces.reserve(paragraphs.size() + 1);
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        const QString &text = paragraphs[p];
        plan.paragraphPieces.push_back(static_cast<int>(plan.pieces.size()));
        int begin = 0;
        do {
            const int end = pieceEnd(text, begin);
            plan.pieces.push_back({static_cast<int>(p), begin, end});
            begin = end;
        } while (begin < static_cast<int>(text.size()));
    }
    plan.paragraphPieces.push_back(static_cast<int>(plan.pieces.size()));

    int chars = 0;
    int inPart = 0;
    plan.partStarts.push_back(0);
    for (std::size_t i = 0; i < plan.pieces.size(); ++i) {
        const int length = plan.pieces[i].end - plan.pieces[i].begin;
        if (inPart > 0 &&
            (chars + length > ReadingParts::kPartChars || inPart >= ReadingParts::kPartPieces)) {
            plan.partStarts.push_back(static_cast<int>(i));
            chars = 0;
            inPart = 0;
        }
        chars += length;
        ++inPart;
    }
    plan.partStarts.push_back(static_cast<int>(plan.pieces.size()));
    if (plan.pieces.empty())
        plan.partStarts = {0, 0}; // one empty part: the headline alone
    return plan;
}

} // namespace warta
