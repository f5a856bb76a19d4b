#pragma once

#include "commands/project.h"
#include "core/result.h"
#include "script/revisionwriter.h"

#include <QString>

#include <chrono>

namespace retort::gui {

// The file a new revision or merge would get, rendered before anything is written: the same
// script.py.mako with the same values RevisionWriter::write() uses (id, parents, branch label,
// dependencies, create date), so that writing the request with the same revision id and clock
// gives this text (post-write hooks may still reformat the file). Plain value type.
struct RevisionDraft {
    QString fileName;   // from file_template, e.g. "1a2b3c4d5e6f_add_phone.py"
    QString text;
};

// Renders request (request.revisionId must be set; heads are revision ids or identifiers) for
// project at time now. Errors are the writer's texts where it has them. Reads script.py.mako: cheap,
// but a file read; thread-safe.
Result<RevisionDraft> draftRevision(const Project &project, const NewRevisionRequest &request,
                                    std::chrono::system_clock::time_point now);

} // namespace retort::gui
