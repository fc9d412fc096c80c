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
    auto *self = static_cast<Arena *>(arena);
    // What this request would reserve: a block of its own or a fresh standard block.
    if (self->m_exit && size > self->m_left) {
        const std::size_t reserve = size > kBlockSize / 4 ? size : kBlockSize;
        if (self->m_reserved + reserve > self->m_budget)
            std::longjmp(*self->m_exit, 1); // nothing of C++ is alive in this frame
    }
    return self->allocate(size);
}

void Arena::gumboDeallocate(void *, void *)
{
    // Freed all at once with the arena.
}

} // namespace warta
