#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace retort::cli {

// A small argparse work-alike: the global options and one subcommand with its own options and
// positionals, parsed the way Alembic's argparse front end does (options may be interleaved with
// positionals after the subcommand; `--opt=value` and `-xVALUE` forms; `--` ends options).
// Not thread-safe; one per process.
struct OptionSpec {
    QStringList names;        // {"-r", "--rev-range"}
    QString dest;             // key in ParsedArguments::values ("rev_range")
    bool takesValue = false;
    bool repeatable = false;  // argparse action="append"
    QString metavar;
    QString help;
};

struct PositionalSpec {
    QString dest;
    enum class Count { One, Optional, ZeroOrMore, OneOrMore } count = Count::One;
    QString help;
};

struct CommandSpec {
    QString name;
    QString help;
    QList<OptionSpec> options;
    QList<PositionalSpec> positionals;
};

struct ParsedArguments {
    QString command;
    QHash<QString, QStringList> values;   // dest -> values (flags: {"1"})
    bool has(const QString &dest) const { return values.contains(dest); }
    QString value(const QString &dest, const QString &fallback = {}) const
    {
        const QStringList v = values.value(dest);
        return v.isEmpty() ? fallback : v.last();
    }
    QStringList list(const QString &dest) const { return values.value(dest); }
};

class ArgumentParser {
public:
    ArgumentParser(QString program, QList<OptionSpec> globalOptions, QList<CommandSpec> commands);

    // Parses argv (without the program name). On failure returns false and sets errorString()
    // (argparse's "error: ..." text). `--help` / `--version` are reported via helpRequested().
    bool parse(const QStringList &arguments, ParsedArguments *out);
    QString errorString() const { return m_error; }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }

    QString usage(const QString &command = {}) const;
    QString help(const QString &command = {}) const;

private:
    const CommandSpec *findCommand(const QString &name) const;
    bool parseOptions(const QList<OptionSpec> &specs, const QStringList &args, int &i, ParsedArguments *out,
                      bool *matched);

    QString m_program;
    QList<OptionSpec> m_global;
    QList<CommandSpec> m_commands;
    QString m_error;
    QString m_helpCommand;
    bool m_help = false;
    bool m_version = false;
};

} // namespace retort::cli
