#include "argumentparser.h"

namespace retort::cli {

ArgumentParser::ArgumentParser(QString program, QList<OptionSpec> globalOptions, QList<CommandSpec> commands)
    : m_program(std::move(program)), m_global(std::move(globalOptions)), m_commands(std::move(commands))
{
}

const CommandSpec *ArgumentParser::findCommand(const QString &name) const
{
    for (const CommandSpec &c : m_commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

// Tries to consume args[i] (and maybe its value) as one of `specs`. *matched tells whether it was
// one of them; returns false on an error (missing value).
bool ArgumentParser::parseOptions(const QList<OptionSpec> &specs, const QStringList &args, int &i,
                                  ParsedArguments *out, bool *matched)
{
    *matched = false;
    const QString arg = args.at(i);
    for (const OptionSpec &spec : specs) {
        for (const QString &name : spec.names) {
            QString value;
            bool inlineValue = false;
            if (arg == name) {
                // exact
            } else if (name.startsWith(QLatin1String("--")) && arg.startsWith(name + QLatin1Char('='))) {
                value = arg.mid(name.size() + 1);
                inlineValue = true;
            } else if (!name.startsWith(QLatin1String("--")) && spec.takesValue && arg.startsWith(name)
                       && arg.size() > name.size()) {
                value = arg.mid(name.size());   // -r-2:  /  -xkey=value
                inlineValue = true;
            } else {
                continue;
            }
            *matched = true;
            if (!spec.takesValue) {
                if (inlineValue) {
                    m_error = QStringLiteral("argument %1: ignored explicit argument '%2'").arg(spec.names.join(QLatin1Char('/')), value);
                    return false;
                }
                out->values[spec.dest] = {QStringLiteral("1")};
                return true;
            }
            if (!inlineValue) {
                if (i + 1 >= args.size() || (args.at(i + 1).startsWith(QLatin1Char('-')) && args.at(i + 1).size() > 1
                                             && !args.at(i + 1).at(1).isDigit())) {
                    m_error = QStringLiteral("argument %1: expected one argument").arg(spec.names.join(QLatin1Char('/')));
                    return false;
                }
                value = args.at(++i);
            }
            if (spec.repeatable)
                out->values[spec.dest].append(value);
            else
                out->values[spec.dest] = {value};
            return true;
        }
    }
    return true;
}

bool ArgumentParser::parse(const QStringList &args, ParsedArguments *out)
{
    int i = 0;
    // Global options, up to the subcommand.
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            m_help = true;
            return true;
        }
        if (arg == QLatin1String("--version")) {
            m_version = true;
            return true;
        }
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-"))
            break;
        bool matched = false;
        if (!parseOptions(m_global, args, i, out, &matched))
            return false;
        if (!matched) {
            m_error = QStringLiteral("unrecognized arguments: %1").arg(arg);
            return false;
        }
    }
    if (i >= args.size()) {
        m_error = QStringLiteral("too few arguments");
        return false;
    }
    const CommandSpec *command = findCommand(args.at(i));
    if (!command) {
        QStringList names;
        for (const CommandSpec &c : m_commands)
            names << QLatin1Char('\'') + c.name + QLatin1Char('\'');
        m_error = QStringLiteral("argument command: invalid choice: '%1' (choose from %2)")
                      .arg(args.at(i), names.join(QStringLiteral(", ")));
        return false;
    }
    out->command = command->name;
    ++i;

    QStringList positionals;
    QStringList unknown;
    bool optionsEnded = false;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && (arg == QLatin1String("-h") || arg == QLatin1String("--help"))) {
            m_help = true;
            m_helpCommand = command->name;
            return true;
        }
        // A negative number ("-1") is a positional, as argparse decides when no option looks like one.
        const bool looksNegativeNumber = arg.size() > 1 && arg.at(0) == QLatin1Char('-') && arg.at(1).isDigit();
        if (!optionsEnded && arg.startsWith(QLatin1Char('-')) && arg.size() > 1 && !looksNegativeNumber) {
            bool matched = false;
            if (!parseOptions(command->options, args, i, out, &matched))
                return false;
            if (!matched)
                unknown << arg;
            continue;
        }
        positionals << arg;
    }

    int p = 0;
    for (const PositionalSpec &spec : command->positionals) {
        switch (spec.count) {
        case PositionalSpec::Count::One:
            if (p >= positionals.size()) {
                m_error = QStringLiteral("the following arguments are required: %1").arg(spec.dest);
                return false;
            }
            out->values[spec.dest] = {positionals.at(p++)};
            break;
        case PositionalSpec::Count::Optional:
            if (p < positionals.size())
                out->values[spec.dest] = {positionals.at(p++)};
            break;
        case PositionalSpec::Count::OneOrMore:
            if (p >= positionals.size()) {
                m_error = QStringLiteral("the following arguments are required: %1").arg(spec.dest);
                return false;
            }
            Q_FALLTHROUGH();
        case PositionalSpec::Count::ZeroOrMore:
            out->values[spec.dest] = positionals.mid(p);
            p = int(positionals.size());
            break;
        }
    }
    unknown << positionals.mid(p);
    if (!unknown.isEmpty()) {
        m_error = QStringLiteral("unrecognized arguments: %1").arg(unknown.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

QString ArgumentParser::usage(const QString &commandName) const
{
    const CommandSpec *command = commandName.isEmpty() ? nullptr : findCommand(commandName);
    QString text = QStringLiteral("usage: ") + m_program;
    if (!command) {
        text += QStringLiteral(" [-h] [--version]");
        for (const OptionSpec &o : m_global)
            text += QStringLiteral(" [%1%2]").arg(o.names.first(), o.takesValue ? QLatin1Char(' ') + o.metavar : QString());
        QStringList names;
        for (const CommandSpec &c : m_commands)
            names << c.name;
        text += QStringLiteral("\n       {%1} ...\n").arg(names.join(QLatin1Char(',')));
        return text;
    }
    text += QLatin1Char(' ') + command->name + QStringLiteral(" [-h]");
    for (const OptionSpec &o : command->options)
        text += QStringLiteral(" [%1%2]").arg(o.names.first(), o.takesValue ? QLatin1Char(' ') + o.metavar : QString());
    for (const PositionalSpec &p : command->positionals) {
        switch (p.count) {
        case PositionalSpec::Count::One: text += QLatin1Char(' ') + p.dest; break;
        case PositionalSpec::Count::Optional: text += QStringLiteral(" [%1]").arg(p.dest); break;
        case PositionalSpec::Count::ZeroOrMore: text += QStringLiteral(" [%1 ...]").arg(p.dest); break;
        case PositionalSpec::Count::OneOrMore: text += QStringLiteral(" %1 [%1 ...]").arg(p.dest); break;
        }
    }
    return text + QLatin1Char('\n');
}

QString ArgumentParser::help(const QString &commandName) const
{
    const QString name = commandName.isEmpty() ? m_helpCommand : commandName;
    QString text = usage(name) + QLatin1Char('\n');
    auto optionLines = [](const QList<OptionSpec> &options) {
        QString t;
        for (const OptionSpec &o : options) {
            QString names = o.names.join(QStringLiteral(", "));
            if (o.takesValue)
                names += QLatin1Char(' ') + o.metavar;
            t += QStringLiteral("  %1\n        %2\n").arg(names, o.help);
        }
        return t;
    };
    if (const CommandSpec *command = findCommand(name)) {
        text += command->help + QStringLiteral("\n\n");
        if (!command->positionals.isEmpty()) {
            text += QStringLiteral("positional arguments:\n");
            for (const PositionalSpec &p : command->positionals)
                text += QStringLiteral("  %1\n        %2\n").arg(p.dest, p.help);
            text += QLatin1Char('\n');
        }
        text += QStringLiteral("options:\n  -h, --help\n        show this help message and exit\n");
        text += optionLines(command->options);
        return text;
    }
    text += QStringLiteral("positional arguments:\n");
    for (const CommandSpec &c : m_commands)
        text += QStringLiteral("    %1%2\n").arg(c.name.leftJustified(16), c.help);
    text += QStringLiteral("\noptions:\n  -h, --help\n        show this help message and exit\n  --version\n        show program's version number and exit\n");
    text += optionLines(m_global);
    return text;
}

} // namespace retort::cli
