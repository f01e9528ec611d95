// MigrationJob: what every way of moving a VM to another host has in common: it is a Job, and
// it leaves a MigrationReport (the figures shown at the end).
#pragma once

#include "engine/core/job.h"
#include "engine/migration/migrationresult.h"

namespace Engine {

class MigrationJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    /// The figures; complete once the job succeeded (times also after a failure).
    [[nodiscard]] const MigrationReport &report() const { return m_report; }

protected:
    MigrationReport m_report;
};

} // namespace Engine
