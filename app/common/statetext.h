// How the GUI names a run state: the engine's translated name ("running"), capitalized for a
// label or list cell ("Running"). One place, so every window says the same.
#pragma once

#include "engine/runner/vmrunner.h"

namespace App {

inline QString stateLabel(Engine::VmRunner::State state)
{
    QString text = Engine::VmRunner::stateDisplayName(state);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace App
