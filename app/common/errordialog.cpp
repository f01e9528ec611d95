#include "app/common/errordialog.h"

#include <QMessageBox>

namespace App {

void showError(QWidget *parent, const QString &title, const Engine::Error &error)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(title);
    box.setText(title);
    box.setInformativeText(error.message);
    if (!error.details.isEmpty())
        box.setDetailedText(error.details);
    box.setAccessibleName(title);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.exec();
}

} // namespace App
