// Result<T>: a small expected-like type. Holds either a value or an Engine::Error.
#pragma once

#include "engine/core/error.h"

#include <optional>
#include <utility>
#include <variant>

namespace Engine {

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    /// The error; an empty Error (code None) when the result holds a value.
    [[nodiscard]] const Error &error() const
    {
        static const Error kNoError;
        return ok() ? kNoError : std::get<1>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const
    {
        static const Error kNoError;
        return m_error ? *m_error : kNoError;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Engine
