#pragma once

#include "../argumentparser.h"
#include "../clicontext.h"

#include <QList>

namespace retort::cli {

// One `retort` subcommand: its argument spec and the function that runs it. Each command lives
// in its own file and only parses input, calls the engine and prints.
struct Command {
    CommandSpec spec;
    int (*run)(CliContext &context) = nullptr;
};

// All commands, in the order `retort --help` lists them.
QList<Command> allCommands();

Command headsCommand();
Command branchesCommand();
Command historyCommand();
Command currentCommand();
Command showCommand();
Command planCommand();
Command graphCommand();
Command upgradeCommand();
Command downgradeCommand();
Command stampCommand();
Command revisionCommand();
Command mergeCommand();

// Shared option specs.
OptionSpec verboseOption();

} // namespace retort::cli
