#pragma once

#include <csetjmp>
#include <cstddef>
#include <memory>
#include <vector>

namespace warta {

/// A bump allocator for gumbo's tree. gumbo frees node by node, recursively,
/// so a page nested 100,000 deep would overflow the stack in
/// gumbo_destroy_output; with the arena nothing is freed one by one: the whole
/// tree goes at once when the arena does. It is also faster than malloc for
/// the many small nodes a page has.
class Arena {
public:
    Arena() = default;
    Arena(const Arena &) = delete;
    Arena &operator=(const Arena &) = delete;

    void *allocate(std::size_t size);
    std::size_t bytesReserved() const { return m_reserved; }

    /// While a parse runs: an allocation by gumbo that would take the arena past `budget`
    /// bytes jumps to `exit` instead of returning (see HtmlDocument::parse for why that is
    /// sound). nullptr turns the budget off.
    void setBudget(std::size_t budget, std::jmp_buf *exit)
    {
        m_budget = budget;
        m_exit = exit;
    }

    // The C callbacks gumbo calls, with the Arena as user data.
    static void *gumboAllocate(void *arena, std::size_t size);
    static void gumboDeallocate(void *arena, void *pointer);

private:
    static constexpr std::size_t kBlockSize = 256 * 1024;
    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::byte *m_cursor = nullptr;
    std::size_t m_left = 0;
    std::size_t m_reserved = 0;
    std::size_t m_budget = 0;
    std::jmp_buf *m_exit = nullptr;
};

} // namespace warta
