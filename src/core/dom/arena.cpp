#include "dom/arena.h"

namespace warta {

void *Arena::allocate(std::size_t size)
{
    constexpr std::size_t kAlign = alignof(std::max_align_t);
    size = (size + kAlign - 1) & ~(kAlign - 1);
    if (size == 0)
        size = kAlign;
    if (size > m_left) {
        // Large requests (gumbo's growing vectors and long text buffers) get
        // a block of their own so the current block is not wasted.
        const std::size_t blockSize = size > kBlockSize / 4 ? size : kBlockSize;
        // new[] without value-initialisation: zeroing every block would cost more than the parse.
        m_blocks.push_back(std::unique_ptr<std::byte[]>(new std::byte[blockSize]));
        m_reserved += blockSize;
        if (blockSize != kBlockSize)
            return m_blocks.back().get();
        m_cursor = m_blocks.back().get();
        m_left = blockSize;
    }
    void *result = m_cursor;
    m_cursor += size;
    m_left -= size;
    return result;
}

void *Arena::gumboAllocate(void *arena, std::size_t size)
{
    return static_cast<Arena *>(arena)->allocate(size);
}

void Arena::gumboDeallocate(void *, void *)
{
    // Freed all at once with the arena.
}

} // namespace warta
