#pragma once

#include "secretstore.h"

namespace dcsdesk {

// The system keychain through QtKeychain (Secret Service on Linux, over the session bus), under
// the service "DCS Desk" and SecretKey::toString() keys. Never QtKeychain's insecure fallback,
// which would write the value to a settings file in clear. An error that is not "not found" or
// "refused" means no keychain answered: Unavailable, with the system's reason.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static const char *serviceName() { return "DCS Desk"; }

    using SecretStore::SecretStore;

    void read(const SecretKey &key, Callback done) override;
    void write(const SecretKey &key, const QString &value, Callback done) override;
    void remove(const SecretKey &key, Callback done) override;
    QString name() const override;
    // What is missing when the keychain does not answer: the session bus, or a Secret Service on
    // it (translated); empty when both are there.
    static QString diagnose();
    // Translated: what failed in plain words (from QtKeychain's error code, or diagnose()), with
    // QtKeychain's code and text after it for a report; never a bare "Unknown error".
    static QString reasonFor(int code, const QString &systemText, const QString &diagnosis);
};

} // namespace dcsdesk
