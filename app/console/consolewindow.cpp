#include "app/console/consolewindow.h"

#include "app/common/errordialog.h"
#include "app/common/statetext.h"
#include "app/console/serialconsoleview.h"
#include "display/screenshot.h"
#include "display/widget/displaywidget.h"
#include "engine/qemu/qemucommand.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace App {

namespace {
bool isLive(Engine::VmRunner::State state)
{
    return state != Engine::VmRunner::State::Stopped && state != Engine::VmRunner::State::Crashed;
}
} // namespace

ConsoleWindow::ConsoleWindow(Engine::VmBackend &backend, const Engine::VmBundle &bundle,
                             QWidget *parent)
    : QMainWindow(parent), m_backend(backend), m_bundle(bundle)
{
    setObjectName(QStringLiteral("consoleWindow"));
    setWindowTitle(tr("%1 — Emanon").arg(bundle.name()));
    setAccessibleName(tr("Console of %1").arg(bundle.name()));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("consoleTabs"));
    m_tabs->setAccessibleName(tr("Console views"));
    m_tabs->setDocumentMode(true);
    const bool spiceOnUnix = bundle.config.display.spice
                             && bundle.config.display.spiceListen == QLatin1String("unix")
                             && bundle.config.display.vga != QLatin1String("none");
    m_run = m_backend.query(m_bundle);
    m_hasScreen = spiceOnUnix;
    m_serial = new SerialConsoleView(m_tabs);
    m_tabs->addTab(m_serial, tr("Serial console"));
    setCentralWidget(m_tabs);
    buildToolBar();

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("consoleState"));
    m_state->setAccessibleName(tr("Run state"));
    m_accel = new QLabel(this);
    m_accel->setObjectName(QStringLiteral("consoleAccel"));
    m_accel->setAccessibleName(tr("Accelerator"));
    statusBar()->addWidget(m_state, 1);
    statusBar()->addPermanentWidget(m_accel);

    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ConsoleWindow::refreshState);
    m_poll.start();
    refreshState();
    showScreen();
    resize(800, 620);
}

ConsoleWindow::~ConsoleWindow()
{
    if (!m_session)
        return;
    // The widget goes with this window; the session outlives it until the event loop has
    // delivered what spice-glib still had queued for it.
    m_session->disconnectFromServer();
    m_session->setParent(nullptr);
    m_session->deleteLater();
}

void ConsoleWindow::showScreen()
{
    if (m_display || !m_hasScreen)
        return;
    m_session = new DisplayChannel::SpiceSession(this);
    m_session->setAutoReconnect(true);
    m_display = new DisplayChannel::DisplayWidget(m_session, m_tabs);
    m_display->setObjectName(QStringLiteral("displayWidget"));
    m_display->setAccessibleName(tr("Screen of %1").arg(m_bundle.name()));
    m_tabs->insertTab(0, m_display, tr("Screen"));
    m_tabs->setCurrentIndex(0);
    connect(m_display, &DisplayChannel::DisplayWidget::statusTextChanged, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    for (QWidget *w : std::as_const(m_screenControls)) {
        w->setEnabled(true);
        w->setToolTip({});
    }
    refreshState(); // connects when the VM runs
    m_display->setFocus();
}

void ConsoleWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Console"));
    bar->setObjectName(QStringLiteral("consoleToolBar"));
    bar->setAccessibleName(tr("Console toolbar"));
    bar->setMovable(false);
    auto *sendKeys = new QMenu(tr("Send Key"), this);
    using DisplayChannel::SendKey;
    for (SendKey key : {SendKey::CtrlAltDel, SendKey::CtrlAltBackspace, SendKey::CtrlAltF1,
                        SendKey::CtrlAltF2, SendKey::CtrlAltF7, SendKey::AltTab, SendKey::SysRq,
                        SendKey::PrintScreen, SendKey::Pause}) {
        QAction *a = sendKeys->addAction(DisplayChannel::KeyboardInput::sendKeyText(key));
        connect(a, &QAction::triggered, this, [this, key] {
            if (m_display)
                m_display->sendKey(key);
        });
    }
    auto *sendButton = new QToolButton(bar);
    sendButton->setObjectName(QStringLiteral("sendKeyButton"));
    sendButton->setText(tr("Send Key"));
    sendButton->setAccessibleName(tr("Send a key combination to the guest"));
    sendButton->setMenu(sendKeys);
    sendButton->setPopupMode(QToolButton::InstantPopup);
    m_screenControls << sendButton;
    bar->addWidget(sendButton);

    auto *scaling = new QMenu(tr("Scaling"), this);
    auto *group = new QActionGroup(scaling);
    using Mode = DisplayChannel::DisplayWidget::ScaleMode;
    const QList<QPair<Mode, QString>> modes{{Mode::Fit, tr("Fit to Window")},
                                            {Mode::OneToOne, tr("Actual Size (1:1)")},
                                            {Mode::Integer, tr("Whole Multiples")}};
    for (const auto &mode : modes) {
        QAction *a = scaling->addAction(mode.second);
        a->setCheckable(true);
        a->setChecked(m_display && m_display->scaleMode() == mode.first);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, m = mode.first] {
            if (m_display)
                m_display->setScaleMode(m);
        });
    }
    auto *scaleButton = new QToolButton(bar);
    scaleButton->setObjectName(QStringLiteral("scalingButton"));
    scaleButton->setText(tr("Scaling"));
    scaleButton->setAccessibleName(tr("Scaling of the screen"));
    scaleButton->setMenu(scaling);
    scaleButton->setPopupMode(QToolButton::InstantPopup);
    m_screenControls << scaleButton;
    bar->addWidget(scaleButton);

    QAction *full = bar->addAction(tr("Full Screen"), this, [this] {
        if (m_display)
            m_display->setFullScreen(!m_display->isFullScreen());
    });
    full->setObjectName(QStringLiteral("actionFullScreen"));
    full->setShortcut(QKeySequence::FullScreen);
    m_screenControls << bar->widgetForAction(full);
    QAction *shot = bar->addAction(tr("Screenshot…"), this, &ConsoleWindow::saveScreenshot);
    shot->setObjectName(QStringLiteral("actionScreenshot"));
    m_screenControls << bar->widgetForAction(shot);
    for (QWidget *w : std::as_const(m_screenControls)) {
        w->setEnabled(false);
        w->setToolTip(tr("This VM has no SPICE display; only its serial console is shown."));
    }
}

QString ConsoleWindow::stateText() const
{
    return m_state->text();
}

void ConsoleWindow::refreshState()
{
    m_run = m_backend.query(m_bundle);
    QString state = stateLabel(m_run.state);
    if (m_run.error.code != Engine::ErrorCode::None)
        state += QStringLiteral(" — ") + m_run.error.message;
    m_state->setText(state);
    m_accel->setText(m_run.accel.isEmpty() ? QString() : tr("Accelerator: %1").arg(m_run.accel.toUpper()));
    m_accel->setToolTip(m_run.accelReason);
    m_serial->attach(isLive(m_run.state) ? m_run.consoleSocket : QString());
    if (m_session && isLive(m_run.state) && !m_run.runtimeDir.isEmpty()
        && m_session->state() == DisplayChannel::SpiceSession::State::Disconnected)
        m_session->connectToSocket(Engine::RuntimeFiles::spiceSocket(m_run.runtimeDir));
}

void ConsoleWindow::saveScreenshot()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.png")
            .arg(m_bundle.name(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"), suggested,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    Engine::Status s = m_session && m_display && !m_display->currentFrame().isNull()
                           ? DisplayChannel::saveSurfacePng(*m_session, path)
                           : DisplayChannel::screendumpPng(m_run.controlSocket, path);
    if (!s)
        showError(this, tr("Could not save the screenshot"), s.error());
}

} // namespace App
