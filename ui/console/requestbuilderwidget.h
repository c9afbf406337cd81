#pragma once

#include "dcs/dcsrequest.h"
#include "dcs/preparedrequest.h"
#include "endpointcombo.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace dcsdesk {

class HeaderTableWidget;
class WorkspaceDocument;

// The left half of the console: where the call goes (profile, region), who it is for (d_uuid or
// d_mid + d_orgid), the d_ switches, the signals and declared IDs, and a preview of the exact
// Host header, body and the protocol core's findings. It only collects input; the console builds
// the request with DcsRequestBuilder and hands the result back through setPreview().
class RequestBuilderWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RequestBuilderWidget(WorkspaceDocument *document, QWidget *parent = nullptr);

    DcsRequest request() const;
    void setRequest(const DcsRequest &request);

    // The selected profile with the region picker applied (the profile itself is not changed).
    Profile profile() const;
    int profileIndex() const;
    void setProfileByName(const QString &name);
    void setRegion(int regionId); // Profile::SandboxRegion for the local sandbox
    // The region picker's entry for the profile's custom base URL (shown only when it has one).
    static constexpr int CustomBaseUrlRegion = -2;

    // A target pasted from a cURL command that no workspace profile has: an extra entry of the
    // profile picker, used for the calls and never written to the workspace unless the user
    // clicks "Save as Profile…" (saveProfileRequested).
    void setPastedProfile(const Profile &profile);
    void forgetPastedProfile();
    bool isPastedProfileSelected() const;
    Profile pastedProfile() const { return m_pasted; }
    QPushButton *saveProfileButton() const { return m_saveProfile; }
    int region() const;
    void setUserId(Profile::IdKind kind, const QString &id, const QString &orgId = QString());

    void setPreview(const PreparedRequest &prepared);

    // For tests and keyboard users.
    QTableWidget *signalTable() const { return m_signals; }
    QTableWidget *declaredIdTable() const { return m_declared; }
    HeaderTableWidget *headerTable() const { return m_headers; }
    QLineEdit *userIdEdit() const { return m_userId; }
    QComboBox *regionCombo() const { return m_region; }
    EndpointCombo *endpointCombo() const { return m_endpoint; }
    QComboBox *profileCombo() const { return m_profile; }
    QPlainTextEdit *previewEdit() const { return m_preview; }
    // The builder's interactive widgets in reading order (the console sets its tab order from it).
    QList<QWidget *> tabChain() const;
    // asTyped: key and values are already percent-encoded and sent exactly so (DcsSignal::raw).
    void addSignal(const QString &key, const QString &values, bool asTyped = false);
    void addDeclaredId(const DeclaredId &id);

Q_SIGNALS:
    void changed();
    void manageProfilesRequested();
    void saveProfileRequested();
    void pasteAmcvRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // The Host header shown whole when it fits, else cut in the middle with the whole in its
    // tooltip: a long pasted host ("acme-marketing.demdex.net") pushed the French form past
    // its pane.
    void showHostHeaderOf(const Profile &p);
    void elideAlias();
    static QString asTypedTip();
    QString pastedProfileName() const;
    void updateCustomBaseUrlItem();
    void reloadProfiles();
    void applyProfileDefaults();
    void updateUserIdPlaceholder();
    void onRtbdToggled(bool on);
    void applyEndpoint();
    void updateSignalHint(int row);
    void emitChanged();

    QPointer<WorkspaceDocument> m_document;
    bool m_updating = false;
    Profile m_pasted;
    bool m_hasPasted = false;

    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QPushButton *m_manageProfiles;
    QPushButton *m_saveProfile;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_endpointLabel;
    EndpointCombo *m_endpoint;
    QLabel *m_aliasLabel;
    QLabel *m_alias;
    QString m_aliasText;
    QLabel *m_userKindLabel;
    QComboBox *m_userKind;
    QLineEdit *m_userId;
    QPushButton *m_newId;
    QPushButton *m_pasteAmcv;
    QLabel *m_orgLabel;
    QLineEdit *m_orgId;
    QCheckBox *m_rtbd;
    QCheckBox *m_jsonv;
    QCheckBox *m_dst;
    QLabel *m_ctsLabel;
    QComboBox *m_cts;
    QLabel *m_cbLabel;
    QLineEdit *m_callback;
    QLabel *m_ptfmLabel;
    QComboBox *m_platform;
    QLabel *m_sidLabel;
    QLineEdit *m_sid;
    QLabel *m_signalsLabel;
    QTableWidget *m_signals;
    QPushButton *m_addSignal;
    QPushButton *m_removeSignal;
    QLabel *m_declaredLabel;
    QTableWidget *m_declared;
    HeaderTableWidget *m_headers;
    QPushButton *m_addDeclared;
    QPushButton *m_removeDeclared;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    QLabel *m_findingsLabel;
    QListWidget *m_findings;

    DcsRequest m_base; // keeps what the form has no field for (tdpid, unknown keys)
};

} // namespace dcsdesk
