#pragma once

class QNetworkAccessManager;

namespace dcsdesk {

// The one QNetworkAccessManager of the application (Qt recommends one per application: it owns
// the connection pool and the TLS session cache). Created on first use in the main thread and
// owned by the QCoreApplication. It never stores or sends cookies and never follows redirects
// on its own, so each DCS call carries exactly what the user built.
class NetworkAccess
{
public:
    static QNetworkAccessManager *manager();
    // Replaces the shared manager (not owned) until called again with nullptr. For tests: it
    // injects faults loopback cannot produce, such as an unknown host, without a name lookup.
    static void setManager(QNetworkAccessManager *manager);
    // The manager setManager put in place, or null: a DcsClient then sends through it too,
    // instead of through libcurl, so an injected fault reaches the app and the CLI.
    static QNetworkAccessManager *injectedManager();
};

} // namespace dcsdesk
