#pragma once

#include "logmodel.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QStatusBar;
class QWidget;

namespace retort::gui {

class MessageBar;

// The one place the GUI reports problems: every message goes to the log (masked, timestamped);
// recoverable errors and warnings also appear in the non-modal message bar, information in the
// status bar. A modal dialog is used only by ask(), when the user must decide.
// Threading: GUI thread only.
class ErrorPresenter : public QObject
{
    Q_OBJECT

public:
    ErrorPresenter(LogModel *log, MessageBar *bar, QStatusBar *statusBar, QObject *parent = nullptr);

    void info(const QString &message, int statusTimeoutMs = 5000);
    void logOnly(LogModel::Level level, const QString &message, const QString &file = {}, int line = 0);
    void warning(const QString &message, const QString &actionText = {}, std::function<void()> action = {});
    void error(const QString &message, const QString &actionText = {}, std::function<void()> action = {});
    // A question the user must answer (modal). Returns true for "yes".
    bool ask(QWidget *parent, const QString &title, const QString &question);

    LogModel *log() const { return m_log; }
    MessageBar *messageBar() const;

private:
    LogModel *m_log;
    QPointer<MessageBar> m_bar;
    QPointer<QStatusBar> m_statusBar;
};

} // namespace retort::gui
