#pragma once

#include "command.h"

#include <QList>

namespace retort::cli {

// Online upgrade / downgrade / stamp (reference §2.7, §2.12): the plan is computed from the live
// version table and applied by the engine's Migrator (run lock, SQLite snapshot, one transaction
// per step, journal). Alembic's log lines go to stderr
// ("INFO  [alembic.runtime.migration] Running upgrade  -> a1b2c3d4e5f6, doc"), preceded by a
// plan summary (unless --yes); --dry-run runs everything in one transaction, prints the plan and
// the SQL each step executed (stdout) and rolls back. Ctrl-C cancels between steps.
enum class OnlineKind { Upgrade, Downgrade, Stamp };

// Reads "revision" (upgrade/downgrade) or "revisions" + "purge" (stamp), "tag", "x", "url" and
// the options of onlineOptions(). Returns the exit code.
int runOnline(CliContext &c, OnlineKind kind);

// Extra options of upgrade/downgrade/stamp for the online mode:
//   --dry-run, -y/--yes, --lock-timeout SECONDS, --no-snapshot, --backup
QList<OptionSpec> onlineOptions();

// `retort journal [--limit N]` (global --json) and `retort restore [--list] [SNAPSHOT]`.
Command journalCommand();
Command restoreCommand();

} // namespace retort::cli
