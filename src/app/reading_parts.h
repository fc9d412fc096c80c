#pragma once

#include <QString>

#include <vector>

namespace warta {

/// How the reading pane cuts a long article so that no single step of Qt's
/// text layout grows with it. Qt lays a block (a paragraph) out in one go,
/// and relays the whole document out in steps of up to 200,000 characters
/// after every width change, each step a stall of the window; so a
/// paragraph longer than a piece is shown as several blocks, and the
/// document holds one part of the article at a time. A news article of
/// ordinary length is one part, with one piece per paragraph.
struct ReadingParts {
    /// A stretch of one paragraph, [begin, end) in QString positions.
    struct Piece {
        int paragraph;
        int begin;
        int end;
    };
    std::vector<Piece> pieces;
    std::vector<int> partStarts;      ///< the first piece of each part, then pieces.size()
    std::vector<int> paragraphPieces; ///< the first piece of each paragraph, then pieces.size()

    static constexpr int kPieceChars = 4000;
    static constexpr int kPartChars = 60000;
    static constexpr int kPartPieces = 600; ///< many short paragraphs cost per block too

    int partCount() const { return static_cast<int>(partStarts.size()) - 1; }
    /// The part a piece is in.
    int partOfPiece(int piece) const;
    /// The piece holding a position of a paragraph (its last piece for a
    /// position past the end).
    int pieceAt(int paragraph, int offset) const;
};

/// Cuts paragraphs longer than a piece at a space (or anywhere, never
/// inside a surrogate pair, when a piece holds none), then groups pieces
/// into parts of at most kPartChars characters and kPartPieces pieces.
ReadingParts planReadingParts(const std::vector<QString> &paragraphs);

} // namespace warta
