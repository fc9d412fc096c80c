#pragma once

#include "warta/common/error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace warta {

/// Wraps an Error so that it converts into any Expected<T> (as std::unexpected).
struct Unexpected {
    Error error;
};

inline Unexpected fail(ErrorCode code, std::string message)
{
    return Unexpected{Error{code, std::move(message)}};
}

/// A value or an Error: a small stand-in for C++23 std::expected (g++ 12 lacks
/// it), with the same names so the switch is a search-and-replace later.
template <typename T>
class Expected {
public:
    Expected(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Expected(Unexpected failure) : m_state(std::in_place_index<1>, std::move(failure.error)) {}

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() &
    {
        assert(has_value());
        return std::get<0>(m_state);
    }
    const T &value() const &
    {
        assert(has_value());
        return std::get<0>(m_state);
    }
    T &&value() &&
    {
        assert(has_value());
        return std::get<0>(std::move(m_state));
    }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const
    {
        assert(!has_value());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

} // namespace warta
