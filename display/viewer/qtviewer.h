// QtViewer: the DisplayWidget front end of emanon-viewer (`--qt`), a top-level window that
// shows one VM with the widget the application embeds. Same session, keyboard and mouse
// logic as the SDL front end; quits when the VM stops. GUI thread only.
#pragma once

#include "display/spice/spiceagent.h"
#include "display/spice/spicesession.h"
#include "display/widget/displaywidget.h"

#include <QTimer>

#include <functional>

namespace DisplayChannel {

class QtViewer : public QObject
{
    Q_OBJECT
public:
    QtViewer(const QString &title, const QString &spiceSocket, std::function<bool()> vmRunning,
             bool fullScreen, bool reportFrames, QObject *parent = nullptr);
    ~QtViewer() override;

    [[nodiscard]] DisplayWidget *widget() const { return m_widget; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void updateTitle();

    QString m_title;
    std::function<bool()> m_vmRunning;
    SpiceSession m_session;
    SpiceAgent m_agent{&m_session}; ///< clipboard and resize when the guest has the agent
    DisplayWidget *m_widget;
    QTimer m_stats;
};

} // namespace DisplayChannel
