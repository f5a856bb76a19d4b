#include "revisiondraft.h"

namespace retort::gui {

Result<RevisionDraft> draftRevision(const Project &project, const NewRevisionRequest &request,
                                    std::chrono::system_clock::time_point now)
{
    if (request.revisionId.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("draftRevision needs a revision id"));
    RevisionWriter::Options options;
    options.now = now;
    const RevisionWriter writer(project.config(), project.map(), options);
    Result<PreparedRevision> prepared = writer.prepare(request);
    if (!prepared)
        return prepared.error();
    if (prepared->renderError)
        return *prepared->renderError;
    return RevisionDraft{prepared->fileName, prepared->text};
}

} // namespace retort::gui
