#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace retort {

// What every fallible engine call returns instead of throwing. The code groups errors the way the
// front ends need them: the CLI maps Command/Usage/Runtime to Alembic's exit codes (255, 2, 1).
enum class ErrorCode {
    Command,      // a "FAILED: <message>" error (Alembic's CommandError), exit 255
    Usage,        // bad arguments, exit 2
    Config,       // unreadable or invalid configuration files (reported as FAILED)
    Parse,        // a revision script that cannot be read (reported as FAILED)
    Database,     // the database refused or could not be reached
    Io,           // a file could not be read or written
    Cancelled,    // the user stopped a long job between steps
    Internal,     // a script raised (NotImplementedError ...) or an invariant broke: exit 1
};

struct Error {
    ErrorCode code = ErrorCode::Command;
    QString message;
    QString file;   // file the error is about, when there is one
    int line = 0;   // 1-based; 0 when unknown

    // "file:line: message" when the location is known, else the message.
    QString toString() const;
};

inline Error makeError(ErrorCode code, QString message, QString file = {}, int line = 0)
{
    return Error{code, std::move(message), std::move(file), line};
}

// A value or an Error; small, copyable, in the spirit of std::expected (not in GCC 12).
template<typename T>
class Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

} // namespace retort
