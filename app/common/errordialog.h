// Error display for the whole GUI: a short summary (Error::message) with the technical text
// (Error::details) behind an expandable "Show Details" button. Modal; returns when closed.
#pragma once

#include "engine/core/error.h"

class QWidget;

namespace App {

/// Shows `error` under `title` (the action that failed, e.g. "Could not start Demo").
void showError(QWidget *parent, const QString &title, const Engine::Error &error);

} // namespace App
