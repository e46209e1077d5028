#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace plens {

// An error the user sees: the file it concerns and what went wrong, both ready for display.
struct Error
{
    // What kind of failure, for callers that react differently (reload a stale item, show that an edit
    // waits in the outbox, tell a reader that they cannot write).
    enum class Kind {
        General,
        Stale, // someone else changed or removed the item since it was read; nothing was written
        Denied, // the user's role in a team workspace does not allow this; nothing was written
        Offline, // the team workspace's server could not be reached
    };
    QString file;
    QString message;
    Kind kind = Kind::General;

    // "FILE: message", or just the message when no file is involved.
    [[nodiscard]] QString toString() const { return file.isEmpty() ? message : file + QStringLiteral(": ") + message; }
};

// A value or an Error (std::expected arrives with C++23; this is the small part we need).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) { } // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) { } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing but may fail.
struct Ok
{
};
using Status = Result<Ok>;

} // namespace plens
