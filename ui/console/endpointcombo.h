#pragma once

#include <QComboBox>

namespace dcsdesk {

// The DCS path a console call goes to: the documented endpoints to pick from (/event, /ibs, /id,
// /demoptout.jpg, domain.md §7) and room to type another path for a server that is not the DCS.
// Each entry's tooltip says what the endpoint is for, so the choice needs no manual.
class EndpointCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit EndpointCombo(QWidget *parent = nullptr);

    QString path() const; // "/event" when the field is empty
    void setPath(const QString &path);

Q_SIGNALS:
    void pathChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace dcsdesk
