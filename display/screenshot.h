// Screenshots of a VM's screen as PNG: from the SPICE surface a client shows, or through
// QEMU's own `screendump` (QMP, via the supervisor's control socket) when no client is
// connected. Both return the same picture for the same frame. Call on the GUI thread.
#pragma once

#include "engine/core/result.h"

#include <QImage>
#include <QString>

namespace DisplayChannel {

class SpiceSession;

/// Saves the session's current frame to `pngPath`. Fails when there is no frame yet.
Engine::Status saveSurfacePng(const SpiceSession &session, const QString &pngPath);

/// Asks QEMU (through the supervisor listening on `controlSocket`) to write the screen to
/// `pngPath` (absolute). Works without any SPICE client.
Engine::Status screendumpPng(const QString &controlSocket, const QString &pngPath,
                             int timeoutMs = 15000);

} // namespace DisplayChannel
