// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Audience.h"
#include "core/storage/ProjectRepositoryTypes.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace rapport::model {
class Clock;
}

namespace rapport::ui {

class ProjectSession;

/**
 * Every edit of an audience as one undoable step: the audience goes from `before` to `after`,
 * where "none" means it does not exist. So create is none → A, delete is A → none (the
 * campaigns that targeted it are linked again on undo), and rename, rule, description and
 * member edits are A → A'. Each step runs in one project transaction.
 *
 * Consecutive steps with the same non-empty merge key on the same audience merge into one
 * (typing in the same field, stepping a count); a merged step that changes nothing leaves the
 * stack.
 */
class AudienceCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString& message)>;

    AudienceCommand(ProjectSession& session, const model::Clock& clock,
                    std::optional<model::Audience> before, std::optional<model::Audience> after,
                    const QString& text, const QString& mergeKey = {});

    /** Makes the change now; false (with *error) if the project refused it: do not push the
     *  command then. Pushing it afterwards does not make the change twice. */
    bool apply(QString* error);
    /** Where failures of a later undo or redo are reported. */
    void setErrorSink(ErrorSink sink) { m_errorSink = std::move(sink); }

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    model::Uuid audienceId() const;

private:
    bool write(const std::optional<model::Audience>& from, const std::optional<model::Audience>& to,
               QString* error);
    void replay(const std::optional<model::Audience>& from,
                const std::optional<model::Audience>& to);

    ProjectSession& m_session;
    const model::Clock& m_clock;
    std::optional<model::Audience> m_before;
    std::optional<model::Audience> m_after;
    QString m_mergeKey;
    QList<storage::RowKey> m_campaigns; // that targeted the audience when it was deleted
    bool m_applied = false;
    ErrorSink m_errorSink;
};

/** Whether two audiences hold the same content (meta aside). */
bool sameContent(const model::Audience& a, const model::Audience& b);

} // namespace rapport::ui
