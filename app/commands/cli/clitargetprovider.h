#pragma once

#include "domain/profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QUrl>

namespace dcsdesk {

// Lets another part of DCS Desk add a way to choose where request/send go, without touching
// those commands: the sandbox adds "--sandbox WORKSPACE", starts an in-process sandbox and
// returns its base URL. Providers are registered in CliRegistry; the first that handles the
// parsed options wins. Whatever it starts must live until the provider is destroyed.
class CliTargetProvider
{
public:
    virtual ~CliTargetProvider() = default;
    virtual QList<QCommandLineOption> options() const = 0;
    // Returns false when none of its options is set. Otherwise fills the profile and/or the
    // sandbox base URL; *error (translated, one line) says why it could not.
    virtual bool resolve(const QCommandLineParser &parser, Profile &profile, QUrl &sandboxBaseUrl,
                         QString *error) = 0;
};

} // namespace dcsdesk
