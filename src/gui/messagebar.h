#pragma once

#include <QFrame>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace retort::gui {

// A non-modal bar at the top of the window for recoverable problems ("Can't connect to ...",
// "3 revision files have errors"): icon, text, an optional action button and a close button. It
// shows the latest message; it never blocks. Threading: GUI thread only.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    // actionText empty: no action button. The bar hides itself when the action is taken.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {},
                     std::function<void()> action = {});
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void dismissed();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    std::function<void()> m_callback;
    Kind m_kind = Kind::Information;
};

} // namespace retort::gui
