#include "endpointcombo.h"

#include "calls/dcsendpoint.h"

#include <QEvent>
#include <QLineEdit>

namespace dcsdesk {

EndpointCombo::EndpointCombo(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    for (const QString &path : DcsEndpoint::knownPaths())
        addItem(path, path);
    retranslate();
    connect(this, &QComboBox::currentTextChanged, this, &EndpointCombo::pathChanged);
}

QString EndpointCombo::path() const
{
    const QString text = currentText().trimmed();
    return text.isEmpty() ? DcsEndpoint::pathOf(DcsEndpoint::Kind::Event) : text;
}

void EndpointCombo::setPath(const QString &path)
{
    const QString wanted = path.isEmpty() ? DcsEndpoint::pathOf(DcsEndpoint::Kind::Event) : path;
    const int index = findData(wanted);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(wanted);
}

void EndpointCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void EndpointCombo::retranslate()
{
    setAccessibleName(tr("Endpoint"));
    setToolTip(tr("The DCS path the call goes to. Choose one or type another path."));
    const auto tip = [this](DcsEndpoint::Kind kind, const QString &text) {
        const int index = findData(DcsEndpoint::pathOf(kind));
        if (index >= 0)
            setItemData(index, text, Qt::ToolTipRole);
    };
    tip(DcsEndpoint::Kind::Event, tr("Event call: signals in, segments and destinations out."));
    tip(DcsEndpoint::Kind::IdSync,
        tr("ID sync: links dpid and dpuuid (or d_cid) to the AAM UUID; the pairs follow a colon, "
           "/ibs:dpid=…, and redir=<URL with ${DD_UUID}> redirects there."));
    tip(DcsEndpoint::Kind::IdService,
        tr("ID service: answers the Experience Cloud ID (d_mid) for d_orgid, with d_blob and the "
           "ID syncs."));
    tip(DcsEndpoint::Kind::OptOut,
        tr("Opt-out: opts out the d_uuid, the d_mid with d_orgid, or the declared IDs; later "
           "calls for them return error 171."));
}

} // namespace dcsdesk
