#include "app/console/consolewindow.h"

#include "app/common/errordialog.h"
#include "app/common/statetext.h"
#include "app/console/resolutionmenu.h"
#include "app/console/serialconsoleview.h"
#include "app/console/usbmenu.h"
#include "display/screenshot.h"
#include "display/spice/spiceagent.h"
#include "display/widget/displaywidget.h"
#include "engine/qemu/qemucommand.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QGuiApplication>
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
    m_hotkeyLabel = new QLabel(this);
    m_hotkeyLabel->setObjectName(QStringLiteral("consoleReleaseHotkey"));
    m_hotkeyLabel->setAccessibleName(tr("Release hotkey"));
    statusBar()->addPermanentWidget(m_hotkeyLabel);
    statusBar()->addPermanentWidget(m_accel);

    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ConsoleWindow::refreshState);
    m_poll.start();
    refreshState();
    showScreen();
    updateTitle();
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
    m_usb->setSpiceSession(m_session);
    m_display = new DisplayChannel::DisplayWidget(m_session, m_tabs);
    m_display->setObjectName(QStringLiteral("displayWidget"));
    m_display->setAccessibleName(tr("Screen of %1").arg(m_bundle.name()));
    m_tabs->insertTab(0, m_display, tr("Screen"));
    m_tabs->setCurrentIndex(0);
    m_display->setReleaseHotkey(m_releaseHotkey);
    // The agent (spice-vdagent in the guest), if any: clipboard both ways, resize with window.
    m_agent = new DisplayChannel::SpiceAgent(m_session, this);
    m_agent->setClipboard(QGuiApplication::clipboard());
    connect(m_display, &DisplayChannel::DisplayWidget::viewSizeChanged, m_agent,
            &DisplayChannel::SpiceAgent::requestSize);
    auto *resolutions = new ResolutionMenu(m_agent, m_display, m_bundle.config.display.vga,
                                           m_bundle.config.display.resolution, this);
    resolutions->setSaver(m_resolutionSaver);
    connect(resolutions, &ResolutionMenu::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(resolutions, &ResolutionMenu::fitWindowTo, this, [this](const QSize &guest) {
        if (isFullScreen() || isMaximized())
            return;
        const QSize shown = (QSizeF(guest) / m_display->devicePixelRatioF()).toSize();
        resize(size() + (shown - m_display->size()));
    });
    m_resolutionButton->setMenu(resolutions);
    connect(m_display, &DisplayChannel::DisplayWidget::grabChanged, this,
            &ConsoleWindow::updateTitle);
    connect(m_display, &DisplayChannel::DisplayWidget::statusTextChanged, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    for (QWidget *w : std::as_const(m_screenControls)) {
        w->setEnabled(true);
        w->setToolTip({});
    }
    refreshState(); // connects when the VM runs
    m_display->setFocus();
}

void ConsoleWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_state)
        retranslate();
    QMainWindow::changeEvent(event);
}

void ConsoleWindow::retranslate()
{
    setAccessibleName(tr("Console of %1").arg(m_bundle.name()));
    m_tabs->setAccessibleName(tr("Console views"));
    m_tabs->setTabText(m_tabs->indexOf(m_serial), tr("Serial console"));
    if (m_display)
        m_tabs->setTabText(m_tabs->indexOf(m_display), tr("Screen"));
    // The toolbar's own texts (buildToolBar), found by name.
    const std::pair<const char *, const char *> buttons[] = {
        {"sendKeyButton", QT_TR_NOOP("Send Key")}, {"scalingButton", QT_TR_NOOP("Scaling")},
        {"resolutionButton", QT_TR_NOOP("Resolution")}, {"usbButton", QT_TR_NOOP("USB")}};
    for (const auto &[name, text] : buttons) {
        if (auto *button = findChild<QToolButton *>(QLatin1String(name)))
            button->setText(tr(text));
    }
    const std::pair<const char *, const char *> actions[] = {
        {"actionFullScreen", QT_TR_NOOP("Full Screen")}, {"actionScreenshot", QT_TR_NOOP("Screenshot…")}};
    for (const auto &[name, text] : actions) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setText(tr(text));
    }
    for (const auto &[action, text] : std::as_const(m_itemTexts))
        action->setText(text());
    // The resolution and USB menus build their items each time they open.
    updateTitle();
    refreshState(); // the state and accelerator labels
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
        m_itemTexts.append({a, [key] { return DisplayChannel::KeyboardInput::sendKeyText(key); }});
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
    const QList<QPair<Mode, const char *>> modes{{Mode::Fit, QT_TR_NOOP("Fit to Window")},
                                                 {Mode::OneToOne, QT_TR_NOOP("Actual Size (1:1)")},
                                                 {Mode::Integer, QT_TR_NOOP("Whole Multiples")}};
    for (const auto &mode : modes) {
        QAction *a = scaling->addAction(tr(mode.second));
        m_itemTexts.append({a, [text = mode.second] { return tr(text); }});
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

    m_resolutionButton = new QToolButton(bar);
    m_resolutionButton->setObjectName(QStringLiteral("resolutionButton"));
    m_resolutionButton->setText(tr("Resolution"));
    m_resolutionButton->setAccessibleName(tr("Resolution of the guest"));
    m_resolutionButton->setPopupMode(QToolButton::InstantPopup);
    m_screenControls << m_resolutionButton;
    bar->addWidget(m_resolutionButton);

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
    // USB works without a screen too (passthrough, emulated devices): not a screen control.
    m_usb = new UsbMenu(m_backend, m_bundle, nullptr, this);
    connect(m_usb, &UsbMenu::problem, this,
            [this](const QString &title, const Engine::Error &e) { showError(this, title, e); });
    auto *usbButton = new QToolButton(bar);
    usbButton->setObjectName(QStringLiteral("usbButton"));
    usbButton->setText(tr("USB"));
    usbButton->setAccessibleName(tr("USB devices of the VM"));
    usbButton->setMenu(m_usb);
    usbButton->setPopupMode(QToolButton::InstantPopup);
    for (QWidget *w : std::as_const(m_screenControls)) {
        w->setEnabled(false);
        w->setToolTip(tr("This VM has no SPICE display; only its serial console is shown."));
    }
    bar->addWidget(usbButton);
}

void ConsoleWindow::setResolutionSaver(std::function<QString(const QString &)> saver)
{
    m_resolutionSaver = std::move(saver);
    if (auto *menu = qobject_cast<ResolutionMenu *>(m_resolutionButton->menu()))
        menu->setSaver(m_resolutionSaver);
}

void ConsoleWindow::setReleaseHotkey(const QList<int> &evdevKeys)
{
    m_releaseHotkey = evdevKeys;
    if (m_display)
        m_display->setReleaseHotkey(evdevKeys);
    updateTitle();
}

QString ConsoleWindow::releaseHotkeyText() const
{
    return DisplayChannel::KeyboardInput::hotkeyText(
        m_releaseHotkey.isEmpty() ? DisplayChannel::KeyboardInput::defaultReleaseHotkey()
                                  : m_releaseHotkey);
}

void ConsoleWindow::updateTitle()
{
    const QString keys = releaseHotkeyText();
    if (m_display && m_display->isGrabbed())
        setWindowTitle(tr("%1 — Emanon (press %2 to release the pointer)")
                           .arg(m_bundle.name(), keys));
    else
        setWindowTitle(tr("%1 — Emanon").arg(m_bundle.name()));
    m_hotkeyLabel->setText(m_hasScreen ? tr("Release: %1").arg(keys) : QString());
    m_hotkeyLabel->setToolTip(tr("This key combination hands the pointer and keyboard back "
                                 "from the VM. Change it in Preferences."));
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
    m_serial->attach(Engine::VmRunner::hasProcess(m_run.state) ? m_run.consoleSocket : QString());
    if (m_session && Engine::VmRunner::hasProcess(m_run.state) && !m_run.runtimeDir.isEmpty()
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
