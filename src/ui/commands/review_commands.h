#pragma once

#include "commands/undo_command.h"

#include <glidepath/storage/review_repository.h>

namespace glidepath::ui::command {

// A clinician review recorded for a client (who saw them after a referral, when, a note). Undo
// removes it; redo puts it back with the same id and recording time.
class RecordReview final : public UndoCommand
{
public:
    RecordReview(AppContext& context, storage::StoredReview stored);

private:
    void applyRedo() override;
    void applyUndo() override;
    void notify() override;

    storage::StoredReview m_stored;
};

} // namespace glidepath::ui::command
