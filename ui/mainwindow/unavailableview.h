#pragma once

#include <QWidget>
#include <functional>

class QLabel;

namespace dcsdesk {

// Stands in for a main view that is not part of this build, saying so plainly instead of
// showing an empty page. MainWindow::addView with the same ID replaces it.
class UnavailableView : public QWidget
{
    Q_OBJECT

public:
    UnavailableView(const QIcon &icon, std::function<QString()> title, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    std::function<QString()> m_title;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace dcsdesk
