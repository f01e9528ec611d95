// The translation context of every user-visible string in engine/migration ("Migration").
#pragma once

#include <QCoreApplication>

namespace Engine::MigrationPrivate {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migration)
};

} // namespace Engine::MigrationPrivate
