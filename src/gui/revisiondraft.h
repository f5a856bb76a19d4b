#pragma once

#include "commands/project.h"
#include "core/result.h"
#include "script/revisionwriter.h"

#include <QString>

#include <chrono>

namespace retort::gui {

// The file a new revision or merge would get, rendered before anything is written
// (RevisionWriter::prepare: the same checks, values and script.py.mako as writing it). Plain value type.
struct RevisionDraft {
    QString fileName;   // from file_template, e.g. "1a2b3c4d5e6f_add_phone.py"
    QString text;
};

// Renders request (request.revisionId must be set; heads are revision ids or identifiers) for
// project at time now. Errors are the writer's. Reads script.py.mako: cheap, but a file read;
// thread-safe.
Result<RevisionDraft> draftRevision(const Project &project, const NewRevisionRequest &request,
                                    std::chrono::system_clock::time_point now);

} // namespace retort::gui
