#include "errorpresenter.h"

#include "messagebar.h"

#include "config/databaseurl.h"

#include <QMessageBox>
#include <QStatusBar>

namespace retort::gui {

ErrorPresenter::ErrorPresenter(LogModel *log, MessageBar *bar, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_bar(bar)
    , m_statusBar(statusBar)
{
}

void ErrorPresenter::info(const QString &message, int statusTimeoutMs)
{
    const QString masked = maskPasswords(message).simplified();
    m_log->append(LogModel::Level::Info, masked);
    if (m_statusBar)
        m_statusBar->showMessage(masked, statusTimeoutMs);
}

void ErrorPresenter::logOnly(LogModel::Level level, const QString &message, const QString &file, int line)
{
    m_log->append(level, message, file, line);
}

void ErrorPresenter::warning(const QString &message, const QString &actionText, std::function<void()> action)
{
    const QString masked = maskPasswords(message).simplified();
    m_log->append(LogModel::Level::Warning, masked);
    if (m_bar)
        m_bar->showMessage(MessageBar::Kind::Warning, masked, actionText, std::move(action));
}

void ErrorPresenter::error(const QString &message, const QString &actionText, std::function<void()> action)
{
    const QString masked = maskPasswords(message).simplified();
    m_log->append(LogModel::Level::Error, masked);
    if (m_bar)
        m_bar->showMessage(MessageBar::Kind::Error, masked, actionText, std::move(action));
}

MessageBar *ErrorPresenter::messageBar() const
{
    return m_bar;
}

bool ErrorPresenter::ask(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

} // namespace retort::gui
